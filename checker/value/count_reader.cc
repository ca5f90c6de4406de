// Counts and plain numbers: figures without a unit, with qualifiers, ranges and
// vague words. Counts are whole and non-negative; numbers may be fractions.
//
//   "forty-two"            -> [42, 42]          "over 40"     -> (40, inf)
//   "a dozen"              -> [12, 12]          "about half"  -> approx [0.5, 0.5] (number)
//   "1.5 million"          -> [1.5e6, 1.5e6]    "20-odd"      -> approx [20, 30)
//   "between 3 and 5"      -> [3, 5]            "several"     -> vague [3, 9]
#include <algorithm>
#include <cmath>
#include <array>
#include <string>
#include <string_view>

#include "value/calendar.h"
#include "value/reading.h"
#include "value/text_cursor.h"
#include "value/unit_table.h"

namespace factlint::value::detail {

namespace {

// Years a span of years may join ("2016-2022"); outside them "1500-2000" is a range.
constexpr int kFirstSpanYear = 1800;
constexpr int kLastSpanYear = 2100;

// "26%", "26 percent", "two years", "365-euro", "50 bcm": a figure followed by a unit
// measures something; read as a bare count it would be the figure without its unit,
// a part of the phrase (docs/rules.md, "a reader reads the whole value or nothing").
// Bytes and bits without a scale are things counted, as characters are ("limited to 63
// bytes", "a 64-bit key"); "64 MB" and "2 kb" measure a size.
bool names_a_unit(std::string_view text, std::size_t end) {
  if (end < text.size() && (text[end] == ' ' || text[end] == '-')) ++end;
  // "eight more years", "two extra days", "three further months": a word that adds to
  // a measure does not make the figure a count of things.
  for (std::string_view adding : {"more ", "extra ", "additional ", "further "}) {
    if (auto past = match_text(text, end, adding)) {
      end = *past;
      break;
    }
  }
  for (std::string_view counted : {"bytes", "byte", "bits", "bit"}) {
    if (match_word(text, end, counted)) return false;
  }
  for (Type type : {Type::Percent, Type::Length, Type::Area, Type::Mass, Type::Volume, Type::Energy, Type::Power,
                    Type::Speed, Type::Temperature, Type::Duration, Type::Flow, Type::Money,
                    Type::DataSize}) {
    if (match_unit(type, text, end)) return true;
  }
  return false;
}

// "a six-figure salary", "a seven-digit number": a figure hyphened to "figure" or "digit"
// counts the digits of another figure, no things.
bool counts_digits(std::string_view text, std::size_t end) {
  return match_any_word(text, end, {"-figure", "-figures", "-digit", "-digits"}).has_value();
}

// "one of the largest", "one of its nine states": "one" picks a member of a group
// and counts nothing.
bool is_one_of(std::string_view text, std::size_t begin, std::size_t end) {
  return text.substr(begin, end - begin) == "one" && text.substr(end, 4) == " of ";
}

// "8 a.m.", "at 11:30", "6 o'clock": a time of day counts nothing.
bool time_of_day(std::string_view text, std::size_t begin, std::size_t end) {
  if (end + 1 < text.size() && text[end] == ':' && is_digit(text[end + 1])) return true;
  if (begin >= 2 && text[begin - 1] == ':' && is_digit(text[begin - 2])) return true;  // the minutes
  return match_text(text, end, " a.m.") || match_text(text, end, " p.m.") || match_text(text, end, " o'clock") ||
         match_word(text, end, " am") || match_word(text, end, " pm");
}

// "back in '53", "the class of '99": two digits after an apostrophe are a year with
// its century left out.
bool abbreviated_year(std::string_view text, std::size_t begin, std::size_t end) {
  return end - begin == 2 && begin >= 1 && text[begin - 1] == '\'' && (begin == 1 || !is_word_char(text[begin - 2]));
}

// The words of spans of time that no unit table reads as a duration ("one night")
// or that a figure after "or" leaves unsaid ("a week or two").
constexpr std::array<std::string_view, 12> kTimeSpanWords = {
    "night", "nights", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"};

// "in one night", "three nights": nights are a span of time, not things counted.
bool counts_nights(std::string_view text, std::size_t end) {
  return match_word(text, end, " night") || match_word(text, end, " nights");
}

// "for a week or two", "a day or two later": the figure after "or" is a number of the
// span of time before it, whose word the writer does not repeat.
bool leaves_its_span_unsaid(std::string_view text, std::size_t begin) {
  constexpr std::string_view kOr = " or ";
  if (begin < kOr.size() || text.substr(begin - kOr.size(), kOr.size()) != kOr) return false;
  std::size_t word_end = begin - kOr.size();
  std::size_t word = word_end;
  while (word > 0 && is_letter(text[word - 1])) --word;
  const std::string_view before = text.substr(word, word_end - word);
  return std::find(kTimeSpanWords.begin(), kTimeSpanWords.end(), before) != kTimeSpanWords.end();
}

// "2016-2022", "1998-2001": two years joined by a dash are a span of time (a term of
// office, a series' run), not a range of a count.
bool spans_years(std::string_view text, std::size_t begin, std::size_t end) {
  auto year_at = [&](std::size_t at) -> int {
    if (at + 4 > end) return 0;
    int year = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
      if (!is_digit(text[i])) return 0;
      year = year * 10 + (text[i] - '0');
    }
    return year >= kFirstSpanYear && year <= kLastSpanYear ? year : 0;
  };
  if (end - begin != 9 || text[begin + 4] != '-') return false;
  const int first = year_at(begin);
  const int last = year_at(begin + 5);
  return first && last && last > first;
}

// "16 december 2021", "on december 16": a day of the month is a part of a date and
// counts nothing (a blind rule writer's "delivered its last A380 on 16 December" read
// as 16 deliveries, session 8). An abbreviated month ("16 sept") and "may" are one
// only before a year ("16 may 2021"): "16 may leave" is a count.
bool day_of_a_date(std::string_view text, std::size_t begin, std::size_t end) {
  if (end - begin > 2 || !std::all_of(text.begin() + static_cast<std::ptrdiff_t>(begin),
                                      text.begin() + static_cast<std::ptrdiff_t>(end), is_digit)) {
    return false;
  }
  auto year_follows = [&](std::size_t at) {
    if (at < text.size() && text[at] == ',') ++at;
    if (at < text.size() && text[at] == ' ') ++at;
    return at + 4 <= text.size() && std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at),
                                                text.begin() + static_cast<std::ptrdiff_t>(at + 4), is_digit);
  };
  // A full month name other than "may" is a month wherever it stands; any other only
  // with a year at `year_at`.
  auto a_month = [&](const std::optional<CalendarWord>& month, std::size_t year_at) {
    return month && (year_follows(year_at) || (month->full && month->number != 5));
  };
  // "31 Dec", "1 Sept": a day of the month before an abbreviated month that is no word
  // of its own (not "mar" nor "may") is a date's day, with no year after it too: a
  // fact sheet's header "market value, 31 Dec (NOK bn)" counts nothing.
  const int day = std::stoi(std::string(text.substr(begin, end - begin)));
  auto short_month = [&](const std::optional<CalendarWord>& month) {
    return month && !month->full && month->number != 3 && month->number != 5 && day >= 1 && day <= 31;
  };
  std::size_t after = end;
  if (after < text.size() && text[after] == ' ') ++after;
  if (text.substr(after, 3) == "of ") after += 3;
  if (std::optional<CalendarWord> next = read_month(text, after);
      next && (a_month(next, next->end) || short_month(next))) {
    return true;
  }
  if (begin < 2 || text[begin - 1] != ' ') return false;
  std::size_t word = begin - 1;
  while (word > 0 && is_letter(text[word - 1])) --word;
  std::optional<CalendarWord> before = read_month(text, word);
  return before && before->end == begin - 1 && a_month(before, end);
}

// Whether a figure is a whole number: "4.1 million" is 4,100,000 although 4.1 x 10^6
// is 4099999.9999999995 in binary floating point.
bool is_whole(double value) {
  return std::abs(value - std::round(value)) <= 1e-9 * std::max(1.0, std::abs(value));
}

// Whether the figure written in [begin, end) has a decimal point between digits.
bool written_with_decimals(std::string_view text, std::size_t begin, std::size_t end) {
  const auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  for (std::size_t i = begin + 1; i + 1 < end && i < text.size(); ++i) {
    if (text[i] == '.' && digit(i - 1) && digit(i + 1)) return true;
  }
  return false;
}

}  // namespace

void read_counts(Type type, std::string_view text, std::size_t pos, Readings& out) {
  const bool count = type == Type::Count;
  const MagnitudeReader read = [count](std::string_view t,
                                       std::size_t p) -> std::optional<Magnitude> {
    NumberOptions options;
    options.fractions = options.mixed = !count;
    options.money_scales = true;  // "1.5m people": a figure glued to "m" beside a count is a million
    options.spaced_m = false;     // but "1.32 m" is a length (issue 8: a segment "1.32 m" across)
    auto number = read_number(t, p, options);
    if (!number) return std::nullopt;
    if (count) {
      // A mixed number with a scale counts whole things: "two and a half million people",
      // "1 1/2 million". Without one, "four and a half" is no count (its unread half says so).
      NumberOptions mixed = options;
      mixed.mixed = true;
      if (auto whole = read_number(t, p, mixed); whole && whole->scale != 1 && whole->end > number->end) number = whole;
    }
    if (count && (number->value < 0 || !is_whole(number->value))) return std::nullopt;
    // "8.0 brings a native port", "version 6.0": a figure written with decimals and no
    // scale word is a version or a measure, as "2.5" is; a count says "8" ("8.0
    // million" keeps its scale).
    if (count && number->scale == 1 && written_with_decimals(t, p, number->end)) return std::nullopt;
    if (count) number->value = std::round(number->value);
    return Magnitude{*number, std::nullopt, number->end};
  };
  // "$240bn" and "usd 2bn" are money and "26%" a share: neither figure is a count or
  // a plain number.
  if (currency_before(text, pos)) return;
  AmountOptions options;
  options.vague_words = true;
  options.non_negative = count;
  options.threshold = ThresholdVerbs::Count;
  // "two hundred and forty" is one number: no reading "forty" inside it.
  // Only a phrase of the type hides: "point 40" is no count, so the 40 of "at some
  // point 40 people" is read.
  if (auto words = read_number(text, pos); words && words->words &&
      (!count || (words->value >= 0 && is_whole(words->value)))) {
    out.hidden.emplace_back(pos + 1, words->end);
  }
  for (const Amount& amount : read_amounts(text, pos, read, options)) {
    if (names_a_unit(text, amount.end) || is_one_of(text, pos, amount.end) ||
        spans_years(text, pos, amount.end) ||
        day_of_a_date(text, pos, amount.end) || time_of_day(text, pos, amount.end) ||
        counts_nights(text, amount.end) || counts_digits(text, amount.end) || leaves_its_span_unsaid(text, pos) || abbreviated_year(text, pos, amount.end)) {
      continue;
    }
    out.matches.push_back({pos, amount.end, amount_value(type, text, pos, amount)});
  }
}

}  // namespace factlint::value::detail
