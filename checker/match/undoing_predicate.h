// "The mill was shut in 2008 but restarted in 2010", "In 2008 the mill stopped
// production; it resumed in 2010": a later predicate of the same subject, in the same
// sentence, tells that the activity a year or date fact's cue says stopped went on
// again. When its verb is one of the rule author's veto words, the stop was no final
// one, so the veto reaches it across "and", "but", "," or ";", although the word
// stands next to a year of its own (docs/rules.md "Cues", step 4). Only a cue of
// stopping reaches so: "set up in 2008 and reactivated in 2023" under `unless
// reactivated` still dates the setting up (a tuning topic's rules).
#pragma once

#include <vector>

#include "match/document_index.h"
#include "match/nfa_runner.h"

namespace factlint::match {

// Whether one of `vetoes` (the author's own veto matches of the sentence ending before
// `last`) heads a predicate after `span_end` that shares the sentence's subject: it
// follows "and", "but", "yet", "then", "before", "until", "," or ";" with nothing
// between but a subject pronoun ("it", "they", "he", "she"), auxiliaries ("was",
// "had") and adverbs ("later", "briefly", "only to"). Without a pronoun or an
// auxiliary the veto word must itself read as a verb: a past form ("reopened"), a
// common irregular past or an "-ing" form ("before reopening"). "..., but the school
// reopened" has a subject of its own and is left alone.
bool undone_by_later_predicate(const DocumentIndex& index, const std::vector<TokenMatch>& vetoes, int span_end,
                               int last);

// Whether the cue match `cue` holds a word of stopping, closing or ending ("shut",
// "closed", "stopped", "halted", "suspended", "ceased", "ended", "abandoned",
// "froze", "discontinued", "decommissioned", "retired", "scrapped", "idled",
// "mothballed", and their other forms and nouns: "closure", "shutdown").
bool cue_of_stopping(const DocumentIndex& index, TokenMatch cue);

}  // namespace factlint::match
