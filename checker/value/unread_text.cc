// Recognizing value text a reading left unread, so that no reader returns a prefix of
// a value phrase: "1 point 5" is 1.5 or nothing, never 1; "fifty-third" is no count 50.
#include "value/unread_text.h"

#include <array>

#include "value/calendar.h"
#include "value/denominator_word.h"
#include "value/misspelt_scale.h"
#include "value/number_reader.h"
#include "value/text_cursor.h"
#include "value/unit_table.h"

namespace factlint::value::detail {

namespace {

// Words that continue a number when they follow it: scales and fraction words.
constexpr std::array<std::string_view, 30> kNumberTails{{
    "hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores",
    "dozen", "bn", "bln", "mn", "mln", "tn", "trn", "thousands", "millions", "billions",
    "trillions", "half", "halves", "third", "thirds", "quarter", "quarters", "fifth",
    "fifths", "point", "hundreds",
}};

constexpr std::array<std::string_view, 8> kFractionWords{{
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
}};

// Ordinal words that can end a hyphenated number: "fifty-third", "twenty-first".
constexpr std::array<std::string_view, 10> kOrdinalTails{{
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "hundredth",
}};

bool is_date_type(Type type) {
  return type == Type::Date || type == Type::Year || type == Type::YearRange;
}

bool is_amount_type(Type type) {
  return type != Type::Ordinal && !is_date_type(type);
}

bool in(std::string_view word, const auto& list) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

// Whether `word` names the parts of a share of one thing: "half", "a quarter", "two-thirds",
// "three fifths", up to tenths as number_reader reads them.
bool denominator_of_share(std::string_view word) {
  static constexpr std::array<std::string_view, 18> kShares{{
      "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
      "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths",
  }};
  return in(word, kShares);
}

std::size_t digits_end(std::string_view text, std::size_t p) {
  while (p < text.size() && is_digit(text[p])) ++p;
  return p;
}

std::size_t word_end(std::string_view text, std::size_t p) {
  return p + letters_at(text, p).size();
}

// A number word, scale or fraction word at p, as a whole word: its end.
std::optional<std::size_t> number_word_at(std::string_view text, std::size_t p) {
  const std::string_view word = letters_at(text, p);
  const std::size_t end = p + word.size();
  if (word.empty() || !ends_word(text, end)) return std::nullopt;
  if (small_number_word(word) || in(word, kNumberTails)) return end;
  return std::nullopt;
}

std::optional<TextSpan> amount_after(std::string_view text, std::size_t end) {
  if (end >= text.size()) return std::nullopt;
  const char c = text[end];
  const bool digit_next = end + 1 < text.size() && is_digit(text[end + 1]);
  // "1.5" or "1,5" cut after "1"; "3/4" cut after "3".
  if ((c == '.' || c == ',' || c == '/') && digit_next) return TextSpan{end, digits_end(text, end + 1)};
  // "10^6" read as 10: the power unread.
  if (c == '^' && (digit_next || (end + 2 < text.size() && text[end + 1] == '-'))) {
    return TextSpan{end, digits_end(text, end + (digit_next ? 1 : 2))};
  }
  if (c == '-' && end + 1 < text.size() && is_letter(text[end + 1])) {
    // "fifty-third", "two-thirds", "forty-million".
    const std::string_view word = letters_at(text, end + 1);
    if ((small_number_word(word) || in(word, kNumberTails) || in(word, kOrdinalTails)) &&
        ends_word(text, end + 1 + word.size())) {
      return TextSpan{end, end + 1 + word.size()};
    }
  }
  if (c != ' ') return std::nullopt;
  const std::size_t next = end + 1;
  const std::string_view word = letters_at(text, next);
  if (word == "point") {
    if (auto after = match_space(text, word_end(text, next))) {
      if (*after < text.size() && is_digit(text[*after])) return TextSpan{next, digits_end(text, *after)};
      if (auto w = number_word_at(text, *after)) return TextSpan{next, *w};
    }
    return std::nullopt;
  }
  // A scale the figure did not take ("1,5 million" read as "1" is caught above). Not
  // fraction words: "for 3 quarters" and "2 halves" are counts of quarters and halves.
  if (!word.empty() && ends_word(text, next + word.size()) && in(word, kNumberTails) &&
      !in(word, kFractionWords)) {
    return TextSpan{next, next + word.size()};
  }
  // "312 milion": the figure alone would be a million times too small.
  if (!word.empty() && ends_word(text, next + word.size()) && misspelt_scale(word)) {
    return TextSpan{next, next + word.size()};
  }
  // "four and a half" read as "four".
  for (std::string_view tail : {"and a half", "and a quarter", "and three quarters", "and one half"}) {
    if (auto e = match_word(text, next, tail)) return TextSpan{next, *e};
  }
  // "1 1/2" read as "1".
  if (next < text.size() && is_digit(text[next])) {
    const std::size_t slash = digits_end(text, next);
    if (slash < text.size() && text[slash] == '/' && slash + 1 < text.size() && is_digit(text[slash + 1])) {
      return TextSpan{next, digits_end(text, slash + 1)};
    }
  }
  return std::nullopt;
}

std::optional<TextSpan> date_after(std::string_view text, std::size_t end) {
  if (end + 1 >= text.size()) return std::nullopt;
  const char c = text[end];
  // "2016-07" read as 2016, "11/30/1985" read as 11/30, "30.11.1985" as 30.
  if ((c == '-' || c == '/' || c == '.') && is_digit(text[end + 1])) {
    return TextSpan{end, digits_end(text, end + 1)};
  }
  return std::nullopt;
}

// "fifth" of "one hundred and fifth" or "three thousand fifth": an ordinal word after
// a scale word is the end of a larger ordinal, never an ordinal of its own.
std::optional<TextSpan> ordinal_before(std::string_view text, std::size_t begin) {
  auto b = word_before(text, begin);
  if (!b) return std::nullopt;
  std::string_view word = text.substr(*b, begin - 1 - *b);
  std::size_t from = *b;
  if (word == "and") {
    auto b2 = word_before(text, *b);
    if (!b2) return std::nullopt;
    word = text.substr(*b2, *b - 1 - *b2);
    from = *b2;
  }
  if (word == "hundred" || word == "thousand" || word == "million") return TextSpan{from, begin};
  // "twelve thousandth" with "twelve" left out.
  const std::string_view here = letters_at(text, begin);
  if ((here == "hundredth" || here == "thousandth") && small_number_word(word)) return TextSpan{from, begin};
  return std::nullopt;
}

// "2021" of "February 29, 2021" or "31 April 2021", "may 2022" of "32 may 2022": a
// year or month after a day the date reader did not take (no such day) is no date of
// its own.
std::optional<TextSpan> day_before_year(std::string_view text, std::size_t begin) {
  if (begin < 2 || text[begin - 1] != ' ') return std::nullopt;
  if (begin < text.size() && is_letter(text[begin])) {
    // A month: the word before it a day number ("32 may").
    if (!read_month(text, begin)) return std::nullopt;
    std::size_t d = begin - 1;
    while (d > 0 && (is_letter(text[d - 1]) || is_digit(text[d - 1]))) --d;
    std::size_t digits = d;
    while (digits < begin - 1 && is_digit(text[digits])) ++digits;
    const std::string_view suffix = text.substr(digits, begin - 1 - digits);
    const bool day = digits > d && digits - d <= 2 &&
                     (suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
    if (day && (d == 0 || !is_digit(text[d - 1]))) return TextSpan{d, begin};
    return std::nullopt;
  }
  std::size_t end = begin - 1;
  if (text[end - 1] == ',') --end;  // "29, 2021"
  const std::size_t one = end;
  std::size_t b = one;
  while (b > 0 && (is_letter(text[b - 1]) || is_digit(text[b - 1]))) --b;
  if (b == one || b < 2 || text[b - 1] != ' ') return std::nullopt;
  auto day_word = [&](std::size_t from, std::size_t to) {
    std::size_t d = from;
    while (d < to && is_digit(text[d])) ++d;
    const std::string_view suffix = text.substr(d, to - d);
    return d > from && d - from <= 2 && (suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
  };
  auto month_word = [&](std::size_t from, std::size_t to) {
    auto m = read_month(text, from);
    return m && (m->end == to || (m->end == to + 1 && text[to] == '.'));
  };
  std::size_t b2 = b - 1;
  while (b2 > 0 && (is_letter(text[b2 - 1]) || is_digit(text[b2 - 1]) || text[b2 - 1] == '.')) --b2;
  std::size_t end2 = b - 1;
  if (end2 > b2 && text[end2 - 1] == '.') --end2;  // "sept. 31"
  // "february 29, 2021" (month, day) or "31 april 2021" (day, month).
  if ((day_word(b, one) && month_word(b2, end2)) || (month_word(b, one) && day_word(b2, end2))) {
    return TextSpan{b2, begin};
  }
  return std::nullopt;
}

}  // namespace

// "per cent" or "/e-book" after an amount of money the reader did not take as a
// rate: the price is per something, so the bare amount is only part of the phrase.
// But "$5 per the agreement" is $5 according to it: the amount is whole.
std::optional<TextSpan> rate_after(std::string_view text, std::size_t end) {
  std::optional<std::size_t> p = match_text(text, end, " per ");
  const std::size_t from = p ? end + 1 : end;
  if (!p) p = match_text(text, end, "/");
  if (!p || *p >= text.size() || !is_letter(text[*p])) return std::nullopt;
  if (classify_denominator(letters_at(text, *p)) == DenominatorWord::FunctionWord) return std::nullopt;
  return TextSpan{from, word_end(text, *p)};
}

std::optional<TextSpan> unread_after(Type type, std::string_view text, std::size_t end) {
  if (is_date_type(type)) return date_after(text, end);
  if (!is_amount_type(type)) return std::nullopt;
  if (auto span = amount_after(text, end)) return span;
  if (type == Type::Money) return rate_after(text, end);
  return std::nullopt;
}

std::optional<TextSpan> unread_before(Type type, std::string_view text, std::size_t begin) {
  if (begin == 0) return std::nullopt;
  const char before = text[begin - 1];
  const bool digit_here = begin < text.size() && is_digit(text[begin]);
  if (digit_here && begin >= 2 && is_digit(text[begin - 2]) &&
      (before == '/' || (is_date_type(type) && (before == '-' || before == '.')))) {
    // "3/4" read as 4, "30/11/1985" read as 1985. The walk back is bounded, so a
    // document of "1-2-3-4-..." costs no more than a few bytes per reading.
    std::size_t b = begin - 1;
    while (b > 0 && begin - b < 12 &&
           (is_digit(text[b - 1]) || text[b - 1] == '/' || text[b - 1] == '-' || text[b - 1] == '.')) {
      --b;
    }
    return TextSpan{b, begin};
  }
  if (type == Type::Ordinal) return ordinal_before(text, begin);
  if (type == Type::Date) return day_before_year(text, begin);
  if (!is_amount_type(type)) return std::nullopt;
  if (before == '.' && digit_here) return TextSpan{begin - 1, begin};  // ".25" read as 25
  // "6" of "10^6" or "10^-6"; "0.2 km" of "5 ± 0.2 km", an uncertainty and no value.
  if (digit_here && (before == '^' || (before == '-' && begin >= 2 && text[begin - 2] == '^'))) {
    return TextSpan{begin - (before == '^' ? 1 : 2), begin};
  }
  for (std::string_view plus_minus : {"\u00b1 ", "\u00b1", "+/- ", "+/-"}) {
    if (begin >= plus_minus.size() && text.substr(begin - plus_minus.size(), plus_minus.size()) == plus_minus) {
      return TextSpan{begin - plus_minus.size(), begin};
    }
  }
  if (before != ' ' || begin < 2) return std::nullopt;
  // "minus 1,500", "negative forty", "point 25" read from the figure on.
  std::size_t b = begin - 1;
  while (b > 0 && is_letter(text[b - 1])) --b;
  const std::string_view word = text.substr(b, begin - 1 - b);
  if (word == "minus" || word == "negative") return TextSpan{b, begin - 1};
  // "a million" of "two-thirds of a million", "an hour" of "a quarter of an hour": a
  // share of one thing read as the whole thing.
  if (word == "of" && match_any_word(text, begin, {"a", "an"}) && b >= 2 && text[b - 1] == ' ') {
    std::size_t w = b - 1;
    while (w > 0 && is_letter(text[w - 1])) --w;
    if (denominator_of_share(text.substr(w, b - 1 - w))) return TextSpan{w, begin - 1};
  }
  // "1 point 5" read from "5" on; but "at some point 40 people" holds 40 people.
  if (word == "point" && b >= 2 && text[b - 1] == ' ') {
    std::size_t w = b - 1;
    while (w > 0 && is_letter(text[w - 1])) --w;
    const bool figure_before = is_digit(text[b - 2]) || small_number_word(text.substr(w, b - 1 - w));
    if (figure_before) return TextSpan{b, begin - 1};
  }
  return std::nullopt;
}

bool unit_or_scale_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  if (auto w = number_word_at(text, pos); w && !small_number_word(letters_at(text, pos))) return true;
  for (Type type : {Type::Length, Type::Area, Type::Mass, Type::Volume, Type::Energy,
                    Type::Power, Type::Speed, Type::Money, Type::Percent, Type::Temperature,
                    Type::Duration, Type::Flow, Type::DataSize}) {
    if (match_unit(type, text, pos)) return true;
  }
  return false;
}

}  // namespace factlint::value::detail
