// A clause opening its sentence with "Until" and a verb (match/until_clause.h).
#include "match/until_clause.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "match/narrated_year.h"

namespace factlint::match {

namespace {

// A verb of the clause: a past form (past_word: "-ed", "was", "had") or a common
// irregular or present one.
bool verb(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kVerbs = {"is",   "are",    "were",     "became", "rose",
                                                              "took", "overtook", "built",  "came",   "won",
                                                              "began", "opens", "overtakes", "arrived"};
  return past_word(w) || std::find(kVerbs.begin(), kVerbs.end(), w) != kVerbs.end();
}

}  // namespace

int opening_until_clause_end(const DocumentIndex& index, int first, int last) {
  int t = first;
  while (t < last && !index.has_word_char(t)) ++t;  // markup, a list item's dash
  if (t >= last || (index.token_text(t) != "until" && index.token_text(t) != "till")) return -1;
  bool has_verb = false;
  for (++t; t < last && t < first + 20; ++t) {
    const std::string_view w = index.token_text(t);
    if (w == ",") return has_verb ? t : -1;
    if (w == ";" || w == ".") return -1;
    has_verb = has_verb || verb(w);
  }
  return -1;
}

bool holds_a_year(const DocumentIndex& index, std::size_t begin, std::size_t end) {
  for (value::Type type : {value::Type::Year, value::Type::Date}) {
    const TypedReadings* readings = index.readings_of(type);
    if (!readings) continue;
    for (auto it = readings->first_at(begin); it != readings->readings.end() && it->begin < end; ++it) {
      if (it->end <= end) return true;
    }
  }
  return false;
}

}  // namespace factlint::match
