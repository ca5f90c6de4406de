// Numbers in digits ("2,600", "1.5 million", "240bn") and words ("two hundred and
// forty", "a dozen", "two-thirds"), with the precision each was written to.
#include "value/number_reader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <string>
#include <utility>

#include "value/text_cursor.h"

namespace factlint::value::detail {

namespace {

constexpr std::array<std::pair<std::string_view, int>, 28> kCardinals{{
    {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},      {"six", 6},        {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},      {"eleven", 11},    {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},   {"thirty", 30},    {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70},  {"eighty", 80},    {"ninety", 90},
}};

struct ScaleWord {
  std::string_view word;
  double factor;
};

// Scale words written after a figure with a space: "1.5 million", "40 bn", "3 lakh".
// Plurals ("2 billions") are how some writers put it; "lakh" and "crore" are the
// Indian scales (1e5, 1e7).
constexpr std::array<ScaleWord, 23> kSpacedScales{{
    {"thousand", 1e3}, {"million", 1e6},    {"billion", 1e9},   {"trillion", 1e12},
    {"thousands", 1e3}, {"millions", 1e6},  {"billions", 1e9},  {"trillions", 1e12},
    {"bn", 1e9},       {"bln", 1e9},        {"mn", 1e6},        {"mln", 1e6},
    {"mil", 1e6},      {"tn", 1e12},        {"trn", 1e12},      {"tln", 1e12},
    {"hundred", 1e2},  {"lakh", 1e5},       {"lakhs", 1e5},     {"lac", 1e5},
    {"crore", 1e7},    {"crores", 1e7},     {"bil", 1e9},
}};
// Abbreviations glued to digits: "240bn", "5k". "m"/"b" only for money ("5m" is metres).
constexpr std::array<ScaleWord, 8> kGluedScales{{
    {"bn", 1e9}, {"bln", 1e9}, {"mn", 1e6}, {"mln", 1e6}, {"tn", 1e12}, {"trn", 1e12},
    {"k", 1e3},  {"tln", 1e12},
}};
constexpr std::array<ScaleWord, 3> kGluedMoneyScales{{{"m", 1e6}, {"b", 1e9}, {"mm", 1e6}}};

struct Fraction {
  std::string_view word;
  double denominator;
};
// Up to tenths, as writers give a share in words: "a tenth of homes", "an eighth",
// "three-tenths". Past a tenth, writers use figures ("one in twelve", "8%").
constexpr std::array<Fraction, 18> kFractions{{
    {"half", 2},     {"halves", 2},    {"third", 3},   {"thirds", 3},   {"quarter", 4},   {"quarters", 4},
    {"fifth", 5},    {"fifths", 5},    {"sixth", 6},   {"sixths", 6},   {"seventh", 7},   {"sevenths", 7},
    {"eighth", 8},   {"eighths", 8},   {"ninth", 9},   {"ninths", 9},   {"tenth", 10},    {"tenths", 10},
}};

// What the previous word of a spelled-out number was, to reject "one two".
enum class Last { None, A, Unit, Teen, Tens, Hundred, Scale };

std::optional<double> word_scale(std::string_view word) {
  if (word == "thousand") return 1e3;
  if (word == "million") return 1e6;
  if (word == "billion") return 1e9;
  if (word == "trillion") return 1e12;
  if (word == "lakh") return 1e5;
  if (word == "crore") return 1e7;
  // "two billions", as some writers put it.
  if (word == "thousands") return 1e3;
  if (word == "millions") return 1e6;
  if (word == "billions") return 1e9;
  if (word == "trillions") return 1e12;
  return std::nullopt;
}

// A spelled-out number longer than this is no value phrase (the longest English
// cardinal below a quadrillion has about 30 words); stopping there keeps a document
// repeating "one hundred" from costing a reading per word times the words.
constexpr int kMaxNumberWords = 40;

// Reads "2,600", "1.5", "-3" without any scale; sets end, value and precision.
std::optional<NumberReading> read_digits(std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  // ".25": a figure may start at its decimal point.
  const bool leading_point = p + 1 < text.size() && text[p] == '.' && is_digit(text[p + 1]);
  if (p >= text.size() || (!is_digit(text[p]) && !leading_point)) return std::nullopt;
  std::string digits = leading_point ? "0" : "";
  while (p < text.size() && is_digit(text[p])) digits += text[p++];
  const std::size_t leading_digits = digits.size();
  // Thousands groups: a comma followed by exactly three digits.
  while (p + 3 < text.size() && text[p] == ',' && is_digit(text[p + 1]) &&
         is_digit(text[p + 2]) && is_digit(text[p + 3]) &&
         (p + 4 >= text.size() || !is_digit(text[p + 4]))) {
    digits.append(text.substr(p + 1, 3));
    p += 4;
  }
  // Thousands groups set off by spaces, the SI style ("12 250 km", "4 209,3" aside):
  // normalization has made thin and no-break spaces plain ones. Read as groups, or the
  // figure would be read from its last group ("250 km"), a silent misread. Only after
  // one to three leading digits, so "in 2019 250 people" stays two numbers. A group
  // hyphened to a word opens a compound modifier, not a group: "32 700-megawatt
  // turbines" are 32 turbines of 700 MW, never 32,700 MW (a blind writer's misread).
  auto hyphened_to_word = [&](std::size_t at) {
    return at + 1 < text.size() && text[at] == '-' && is_letter(text[at + 1]);
  };
  if (digits.size() == leading_digits && leading_digits <= 3 && !leading_point) {
    while (p + 4 <= text.size() && text[p] == ' ' && is_digit(text[p + 1]) && is_digit(text[p + 2]) &&
           is_digit(text[p + 3]) && (p + 4 == text.size() || !is_digit(text[p + 4])) && !hyphened_to_word(p + 4)) {
      digits.append(text.substr(p + 1, 3));
      p += 4;
    }
  }
  // A figure of hundreds of digits is no quantity, and strtod would overflow it.
  if (digits.size() > 24) return std::nullopt;
  NumberReading r;
  r.ungrouped = leading_digits >= 4 && leading_digits == digits.size();
  double value = std::strtod(digits.c_str(), nullptr);
  r.precision = integer_precision(value);
  if (p + 1 < text.size() && text[p] == '.' && is_digit(text[p + 1])) {
    std::string decimals;
    ++p;
    while (p < text.size() && is_digit(text[p])) decimals += text[p++];
    value = std::strtod((digits + "." + decimals).c_str(), nullptr);
    r.precision = std::pow(10.0, -static_cast<double>(decimals.size()));
  }
  r.value = r.unscaled = value;
  r.end = p;
  return r;
}

// Applies a scale word after a figure: "1.5 million", "240bn".
void read_scale(std::string_view text, NumberReading& r, const NumberOptions& options) {
  if (!options.scales) return;
  auto apply = [&](double factor, std::size_t end) {
    r.scale = factor;
    r.value *= factor;
    r.precision *= factor;
    r.end = end;
  };
  if (!r.words && r.end < text.size() && is_letter(text[r.end])) {
    for (const auto& s : kGluedScales) {
      if (auto end = match_word(text, r.end, s.word)) return apply(s.factor, *end);
    }
    if (options.money_scales) {
      for (const auto& s : kGluedMoneyScales) {
        if (auto end = match_word(text, r.end, s.word)) return apply(s.factor, *end);
      }
    }
    return;
  }
  // "1.5 million", and the Canadian-press "$5-billion" with a hyphen.
  const bool hyphen = r.end < text.size() && text[r.end] == '-';
  if (r.end >= text.size() || (text[r.end] != ' ' && !hyphen)) return;
  const std::size_t after_space = r.end + 1;
  for (const auto& s : kSpacedScales) {
    if (r.words && s.word == "hundred") continue;
    if (hyphen && s.word.size() < 7) continue;  // only spelled-out scales take a hyphen
    if (auto end = match_word(text, after_space, s.word)) return apply(s.factor, *end);
  }
  if (options.money_scales && options.spaced_m && !r.words && !hyphen) {
    if (auto end = match_word(text, after_space, "m")) return apply(1e6, *end);
  }
}

// The word at p and where it ends (letters only).
std::pair<std::string_view, std::size_t> word_at(std::string_view text, std::size_t p) {
  std::string_view w = letters_at(text, p);
  return {w, p + w.size()};
}

// Whether "a third" or "a fifth" ending at `end` is an ordinal before its noun ("a
// third runway", "a fifth term", "A third mass bleaching"), not a share: a word
// follows that is none of those a share goes on with (a preposition, a conjunction,
// a determiner, a verb of being or having, a comparative: "a third of", "by a third
// in 2020", "a third were", "a third more", "a third larger"). "half" and "quarter"
// are no ordinals ("a quarter mile" is a share of a mile).
bool ordinal_before_noun(std::string_view text, std::size_t end) {
  if (end + 1 >= text.size() || !is_letter(text[end + 1])) return false;
  if (text[end] == '-') return true;  // "a fifth-generation jet"
  if (text[end] != ' ') return false;
  const std::string_view next = letters_at(text, end + 1);
  if (next.empty() || !ends_word(text, end + 1 + next.size())) return false;
  static constexpr std::string_view kShareGoesOn[] = {
      "of", "in", "on", "at", "by", "to", "for", "from", "with", "into", "over", "under", "above", "below",
      "since", "after", "before", "during", "between", "than", "as", "per", "and", "or", "but", "nor", "so",
      "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
      "last", "next", "each", "every", "what", "again", "more", "less", "fewer", "higher", "lower", "larger",
      "smaller", "bigger", "greater", "longer", "shorter", "cheaper", "dearer", "faster", "slower", "heavier",
      "lighter", "wider", "deeper", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
      "will", "would", "could", "can", "may", "might", "should", "must", "did", "do", "does", "said", "say",
      "says", "off", "down", "up", "back", "only", "now", "then", "still", "also", "already", "annually"};
  return std::find(std::begin(kShareGoesOn), std::end(kShareGoesOn), next) == std::end(kShareGoesOn);
}

// Whether "a quarter" ending at `end` is a span of time, no share: "a quarter earlier",
// "a quarter ago", "a quarter later" (a business quarter), "a quarter century" (25 years).
bool quarter_of_time(std::string_view text, std::size_t end) {
  if (end + 1 >= text.size() || text[end] != ' ') return false;
  const std::string_view next = letters_at(text, end + 1);
  return next == "earlier" || next == "ago" || next == "later" || next == "century";
}

// Reads "half", "a quarter", "one-third", "two-thirds", "three quarters".
std::optional<NumberReading> read_fraction(std::string_view text, std::size_t pos) {
  auto [first, first_end] = word_at(text, pos);
  double numerator = 1;
  std::size_t p = pos;
  bool has_numerator = false;
  if (first == "a" || first == "an") {
    has_numerator = true;
  } else if (auto n = small_number_word(first); n && *n >= 1 && *n <= 9) {
    numerator = *n;
    has_numerator = true;
  }
  if (has_numerator) {
    if (first_end >= text.size() || (text[first_end] != ' ' && text[first_end] != '-')) {
      return std::nullopt;
    }
    p = first_end + 1;
  }
  auto [word, end] = word_at(text, p);
  if (!ends_word(text, end)) return std::nullopt;
  for (const auto& f : kFractions) {
    if (word != f.word) continue;
    // Only "half" stands alone: bare "third" is an ordinal, "the first quarter" a period.
    if (!has_numerator && f.denominator != 2) return std::nullopt;
    const bool plural = word.back() == 's';
    if (plural != (numerator > 1)) return std::nullopt;
    // "two halves", "four quarters", "three thirds": the parts a whole falls into are
    // counted, no share of it is told ("a year of two halves", "a match of four quarters").
    if (numerator >= f.denominator) return std::nullopt;
    if (first != "one" && has_numerator && !plural && f.denominator != 2 && f.denominator != 4 &&
        ordinal_before_noun(text, end)) {
      return std::nullopt;
    }
    if (f.denominator == 4 && !plural && quarter_of_time(text, end)) return std::nullopt;
    NumberReading r;
    r.value = r.unscaled = numerator / f.denominator;
    r.precision = 0;
    r.end = end;
    r.fraction = true;
    r.words = true;
    return r;
  }
  return std::nullopt;
}

// "half a million", "half a dozen", "a quarter of a million", "three-quarters of a
// million", "two-thirds of a billion": a share of one scale word. Read whole or not at
// all, as "a million" alone would be a silent misread of the phrase. A share of a
// thousand or more is a whole number of things ("a third of a million" people are
// 333,333 of them, as a reader takes it).
std::optional<NumberReading> read_part_of_scale(std::string_view text, std::size_t pos) {
  double part = 0;
  std::optional<std::size_t> p;
  if ((p = match_text(text, pos, "half a "))) {
    part = 0.5;
  } else if (auto share = read_fraction(text, pos)) {
    p = match_any_word(text, share->end, {" of a", " of an"});
    if (!p || !(p = match_space(text, *p))) return std::nullopt;
    part = share->value;
  } else {
    return std::nullopt;
  }
  for (const auto& [word, factor] : {std::pair{std::string_view("dozen"), 12.0},
                                     {"hundred", 100.0},
                                     {"thousand", 1e3},
                                     {"million", 1e6},
                                     {"billion", 1e9},
                                     {"trillion", 1e12}}) {
    if (auto end = match_word(text, *p, word)) {
      NumberReading r;
      r.value = r.unscaled = factor >= 1e3 ? std::round(part * factor) : part * factor;
      r.precision = integer_precision(r.value);
      r.end = *end;
      r.words = true;
      return r;
    }
  }
  return std::nullopt;
}

// Reads spelled-out cardinals up to the trillions: "two hundred and forty",
// "forty-two", "a dozen", "one million".
std::optional<NumberReading> read_number_words(std::string_view text, std::size_t pos) {
  double total = 0, current = 0;
  Last last = Last::None;
  double last_scale = 1e18;
  std::size_t p = pos, end = pos;
  bool accepted = false;
  int words = 0;
  while (p < text.size() && ++words <= kMaxNumberWords) {
    auto [word, word_end] = word_at(text, p);
    if (word.empty() || !ends_word(text, word_end)) break;
    std::size_t next = word_end;
    if (word == "and" && (last == Last::Hundred || last == Last::Scale)) {
      // "two hundred and forty": "and" only joins when a number word follows.
      if (word_end >= text.size() || text[word_end] != ' ') break;
      if (!small_number_word(word_at(text, word_end + 1).first)) break;
      p = word_end + 1;
      continue;
    }
    if (word == "a" || word == "an") {
      if (last != Last::None) break;
      last = Last::A;
    } else if (auto n = small_number_word(word)) {
      const Last kind = *n < 10 ? Last::Unit : *n < 20 ? Last::Teen : Last::Tens;
      const bool ok = last == Last::None || last == Last::Hundred || last == Last::Scale ||
                      (last == Last::Tens && kind == Last::Unit && *n > 0);
      if (!ok || (last != Last::None && *n == 0)) break;
      current += *n;
      last = kind;
    } else if (word == "hundred") {
      // "twenty-five hundred" but never "one hundred one hundred": a group holds one hundred.
      if (last != Last::A && last != Last::Unit && last != Last::Teen) break;
      if (current >= 100) break;
      current = (current == 0 ? 1 : current) * 100;
      last = Last::Hundred;
    } else if (word == "dozen") {
      if (last != Last::None && last != Last::A && last != Last::Unit) break;
      current = (current == 0 ? 1 : current) * 12;
      last = Last::Hundred;
    } else if (auto s = word_scale(word)) {
      if (last == Last::None || last == Last::Scale || *s >= last_scale) break;
      total += (current == 0 ? 1 : current) * *s;
      current = 0;
      last_scale = *s;
      last = Last::Scale;
    } else {
      break;
    }
    if (last != Last::A) {
      accepted = true;
      end = next;
    }
    if (next >= text.size() || (text[next] != ' ' && text[next] != '-')) break;
    p = next + 1;
  }
  if (!accepted) return std::nullopt;
  NumberReading r;
  r.value = r.unscaled = total + current;
  r.precision = integer_precision(r.value);
  r.end = end;
  r.words = true;
  return r;
}

}  // namespace

std::optional<int> small_number_word(std::string_view word) {
  for (const auto& [name, value] : kCardinals) {
    if (name == word) return value;
  }
  return std::nullopt;
}

double integer_precision(double value) {
  // Below 100 a trailing zero is rarely rounding: "40 meetings", "20 countries" and
  // "forty times" are counts, so only larger figures ("2,600", "100") count as rounded.
  return std::fabs(std::round(value)) < 100 ? 1 : digit_place(value);
}

double digit_place(double value) {
  double v = std::fabs(std::round(value));
  if (v < 1) return 1;
  double step = 1;
  while (v >= 10 && std::fmod(v, 10) == 0) {
    v /= 10;
    step *= 10;
  }
  return step;
}

namespace {

// Digits or digit words after "point": "point 25", "point two five". Returns the
// decimal digits and where they end.
std::optional<std::pair<std::string, std::size_t>> read_point_digits(std::string_view text,
                                                                     std::size_t pos) {
  auto p = match_text(text, pos, "point ");
  if (!p) return std::nullopt;
  std::string digits;
  std::size_t end = *p;
  if (*p < text.size() && is_digit(text[*p])) {
    while (end < text.size() && is_digit(text[end])) digits += text[end++];
    if (!ends_word(text, end) || (end < text.size() && text[end] == '.')) return std::nullopt;
    return std::pair{digits, end};
  }
  std::size_t q = *p;
  while (digits.size() < 12) {
    auto [word, word_end] = word_at(text, q);
    auto n = small_number_word(word);
    if (word.empty() || !ends_word(text, word_end) || !n || *n > 9) {
      if (word == "oh" && ends_word(text, word_end)) n = 0;
      else break;
    }
    digits += static_cast<char>('0' + *n);
    end = word_end;
    if (end >= text.size() || text[end] != ' ') break;
    q = end + 1;
  }
  if (digits.empty()) return std::nullopt;
  return std::pair{digits, end};
}

// "3/4", "1/2": a proper fraction in digits. A third '/' makes it a date ("3/4/2020"),
// which the caller's boundary check leaves to the date reader.
std::optional<NumberReading> read_digit_fraction(std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  long numerator = 0, denominator = 0;
  while (p < text.size() && is_digit(text[p]) && p - pos < 4) numerator = numerator * 10 + (text[p++] - '0');
  if (p == pos || p >= text.size() || text[p] != '/') return std::nullopt;
  const std::size_t d = ++p;
  while (p < text.size() && is_digit(text[p]) && p - d < 4) denominator = denominator * 10 + (text[p++] - '0');
  if (p == d || !ends_word(text, p) || (p < text.size() && text[p] == '/')) return std::nullopt;
  if (numerator < 1 || denominator < 2 || numerator >= denominator || denominator > 100) {
    return std::nullopt;
  }
  NumberReading r;
  r.value = r.unscaled = static_cast<double>(numerator) / static_cast<double>(denominator);
  r.end = p;
  r.fraction = true;
  return r;
}

// The part after a whole number: "1 1/2", "four and a half", "two and three quarters",
// and hyphened before what it measures, "a three-and-a-half-hour crossing",
// "one-and-a-half million".
std::optional<NumberReading> read_mixed_part(std::string_view text, std::size_t end) {
  for (std::string_view joint : {" and ", "-and-"}) {
    if (auto p = match_text(text, end, joint)) {
      if (auto f = read_fraction(text, *p)) return f;
    }
  }
  if (auto p = match_space(text, end)) {
    if (*p < text.size() && is_digit(text[*p])) return read_digit_fraction(text, *p);
  }
  return std::nullopt;
}

// The exponent written at `p`, "^6" or "^-4", at most three digits: its value and where
// it ends. (Superscript digits reach no reader: normalizing makes "10⁶" "106".)
std::optional<std::pair<int, std::size_t>> exponent_at(std::string_view text, std::size_t p) {
  if (p >= text.size() || text[p] != '^') return std::nullopt;
  int sign = 1, value = 0, digits = 0;
  std::size_t q = p + 1;
  if (q < text.size() && text[q] == '-') sign = -1, ++q;
  for (; q < text.size() && is_digit(text[q]) && digits < 3; ++q, ++digits) value = value * 10 + (text[q] - '0');
  if (digits == 0 || (q < text.size() && is_digit(text[q]))) return std::nullopt;
  return std::pair{sign * value, q};
}

// "1.5 × 10^6", "3.2 x 10^-4", "6.02×10^23", and "10^6" alone: a figure in scientific
// notation, read whole. Read as the mantissa alone, or as the exponent, it would be a
// silent misread ("3.2 × 10^6 km" is no 6 km). The power of ten, applied to `r` as a scale.
bool read_power_of_ten(std::string_view text, std::size_t pos, NumberReading& r) {
  std::optional<std::pair<int, std::size_t>> exponent;
  const bool bare = text.substr(pos, r.end - pos) == "10" && (exponent = exponent_at(text, r.end));
  for (std::string_view times : {" \u00d7 ", "\u00d7", " x ", " * "}) {
    if (exponent) break;
    auto ten = match_text(text, r.end, times);
    if (ten && text.compare(*ten, 2, "10") == 0) exponent = exponent_at(text, *ten + 2);
  }
  if (!exponent || exponent->first > 300 || exponent->first < -300) return false;
  if (bare) r.value = r.precision = 1;  // "10^6" is 1 x 10^6
  r.scale = std::pow(10.0, exponent->first);
  r.unscaled = r.value;
  r.value *= r.scale;
  r.precision *= r.scale;
  r.end = exponent->second;
  return true;
}

// A number with no sign: digits, words, fractions, "point" decimals, mixed numbers.
std::optional<NumberReading> read_unsigned(std::string_view text, std::size_t pos,
                                           const NumberOptions& options) {
  if (is_digit(text[pos]) || text[pos] == '.') {
    if (options.fractions) {
      if (auto f = read_digit_fraction(text, pos)) return f;
    }
    auto r = read_digits(text, pos);
    if (!r) return std::nullopt;
    if (options.scales && read_power_of_ten(text, pos, *r)) return r;
    if (auto point = read_point_digits(text, r->end + 1); point && text[r->end] == ' ' &&
                                                        r->precision >= 1 && r->end > pos) {
      // "1 point 5": the decimals written as a word.
      // Added, not spliced into the whole part's text: that part may be too large for
      // any integer type (fuzzing found 1.1e21, whose cast was undefined).
      r->value = r->unscaled = r->value + std::strtod(("0." + point->first).c_str(), nullptr);
      r->precision = std::pow(10.0, -static_cast<double>(point->first.size()));
      r->end = point->second;
    } else if (options.mixed && r->precision >= 1) {
      if (auto part = read_mixed_part(text, r->end)) {
        r->value = r->unscaled = r->value + part->value;
        r->precision = 0;
        r->end = part->end;
      }
    }
    read_scale(text, *r, options);
    return r;
  }
  if (!is_letter(text[pos])) return std::nullopt;
  if (auto point = read_point_digits(text, pos)) {
    // "point 25" alone is 0.25.
    NumberReading r;
    r.value = r.unscaled = std::strtod(("0." + point->first).c_str(), nullptr);
    r.precision = std::pow(10.0, -static_cast<double>(point->first.size()));
    r.end = point->second;
    r.words = true;
    read_scale(text, r, options);
    return r;
  }
  if (auto part = read_part_of_scale(text, pos)) return part;
  if (auto f = read_fraction(text, pos)) {
    // "two-thirds" is a fraction or nothing: never the count "two".
    if (!options.fractions) return std::nullopt;
    return f;
  }
  auto r = read_number_words(text, pos);
  if (!r) return r;
  if (auto point = read_point_digits(text, r->end + 1); point && r->end < text.size() &&
                                                      text[r->end] == ' ' && r->scale == 1) {
    // "three point two million": the scale applies to the whole figure.
    r->value = r->unscaled = std::strtod((std::to_string(static_cast<long long>(r->value)) + "." +
                                          point->first).c_str(), nullptr);
    r->precision = std::pow(10.0, -static_cast<double>(point->first.size()));
    r->end = point->second;
    read_scale(text, *r, options);
  } else if (options.mixed) {
    if (auto part = read_mixed_part(text, r->end)) {
      // "one and a half million": the scale applies to the whole figure.
      r->value = r->unscaled = r->value + part->value;
      r->precision = 0;
      r->end = part->end;
      read_scale(text, *r, options);
    }
  }
  return r;
}

}  // namespace

std::optional<NumberReading> read_number(std::string_view text, std::size_t pos,
                                         const NumberOptions& options) {
  if (pos >= text.size()) return std::nullopt;
  // Signs: "-3.5" (normalized text has '-' for every dash and the minus sign),
  // "minus 1,500", "negative forty".
  std::size_t start = pos;
  bool negative = false;
  if (auto p = match_any_word(text, pos, {"minus", "negative"}); p && options.signs) {
    if (auto space = match_space(text, *p)) {
      start = *space;
      negative = true;
    }
  } else if (text[pos] == '-' && pos + 1 < text.size() &&
             (is_digit(text[pos + 1]) || text[pos + 1] == '.')) {
    if (!options.signs) return std::nullopt;
    start = pos + 1;
    negative = true;
  }
  if (start >= text.size()) return std::nullopt;
  auto r = read_unsigned(text, start, options);
  if (!r || !std::isfinite(r->value)) return std::nullopt;
  if (negative) {
    r->value = -r->value;
    r->unscaled = -r->unscaled;
  }
  return r;
}

}  // namespace factlint::value::detail
