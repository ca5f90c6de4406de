// A table row is about the thing its first cell names: in "| 02C/20C (Runway 2) | 4,000 m
// | opened in 1984 |" the year is the runway's, and under "| Terminal 4 | 16 million
// passengers a year |" the figure is the terminal's. When that thing is no entity a
// role takes, the row's cells state nothing of the document's topic either (docs/rules.md
// "Facts in tables", the roles).
#pragma once

#include <functional>
#include <string_view>

#include "doc/document.h"
#include "match/document_index.h"
#include "match/nfa_runner.h"

namespace factlint::match {

// The row of one of `document`'s tables that holds the byte `at` (normalized) in a cell
// other than its first; null when none does (a header row is no such row).
const doc::TableRow* row_holding(const doc::Document& document, std::size_t at);

// Whether `row`'s first cell is made of names of declared entities ("the", brackets and
// other punctuation between: "02C/20C (Runway 2)"), none of which `fits` (a role to be
// filled takes it), while `words` (the statement's own words) hold no noun of that
// entity's kind (`kind_of`, the kind's name, also with an "s"): "| Terminal 3 | largest of
// the four terminals |" counts the terminals the row's terminal is one of, which are the
// topic's.
bool row_names_another_thing(const DocumentIndex& index, const doc::TableRow& row, TokenMatch words,
                             const std::function<bool(int)>& fits,
                             const std::function<std::string_view(int)>& kind_of);

}  // namespace factlint::match
