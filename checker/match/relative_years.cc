// Years of dates that do not write them; see relative_years.h.
#include "match/relative_years.h"

#include <algorithm>
#include <string_view>

#include "match/time_frame.h"
#include "match/undated_years.h"
#include "value/named_year.h"

namespace factlint::match {

namespace {

// Whether a date phrase (normalized text) writes a year: four digits in a row, an
// apostrophe ("'16") or a slash ("7/16").
bool writes_a_year(std::string_view said) {
  int run = 0;
  for (char c : said) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    if (run >= 4) return true;
  }
  return said.find('\'') != std::string_view::npos || said.find('/') != std::string_view::npos;
}

}  // namespace

std::vector<value::ValueMatch> years_of_relative_dates(const doc::Document& document, const DocumentIndex& index) {
  std::vector<value::ValueMatch> out;
  const TypedReadings* dates = index.readings_of(value::Type::Date);
  const TypedReadings* years = index.readings_of(value::Type::Year);
  if (!dates || !years) return out;
  const std::string_view text = document.normalized;
  for (const value::ValueMatch& m : dates->readings) {
    if (m.end > text.size()) continue;
    const std::string_view said = text.substr(m.begin, m.end - m.begin);
    if (writes_a_year(said)) continue;
    const bool overlaps = std::any_of(years->readings.begin(), years->readings.end(), [&](const value::ValueMatch& y) {
      return y.begin < m.end && m.begin < y.end;
    });
    if (overlaps) continue;
    if (names_weekday(said) && frame_year(document, index, m.begin) != 0) continue;
    value::Value date = m.value;
    if (auto framed = dated_by_frame(document, index, m)) date = std::move(*framed);
    // One calendar year only: "next winter" spans two.
    const std::optional<int> year = value::named_year(date);
    if (!year) continue;
    value::Value v = value::year_value(*year, date.text);
    v.approx = date.approx;
    out.push_back({m.begin, m.end, std::move(v)});
  }
  return out;
}

}  // namespace factlint::match
