// Relative dates, resolved against the publication date: "last month", "last
// february", "on thursday", "this year", "two years ago", "earlier this month", and
// a bare "in february" (the most recent February not after the date).
//
//   with reference 2022-09-20 (a Tuesday):
//   "last february" -> 2022-02    "last month" -> 2022-08    "on thursday" -> 2022-09-15
//   "in february"   -> 2022-02    "two years ago" -> 2020    "earlier this month" -> [09-01, 09-20]
//   "last spring"   -> [2022-03, 2022-05]                   "next winter" -> [2022-12, 2023-02]
//   "the turn of the century" -> 2000
#include <algorithm>
#include <string>

#include "value/calendar.h"
#include "value/number_reader.h"
#include "value/text_cursor.h"

namespace factlint::value::detail {

namespace {

std::optional<DateHit> read_ago(std::string_view text, std::size_t pos, CivilDate ref) {
  NumberOptions options;
  options.fractions = options.mixed = false;
  options.scales = false;
  long n = 0;
  std::size_t p = pos;
  if (auto a = match_any_word(text, pos, {"a", "an"})) {
    n = 1;
    p = *a;
  } else if (auto number = read_number(text, pos, options);
             number && number->value >= 1 && number->value < 1000) {
    n = static_cast<long>(number->value);
    p = number->end;
  } else {
    return std::nullopt;
  }
  auto space = match_space(text, p);
  if (!space) return std::nullopt;
  struct Unit {
    std::string_view singular, plural;
  };
  std::string_view unit;
  std::size_t unit_end = 0;
  for (const Unit& u : {Unit{"year", "years"}, Unit{"month", "months"}, Unit{"week", "weeks"},
                        Unit{"day", "days"}, Unit{"decade", "decades"}}) {
    if (auto e = match_word(text, *space, n == 1 ? u.singular : u.plural)) {
      unit = u.singular;
      unit_end = *e;
    }
  }
  if (unit.empty()) return std::nullopt;
  auto ago = match_word(text, unit_end, " ago");
  if (!ago) return std::nullopt;
  DateHit hit;
  if (unit == "year" || unit == "decade") {
    const int year = ref.year - static_cast<int>(unit == "decade" ? 10 * n : n);
    // "Twenty years ago this month", "ten years ago today": that month or day of the
    // year counted back, one date (was two: the year, and this month's own).
    if (auto month = match_word(text, *ago, " this month")) return month_hit(year, ref.month, *month);
    if (auto today = match_word(text, *ago, " today")) {
      return day_hit(CivilDate{year, ref.month, std::min(ref.day, days_in_month(year, ref.month))}, *today);
    }
    hit = year_hit(year, *ago);
  } else if (unit == "month") {
    auto [y, m] = add_months(ref.year, ref.month, -static_cast<int>(n));
    hit = month_hit(y, m, *ago);
  } else {
    hit = day_hit(add_days(ref, -(unit == "week" ? 7 * n : n)), *ago);
  }
  hit.approx = unit != "day";
  return hit;
}

// "last spring", "this summer", "next winter": a season counted from the publication
// month. "last" is the most recent one that ended before that month (in January 2024
// "last spring" is spring 2023, and so it is in June 2023; in April 2023 it is spring
// 2022), "next" the first that begins after it, and "this" the one of the publication
// year, a winter the one that began in December of it (or of the year before, read in
// January or February). A writer looking back on "last spring" names its year as
// "spring 2023" would (docs/rules.md "The publication date").
std::optional<DateHit> read_relative_season(std::string_view text, std::size_t pos, int shift, CivilDate ref) {
  for (const SeasonWord& s : kSeasons) {
    auto end = match_word(text, pos, s.word);
    if (!end) continue;
    // "this fall in prices", "the last fall of snow": "fall" names a season only alone.
    if (s.word == "fall" && (match_text(text, *end, " in ") || match_text(text, *end, " of "))) return std::nullopt;
    const int now = ref.year * 12 + ref.month - 1;  // months since year 0
    auto begins = [&](int year) { return year * 12 + s.first_month - 1; };
    int year = s.first_month == 12 && ref.month <= 2 ? ref.year - 1 : ref.year;
    if (shift < 0) {
      while (begins(year) + 2 >= now) --year;
    } else if (shift > 0) {
      while (begins(year) <= now) ++year;
    }
    auto [last_year, last_month] = add_months(year, s.first_month, 2);
    return DateHit{{year, s.first_month, 1}, month_end(last_year, last_month), Grain::Month, *end, true};
  }
  return std::nullopt;
}

// "last month", "this year", "next week", "last february", "last thursday".
std::optional<DateHit> read_this_last_next(std::string_view text, std::size_t pos, CivilDate ref) {
  int shift = 0;
  std::optional<std::size_t> p;
  if ((p = match_text(text, pos, "last "))) {
    shift = -1;
  } else if ((p = match_text(text, pos, "this "))) {
    shift = 0;
  } else if ((p = match_text(text, pos, "next "))) {
    shift = 1;
  } else {
    return std::nullopt;
  }
  if (auto e = match_word(text, *p, "year")) return year_hit(ref.year + shift, *e);
  if (auto e = match_word(text, *p, "month")) {
    auto [y, m] = add_months(ref.year, ref.month, shift);
    return month_hit(y, m, *e);
  }
  if (auto e = match_word(text, *p, "week")) return week_of(add_days(ref, 7 * shift), *e);
  if (auto month = read_month(text, *p); month && month->full) {
    // "last february": the most recent February before this month; "next": after it.
    int year = ref.year;
    if (shift < 0 && month->number >= ref.month) --year;
    if (shift > 0 && month->number <= ref.month) ++year;
    return month_hit(year, month->number, month->end);
  }
  if (auto season = read_relative_season(text, *p, shift, ref)) return season;
  if (auto day = read_weekday(text, *p)) {
    // "last thursday": strictly before the date; "next": strictly after; "this": on or after.
    const int back = (weekday(ref) - day->number + 7) % 7;
    const int ahead = (day->number - weekday(ref) + 7) % 7;
    long delta = ahead;
    if (shift < 0) delta = -(back == 0 ? 7 : back);
    if (shift > 0) delta = ahead == 0 ? 7 : ahead;
    return day_hit(add_days(ref, delta), day->end);
  }
  return std::nullopt;
}

// "earlier this month", "later this year", "earlier this week": the part of the
// period before (or after) the publication date.
std::optional<DateHit> read_earlier_later(std::string_view text, std::size_t pos, CivilDate ref) {
  auto earlier = match_text(text, pos, "earlier this ");
  auto later = match_text(text, pos, "later this ");
  auto p = earlier ? earlier : later;
  if (!p) return std::nullopt;
  DateHit period;
  if (auto e = match_word(text, *p, "year")) {
    period = year_hit(ref.year, *e);
  } else if (auto e2 = match_word(text, *p, "month")) {
    period = month_hit(ref.year, ref.month, *e2);
  } else if (auto e3 = match_word(text, *p, "week")) {
    period = week_of(ref, *e3);
  } else {
    return std::nullopt;
  }
  DateHit hit{earlier ? period.first : ref, earlier ? ref : period.last, Grain::Day, period.end, true};
  return hit;
}

// "a", "one", "every", "each", "any" or "some" just before `pos`.
bool after_indefinite_word(std::string_view text, std::size_t pos) {
  const std::string_view before = previous_word(text, pos);
  for (std::string_view word : {"a", "one", "every", "each", "any", "some"}) {
    if (before == word) return true;
  }
  return false;
}

// Whether the weekday ending at `end` names a habit, a part of the day in the plural
// after it, alone or after more weekdays: "on friday nights", "monday mornings", "on
// friday and saturday nights" are every such night, not one day.
bool habitual_weekday(std::string_view text, std::size_t end) {
  std::size_t at = end;
  for (int days = 0; days < 7; ++days) {
    if (match_any_word(text, at, {" nights", " mornings", " afternoons", " evenings"})) return true;
    // Another weekday joined to this one: "friday and saturday", "friday, saturday or".
    std::optional<std::size_t> next;
    for (std::string_view join : {", and ", ", or ", " and ", " or ", ", "}) {
      if ((next = match_text(text, at, join))) break;
    }
    if (!next) return false;
    const std::optional<CalendarWord> day = read_weekday(text, *next);
    if (!day) return false;
    at = day->end;
  }
  return false;
}

std::optional<DateHit> read_relative(std::string_view text, std::size_t pos, CivilDate ref) {
  if (auto e = match_word(text, pos, "today")) return day_hit(ref, *e);
  if (auto e = match_word(text, pos, "yesterday")) return day_hit(add_days(ref, -1), *e);
  if (auto e = match_word(text, pos, "tomorrow")) return day_hit(add_days(ref, 1), *e);
  if (auto hit = read_this_last_next(text, pos, ref)) return hit;
  if (auto hit = read_earlier_later(text, pos, ref)) return hit;
  if (auto hit = read_ago(text, pos, ref)) return hit;
  // "at the turn of the century": the year the most recent century began, counted
  // from the publication year (2000 in a story of 2024), as loosely as a writer means it.
  if (auto e = match_word(text, pos, "the turn of the century")) {
    DateHit hit = year_hit(ref.year - ref.year % 100, *e);
    hit.approx = true;
    return hit;
  }
  // "on thursday", "said thursday": the most recent Thursday on or before the date.
  // Not "on a sunday morning in october", "every monday": an indefinite or recurring
  // weekday names no day, and a month after it ("in october") is the date said.
  // Nor a weekday with a part of the day in the plural ("on friday nights"): a habit.
  if (auto day = read_weekday(text, pos); day && !after_indefinite_word(text, pos) && !habitual_weekday(text, day->end)) {
    const long delta = ((weekday(ref) - day->number) + 7) % 7;
    return day_hit(add_days(ref, -delta), day->end);
  }
  return std::nullopt;
}

// The month `month` with no year: the most recent one not after the date `ref` (its
// own month included), as "in february" and "late october" mean it.
DateHit read_bare_month_at(int month, std::size_t end, CivilDate ref) {
  const int year = month <= ref.month ? ref.year : ref.year - 1;
  return month_hit(year, month, end);
}

bool after_preposition(std::string_view text, std::size_t pos) {
  for (std::string_view prep : {"in ", "since ", "until ", "by ", "during ", "from ", "through ",
                                "of ", "before ", "after ", "early ", "late ", "mid-",
                                // "the year to july", "the 12 months to june": a twelve-month
                                // year named by the month it ends in
                                "year to ", "months to "}) {
    if (pos >= prep.size() && text.substr(pos - prep.size(), prep.size()) == prep) return true;
  }
  return false;
}

// "in february" with no year: the most recent February not after the date. Only
// after a preposition, so "may" the verb and "march" the noun stay unread.
std::optional<DateHit> read_bare_month(std::string_view text, std::size_t pos, CivilDate ref) {
  if (!after_preposition(text, pos)) return std::nullopt;
  auto month = read_month(text, pos);
  if (!month || !month->full) return std::nullopt;
  return read_bare_month_at(month->number, month->end, ref);
}

// "late october", "mid-august", "early in july", "late in october" with no year: a
// third of the month read_bare_month would give, as "late october 2018" is a third of
// October 2018 (date_reader.cc, read_part). The part word says it is a date, so no
// preposition is needed.
std::optional<DateHit> read_month_part(std::string_view text, std::size_t pos, CivilDate ref) {
  for (const MonthPart& part : kMonthParts) {
    auto start = match_text(text, pos, part.word);
    if (!start) continue;
    auto month = read_month(text, *start);
    if (!month || !month->full) return std::nullopt;
    // A day or year after the month ("late october 16, 2018") is a date read whole or not at all.
    std::size_t after = month->end;
    while (after < text.size() && (text[after] == ' ' || text[after] == ',')) ++after;
    if (after < text.size() && is_digit(text[after])) return std::nullopt;
    const DateHit whole = read_bare_month_at(month->number, month->end, ref);
    const int y = whole.first.year, m = whole.first.month;
    const int first_day = part.third * 10 + 1;
    const int last_day = part.third == 2 ? days_in_month(y, m) : first_day + 9;
    return DateHit{{y, m, first_day}, {y, m, last_day}, Grain::Day, month->end, true};
  }
  return std::nullopt;
}

}  // namespace

std::optional<DateHit> read_relative_date(std::string_view text, std::size_t pos, CivilDate ref) {
  if (auto hit = read_relative(text, pos, ref)) return hit;
  if (auto hit = read_month_part(text, pos, ref)) return hit;
  return read_bare_month(text, pos, ref);
}

}  // namespace factlint::value::detail
