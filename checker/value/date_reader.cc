// Dates with a grain: ISO dates, full dates in US and UK order, month-year, seasons,
// quarters and halves, years and decades, and relative dates resolved against the
// publication date (ParseContext::reference_date). One reading per start.
//
//   "sept. 16, 2022" / "16 september 2022" / "2022-09-16" -> 2022-09-16 (day)
//   "february 2022"            -> [2022-02-01, 2022-02-28] (month)
//   "q3 2022", "summer 2022"   -> [2022-07-01, 2022-09-30], approx [2022-06, 2022-08] (month)
//   "christmas day 2021"       -> 2021-12-25 (day)
//   relative dates ("last month", "on thursday") are read in relative_date_reader.cc
#include <array>
#include <string>

#include "value/calendar.h"
#include "value/reading.h"
#include "value/text_cursor.h"

namespace factlint::value::detail {

namespace {

// "third", "twenty-first", "thirty first": a day of the month in words.
std::optional<CalendarWord> read_day_word(std::string_view text, std::size_t pos) {
  static constexpr NameNumber kDays[] = {
      {"first", 1},       {"second", 2},      {"third", 3},        {"fourth", 4},
      {"fifth", 5},       {"sixth", 6},       {"seventh", 7},      {"eighth", 8},
      {"ninth", 9},       {"tenth", 10},      {"eleventh", 11},    {"twelfth", 12},
      {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},   {"sixteenth", 16},
      {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
      {"thirtieth", 30}};
  int tens = 0;
  std::size_t p = pos;
  if (auto t = match_text(text, pos, "twenty")) tens = 20;
  else if (auto u = match_text(text, pos, "thirty")) tens = 30;
  if (tens && p + 7 < text.size() && (text[pos + 6] == '-' || text[pos + 6] == ' ')) {
    if (auto unit = read_name(text, pos + 7, kDays, 9)) {
      if (tens + unit->number <= 31) return CalendarWord{tens + unit->number, unit->end};
    }
  }
  return read_name(text, p, kDays, std::size(kDays));
}

std::optional<CalendarWord> read_day(std::string_view text, std::size_t pos) {
  if (pos < text.size() && is_letter(text[pos])) return read_day_word(text, pos);
  std::size_t p = pos;
  int day = 0;
  while (p < text.size() && is_digit(text[p]) && p - pos < 2) day = day * 10 + (text[p++] - '0');
  if (p == pos || day < 1 || day > 31) return std::nullopt;
  if (auto suffixed = match_any_word(text, p, {"st", "nd", "rd", "th"})) return CalendarWord{day, *suffixed};
  if (!ends_word(text, p)) return std::nullopt;
  return CalendarWord{day, p};
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

std::optional<DateHit> valid_day(int year, int month, int day, std::size_t end) {
  if (day > days_in_month(year, month)) return std::nullopt;
  return day_hit({year, month, day}, end);
}

// "sept. 16, 2022", "september 16th 2022", "february 2022", "feb. 2022".
std::optional<DateHit> read_month_first(std::string_view text, std::size_t pos,
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
std::optional<DateHit> read_day_first(std::string_view text, std::size_t pos,
                                  const ParseContext& context, bool after_weekday = false) {
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
  // "5 may" without a year is too often "5 may be" (not after a weekday: "wednesday,
  // 3 may", nor before a sentence's or a clause's end: "opens on 6 may.", where no verb
  // follows); only full month names here, and only figures: "a third of march exports"
  // is no date.
  const bool may_ends = month->end >= text.size() || text[month->end] == '.' || text[month->end] == ',' ||
                        text[month->end] == ';' || text[month->end] == ')';
  if (context.reference_date && month->full && (month->number != 5 || after_weekday || may_ends) &&
      is_digit(text[pos])) {
    return valid_day(context.reference_date->year, month->number, day->number, month->end);
  }
  return std::nullopt;
}

// Up to `max` digits at pos: their value and where they end.
std::optional<std::pair<int, std::size_t>> read_digit_run(std::string_view text, std::size_t pos,
                                                          std::size_t min, std::size_t max) {
  std::size_t p = pos;
  int n = 0;
  while (p < text.size() && is_digit(text[p]) && p - pos < max) n = n * 10 + (text[p++] - '0');
  if (p - pos < min || (p < text.size() && is_digit(text[p]))) return std::nullopt;
  return std::pair{n, p};
}

// A two-digit year: within ten years after the publication year it is this century,
// else the last ("12/25/98" is 1998, "3/4/21" 2021); without a publication date the
// pivot is 2050.
int full_year(int yy, const ParseContext& context) {
  const int ref = context.reference_date ? context.reference_date->year : 2040;
  const int century = ref / 100 * 100;
  return yy <= ref % 100 + 10 ? century + yy : century - 100 + yy;
}

// "2016-7-4", "2016/07/04", "2016-07" (Y-M), "11/30/1985", "30/11/1985", "30.11.1985",
// "12/25/98". Day and month are told apart by a part above 12; when both are 12 or
// less and differ, ParseContext::date_order decides, and by default the date is not read.
std::optional<DateHit> read_numeric(std::string_view text, std::size_t pos,
                                    const ParseContext& context) {
  if (auto y = read_digit_run(text, pos, 4, 4); y && y->second < text.size()) {
    const char sep = text[y->second];
    if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
    auto m = read_digit_run(text, y->second + 1, 1, 2);
    if (!m || m->first < 1 || m->first > 12 || y->first < 1000) return std::nullopt;
    if (m->second < text.size() && text[m->second] == sep) {
      auto d = read_digit_run(text, m->second + 1, 1, 2);
      if (!d || !ends_word(text, d->second) || d->first < 1) return std::nullopt;
      return valid_day(y->first, m->first, d->first, d->second);
    }
    // "2016-07" is July 2016; "2010-11" may be a span of years, so it is no month.
    if (sep != '-' || m->second - (y->second + 1) != 2 || !ends_word(text, m->second)) return std::nullopt;
    if (m->first > y->first % 100) return std::nullopt;
    return month_hit(y->first, m->first, m->second);
  }
  auto a = read_digit_run(text, pos, 1, 2);
  if (!a || a->second >= text.size()) return std::nullopt;
  const char sep = text[a->second];
  if (sep != '/' && sep != '.' && sep != '-') return std::nullopt;
  auto b = read_digit_run(text, a->second + 1, 1, 2);
  if (!b || b->second >= text.size() || text[b->second] != sep) return std::nullopt;
  auto y = read_digit_run(text, b->second + 1, 2, 4);
  if (!y || !ends_word(text, y->second)) return std::nullopt;
  const std::size_t year_digits = y->second - (b->second + 1);
  if (year_digits == 3) return std::nullopt;
  const int year = year_digits == 2 ? full_year(y->first, context) : y->first;
  int month = a->first, day = b->first;
  if (sep == '.' || a->first > 12) {
    std::swap(month, day);  // dots are day-first everywhere; so is a first part over 12
  } else if (b->first <= 12 && a->first != b->first) {
    if (context.date_order == DateOrder::Unknown) return std::nullopt;
    if (context.date_order == DateOrder::DayFirst) std::swap(month, day);
  }
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  return valid_day(year, month, day, y->second);
}

std::optional<DateHit> read_iso(std::string_view text, std::size_t pos) {
  if (pos + 10 > text.size() || !ends_word(text, pos + 10)) return std::nullopt;
  auto date = parse_iso_date(text.substr(pos, 10));
  if (!date) return std::nullopt;
  return day_hit(*date, pos + 10);
}

// "summer 2022", "the autumn of 2021", "fall 2020". Meteorological seasons of
// the northern hemisphere; winter YYYY runs from December YYYY into February.
std::optional<DateHit> read_season(std::string_view text, std::size_t pos) {
  for (const SeasonWord& s : kSeasons) {
    auto end = match_word(text, pos, s.word);
    if (!end) continue;
    auto year = read_trailing_year(text, *end);
    if (!year) return std::nullopt;
    auto [ly, lm] = add_months(year->first, s.first_month, 2);
    DateHit hit{{year->first, s.first_month, 1}, month_end(ly, lm), Grain::Month, year->second, true};
    return hit;
  }
  return std::nullopt;
}

// "q3 2022", "the third quarter of 2022", "first half of 2021", "h2 2022".
std::optional<DateHit> read_quarter(std::string_view text, std::size_t pos) {
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
  return DateHit{{year->first, first_month, 1}, month_end(year->first, first_month + months - 1),
             Grain::Month, year->second};
}

// "early 2022", "mid-2022", "late 2022", and "early february 2022", "late in october
// 2018" (thirds of a month).
std::optional<DateHit> read_part(std::string_view text, std::size_t pos, const ParseContext& context) {
  for (const MonthPart& part : kMonthParts) {
    auto start = match_text(text, pos, part.word);
    if (!start) continue;
    // "late in 2018" is late 2018; "late in october 2018" a third of the month.
    if (auto year = read_year_digits(text, *start)) {
      const int first = part.third * 4 + 1;
      return DateHit{{year->first, first, 1}, month_end(year->first, first + 3), Grain::Month,
                     year->second, true};
    }
    if (auto whole = read_month_first(text, *start, context); whole && whole->grain == Grain::Month) {
      const int y = whole->first.year, m = whole->first.month;
      const int first_day = part.third * 10 + 1;
      const int last_day = part.third == 2 ? days_in_month(y, m) : first_day + 9;
      return DateHit{{y, m, first_day}, {y, m, last_day}, Grain::Day, whole->end, true};
    }
  }
  return std::nullopt;
}

// "Christmas Day 2021", "New Year's Eve, 1999": holidays on a fixed day, with a year.
// Without a year they are not read: which year is meant is a guess.
std::optional<DateHit> read_holiday(std::string_view text, std::size_t pos) {
  struct Holiday {
    std::string_view name;
    int month, day;
  };
  static constexpr Holiday kHolidays[] = {
      {"christmas day", 12, 25}, {"christmas eve", 12, 24}, {"boxing day", 12, 26},
      {"new year's day", 1, 1},  {"new years day", 1, 1},   {"new year's eve", 12, 31},
      {"new years eve", 12, 31}, {"valentine's day", 2, 14}, {"halloween", 10, 31}};
  for (const Holiday& h : kHolidays) {
    auto end = match_word(text, pos, h.name);
    if (!end) continue;
    auto year = read_trailing_year(text, *end);
    if (!year) return std::nullopt;
    return valid_day(year->first, h.month, h.day, year->second);
  }
  return std::nullopt;
}

// "wednesday, 3 may 2017", "wed 3 may", "thursday, october 18": a weekday that names
// the day of a date written after it is part of that date, never a day of its own
// counted back from the publication date. The date is read as written, whatever
// weekday it falls on.
std::optional<DateHit> read_weekday_date(std::string_view text, std::size_t pos, const ParseContext& context) {
  auto day = read_weekday(text, pos);
  if (!day) return std::nullopt;
  std::size_t p = day->end;
  if (p < text.size() && text[p] == ',') ++p;
  auto space = match_space(text, p);
  if (!space) return std::nullopt;
  auto hit = read_day_first(text, *space, context, true);
  if (!hit) hit = read_month_first(text, *space, context);
  if (!hit || hit->grain != Grain::Day) return std::nullopt;
  return hit;
}

// A date that needs no publication date: every form above, then a year or decade.
std::optional<DateHit> read_absolute(std::string_view text, std::size_t pos,
                                     const ParseContext& context) {
  if (auto hit = read_weekday_date(text, pos, context)) return hit;
  if (auto hit = read_iso(text, pos)) return hit;
  if (auto hit = read_numeric(text, pos, context)) return hit;
  if (auto hit = read_part(text, pos, context)) return hit;
  if (auto hit = read_month_first(text, pos, context)) return hit;
  if (auto hit = read_day_first(text, pos, context)) return hit;
  if (auto hit = read_holiday(text, pos)) return hit;
  if (auto hit = read_season(text, pos)) return hit;
  if (auto hit = read_quarter(text, pos)) return hit;
  return std::nullopt;
}

std::optional<DateHit> read_year_hit(std::string_view text, std::size_t pos) {
  if (auto decade = read_decade(text, pos)) {
    return DateHit{{decade->first, 1, 1}, {decade->first + decade_years(decade->first) - 1, 12, 31},
                   Grain::Year, decade->second};
  }
  if (auto year = read_year_digits(text, pos)) return year_hit(year->first, year->second);
  return std::nullopt;
}

// Where the second date of a range starts: "-", " to ", " until ", " through ", and
// " and " only after "between".
std::optional<std::size_t> range_separator(std::string_view text, std::size_t begin,
                                           std::size_t end) {
  for (std::string_view sep : {"-", " - ", " to ", " until ", " till ", " through ", " thru "}) {
    if (auto p = match_text(text, end, sep)) return p;
  }
  const std::string_view between = "between ";
  if (begin >= between.size() && text.substr(begin - between.size(), between.size()) == between) {
    return match_text(text, end, " and ");
  }
  return std::nullopt;
}

Grain finer(Grain a, Grain b) {
  auto rank = [](Grain g) { return g == Grain::Day ? 0 : g == Grain::Month ? 1 : 2; };
  return rank(a) <= rank(b) ? a : b;
}

// "sept. 15-16, 2022" and "15-16 september 2022": days sharing a month and year.
std::optional<DateHit> read_day_span(std::string_view text, std::size_t pos) {
  std::optional<CalendarWord> month, first, last;
  std::size_t p = pos;
  if ((month = read_month(text, pos))) {
    auto space = match_space(text, month->end);
    if (!space || !(first = read_day(text, *space))) return std::nullopt;
    auto dash = match_text(text, first->end, "-");
    if (!dash || !(last = read_day(text, *dash))) return std::nullopt;
    p = last->end;
  } else if ((first = read_day(text, pos))) {
    auto dash = match_text(text, first->end, "-");
    if (!dash || !(last = read_day(text, *dash))) return std::nullopt;
    auto space = match_space(text, last->end);
    if (!space) return std::nullopt;
    if (auto of = match_text(text, *space, "of ")) space = of;
    if (!(month = read_month(text, *space))) return std::nullopt;
    p = month->end;
  } else {
    return std::nullopt;
  }
  auto year = read_trailing_year(text, p);
  if (!year || last->number <= first->number ||
      last->number > days_in_month(year->first, month->number)) {
    return std::nullopt;
  }
  return DateHit{{year->first, month->number, first->number},
                 {year->first, month->number, last->number}, Grain::Day, year->second};
}

// "from 19 march to 18 september 2021", "march 19 - september 18, 2021", "between 3
// and 9 may 2019": a first date written without its year (and month) borrows them from
// the second, which writes its year. The first date is the year before when it comes
// later in the calendar ("from 19 december to 3 january 2022"). Before this only the
// second date was read, and a range's start was its end (FEEDBACK-session-22, iceland).
std::optional<DateHit> read_borrowed_span(std::string_view text, std::size_t pos, const ParseContext& context) {
  int month = 0;  // 0: borrowed from the second date too ("between 3 and 9 may 2019")
  std::optional<CalendarWord> day;
  std::size_t end = pos;
  if (auto m = read_month(text, pos)) {  // "march 19"
    auto space = match_space(text, m->end);
    if (!space || !(day = read_day(text, *space))) return std::nullopt;
    month = m->number;
    end = day->end;
  } else if ((day = read_day(text, pos))) {  // "19 march", "19th of march", "19"
    end = day->end;
    if (auto space = match_space(text, day->end)) {
      std::size_t at = *space;
      if (auto of = match_text(text, at, "of ")) at = *of;
      if (auto m = read_month(text, at)) {
        month = m->number;
        end = m->end;
      }
    }
    // A lone day is a figure, never a word: "between three and nine may 2019" is no date.
    if (month == 0 && !is_digit(text[pos])) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (read_trailing_year(text, end)) return std::nullopt;  // the first writes its own year
  auto start = range_separator(text, pos, end);
  if (!start) return std::nullopt;
  // The second date must write its year itself: read it without a publication date.
  ParseContext own_year = context;
  own_year.reference_date.reset();
  auto second = read_absolute(text, *start, own_year);
  if (!second || second->grain != Grain::Day || !ends_word(text, second->end)) return std::nullopt;
  const CivilDate last = second->last;
  int year = last.year;
  if (month == 0) {
    if (day->number >= last.day) return std::nullopt;
    month = last.month;
  } else if (month > last.month || (month == last.month && day->number >= last.day)) {
    year -= 1;
  }
  if (day->number > days_in_month(year, month)) return std::nullopt;
  return DateHit{{year, month, day->number}, last, Grain::Day, second->end, second->approx};
}

// "february to april 2022", "apr-jun 2023": a bare month takes the year of the month
// after it (the year before when it comes later in the calendar: "december-february
// 2022"). Abbreviated too, but for "mar", a verb as often ("mar-apr" is not read).
std::optional<DateHit> read_month_span(std::string_view text, std::size_t pos,
                                       const ParseContext& context) {
  auto month = read_month(text, pos);
  if (!month || (!month->full && month->number == 3)) return std::nullopt;
  auto start = range_separator(text, pos, month->end);
  if (!start) return std::nullopt;
  auto second = read_month_first(text, *start, context);
  if (!second || second->grain != Grain::Month) return std::nullopt;
  const int year = second->first.year - (month->number > second->first.month ? 1 : 0);
  return DateHit{{year, month->number, 1}, second->last, Grain::Month, second->end};
}

// "from march 2014 to february 2022", "2014-2016", "between 2014 and 2016", given
// the date read at pos (absolute, or a year).
std::optional<DateHit> read_date_range(std::string_view text, std::size_t pos,
                                       const ParseContext& context,
                                       const std::optional<DateHit>& first) {
  if (auto span = read_day_span(text, pos)) return span;
  if (auto span = read_borrowed_span(text, pos, context)) return span;
  if (auto span = read_month_span(text, pos, context)) return span;
  if (!first) return std::nullopt;
  auto start = range_separator(text, pos, first->end);
  if (!start) return std::nullopt;
  auto second = read_absolute(text, *start, context);
  if (!second) second = read_year_hit(text, *start);
  if (!second || second->last < first->first || !ends_word(text, second->end)) return std::nullopt;
  return DateHit{first->first, second->last, finer(first->grain, second->grain), second->end,
                 first->approx || second->approx};
}

// A relative date against a publication date known only to its month or year
// ("2008-07", "2008") is read only when the first and the last day of that span give
// the same reading: "last year" in 2008 is 2007, but "last month" is not read. Never guessed.
std::optional<DateHit> read_relative_at_precision(std::string_view text, std::size_t pos,
                                                  const ParseContext& context) {
  const CivilDate first = *context.reference_date;
  auto hit = read_relative_date(text, pos, first);
  if (!hit || (context.reference_grain != Grain::Month && context.reference_grain != Grain::Year)) return hit;
  const CivilDate last = context.reference_grain == Grain::Month ? month_end(first.year, first.month)
                                                                 : CivilDate{first.year, 12, 31};
  auto other = read_relative_date(text, pos, last);
  if (!other || other->first != hit->first || other->last != hit->last || other->grain != hit->grain ||
      other->end != hit->end) {
    return std::nullopt;
  }
  return hit;
}

std::optional<DateHit> read_calendar(std::string_view text, std::size_t pos,
                                     const ParseContext& context) {
  const auto absolute = read_absolute(text, pos, context);
  const auto first = absolute ? absolute : read_year_hit(text, pos);
  if (auto hit = read_date_range(text, pos, context, first)) return hit;
  if (absolute) return absolute;
  if (context.reference_date) return read_relative_at_precision(text, pos, context);
  return std::nullopt;
}

}  // namespace

void read_dates(std::string_view text, std::size_t pos, const ParseContext& context,
                Readings& out) {
  // "since 2014", "until march 2030", "from 2014 onwards": open on one side.
  if (auto open = read_open_word(text, pos)) {
    auto hit = read_absolute(text, open->second, context);
    if (!hit) hit = read_year_hit(text, open->second);
    std::optional<std::size_t> end = hit ? std::optional(hit->end) : std::nullopt;
    if (hit && open->first == OpenSide::From) end = read_onwards(text, hit->end);
    if (end) {
      out.matches.push_back({pos, *end,
                             open_temporal_value(Type::Date, text, pos, *end, open->first,
                                                 hit->first, hit->last, hit->grain)});
    }
  }
  if (auto hit = read_calendar(text, pos, context)) {
    out.matches.push_back({pos, hit->end,
                           temporal_value(Type::Date, text, pos, hit->end, hit->first, hit->last,
                                          hit->grain, hit->approx)});
    // A date phrase is read whole: no "this month" inside "earlier this month".
    out.hidden.emplace_back(pos + 1, hit->end);
    return;
  }
  // A relative date the publication date is too coarse for ("earlier this year" in a
  // document dated 2008) is not read, and neither is any part of it ("this year").
  if (context.reference_date && context.reference_grain != Grain::Day) {
    if (auto unsettled = read_relative_date(text, pos, *context.reference_date)) {
      out.hidden.emplace_back(pos + 1, unsettled->end);
      return;
    }
  }
  // Years and decades are dates at the grain of a year ("1960" agrees with "February 1960").
  Readings years;
  read_years(Type::Date, text, pos, years);
  for (auto& m : years.matches) out.matches.push_back(std::move(m));
}

}  // namespace factlint::value::detail