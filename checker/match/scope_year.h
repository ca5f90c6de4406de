// The year a statement's value is of, read from its sentence: the best year or date
// near the value, else the year its paragraph, the title or the story's first sentence
// set, else the publication year (docs/rules.md "Cues", step 5).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "doc/document.h"
#include "match/document_index.h"
#include "match/nfa_runner.h"
#include "match/year_owner.h"
#include "value/named_year.h"

namespace factlint::match {

// The scope year of the value at [value_begin, value_end) of the normalized text, in
// the clause and sentence given, and where it came from (Statement::scope_source).
// `figures` are the sentence's other figures of the value's type (year_owner.h): a
// year one of them owns is the value's only when nothing sets the two apart.
// `year_at`, when given, receives the byte range of the year taken from the sentence.
// `fiscal_end_month` (1..12, the fact's `fiscal year ends June`; 0 for none) reads a
// fiscal year named without its number ("this fiscal year") against the publication
// date or a date the sentence gives (docs/rules.md "Fiscal years").
std::pair<std::string, std::string> scope_year(const doc::Document& document, const DocumentIndex& index,
                                               const YearOwnerWords& year_words, std::size_t sentence_begin,
                                               std::size_t sentence_end, std::size_t clause_begin,
                                               std::size_t clause_end, std::size_t value_begin,
                                               std::size_t value_end, const std::vector<TokenMatch>& figures = {},
                                               std::pair<std::size_t, std::size_t>* year_at = nullptr,
                                               value::SplitYear split = value::SplitYear::End,
                                               int fiscal_end_month = 0);

// Whether the normalized text `before` a year ends with "until" or "till" (and "the",
// "early", "mid" or "late"): the year bounds a time and dates no figure ("kept it until
// 2019", "until the late 2030s").
bool after_until(std::string_view before);

}  // namespace factlint::match
