// Internal: month and weekday names, date arithmetic and the reading of relative
// dates, shared by the date readers (date_reader.cc, relative_date_reader.cc).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

#include "value/civil_date.h"
#include "value/value.h"

namespace factlint::value::detail {

// A date phrase read: the days it spans, its grain and where it ends.
struct DateHit {
  CivilDate first;
  CivilDate last;
  Grain grain = Grain::Day;
  std::size_t end = 0;
  bool approx = false;
};

// A name from a list ("sept." = 9, "thursday" = 3) and where it ends.
struct CalendarWord {
  int number = 0;
  std::size_t end = 0;
  bool full = false;  // a full name, not an abbreviation
};

struct NameNumber {
  std::string_view word;
  int number;
};

// The words that take a third of a year or month: "early 2022", "late in october".
// One list for dates with a year (date_reader.cc) and months without (relative_date_reader.cc).
struct MonthPart {
  std::string_view word;
  int third;  // 0 early, 1 mid, 2 late
};
inline constexpr std::array<MonthPart, 6> kMonthParts{{
    {"early in ", 0}, {"late in ", 2}, {"early ", 0}, {"mid-", 1}, {"mid ", 1}, {"late ", 2}}};

// Meteorological seasons of the northern hemisphere, by the month each begins in: one
// list for seasons with a year ("summer 2022", date_reader.cc) and without ("last
// summer", relative_date_reader.cc). A winter runs from December into February.
struct SeasonWord {
  std::string_view word;
  int first_month;
};
inline constexpr std::array<SeasonWord, 5> kSeasons{
    {{"spring", 3}, {"summer", 6}, {"autumn", 9}, {"fall", 9}, {"winter", 12}}};

// The longest of `names` at pos that ends on a word boundary.
std::optional<CalendarWord> read_name(std::string_view text, std::size_t pos,
                                      const NameNumber* names, std::size_t count);
// "september", "sept.", "sep" -> 9.
std::optional<CalendarWord> read_month(std::string_view text, std::size_t pos);
// "monday" -> 0 ... "sunday" -> 6.
std::optional<CalendarWord> read_weekday(std::string_view text, std::size_t pos);

CivilDate month_end(int year, int month);
DateHit month_hit(int year, int month, std::size_t end);
DateHit day_hit(CivilDate d, std::size_t end);
DateHit year_hit(int year, std::size_t end);
CivilDate add_days(CivilDate d, long n);
// The month `n` months after (year, month): negative n goes back.
std::pair<int, int> add_months(int year, int month, int n);
// The Monday-to-Sunday week containing `d`.
DateHit week_of(CivilDate d, std::size_t end);

// A date stated relative to the publication date `ref` ("last month", "on thursday",
// "two years ago", "earlier this month", "in february"), or nullopt.
std::optional<DateHit> read_relative_date(std::string_view text, std::size_t pos, CivilDate ref);

}  // namespace factlint::value::detail
