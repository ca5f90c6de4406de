// Reading a fact's plausible values (see value_bounds.h).
#include "lang/value_bounds.h"

#include <cmath>

#include "lang/clock_bounds.h"
#include "lang/written_value.h"
#include "value/clock_reading.h"
#include "value/value_type.h"

namespace factlint::lang {

namespace {

// Whether `v`'s span overlaps the bounds (see ValueBounds::admits).
bool overlaps(const ValueBounds& b, const value::Value& v) {
  if (!b.set) return true;
  if (!b.unit.empty() && v.unit != b.unit) return true;  // another currency: nothing to compare with
  if (std::isnan(v.lo) || std::isnan(v.hi)) return true;
  // Below the lower bound: the value's whole span ends before it.
  if (v.hi < b.lo || (v.hi == b.lo && !(b.lo_inclusive && v.hi_inclusive))) return false;
  if (v.lo > b.hi || (v.lo == b.hi && !(b.hi_inclusive && v.lo_inclusive))) return false;
  return true;
}

}  // namespace

bool ValueBounds::admits(const value::Value& v) const {
  // "since 2012" and "before 1990" name one year, open on one side: a date fact's
  // bounds weigh that year, not the open side. Else "its biggest crowd since 2012"
  // passed `values 2024 to 2024`, the open end reaching into 2024 (a blind writer's
  // report, session 24).
  if (v.type == value::Type::Date &&
      ((std::isfinite(v.lo) && std::isinf(v.hi)) || (std::isinf(v.lo) && std::isfinite(v.hi)))) {
    value::Value end = v;
    end.lo = end.hi = std::isfinite(v.lo) ? v.lo : v.hi;
    end.lo_inclusive = end.hi_inclusive = true;
    return overlaps(*this, end);
  }
  if (overlaps(*this, v)) return true;
  // "2:09" for a marathon: minutes and seconds are too short, hours and minutes fit.
  return value::two_part_clock(v) && overlaps(*this, value::with_clock(v, value::Clock::HoursMinutes));
}

value::Value clock_within(const ValueBounds& bounds, value::Value v) {
  if (!bounds.set || !value::two_part_clock(v) || overlaps(bounds, v)) return v;
  value::Value hours = value::with_clock(v, value::Clock::HoursMinutes);
  return overlaps(bounds, hours) ? hours : v;
}

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// `word` and a blank open `text`: what follows, else nullopt.
std::optional<std::string_view> after_word(std::string_view text, std::string_view word) {
  if (text.size() <= word.size() || text.substr(0, word.size()) != word) return std::nullopt;
  if (text[word.size()] != ' ' && text[word.size()] != '\t') return std::nullopt;
  return trim(text.substr(word.size()));
}

}  // namespace

std::variant<ValueBounds, std::string> read_value_bounds(const FactDecl& fact, std::string_view text) {
  text = trim(text);
  const std::optional<value::Type> type = value::type_from_name(fact.value.type);
  if (!type) return std::string("'values' bounds a value of a type such as 'count' or 'money', not ") + "'" +
                    fact.value.type + "'";
  if (*type == value::Type::Version) return std::string("'values' cannot bound a version");
  std::string_view low, high;
  bool low_open = false, high_open = false;
  if (auto rest = after_word(text, "below")) {
    high = *rest;
    high_open = true;
  } else if (auto above = after_word(text, "above")) {
    low = *above;
    low_open = true;
  } else if (std::size_t to = text.find(" to "); to != std::string_view::npos) {
    low = trim(text.substr(0, to));
    high = trim(text.substr(to + 4));
  } else {
    return std::string("write the values as 'A to B', 'below B' or 'above A', such as 'values 1 million to 50 "
                       "million' or 'values below 10'");
  }
  ValueBounds bounds;
  bounds.set = true;
  auto read = [&](std::string_view bound) -> std::variant<value::Value, std::string> {
    if (bound.empty()) return std::string("a bound is missing: write 'A to B', 'below B' or 'above A'");
    auto v = read_written_value(fact, bound);
    if (!v) {
      // A figure a year fact cannot read is one outside the years figures are read as.
      const bool figure = !bound.empty() && bound.find_first_not_of("0123456789") == std::string_view::npos;
      return "'" + std::string(bound) + "' cannot be read as '" + fact.value.type + "'" +
             (figure && fact.value.type == "year" ? " (a figure is read as a year from 1000 to 2199" +
                                                          std::string(bound.size() <= 3 ? "; write an earlier year with its era, 'AD " +
                                                                                              std::string(bound) + "'"
                                                                                        : "") +
                                                          ")"
                                                    : "");
    }
    if (v->vague || !std::isfinite(v->lo) || !std::isfinite(v->hi)) {
      return "'" + std::string(bound) + "' is no figure to bound '" + fact.value.type + "' by";
    }
    return *v;
  };
  const bool has_low = !high_open, has_high = !low_open;
  if (has_low) {
    auto v = read(low);
    if (auto* e = std::get_if<std::string>(&v)) return *e;
    const value::Value& lo = std::get<value::Value>(v);
    // "above 10" excludes 10 and all it stands for; "10 to 20" includes it.
    bounds.lo = low_open ? lo.hi : lo.lo;
    bounds.lo_inclusive = !low_open;
    bounds.unit = lo.unit;
  }
  if (has_high) {
    auto v = read(high);
    if (auto* e = std::get_if<std::string>(&v)) return *e;
    const value::Value& hi = std::get<value::Value>(v);
    bounds.hi = high_open ? hi.lo : hi.hi;
    bounds.hi_inclusive = !high_open;
    if (has_low && hi.unit != bounds.unit) {
      return "the bounds are in different units ('" + bounds.unit + "' and '" + hi.unit + "'): write both in one";
    }
    bounds.unit = hi.unit;
  }
  if (bounds.lo > bounds.hi || (bounds.lo == bounds.hi && !(bounds.lo_inclusive && bounds.hi_inclusive))) {
    return "no value lies between these bounds: write the lower one first";
  }
  // A money bound keeps its currency; other units are canonical and always comparable.
  if (*type != value::Type::Money) bounds.unit.clear();
  return bounds;
}

std::string describe_bounds(const FactDecl& fact) { return std::string(trim(fact.values_text)); }

std::string describe_currencies(const FactDecl& fact) {
  std::string out;
  const std::size_t n = fact.currencies.size();
  for (std::size_t i = 0; i < n; ++i) {
    out += (i == 0 ? "" : i + 1 == n ? " or " : ", ") + fact.currencies[i];
  }
  return out;
}

}  // namespace factlint::lang
