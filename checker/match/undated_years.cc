// Years of dates that do not write them, from their paragraph's year.
#include "match/undated_years.h"

#include <string>

#include "value/civil_date.h"
#include "value/named_year.h"
#include "value/value.h"

namespace factlint::match {

bool leaves_year_unwritten(std::string_view said) {
  int run = 0;
  for (char c : said) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    if (run >= 4) return false;
  }
  if (said.find('\'') != std::string_view::npos || said.find('/') != std::string_view::npos) return false;
  for (std::string_view relative : {"last", "next", "this", "ago", "yesterday", "today", "tomorrow", "week", "year"}) {
    if (said.find(relative) != std::string_view::npos) return false;
  }
  return true;
}

bool names_weekday(std::string_view said) {
  for (std::string_view day : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
    if (said == day) return true;
  }
  return false;
}

std::vector<value::ValueMatch> undated_years(std::string_view text, const TypedReadings& dates,
                                             const std::function<int(const value::ValueMatch&)>& year_of) {
  std::vector<value::ValueMatch> out;
  for (const value::ValueMatch& m : dates.readings) {
    // Only a month or a day: a season, quarter or span is not a date of an event.
    if (m.value.grain != value::Grain::Month && m.value.grain != value::Grain::Day) continue;
    if (m.end > text.size() || !leaves_year_unwritten(text.substr(m.begin, m.end - m.begin))) continue;
    const int year = year_of(m);
    if (year == 0) continue;
    out.push_back({m.begin, m.end, value::year_value(year, m.value.text)});
  }
  return out;
}

}  // namespace factlint::match
