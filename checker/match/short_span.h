// A span of time shorter than a year named beside a figure: "eight climbers died in
// one night", "In the last month of the fiscal year the canal handled 1,146 transits",
// "3.5 million passengers in its first week". The figure is that span's, not the
// year's or the thing's own (docs/rules.md "Cues", step 4: a figure of a shorter span).
#pragma once

#include <vector>

#include "match/document_index.h"
#include "match/nfa_runner.h"
#include "value/value_type.h"

namespace factlint::match {

// One such phrase: its tokens [begin, end), the last of them the span's unit ("night",
// "month", "quarter").
struct ShortSpan {
  TokenMatch words;
  int unit = 0;
};

// The phrases of [first, last) that name a span shorter than a year: "in", "during",
// "within" or "on" (with `rates`, also "for" before "the", "its", "their" and a quarter
// or a half year: "for the first quarter"), then "a", "one", "a single", or "the", "its", "their" with an
// ordinal or "last", "final", "opening", "busiest", "peak", "single"; or a number, then a
// unit: night, day, week, weekend, fortnight, month, quarter, half, hour (plural after a
// number above one: "in 24 hours", "within two weeks"); with `rates` (a fact scoped per
// year, whose figures are a year's totals), also "every" or "each" and a unit ("200
// officers leave every month": a rate, no year's total; a fact of no year may well be a
// rate, "30 flights every day"). "in its day" (its time) and "in the day" are none: they
// count nothing.
std::vector<ShortSpan> short_spans(const DocumentIndex& index, int first, int last, bool rates = false);

// Whether a figure of `type` beside such a phrase is the span's: the totals that
// accumulate over time (counts, plain numbers, money, masses, volumes, energy, flows).
// A level, a length, a rank or a price is what it is on any day ("the gauge fell to
// 27 cm in one night" is still the gauge's level), and a span is a duration's or a
// date's own value.
bool accumulates(value::Type type);

// Whether `span` opens `clause` (markup before it left out): "In the last month of the
// fiscal year the canal handled 1,146 transits" frames the whole clause, however far
// its figure stands. So does a "for" span right after the clause's subject ("Revenue
// for the third quarter was ..."), a noun phrase of at most six words.
bool opens_clause(const DocumentIndex& index, TokenMatch clause, const ShortSpan& span);

}  // namespace factlint::match
