// A fact's `require` words: one of them must stand in a match's sentence, or, for a
// name, in the sentence a pronoun opening the match's sentence points back to
// (docs/rules.md "Required words"). The opposite of a fact's `unless`.
#pragma once

#include <vector>

#include "doc/document.h"
#include "match/document_index.h"
#include "match/match_stats.h"
#include "match/nfa_runner.h"

namespace factlint::match {

// Whether a match of tokens `match`, starting in sentence `sentence`, holds one of
// `required` (true when there are none): anywhere in the sentences the match spans;
// else, when a pronoun ("it", "its", "they", "their") stands before the match with no
// name before it in its sentence, in a name of the nearest earlier sentence of its
// paragraph that names any ("Norway is the largest donor. In 2008 it pledged $1
// billion" holds "Norway" for `require Norway`), as far back as a role's context goes.
bool holds_required(const std::vector<CompiledPattern>& required, const doc::Document& document,
                    const DocumentIndex& index, int sentence, TokenMatch match, NfaRunner& runner, MatchStats& stats);

struct TableMatch;

// Whether a table cell stating a fact holds one of `required` where a reader of the
// table takes its words from: its row, its column's header cells, or the header or
// title its cue came from ("82,500" under "Seal population" holds "seal"), as a cue
// in a header serves its cells (docs/rules.md "Facts in tables").
bool table_holds_required(const std::vector<CompiledPattern>& required, const DocumentIndex& index,
                          const TableMatch& cell, NfaRunner& runner, MatchStats& stats);

}  // namespace factlint::match
