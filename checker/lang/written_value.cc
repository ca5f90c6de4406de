// Reading values written in rules and decisions (see written_value.h).
#include "lang/written_value.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "doc/normalizer.h"
#include "lang/clock_bounds.h"
#include "value/misspelt_scale.h"
#include "value/per_unit.h"
#include "value/scan.h"

namespace factlint::lang {

namespace {

// "7", "1,200", "2.5": digits with thousands commas and one decimal point; nullopt otherwise.
std::optional<double> plain_number(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c != ',') digits += c;
  }
  bool numeric = std::any_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                 std::all_of(digits.begin(), digits.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }) &&
                 std::count(digits.begin(), digits.end(), '.') <= 1;
  if (!numeric) return std::nullopt;
  return std::strtod(digits.c_str(), nullptr);
}

bool takes_plain_numbers(value::Type type) {
  return type == value::Type::Ordinal || type == value::Type::Count || type == value::Type::Number;
}

// Words before a reading may frame it ("the end of 1999", "in 2023"); after it only
// spaces and punctuation may follow, so a misspelt scale or unit ("$1.15 bilion", "312
// milion") is no value rather than a silently smaller one. Neither side may hold
// another figure ("10 km, then 12 km").
bool covers(std::string_view text, std::size_t begin, std::size_t end) {
  auto no_digit = [](std::string_view s) {
    return std::none_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  auto no_word = [](std::string_view s) {
    return std::none_of(s.begin(), s.end(), [](char c) {
      const auto u = static_cast<unsigned char>(c);
      return std::isalnum(u) || u >= 0x80;
    });
  };
  return no_digit(text.substr(0, begin)) && no_word(text.substr(end));
}

// "41,500 seats", "eleven stations": after a count, up to three words name what is
// counted, as `factlint parse` reads them; not a mistyped scale ("312 milion"), and
// no other figure.
bool counted_noun(std::string_view rest) {
  std::size_t words = 0;
  bool first = true;
  for (std::size_t at = 0; at < rest.size();) {
    while (at < rest.size() && rest[at] == ' ') ++at;
    std::size_t end = at;
    while (end < rest.size() && rest[end] != ' ') ++end;
    if (end == at) break;
    const std::string_view word = rest.substr(at, end - at);
    if (!std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; })) return false;
    if (first && value::misspelt_scale(word)) return false;
    first = false;
    if (++words > 3) return false;
    at = end;
  }
  return words > 0;
}

std::optional<value::Value> read_as(value::Type type, std::string_view text, std::string_view per_unit,
                                    const value::ParseContext& context) {
  const std::string normalized = doc::normalize(std::string(text)).text;
  auto reading = value::first_value(type, normalized, context);
  const bool counted = reading && type == value::Type::Count && reading->begin == 0 &&
                       counted_noun(std::string_view(normalized).substr(reading->end));
  if (reading && (covers(normalized, reading->begin, reading->end) || counted)) {
    reading->value.text = std::string(text);
    return value::per_denominator(reading->value, per_unit);
  }
  std::optional<double> number = takes_plain_numbers(type) ? plain_number(text) : std::nullopt;
  if (!number) return std::nullopt;
  value::Value v;
  v.type = type;
  v.lo = v.hi = *number;
  v.text = v.display = std::string(text);
  return v;
}

}  // namespace

std::optional<value::Value> read_written_value(value::Type type, std::string_view text, std::string_view per_unit) {
  return read_as(type, text, per_unit, {});
}

std::optional<value::Value> read_written_value(const FactDecl& fact, std::string_view text) {
  auto type = value::type_from_name(fact.value.type);
  if (!type) return std::nullopt;
  // Before parse_rules has resolved `per_unit` (the checks run first), read `per` here.
  std::string per = fact.per_unit;
  if (per.empty() && !fact.per.empty()) {
    auto unit = value::read_denominator(fact.per);
    if (!unit) return std::nullopt;
    per = *unit;
  }
  // A fact's `dollar`, `yen` and `shilling` read its documents' bare "$", "¥" and "Sh",
  // and its own values too: `known cost="$102 million"` under `dollar AUD` is
  // Australian dollars.
  value::ParseContext context;
  static_cast<value::BareCodes&>(context) = value::overlaid(context, fact.currency);
  // Its `values` read its own "2:09" as its documents' (hours and minutes when they say so).
  auto out = read_as(*type, text, per, context);
  if (out) out = clock_within(fact.values, std::move(*out));
  return out;
}

}  // namespace factlint::lang
