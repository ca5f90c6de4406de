// Whose figure is it? The noun phrase a cue's value is written of, read leftwards from
// the value through prepositions ("a hill above Gorak Shep at 5,644 m"), measure nouns
// ("at an estimated cost of $1.6 billion") and participle phrases (", to be built by
// 2030 at ..."). An indefinite noun phrase that holds the figure as its own size ("a
// peak over 7,000 metres", "another peak above 6,500 m") or by a participle phrase ("a
// reservoir on the Rio Indio, to be built by 2030 at an estimated cost of $1.6
// billion"), or by a participle right after it ("after a charter signed on 4 May 1961")
// is a new thing the writer introduces, not the document's topic, which is
// known and named: its figure is no role's that the clause leaves to the sentences
// before or to the topic (docs/rules.md "Cues", step 3).
//
// A phrase right before "of" and the figure is the figure's own measure ("a border of
// some 4,600 km", "a capacity of 4.3 million TEU"); after a form of "be" with a
// pronoun, an entity or a role's kind as subject, an indefinite phrase says what that
// subject is ("It is a peak over 8,000 m"); a definite phrase ("the top", "the canal")
// and a phrase ending in an entity's name say nothing here.
#pragma once

#include <string>
#include <vector>

#include "match/cue_finder.h"
#include "match/document_index.h"

namespace factlint::match {

// Whether the value starting at token `value_begin` is written of another thing than
// the fact's entities, reading no further left than `clause_begin`. `cues` and `kinds`
// are the fact's: a cue word or a role's kind before "of" measures the figure itself.
bool held_by_another_thing(const DocumentIndex& index, const std::vector<CompiledPattern>& cues,
                           const std::vector<std::string>& kinds, int clause_begin, int value_begin);

}  // namespace factlint::match
