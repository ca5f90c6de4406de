// `current only` (match/current_values.h).
#include "match/current_values.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "match/scope_year.h"
#include "source/ascii.h"
#include "value/civil_date.h"

namespace factlint::match {

namespace {

// "has been 4,000 m long since 2004": the present value, held since then.
bool after_since(std::string_view text, std::size_t at) {
  const std::string_view before = text.substr(0, at);
  for (std::string_view word : {"since ", "since the end of ", "since early ", "since late "}) {
    if (before.size() >= word.size() && before.substr(before.size() - word.size()) == word) return true;
  }
  return false;
}

}  // namespace

bool dated_before_publication(const doc::Document& document, const std::pair<std::string, std::string>& year,
                              std::pair<std::size_t, std::size_t> year_at) {
  const auto published = document.date();
  const auto& [text, source] = year;
  if (source != "value's clause" && source != "value's sentence" && source != "date of the sentence before" &&
      source != "paragraph's year") {
    return false;
  }
  if (text.size() > 4 || !source::all_digits(text)) {
    return false;
  }
  // An undated document (a rule's example) has no "now" to compare with: a year its
  // own words give is a past one.
  if (published && std::stoi(text) >= published->year) return false;
  if (year_at.second > year_at.first && (source == "value's clause" || source == "value's sentence") &&
      after_since(document.normalized, year_at.first)) {
    return false;
  }
  return true;
}

bool held_until_before_publication(const doc::Document& document, const DocumentIndex& index, std::size_t begin,
                                   std::size_t end) {
  const auto published = document.date();
  const std::string_view text = document.normalized;
  for (value::Type type : {value::Type::Year, value::Type::Date}) {
    const TypedReadings* readings = index.readings_of(type);
    if (!readings) continue;
    for (const value::ValueMatch& m : readings->readings) {
      if (m.begin < begin || m.end > end || !std::isfinite(m.value.hi)) continue;
      // The date reader takes "until 2008" whole, as a time with no start.
      std::string_view before = text.substr(0, m.begin);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      if (std::isfinite(m.value.lo) && !after_until(before)) continue;
      if (!std::isfinite(m.value.lo) && text.substr(m.begin, m.end - m.begin).find("until") == std::string_view::npos &&
          text.substr(m.begin, m.end - m.begin).find("till") == std::string_view::npos) {
        continue;
      }
      const int year = value::civil_from_days(static_cast<long>(std::floor(m.value.hi))).year;
      if (!published || year < published->year) return true;
    }
  }
  return false;
}

int year_before_publication(const doc::Document& document, const DocumentIndex& index, std::size_t begin,
                            std::size_t end) {
  const auto published = document.date();
  for (value::Type type : {value::Type::Year, value::Type::Date}) {
    const TypedReadings* readings = index.readings_of(type);
    if (!readings) continue;
    for (const value::ValueMatch& m : readings->readings) {
      if (m.begin < begin || m.end > end || !std::isfinite(m.value.lo) || after_since(document.normalized, m.begin)) {
        continue;
      }
      const int year = value::civil_from_days(static_cast<long>(std::floor(m.value.lo))).year;
      if (!published || year < published->year) return year;
    }
  }
  return 0;
}

}  // namespace factlint::match
