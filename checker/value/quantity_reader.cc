// Physical quantities and percentages: a figure with a unit of the type, in any of
// the spellings of unit_table ("2,600-mile", "4,300 kilometres", "26 per cent"),
// converted to the canonical unit. Dual-unit parentheticals are read as one value.
//
//   "2,600-mile"                 -> [4184294.4, 4184294.4] m, display "2,600 mi", precision 100 mi
//   "2,600-mile (4,184 km)"      -> one reading: the km figure, the more precise of two that agree
//   "3-5 km"                     -> [3000, 5000] m
//   "about 40 miles per hour"    -> approx 17.88 m/s
//   "26 per cent"                -> [26, 26] %      "two-thirds" -> [66.7, 66.7] %
//   "7 feet 10 inches", 7'10"    -> 2.3876 m        "2 km and 300 m" -> 2300 m
//   "-40°c", "minus 40 degrees"  -> -40 °C          "98.6 °f" -> 37 °C
//   "a 25-year contract"         -> 9131.06 d       "a decade" -> 3652.425 d
//   "1.2 million barrels per day"-> 190784.75 m3/d
#include <algorithm>
#include <array>
#include <cmath>

#include "value/denominator_word.h"
#include "value/nautical_nm.h"
#include "value/race_time.h"
#include "value/reading.h"
#include "value/text_cursor.h"
#include "value/time_point_phrase.h"
#include "value/unit_table.h"

namespace factlint::value::detail {

namespace {

// "a decade", "an hour", "half a century", "half a mile", "a half-hour", "a half
// mile": a quantity with no figure. A bare article only for durations: "a ton of
// questions" weighs nothing.
std::optional<NumberReading> read_article(std::string_view text, std::size_t pos, bool bare) {
  double value = 0.5;
  std::optional<std::size_t> p = match_any_word(text, pos, {"half a", "half an", "a half"});
  if (!p && bare) {
    p = match_any_word(text, pos, {"a", "an"});
    value = 1;
  }
  const bool hyphen = p && *p < text.size() && text[*p] == '-' && value == 0.5;
  if (!p || !(match_space(text, *p) || hyphen)) return std::nullopt;
  NumberReading r;
  r.value = r.unscaled = value;
  r.end = *p;
  r.words = true;
  return r;
}

// "a mile and a half", "two hours and a half": half of the unit after it. Where the
// half ends, or nullopt.
std::optional<std::size_t> and_a_half(std::string_view text, std::size_t end) {
  auto half = match_word(text, end, " and a half");
  if (!half) return std::nullopt;
  // "10 km and a half marathon", "a day and a half-day": the half is of something else.
  if (*half < text.size() && text[*half] == '-') return std::nullopt;
  if (auto space = match_space(text, *half)) {
    const std::string_view next = letters_at(text, *space);
    if (next == "marathon" || next == "dozen" || next == "century" || next == "time") return std::nullopt;
  }
  return half;
}

// "7 feet 10 inches", "2 km and 300 m", "two years and five months": a smaller unit of the
// same type after the first, its figure added. Returns the added canonical amount,
// the second figure's precision (canonical) and where it ends.
struct Addend {
  double canonical = 0;
  double precision = 0;
  std::size_t end = 0;
  std::string display;
  UnitInfo unit;  // the next addend must be smaller still: "1 h 23 min 45 s"
};
std::optional<Addend> read_addend(Type type, std::string_view text, std::size_t end,
                                  const UnitInfo& first) {
  // Not after a comma: "4 km, 300 m of which run along the river" names two lengths.
  std::optional<std::size_t> p = match_text(text, end, " and ");
  if (!p) p = match_space(text, end);
  // A figure in words too: "two years and five months" read "two years" alone, the
  // rest silently dropped (a blind writer's report).
  if (!p || *p >= text.size() || !(is_digit(text[*p]) || is_letter(text[*p]))) return std::nullopt;
  NumberOptions options;
  options.scales = options.signs = false;
  auto number = read_number(text, *p, options);
  // "one year and a month": "a" is one of the unit after it.
  if (!number) {
    if (auto article = match_any_word(text, *p, {"a", "an"})) {
      NumberReading one;
      one.value = one.unscaled = one.precision = 1;
      one.words = true;
      one.end = *article;
      number = one;
    }
  }
  if (!number) return std::nullopt;
  std::size_t q = number->end;
  if (q < text.size() && (text[q] == ' ' || text[q] == '-')) ++q;
  // "1h 23' 45\"": minute and second marks after an hour (race_time.h).
  auto unit = type == Type::Duration ? time_mark(text, number->end) : std::nullopt;
  if (!unit) unit = match_unit(type, text, q);
  // "5 ft 9 in": a bare "in" is inches only after feet.
  if (!unit && type == Type::Length && first.symbol == "ft") {
    if (auto e = match_word(text, q, "in")) unit = UnitMatch{*find_unit(Type::Length, "inch"), *e};
  }
  // "1h 23m 45s": a bare "m" is minutes only after hours, as "in" is inches after feet.
  if (!unit && type == Type::Duration && first.symbol == "h") {
    if (auto e = match_word(text, q, "m")) unit = UnitMatch{*find_unit(Type::Duration, "min"), *e};
  }
  if (!unit || unit->info.offset != 0 || !(unit->info.factor < first.factor)) return std::nullopt;
  return Addend{number->value * unit->info.factor, number->precision * unit->info.factor, unit->end,
                std::string(text.substr(*p, unit->end - *p)), unit->info};
}

// Foot and inch marks: 5'11", 6', 11" (normalized text has straight quotes).
std::optional<Magnitude> read_foot_inch_marks(std::string_view text, const NumberReading& number) {
  const std::size_t p = number.end;
  if (number.scale != 1 || number.value < 0 || p >= text.size()) return std::nullopt;
  // Looked up once: this runs after every figure read as a length.
  static const std::optional<UnitInfo> feet = find_unit(Type::Length, "ft");
  static const std::optional<UnitInfo> inches = find_unit(Type::Length, "inch");
  if (text[p] == '"') return Magnitude{number, inches, p + 1};
  if (text[p] != '\'') return std::nullopt;
  Magnitude m{number, feet, p + 1};
  // 5'11" or 5' 11": inches after the feet.
  std::size_t q = p + 1;
  if (q < text.size() && text[q] == ' ') ++q;
  std::size_t r = q;
  double inch = 0;
  while (r < text.size() && is_digit(text[r]) && r - q < 2) inch = inch * 10 + (text[r++] - '0');
  if (r > q && r < text.size() && text[r] == '"' && inch < 12) {
    m.number.value = number.value + inch / 12;
    m.number.unscaled = m.number.value;
    m.number.precision = 1.0 / 12;
    m.end = r + 1;
  } else if (p + 1 < text.size() && is_word_char(text[p + 1])) {
    return std::nullopt;  // "5's" is no length
  }
  return m;
}

// The unit of the second side of a size written "21.2 by 14.2 metres" or "6 x 4 m",
// when `end` is just past the first side's figure; nullopt for anything else.
std::optional<UnitInfo> dimension_unit(std::string_view text, std::size_t end) {
  std::optional<std::size_t> second;
  for (std::string_view by : {" by ", " x ", " \u00d7 ", "\u00d7"}) {  // "×" as well
    if ((second = match_text(text, end, by))) break;
  }
  if (!second) return std::nullopt;
  NumberOptions plain;
  plain.fractions = plain.mixed = false;
  auto number = read_number(text, *second, plain);
  if (!number) return std::nullopt;
  std::size_t p = number->end;
  if (p < text.size() && (text[p] == ' ' || text[p] == '-')) ++p;
  auto unit = match_unit(Type::Length, text, p);
  if (!unit) return std::nullopt;
  return unit->info;
}

// Words after "per" that make a quantity a rate: spans of time ("40 tonnes per day",
// "2 m per second") and heads of a population ("12 tonnes per capita": a share of a
// whole, not the whole). A year is not among them: a year's amount is an amount.
bool time_or_population(std::string_view word) {
  static constexpr std::array<std::string_view, 42> kWords{{
      "second", "seconds", "sec", "s", "minute", "minutes", "min", "hour", "hours", "hr", "h", "day", "days", "d",
      "night", "nights", "week", "weeks", "wk", "fortnight", "month", "months", "mo", "quarter", "decade",
      "century", "season", "shift", "weekday", "weekend", "capita", "head", "heads", "person", "persons",
      "people", "inhabitant", "inhabitants", "resident", "residents", "citizen", "citizens"}};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Whether a unit of any measure begins at `pos` ("per metre", "per kg").
bool unit_at(std::string_view text, std::size_t pos) {
  for (Type type : {Type::Length, Type::Area, Type::Mass, Type::Volume, Type::Energy, Type::Power, Type::DataSize,
                    Type::Duration, Type::Temperature}) {
    if (match_unit(type, text, pos)) return true;
  }
  return false;
}

// Whether a unit ending at `end` is divided by something: "80 km/day", "12 kg/m",
// "40 tonnes per day". A rate is not the quantity its first unit measures (docs/rules.md
// "Value types": a value is read whole or not at all); rates the table spells whole
// ("km/h", "barrels per day") ended past this already. A year's amount is still an
// amount ("30 million tonnes per year" is what a year holds, as "a year" is), and a
// share may be per anything ("5% per year" is still 5%), so percentages do not ask.
// "Per" a thing, spelled out, is that thing's own size, no rate: "32 TB per table" is
// the most one table holds, "20 kg per passenger" what one passenger may bring
// (docs/rules.md "Quantities"); so is "per" meaning "according to" ("per the spec").
bool names_a_rate(std::string_view text, std::size_t end) {
  auto per_year = [](std::string_view word) { return word == "year" || word == "yr" || word == "y" || word == "annum"; };
  if (end + 1 < text.size() && text[end] == '/' && is_letter(text[end + 1])) return !per_year(letters_at(text, end + 1));
  const std::optional<std::size_t> divisor = match_text(text, end, " per ");
  if (!divisor) return false;
  const std::string_view word = letters_at(text, *divisor);
  if (per_year(word)) return false;
  if (time_or_population(word) || unit_at(text, *divisor)) return true;
  const std::optional<std::string_view> noun = denominator_word_at(text, *divisor);
  if (!noun) return true;
  const DenominatorWord kind = classify_denominator(*noun);
  return kind != DenominatorWord::Noun && kind != DenominatorWord::FunctionWord;
}

// "2,900 cubic metres of water per second", "2 million barrels of oil a day": a
// volume of a named substance per span of time is the flow its unit spells without
// the substance ("cubic metres per second"). The flow unit, ending in `text`.
std::optional<UnitMatch> flow_of_substance(std::string_view text, std::size_t pos) {
  const auto volume = match_unit(Type::Volume, text, pos);
  if (!volume) return std::nullopt;
  const auto of = match_text(text, volume->end, " of ");
  if (!of) return std::nullopt;
  const std::string_view substance = letters_at(text, *of);
  if (substance.size() < 2 || !ends_word(text, *of + substance.size())) return std::nullopt;
  const std::size_t rest = *of + substance.size();
  std::string joined(text.substr(pos, volume->end - pos));
  joined += text.substr(rest, std::min<std::size_t>(text.size() - rest, 40));
  auto flow = match_unit(Type::Flow, joined, 0);
  if (!flow || flow->end <= volume->end - pos) return std::nullopt;
  flow->end = rest + (flow->end - (volume->end - pos));
  return flow;
}

// "340 consecutive days", "1,000 cumulative days", "12 more months": a word that
// qualifies how the units are counted may stand between a figure and its unit.
std::optional<UnitMatch> unit_after_qualifier(Type type, std::string_view text, std::size_t pos) {
  static constexpr std::string_view kCounting[] = {
      "consecutive", "cumulative", "straight", "successive", "continuous", "uninterrupted",
      "total", "additional", "extra", "further", "more", "full", "whole", "calendar"};
  for (std::string_view word : kCounting) {
    auto after = match_word(text, pos, word);
    if (!after) continue;
    auto start = match_space(text, *after);
    return start ? match_unit(type, text, *start) : std::nullopt;
  }
  return std::nullopt;
}

// "one in six", "3 in 10", "one in every five", "nine out of ten": a share of a whole number of things, for
// a percentage (a blind writer's report, session 19). The second figure is whole, above
// the first and at most 1,000, and no span of time or hyphened word follows it ("3 in
// 10 years", "a 1 in 100-year flood" count no share). The share as a fraction ending
// where the second figure does, or nothing.
std::optional<NumberReading> share_of_things(std::string_view text, const NumberReading& first) {
  if (first.fraction || first.scale != 1 || first.value < 1 || first.value != std::floor(first.value)) return std::nullopt;
  // "nine in ten", and as surveys put it, "nine out of ten".
  auto p = match_text(text, first.end, " in ");
  if (!p) p = match_text(text, first.end, " out of ");
  if (!p) return std::nullopt;
  if (auto every = match_text(text, *p, "every ")) p = every;
  NumberOptions whole;
  whole.fractions = whole.mixed = whole.scales = whole.signs = false;
  auto second = read_number(text, *p, whole);
  if (!second || !ends_word(text, second->end) || second->value != std::floor(second->value) ||
      second->value <= first.value || second->value > 1000) {
    return std::nullopt;
  }
  if (second->end < text.size() && (text[second->end] == '-' || text[second->end] == '%')) return std::nullopt;
  static constexpr std::array<std::string_view, 16> kTimes = {
      "year",  "years",  "month", "months", "week",    "weeks",     "day",     "days",
      "hour",  "hours",  "decade", "decades", "minute", "minutes", "century", "centuries"};
  if (auto space = match_space(text, second->end)) {
    for (std::string_view w : kTimes) {
      if (match_word(text, *space, w)) return std::nullopt;
    }
  }
  NumberReading share = first;
  share.value = share.unscaled = first.value / second->value;
  share.precision = 0;
  share.end = second->end;
  share.fraction = true;
  return share;
}

// "half a year", "half an hour", "half a mile": a bare "half" before "a" or "an" is half
// of one thing, no share of a whole. Where the next word starts, or nullopt when the
// fraction at pos is anything else ("half of the vote", "two-thirds", "half").
std::optional<std::size_t> half_of_one(std::string_view text, std::size_t pos, const NumberReading& number) {
  if (!number.fraction || match_word(text, pos, "half") != number.end) return std::nullopt;
  auto space = match_space(text, number.end);
  auto article = space ? match_any_word(text, *space, {"a", "an"}) : std::nullopt;
  return article ? match_space(text, *article) : std::nullopt;
}

// "1.5m tonnes", "2m hectares", "50m miles", "3m b/d": a figure glued to "m" before a
// unit of a measure is a million of it, as the British press writes; "2m sq km" is no
// length of two metres. Where the "m" ends, or nullopt. Only a unit of three letters or
// more ("100m in 9.58 s" holds no million inches), and no span of time ("the 100m hours
// later").
std::optional<std::size_t> million_before_unit(std::string_view text, const NumberReading& number) {
  const std::size_t m = number.end;
  if (number.words || number.fraction || number.scale != 1 || m + 2 >= text.size() || text[m] != 'm' ||
      text[m + 1] != ' ') {
    return std::nullopt;
  }
  for (Type type : {Type::Length, Type::Area, Type::Mass, Type::Volume, Type::Energy, Type::Power, Type::Flow,
                    Type::DataSize}) {
    if (auto unit = match_unit(type, text, m + 2); unit && unit->end - (m + 2) >= 3) return m + 1;
  }
  return std::nullopt;
}

// "a quarter of a mile", "three-quarters of an hour", "two-thirds of a century": a
// share of one unit. The share and where the unit's word starts; nullopt for anything
// else ("half a mile" is read_article's, "two-thirds of the route" no quantity).
std::optional<std::pair<NumberReading, std::size_t>> share_of_one_unit(std::string_view text, std::size_t pos) {
  // A bare "half of a" follows an ordinal more often than not: "the first half of a
  // decade" is a time within it, no span; writers measure with "half a mile".
  if (match_word(text, pos, "half")) return std::nullopt;
  // Most figures are plain digits: a share in digits has its slash within a few bytes ("3/4").
  if (is_digit(text[pos]) && text.substr(pos, 5).find('/') == std::string_view::npos) return std::nullopt;
  auto share = read_number(text, pos);
  if (!share || !share->fraction) return std::nullopt;
  auto of = match_any_word(text, share->end, {" of a", " of an"});
  auto unit_start = of ? match_space(text, *of) : std::nullopt;
  if (!unit_start) return std::nullopt;
  return std::pair{*share, *unit_start};
}

// "2,600-mile", "4,300 kilometres", "5km", "26%", "-40°c"; a figure without a unit too,
// so "3 to 5 km" can lend the unit to its first end.
std::optional<Magnitude> read_quantity_magnitude(Type type, std::string_view text,
                                                 std::size_t pos) {
  NumberOptions options;
  // A bare fraction of a unit is rare and "half" is read below; a mixed number is
  // common ("two and a half miles", "5 1/2 years", "5½ years").
  options.fractions = type == Type::Percent;
  // "300k" is 300 kelvin for a temperature, not 300,000.
  if (type == Type::Temperature) options.scales = false;
  if (auto share = share_of_one_unit(text, pos)) {
    // "three-quarters of a percent" is a share of the unit; "a quarter of a percentage
    // point" a change of a level, no level, as "half a percentage point" is; "a third of
    // a nation's voters" a share of them.
    if (type == Type::Percent && match_any_word(text, share->second, {"percentage", "point", "basis"})) {
      return std::nullopt;
    }
    auto unit = match_unit(type, text, share->second);
    if (unit && (type == Type::Percent || !names_a_rate(text, unit->end))) {
      return Magnitude{share->first, unit->info, unit->end};
    }
    if (type != Type::Percent) return std::nullopt;
  }
  auto number = read_number(text, pos, options);
  if (!number) number = read_article(text, pos, type == Type::Duration);
  // "a metre and a half": a bare article counts one of any unit when a half follows it.
  bool needs_half = false;
  if (!number && type != Type::Percent) {
    number = read_article(text, pos, true);
    needs_half = true;
  }
  if (!number) return std::nullopt;
  // A measure is shown grouped ("4,184 km") however it was written: only counts and
  // numbers, which may be ports or codes, keep the figure as written.
  number->ungrouped = false;
  if (type != Type::Percent && type != Type::Temperature && type != Type::Duration) {
    if (auto million = million_before_unit(text, *number)) {
      number->scale = 1e6;
      number->unscaled = number->value;
      number->value *= 1e6;
      number->precision *= 1e6;
      number->end = *million;
    }
  }
  if (type == Type::Percent) {
    if (auto noun = half_of_one(text, pos, *number)) {
      // "half a percentage point" is 0.5 of the unit; "half a year" is no percentage.
      auto unit = match_unit(type, text, *noun);
      if (!unit) return std::nullopt;
      return Magnitude{*number, unit->info, unit->end};
    }
    if (auto share = share_of_things(text, *number)) number = share;
  }
  if (type == Type::Duration) {
    if (auto race = read_race_time(text, pos, *number)) return race;
  }
  Magnitude m{*number, std::nullopt, number->end};
  std::size_t p = number->end;
  if (type == Type::Length) {
    if (auto marks = read_foot_inch_marks(text, *number)) return marks;
  }
  if (p < text.size() && (text[p] == ' ' || text[p] == '-')) ++p;
  auto unit = match_unit(type, text, p);
  if (!unit && type == Type::Flow) unit = flow_of_substance(text, p);
  if (!unit && type == Type::Length) unit = nautical_nm(text, pos, p);
  if (!unit && type != Type::Percent && p > number->end) unit = unit_after_qualifier(type, text, p);
  if (needs_half && !(unit && and_a_half(text, unit->end))) return std::nullopt;
  if (unit) {
    if (type != Type::Percent && names_a_rate(text, unit->end)) return std::nullopt;
    m.unit = unit->info;
    m.end = unit->end;
    if (auto half = and_a_half(text, m.end); half && !m.number.fraction && m.number.scale == 1) {
      m.number.value += 0.5;
      m.number.unscaled = m.number.value;
      m.number.precision = 0;  // exact, as the mixed number "two and a half kilometres" is
      m.end = *half;
    }
    UnitInfo last = *m.unit;
    while (auto addend = read_addend(type, text, m.end, last)) {
      // The sum is kept in the first unit, so the display and precision stay as written.
      m.number.value += addend->canonical / m.unit->factor;
      m.number.unscaled = m.number.value;
      m.number.precision = addend->precision / m.unit->factor;
      m.number.scale = 1;
      m.end = addend->end;
      last = addend->unit;
    }
  } else if (auto lent = type == Type::Length ? dimension_unit(text, number->end) : std::nullopt) {
    // "21.2 by 14.2 metres": the first side of a size is in the unit of the second.
    m.unit = lent;
  } else if (type == Type::Percent && number->fraction) {
    // "two-thirds", "about a third", "3/4" of something: a share, read as a percentage.
    m.number.value *= 100;
    m.number.unscaled *= 100;
    m.unit = find_unit(Type::Percent, "%");
  }
  return m;
}

// True when two readings of one length can be the same figure rounded two ways.
bool agree(const Amount& a, const Amount& b) {
  const double tolerance = std::max(a.precision, b.precision) / 2 + 1e-9 * std::fabs(a.lo);
  return std::fabs(a.lo - b.lo) <= tolerance && std::fabs(a.hi - b.hi) <= tolerance;
}

// "2,600-mile (4184 kilometers)": the reading in brackets right after a quantity.
std::optional<Amount> read_parenthetical(std::string_view text, std::size_t end,
                                         const MagnitudeReader& read,
                                         const AmountOptions& options) {
  auto open = match_text(text, end, " (");
  if (!open) return std::nullopt;
  for (const Amount& inner : read_amounts(text, *open, read, options)) {
    if (inner.end < text.size() && text[inner.end] == ')') {
      Amount a = inner;
      a.end = inner.end + 1;
      return a;
    }
  }
  return std::nullopt;
}

}  // namespace

void read_quantities(Type type, std::string_view text, std::size_t pos, Readings& out) {
  const MagnitudeReader read = [type](std::string_view t, std::size_t p) {
    return read_quantity_magnitude(type, t, p);
  };
  AmountOptions options;
  options.unit_required = true;
  options.non_negative = type != Type::Temperature;
  options.threshold = type == Type::Percent ? ThresholdVerbs::Amount : ThresholdVerbs::Measure;
  for (const Amount& amount : read_amounts(text, pos, read, options)) {
    if (type == Type::Duration && names_a_time_point(text, pos, amount.end)) continue;
    if (auto inner = read_parenthetical(text, amount.end, read, options)) {
      // Agreeing figures: keep the finer one; disagreeing: the first as written. A
      // bound or range outside the brackets ("over 4,000 km (2,500 miles)") stays as is.
      Amount both = amount;
      const bool point = amount.lo == amount.hi && inner->lo == inner->hi;
      if (point && agree(amount, *inner)) {
        // Readers see both figures as written: "2,600 mi (4,184 km)".
        if (inner->precision < amount.precision) both = *inner;
        both.approx = amount.approx || inner->approx;
        both.display = amount.display + " (" + inner->display + ")";
      }
      both.end = inner->end;
      out.matches.push_back({pos, both.end, amount_value(type, text, pos, both)});
      out.hidden.emplace_back(amount.end, inner->end);
    }
    out.matches.push_back({pos, amount.end, amount_value(type, text, pos, amount)});
  }
}

}  // namespace factlint::value::detail
