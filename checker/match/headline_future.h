// A headline's future: news headlines say what will happen with a name, "to" and a verb,
// and no "will" ("Harbour Bridge to get $20 million repaint"). A cue's figure in such a
// heading is a plan, as it would be after "will" (docs/rules.md "Cues", step 4).
#pragma once

#include "doc/document.h"
#include "match/document_index.h"

namespace factlint::match {

// Whether sentence `s`, a heading, says "<Name> to <verb>" before token `value_begin`:
// the word before "to" is written capitalized (a name's last word) and the word after
// it is a lowercase word ("Ferry line to close", not "Dubai to Auckland", "Council
// agrees to buy", "Exports edge to new high").
bool headline_future(const doc::Document& document, const DocumentIndex& index, int s, int value_begin);

}  // namespace factlint::match
