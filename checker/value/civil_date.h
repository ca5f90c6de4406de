// Proleptic Gregorian calendar dates and day numbers, the basis of every date value.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factlint::value {

struct CivilDate {
  int year = 0;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// Days since 1970-01-01 (negative before).
long days_from_civil(const CivilDate& date);
CivilDate civil_from_days(long days);
int days_in_month(int year, int month);
// 0 = Monday ... 6 = Sunday.
int weekday(const CivilDate& date);
// Parses "YYYY-MM-DD" strictly; nullopt otherwise.
std::optional<CivilDate> parse_iso_date(std::string_view text);
std::string to_iso(const CivilDate& date);

}  // namespace factlint::value
