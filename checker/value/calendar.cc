// Month and weekday names and the date arithmetic the date readers share.
#include "value/calendar.h"

#include <array>

#include "value/text_cursor.h"

namespace factlint::value::detail {

namespace {

constexpr std::array<NameNumber, 36> kMonths{{
    {"january", 1},   {"jan.", 1},  {"jan", 1},   {"february", 2}, {"feb.", 2},  {"feb", 2},
    {"march", 3},     {"mar.", 3},  {"april", 4}, {"apr.", 4},     {"apr", 4},   {"may", 5},
    {"june", 6},      {"jun.", 6},  {"july", 7},  {"jul.", 7},     {"august", 8}, {"aug.", 8},
    {"aug", 8},       {"september", 9}, {"sept.", 9}, {"sept", 9}, {"sep.", 9},  {"sep", 9},
    {"october", 10},  {"oct.", 10}, {"oct", 10},  {"november", 11}, {"nov.", 11}, {"nov", 11},
    {"december", 12}, {"dec.", 12}, {"dec", 12},  {"mar", 3},      {"jun", 6},   {"jul", 7},
}};

constexpr std::array<NameNumber, 7> kWeekdays{{
    {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3},
    {"friday", 4}, {"saturday", 5}, {"sunday", 6},
}};

}  // namespace

std::optional<CalendarWord> read_name(std::string_view text, std::size_t pos,
                                      const NameNumber* names, std::size_t count) {
  std::optional<CalendarWord> best;
  if (pos >= text.size()) return best;
  for (std::size_t i = 0; i < count; ++i) {
    // Date readers ask at every word start; the first byte settles almost all of them.
    if (names[i].word[0] != text[pos]) continue;
    auto end = match_word(text, pos, names[i].word);
    if (end && (!best || *end > best->end)) {
      const std::string_view w = names[i].word;
      const bool full = w.back() != '.' && w != "sept" && (w.size() > 3 || w == "may");
      best = CalendarWord{names[i].number, *end, full};
    }
  }
  return best;
}

std::optional<CalendarWord> read_month(std::string_view text, std::size_t pos) {
  return read_name(text, pos, kMonths.data(), kMonths.size());
}
std::optional<CalendarWord> read_weekday(std::string_view text, std::size_t pos) {
  return read_name(text, pos, kWeekdays.data(), kWeekdays.size());
}

CivilDate month_end(int year, int month) { return {year, month, days_in_month(year, month)}; }
DateHit month_hit(int year, int month, std::size_t end) {
  return {{year, month, 1}, month_end(year, month), Grain::Month, end};
}
DateHit day_hit(CivilDate d, std::size_t end) { return {d, d, Grain::Day, end}; }
DateHit year_hit(int year, std::size_t end) { return {{year, 1, 1}, {year, 12, 31}, Grain::Year, end}; }
CivilDate add_days(CivilDate d, long n) { return civil_from_days(days_from_civil(d) + n); }
std::pair<int, int> add_months(int year, int month, int n) {
  const int total = year * 12 + (month - 1) + n;
  const int y = total >= 0 ? total / 12 : (total - 11) / 12;
  return {y, total - y * 12 + 1};
}

// "16", "16th", "1st": a day of the month.

DateHit week_of(CivilDate d, std::size_t end) {
  const CivilDate monday = add_days(d, -weekday(d));
  return {monday, add_days(monday, 6), Grain::Day, end};
}

}  // namespace factlint::value::detail
