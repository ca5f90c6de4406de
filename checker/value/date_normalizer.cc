// Dates with a grain: ISO dates, full dates in US and UK order, month-year, seasons,
// quarters and halves, years and decades, and relative dates resolved against the
// publication date (ParseContext::reference_date). One reading per start.
//
//   "sept. 16, 2022" / "16 september 2022" / "2022-09-16" -> 2022-09-16 (day)
//   "february 2022"            -> [2022-02-01, 2022-02-28] (month)
//   "q3 2022", "summer 2022"   -> [2022-07-01, 2022-09-30], approx [2022-06, 2022-08] (month)
//   with reference 2022-09-20 (a Tuesday):
//   "last february" -> 2022-02    "last month" -> 2022-08    "on thursday" -> 2022-09-15
//   "in february"   -> 2022-02    "two years ago" -> 2020    "earlier this month" -> [09-01, 09-20]
#include <array>
#include <string>

#include "value/number_reader.h"
#include "value/reading.h"
#include "value/text_cursor.h"

namespace factlint::value::detail {

namespace {

struct NameNumber {
  std::string_view word;
  int number;
};

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

struct Hit {
  CivilDate first;
  CivilDate last;
  Grain grain = Grain::Day;
  std::size_t end = 0;
  bool approx = false;
};

struct Word {
  int number = 0;
  std::size_t end = 0;
  bool full = false;  // a full name, not an abbreviation
};

std::optional<Word> read_name(std::string_view text, std::size_t pos,
                              const NameNumber* names, std::size_t count) {
  std::optional<Word> best;
  for (std::size_t i = 0; i < count; ++i) {
    auto end = match_word(text, pos, names[i].word);
    if (end && (!best || *end > best->end)) {
      const std::string_view w = names[i].word;
      const bool full = w.back() != '.' && w != "sept" && (w.size() > 3 || w == "may");
      best = Word{names[i].number, *end, full};
    }
  }
  return best;
}

std::optional<Word> read_month(std::string_view text, std::size_t pos) {
  return read_name(text, pos, kMonths.data(), kMonths.size());
}
std::optional<Word> read_weekday(std::string_view text, std::size_t pos) {
  return read_name(text, pos, kWeekdays.data(), kWeekdays.size());
}

CivilDate month_end(int year, int month) { return {year, month, days_in_month(year, month)}; }
Hit month_hit(int year, int month, std::size_t end) {
  return {{year, month, 1}, month_end(year, month), Grain::Month, end};
}
Hit day_hit(CivilDate d, std::size_t end) { return {d, d, Grain::Day, end}; }
Hit year_hit(int year, std::size_t end) { return {{year, 1, 1}, {year, 12, 31}, Grain::Year, end}; }
CivilDate add_days(CivilDate d, long n) { return civil_from_days(days_from_civil(d) + n); }
// The month `n` months after (year, month): negative n goes back.
std::pair<int, int> add_months(int year, int month, int n) {
  const int total = year * 12 + (month - 1) + n;
  const int y = total >= 0 ? total / 12 : (total - 11) / 12;
  return {y, total - y * 12 + 1};
}

// "16", "16th", "1st": a day of the month.
std::optional<Word> read_day(std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  int day = 0;
  while (p < text.size() && is_digit(text[p]) && p - pos < 2) day = day * 10 + (text[p++] - '0');
  if (p == pos || day < 1 || day > 31) return std::nullopt;
  if (auto suffixed = match_any_word(text, p, {"st", "nd", "rd", "th"})) return Word{day, *suffixed};
  if (!ends_word(text, p)) return std::nullopt;
  return Word{day, p};
}

// ", 2022", " 2022", " of 2022" after a month or day.
std::optional<std::pair<int, std::size_t>> read_trailing_year(std::string_view text,
                                                              std::size_t pos) {
  for (std::string_view sep : {", ", " ", " of ", ","}) {
    if (auto p = match_text(text, pos, sep)) {
      if (auto y = read_year_digits(text, *p)) return y;
    }
  }
  return std::nullopt;
}

std::optional<Hit> valid_day(int year, int month, int day, std::size_t end) {
  if (day > days_in_month(year, month)) return std::nullopt;
  return day_hit({year, month, day}, end);
}

// "sept. 16, 2022", "september 16th 2022", "february 2022", "feb. 2022".
std::optional<Hit> read_month_first(std::string_view text, std::size_t pos,
                                    const ParseContext& context) {
  auto month = read_month(text, pos);
  if (!month) return std::nullopt;
  if (auto space = match_space(text, month->end)) {
    if (auto day = read_day(text, *space)) {
      if (auto year = read_trailing_year(text, day->end)) {
        return valid_day(year->first, month->number, day->number, year->second);
      }
      // No year: a news date means the publication year.
      if (context.reference_date) {
        return valid_day(context.reference_date->year, month->number, day->number, day->end);
      }
    }
  }
  if (auto year = read_trailing_year(text, month->end)) {
    return month_hit(year->first, month->number, year->second);
  }
  return std::nullopt;
}

// "16 september 2022", "16th of september, 2022", "16 sept 2022".
std::optional<Hit> read_day_first(std::string_view text, std::size_t pos,
                                  const ParseContext& context) {
  auto day = read_day(text, pos);
  if (!day) return std::nullopt;
  auto p = match_space(text, day->end);
  if (!p) return std::nullopt;
  if (auto of = match_text(text, *p, "of ")) p = of;
  auto month = read_month(text, *p);
  if (!month) return std::nullopt;
  if (auto year = read_trailing_year(text, month->end)) {
    return valid_day(year->first, month->number, day->number, year->second);
  }
  // "5 may" without a year is too often "5 may be"; only full month names here.
  if (context.reference_date && month->full && month->number != 5) {
    return valid_day(context.reference_date->year, month->number, day->number, month->end);
  }
  return std::nullopt;
}

std::optional<Hit> read_iso(std::string_view text, std::size_t pos) {
  if (pos + 10 > text.size() || !ends_word(text, pos + 10)) return std::nullopt;
  auto date = parse_iso_date(text.substr(pos, 10));
  if (!date) return std::nullopt;
  return day_hit(*date, pos + 10);
}

// "summer 2022", "the autumn of 2021", "fall 2020". Meteorological seasons of
// the northern hemisphere; winter YYYY runs from December YYYY into February.
std::optional<Hit> read_season(std::string_view text, std::size_t pos) {
  struct Season {
    std::string_view word;
    int first_month;
  };
  for (const Season& s : {Season{"spring", 3}, Season{"summer", 6}, Season{"autumn", 9},
                          Season{"fall", 9}, Season{"winter", 12}}) {
    auto end = match_word(text, pos, s.word);
    if (!end) continue;
    auto year = read_trailing_year(text, *end);
    if (!year) return std::nullopt;
    auto [ly, lm] = add_months(year->first, s.first_month, 2);
    Hit hit{{year->first, s.first_month, 1}, month_end(ly, lm), Grain::Month, year->second, true};
    return hit;
  }
  return std::nullopt;
}

// "q3 2022", "the third quarter of 2022", "first half of 2021", "h2 2022".
std::optional<Hit> read_quarter(std::string_view text, std::size_t pos) {
  int index = 0, months = 0;
  std::size_t p = pos;
  if (pos + 2 <= text.size() && (text[pos] == 'q' || text[pos] == 'h') && is_digit(text[pos + 1]) &&
      ends_word(text, pos + 2)) {
    index = text[pos + 1] - '0';
    months = text[pos] == 'q' ? 3 : 6;
    p = pos + 2;
  } else {
    static constexpr NameNumber kNth[] = {{"first", 1}, {"second", 2}, {"third", 3},
                                          {"fourth", 4}, {"1st", 1},   {"2nd", 2},
                                          {"3rd", 3},    {"4th", 4},   {"final", 4}};
    auto nth = read_name(text, pos, kNth, std::size(kNth));
    if (!nth) return std::nullopt;
    auto space = match_space(text, nth->end);
    if (!space) return std::nullopt;
    if (auto e = match_word(text, *space, "quarter")) {
      months = 3;
      p = *e;
    } else if (auto h = match_word(text, *space, "half")) {
      months = 6;
      p = *h;
    } else {
      return std::nullopt;
    }
    index = nth->number;
    if (months == 6 && match_word(text, pos, "final")) index = 2;
  }
  if (index < 1 || index * months > 12) return std::nullopt;
  auto year = read_trailing_year(text, p);
  if (!year) return std::nullopt;
  const int first_month = (index - 1) * months + 1;
  return Hit{{year->first, first_month, 1}, month_end(year->first, first_month + months - 1),
             Grain::Month, year->second};
}

// "early 2022", "mid-2022", "late 2022", and "early february 2022" (thirds of a month).
std::optional<Hit> read_part(std::string_view text, std::size_t pos, const ParseContext& context) {
  struct Part {
    std::string_view word;
    int third;
  };
  for (const Part& part : {Part{"early ", 0}, Part{"mid-", 1}, Part{"mid ", 1}, Part{"late ", 2}}) {
    auto start = match_text(text, pos, part.word);
    if (!start) continue;
    if (auto year = read_year_digits(text, *start)) {
      const int first = part.third * 4 + 1;
      return Hit{{year->first, first, 1}, month_end(year->first, first + 3), Grain::Month,
                 year->second, true};
    }
    if (auto whole = read_month_first(text, *start, context); whole && whole->grain == Grain::Month) {
      const int y = whole->first.year, m = whole->first.month;
      const int first_day = part.third * 10 + 1;
      const int last_day = part.third == 2 ? days_in_month(y, m) : first_day + 9;
      return Hit{{y, m, first_day}, {y, m, last_day}, Grain::Day, whole->end, true};
    }
  }
  return std::nullopt;
}

// "two years ago", "3 months ago", "a decade ago", "five days ago".
std::optional<Hit> read_ago(std::string_view text, std::size_t pos, CivilDate ref) {
  NumberOptions options;
  options.fractions = false;
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
  Hit hit;
  if (unit == "year" || unit == "decade") {
    hit = year_hit(ref.year - static_cast<int>(unit == "decade" ? 10 * n : n), *ago);
  } else if (unit == "month") {
    auto [y, m] = add_months(ref.year, ref.month, -static_cast<int>(n));
    hit = month_hit(y, m, *ago);
  } else {
    hit = day_hit(add_days(ref, -(unit == "week" ? 7 * n : n)), *ago);
  }
  hit.approx = unit != "day";
  return hit;
}

// The Monday-to-Sunday week containing `d`.
Hit week_of(CivilDate d, std::size_t end) {
  const CivilDate monday = add_days(d, -weekday(d));
  return {monday, add_days(monday, 6), Grain::Day, end};
}

// "last month", "this year", "next week", "last february", "last thursday".
std::optional<Hit> read_this_last_next(std::string_view text, std::size_t pos, CivilDate ref) {
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
std::optional<Hit> read_earlier_later(std::string_view text, std::size_t pos, CivilDate ref) {
  auto earlier = match_text(text, pos, "earlier this ");
  auto later = match_text(text, pos, "later this ");
  auto p = earlier ? earlier : later;
  if (!p) return std::nullopt;
  Hit period;
  if (auto e = match_word(text, *p, "year")) {
    period = year_hit(ref.year, *e);
  } else if (auto e2 = match_word(text, *p, "month")) {
    period = month_hit(ref.year, ref.month, *e2);
  } else if (auto e3 = match_word(text, *p, "week")) {
    period = week_of(ref, *e3);
  } else {
    return std::nullopt;
  }
  Hit hit{earlier ? period.first : ref, earlier ? ref : period.last, Grain::Day, period.end, true};
  return hit;
}

std::optional<Hit> read_relative(std::string_view text, std::size_t pos, CivilDate ref) {
  if (auto e = match_word(text, pos, "today")) return day_hit(ref, *e);
  if (auto e = match_word(text, pos, "yesterday")) return day_hit(add_days(ref, -1), *e);
  if (auto e = match_word(text, pos, "tomorrow")) return day_hit(add_days(ref, 1), *e);
  if (auto hit = read_this_last_next(text, pos, ref)) return hit;
  if (auto hit = read_earlier_later(text, pos, ref)) return hit;
  if (auto hit = read_ago(text, pos, ref)) return hit;
  // "on thursday", "said thursday": the most recent Thursday on or before the date.
  if (auto day = read_weekday(text, pos)) {
    const long delta = ((weekday(ref) - day->number) + 7) % 7;
    return day_hit(add_days(ref, -delta), day->end);
  }
  return std::nullopt;
}

// "in february" with no year: the most recent February not after the date. Only
// after a preposition, so "may" the verb and "march" the noun stay unread.
std::optional<Hit> read_bare_month(std::string_view text, std::size_t pos, CivilDate ref) {
  bool after_preposition = false;
  for (std::string_view prep : {"in ", "since ", "until ", "by ", "during ", "from ", "through ",
                                "of ", "before ", "after ", "early ", "late ", "mid-"}) {
    if (pos >= prep.size() && text.substr(pos - prep.size(), prep.size()) == prep) {
      after_preposition = true;
    }
  }
  if (!after_preposition) return std::nullopt;
  auto month = read_month(text, pos);
  if (!month || !month->full) return std::nullopt;
  const int year = month->number <= ref.month ? ref.year : ref.year - 1;
  return month_hit(year, month->number, month->end);
}

std::optional<Hit> read_calendar(std::string_view text, std::size_t pos,
                                 const ParseContext& context) {
  if (auto hit = read_iso(text, pos)) return hit;
  if (auto hit = read_part(text, pos, context)) return hit;
  if (auto hit = read_month_first(text, pos, context)) return hit;
  if (auto hit = read_day_first(text, pos, context)) return hit;
  if (auto hit = read_season(text, pos)) return hit;
  if (auto hit = read_quarter(text, pos)) return hit;
  if (context.reference_date) {
    if (auto hit = read_relative(text, pos, *context.reference_date)) return hit;
    if (auto hit = read_bare_month(text, pos, *context.reference_date)) return hit;
  }
  return std::nullopt;
}

}  // namespace

void read_dates(std::string_view text, std::size_t pos, const ParseContext& context,
                Readings& out) {
  if (auto hit = read_calendar(text, pos, context)) {
    out.matches.push_back({pos, hit->end,
                           temporal_value(Type::Date, text, pos, hit->end, hit->first, hit->last,
                                          hit->grain, hit->approx)});
    // A date phrase is read whole: no "this month" inside "earlier this month".
    out.hidden.emplace_back(pos + 1, hit->end);
    return;
  }
  // Years and decades are dates at the grain of a year ("1960" agrees with "February 1960").
  Readings years;
  read_years(Type::Date, text, pos, years);
  for (auto& m : years.matches) out.matches.push_back(std::move(m));
}

}  // namespace factlint::value::detail
