// A subjectless predicate after "and" (match/shared_subject.h).
#include "match/shared_subject.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "match/narrated_year.h"

namespace factlint::match {

namespace {

// A verb that can open a predicate: a past form in "-ed" or "was"/"had" (past_word),
// or a common irregular or present one.
bool opens_predicate(std::string_view word) {
  static constexpr std::array<std::string_view, 28> kVerbs = {
      "became", "becomes", "is",   "has",   "holds",  "held",  "set",     "sets",     "spent", "spends",
      "took",   "takes",   "won",  "wins",  "broke",  "made",  "makes",   "went",     "came",  "rose",
      "fell",   "grew",    "ran",  "now",   "remains", "stood", "brought", "gained"};
  return past_word(word) || std::find(kVerbs.begin(), kVerbs.end(), word) != kVerbs.end();
}

}  // namespace

int shared_subject_and(const DocumentIndex& index, TokenMatch range, int match_begin) {
  if (range.begin >= match_begin || index.entity_forward.count(range.begin) == 0) return -1;
  const int subject_end = index.entity_forward.begin(range.begin)->to;
  for (int t = match_begin - 1; t > subject_end; --t) {
    if (index.token_text(t) == "and" && opens_predicate(index.token_text(t + 1))) return t;
  }
  return -1;
}

}  // namespace factlint::match
