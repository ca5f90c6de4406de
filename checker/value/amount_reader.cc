// Qualifiers, ranges and vague quantity words around a figure, turned into intervals.
#include "value/amount_reader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

#include "value/change_words.h"
#include "value/currency_reading.h"
#include "value/number_format.h"
#include "value/number_reader.h"
#include "value/particle_verbs.h"
#include "value/text_cursor.h"
#include "value/unread_text.h"

namespace factlint::value::detail {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// How far below its figure "nearly" and "almost" reach, as a share of the figure.
constexpr double kNearlyShort = 0.03;

enum class Bound { Above, AtLeast, Below, AtMost, Approx, Nearly, AboveApprox, BelowApprox, Between, From };

struct Qualifier {
  std::string_view words;
  Bound bound;
};

// Hedges as editors and style guides write them. "nearly 40" and "almost 40" are
// read as a figure a little below 40 (apply_bound), not as an open interval: "nearly
// 40" and "39" must agree, "nearly 40" and "20" must not.
constexpr std::array<Qualifier, 46> kQualifiers{{
    {"more than", Bound::Above},      {"over", Bound::Above},
    {"above", Bound::Above},          {"greater than", Bound::Above},
    {"in excess of", Bound::Above},   {"upwards of", Bound::Above},
    {"upward of", Bound::Above},      {"exceeding", Bound::Above},
    {"well over", Bound::Above},      {"well above", Bound::Above},
    {"just over", Bound::AboveApprox}, {"just above", Bound::AboveApprox},
    {"slightly more than", Bound::AboveApprox}, {"a little over", Bound::AboveApprox},
    {"at least", Bound::AtLeast},     {"no less than", Bound::AtLeast},
    {"not less than", Bound::AtLeast}, {"no fewer than", Bound::AtLeast},
    {"a minimum of", Bound::AtLeast}, {"under", Bound::Below},
    {"less than", Bound::Below},      {"fewer than", Bound::Below},
    {"below", Bound::Below},          {"just under", Bound::BelowApprox},
    {"just below", Bound::BelowApprox}, {"slightly less than", Bound::BelowApprox},
    {"up to", Bound::AtMost},         {"at most", Bound::AtMost},
    {"no more than", Bound::AtMost},  {"not more than", Bound::AtMost},
    {"a maximum of", Bound::AtMost},  {"as many as", Bound::AtMost},
    {"as much as", Bound::AtMost},    {"nearly", Bound::Nearly},
    {"almost", Bound::Nearly},        {"about", Bound::Approx},
    {"around", Bound::Approx},        {"roughly", Bound::Approx},
    {"some", Bound::Approx},          {"approximately", Bound::Approx},
    {"approx.", Bound::Approx},       {"an estimated", Bound::Approx},
    {"close to", Bound::Approx},      {"circa", Bound::Approx},
    {"between", Bound::Between},      {"from", Bound::From},
}};

struct VagueWord {
  std::string_view words;
  double lo;
  double hi;
  bool vague = true;  // false: an exact figure in words ("a pair of" is 2)
};

// Vague quantities carry a rough interval for display, but vague=true tells
// comparison there is no number to hold anyone to.
constexpr std::array<VagueWord, 19> kVague{{
    {"several", 3, 9},
    {"a few", 2, 5},
    {"a couple of", 2, 3},
    {"a couple", 2, 3},
    {"a pair of", 2, 2, false},
    {"a pair", 2, 2, false},
    {"a handful of", 2, 6},
    {"dozens of", 24, 143},
    {"dozens", 24, 143},
    {"scores of", 40, 199},
    {"hundreds of thousands of", 2e5, 999999},
    {"hundreds of", 200, 999},
    {"tens of thousands of", 2e4, 99999},
    {"thousands of", 2000, 9999},
    {"millions of", 2e6, 999e6},
    {"billions of", 2e9, 999e9},
    {"many", 2, kInf},
    {"numerous", 2, kInf},
    {"countless", 2, kInf},
}};

double canonical(const Magnitude& m) {
  return m.unit ? m.number.value * m.unit->factor + m.unit->offset : m.number.value;
}
double canonical_precision(const Magnitude& m) {
  return m.number.precision * (m.unit ? m.unit->factor : 1);
}

std::string unit_display(const std::optional<UnitInfo>& unit, const std::string& figure) {
  if (!unit) return figure;
  if (unit->symbol == "%") return figure + "%";
  if (unit->canonical == unit->symbol && ((unit->symbol.size() == 3 && unit->symbol[0] >= 'A' &&
                                           unit->symbol[0] <= 'Z') ||
                                          is_bare_sign(unit->symbol))) {
    // money: "USD 240 billion"; a bare sign "$ 240 billion" until it is resolved
    return unit->symbol + " " + figure;
  }
  return figure + " " + unit->symbol;
}

Amount single(const Magnitude& m) {
  Amount a;
  a.end = m.end;
  a.lo = a.hi = canonical(m);
  a.precision = canonical_precision(m);
  a.unit = m.unit;
  a.display = unit_display(m.unit, format_figure(m.number));
  return a;
}

// "$3-5 billion": the scale and unit written once serve both ends. A unit lends
// itself forward only when the second figure has no unit of another kind: "12% to
// 80 million tonnes" is no range of percentages.
std::optional<Amount> combine_range(std::string_view text, Magnitude first, Magnitude second) {
  if (first.number.fraction || second.number.fraction) return std::nullopt;
  if (first.unit && !second.unit) {
    auto space = match_space(text, second.end);
    if (space && unit_or_scale_at(text, *space)) return std::nullopt;
  }
  if (first.number.scale == 1 && second.number.scale != 1 && !first.number.words) {
    first.number.value *= second.number.scale;
    first.number.precision *= second.number.scale;
    first.number.unscaled = first.number.value / second.number.scale;
  }
  if (!first.unit) first.unit = second.unit;
  if (!second.unit) second.unit = first.unit;
  if (first.unit && second.unit && first.unit->canonical != second.unit->canonical) {
    return std::nullopt;
  }
  Amount a = single(first);
  const double hi = canonical(second);
  if (!(hi > a.lo)) return std::nullopt;
  a.hi = hi;
  a.end = second.end;
  a.precision = std::min(a.precision, canonical_precision(second));
  // "3-5 billion" rather than "3 billion-5 billion" when both ends share the scale.
  std::string figures = format_figure(first.number) + "-" + format_figure(second.number);
  if (second.number.scale != 1 && first.number.value == first.number.unscaled * second.number.scale) {
    NumberReading bare = first.number;
    bare.value = bare.unscaled;
    bare.precision /= second.number.scale;
    bare.scale = 1;
    figures = format_figure(bare) + "-" + format_figure(second.number);
  }
  a.display = unit_display(first.unit, figures);
  return a;
}

// The second end of "3-5", "3 to 5", "3 or 4": where it starts, if a separator is there.
std::optional<std::size_t> range_second_start(std::string_view text, std::size_t end) {
  // A sign of more than one byte may open the second end too: "£2.3m-£2.5m", "€4bn-€5bn".
  if (end < text.size() && text[end] == '-' && end + 1 < text.size() &&
      (is_digit(text[end + 1]) || text[end + 1] == '$' || is_letter(text[end + 1]) ||
       static_cast<unsigned char>(text[end + 1]) >= 0x80)) {
    return end + 1;
  }
  for (std::string_view sep : {std::string_view(" to "), std::string_view(" - "),
                               std::string_view(" or "), std::string_view(" through ")}) {
    if (auto p = match_text(text, end, sep)) return p;
  }
  return std::nullopt;
}

bool unit_ok(const Amount& a, const AmountOptions& options) {
  return !options.unit_required || a.unit.has_value();
}

// Whether the figure [pos, end) is a year after "in" ("from 31,000 in 1990 to 12,400 in
// 2023"): four digits from 1800 to 2100 with no separator, the word before "in". It
// opens no range with a figure after "to", which is the later end of a change (a
// blind writer's report, session 19); "in 1990 to 1995", two years, is still read.
bool year_after_in(std::string_view text, std::size_t pos, std::size_t end, std::size_t second_begin) {
  auto year_at = [&](std::size_t at) {
    if (at + 4 > text.size() || (at + 4 < text.size() && (is_digit(text[at + 4]) || text[at + 4] == ','))) return 0;
    int year = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
      if (!is_digit(text[i])) return 0;
      year = year * 10 + (text[i] - '0');
    }
    return year >= 1800 && year <= 2100 ? year : 0;
  };
  if (end != pos + 4 || !year_at(pos) || year_at(second_begin)) return false;
  if (pos < 3 || text[pos - 1] != ' ' || (text[pos - 2] != 'n' && text[pos - 2] != 'N') ||
      (text[pos - 3] != 'i' && text[pos - 3] != 'I')) {
    return false;
  }
  return pos == 3 || !is_word_char(text[pos - 4]);
}

// "5 ± 0.2 km", "25 +/- 2 °C": a figure and its uncertainty, the interval they span
// (4.8-5.2 km). The unit written once serves both; the uncertainty is a difference, so
// a temperature's offset is not applied to it.
std::optional<Amount> read_uncertainty(std::string_view text, const Magnitude& first, const MagnitudeReader& read) {
  std::optional<std::size_t> start;
  for (std::string_view plus_minus : {" \u00b1 ", "\u00b1", " +/- ", " plus or minus "}) {
    if ((start = match_text(text, first.end, plus_minus))) break;
  }
  if (!start || first.number.fraction) return std::nullopt;
  auto second = read(text, *start);
  if (!second || !ends_word(text, second->end) || second->number.value < 0 || second->number.fraction) {
    return std::nullopt;
  }
  Magnitude centre = first;
  if (!centre.unit) centre.unit = second->unit;
  if (!second->unit) second->unit = centre.unit;
  if (centre.unit && second->unit && centre.unit->canonical != second->unit->canonical) return std::nullopt;
  Amount a = single(centre);
  const double spread = second->number.value * (second->unit ? second->unit->factor : 1);
  a.lo -= spread;
  a.hi += spread;
  a.end = second->end;
  a.precision = std::min(a.precision, canonical_precision(*second));
  a.display = unit_display(centre.unit, format_figure(centre.number) + " \u00b1 " + format_figure(second->number));
  return a;
}

// "40 at most.", "$2 billion at least,": a bound written after the figure, where the
// clause ends. Followed by anything else it bounds no figure: "$5 at most stations",
// "40 at least partly".
std::optional<std::size_t> bound_after(std::string_view text, std::size_t end,
                                       std::initializer_list<std::string_view> phrases) {
  auto e = match_any_word(text, end, phrases);
  if (!e || *e == text.size()) return e;
  const char next = text[*e];
  const bool clause_ends = next == ',' || next == '.' || next == ';' || next == ':' || next == ')' || next == '!' ||
                           next == '?';
  return clause_ends ? e : std::nullopt;
}

// Plain figures, ranges and suffixed forms at pos ("40", "3-5", "40 or so", "20-odd").
std::vector<Amount> read_core(std::string_view text, std::size_t pos, const MagnitudeReader& read,
                              const AmountOptions& options) {
  std::vector<Amount> out;
  auto first = read(text, pos);
  if (!first) return out;
  if (auto start = range_second_start(text, first->end); start && !year_after_in(text, pos, first->end, *start)) {
    auto second = read(text, *start);
    if (second && ends_word(text, second->end)) {
      if (auto r = combine_range(text, *first, *second); r && unit_ok(*r, options)) out.push_back(*r);
    }
  }
  if (auto spread = read_uncertainty(text, *first, read); spread && unit_ok(*spread, options)) out.push_back(*spread);
  Amount base = single(*first);
  if (!unit_ok(base, options)) return out;
  const double step = first->number.precision > 0 ? canonical_precision(*first) : 1;
  if (auto e = match_word(text, first->end, " or so")) {
    Amount a = base;
    a.end = *e;
    a.approx = true;
    a.display = "about " + base.display;
    out.push_back(a);
  }
  // "40 or more", "40 at least": the figure as a bound, up to `end`.
  auto bound = [&](std::size_t end, bool at_least) {
    Amount a = base;
    a.end = end;
    if (at_least) {
      a.hi = kInf;
    } else {
      a.lo = options.non_negative ? 0 : -kInf;
    }
    a.display = (at_least ? "at least " : "at most ") + base.display;
    return a;
  };
  if (auto e = match_any_word(text, first->end, {" or more", " and more", " and up", " or above"})) {
    out.push_back(bound(*e, true));
  }
  if (auto e = match_any_word(text, first->end, {" or fewer", " or less", " or below"})) out.push_back(bound(*e, false));
  if (auto e = bound_after(text, first->end, {" at least", " at the least", " at the very least", " at a minimum"})) {
    out.push_back(bound(*e, true));
  }
  if (auto e = bound_after(text, first->end, {" at most", " at the most", " at the very most", " at a maximum"})) {
    out.push_back(bound(*e, false));
  }
  // "$40bn-plus", "a £100,000-plus salary": money takes the suffixes a bare figure does.
  if (!first->unit || first->unit->symbol == "%" || options.suffixes_after_unit) {
    if (auto e = match_word(text, first->end, "-odd")) {
      Amount a = base;
      a.end = *e;
      a.approx = true;
      // "20-odd" runs up to the next step of its last digit's place, not its precision.
      a.hi = base.lo + (first->number.precision == 1 ? digit_place(base.lo) : step);
      a.hi_inclusive = false;
      a.display = base.display + "-odd";
      out.push_back(a);
    }
    auto plus = match_word(text, first->end, "-plus");
    if (!plus && first->end < text.size() && text[first->end] == '+') plus = first->end + 1;
    if (plus) {
      Amount a = base;
      a.end = *plus;
      a.hi = kInf;
      a.display = base.display + "+";
      out.push_back(a);
    }
  }
  out.push_back(base);
  return out;
}

Amount apply_bound(Amount a, Bound bound, std::string_view words, const AmountOptions& options) {
  const double floor = options.non_negative ? 0 : -kInf;
  switch (bound) {
    case Bound::AboveApprox: a.approx = true; [[fallthrough]];
    case Bound::Above: a.lo = a.hi; a.lo_inclusive = false; a.hi = kInf; break;
    case Bound::AtLeast: a.lo = a.hi; a.hi = kInf; break;
    case Bound::BelowApprox: a.approx = true; [[fallthrough]];
    case Bound::Below: a.hi = a.lo; a.hi_inclusive = false; a.lo = floor; break;
    case Bound::AtMost: a.hi = a.lo; a.lo = floor; break;
    case Bound::Approx: a.approx = true; break;
    case Bound::Nearly:
      // "nearly a million pounds" for 925,000 lb: the figure falls short of the one
      // written, by a little: kNearlyShort of it at most. A range
      // ("nearly 40 to 50") and a temperature (a share of degrees Celsius means
      // nothing) are only hedged.
      a.approx = true;
      if (options.non_negative && a.lo == a.hi && std::isfinite(a.lo) && a.lo > 0) {
        a.lo -= kNearlyShort * a.lo;
        a.lo_inclusive = a.hi_inclusive = true;
      }
      break;
    case Bound::Between: case Bound::From: break;
  }
  a.display = std::string(words) + " " + a.display;
  return a;
}

// The words of a change from one level to another, in every form writers use them
// before "from": "rose from 5 to 7 million" is the level reached, not a range.
bool changes_level(std::string_view word) { return is_change_word(word, kBeforeFrom); }

// The word before `pos`, one adverb in "-ly" skipped: "fell sharply from".
std::string_view verb_before(std::string_view text, std::size_t pos) {
  std::string_view word = previous_word(text, pos);
  if (word.size() > 3 && word.substr(word.size() - 2) == "ly") word = previous_word(text, pos - word.size() - 1);
  return word;
}

// Whether a change word stands before "from" at `pos`: right before it ("rose sharply
// from"), or before the thing changed ("raised the ticket price from", "cut its
// workforce from"), up to four words back and within the clause.
bool change_before(std::string_view text, std::size_t pos) {
  if (changes_level(verb_before(text, pos))) return true;
  std::size_t at = pos;
  for (int words = 0; words < 4; ++words) {
    const std::string_view word = previous_word(text, at);
    if (word.empty()) return false;
    if (changes_level(word)) return true;
    at -= word.size() + 1;
  }
  return false;
}

// Where the figure after " NOUN to " starts, when one plural word of letters follows the
// figure ending at `end` ("from 90 seats to 110"); nullopt otherwise. A plural only, as
// a noun counted by a figure other than one is: "from 90 per cent to" is no count.
std::optional<std::size_t> after_counted_noun(std::string_view text, std::size_t end) {
  auto noun = match_space(text, end);
  if (!noun) return std::nullopt;
  const std::string_view word = letters_at(text, *noun);
  if (word.size() < 3 || word.back() != 's') return std::nullopt;
  return match_text(text, *noun + word.size(), " to ");
}

// "fell from 28% to 14%", "grew from 3,000 to 4,500 staff": the level reached. The
// level left is the figure of another time, which the sentence does not give.
std::optional<Amount> read_change_to(std::string_view text, std::size_t pos, const MagnitudeReader& read) {
  auto first = read(text, pos);
  if (!first) return std::nullopt;
  auto start = match_text(text, first->end, " to ");
  // "grows from 90 seats to 110": the noun the first figure counts may stand between
  // it and "to", and the later figure is still the level reached.
  if (!start) start = after_counted_noun(text, first->end);
  if (!start) return std::nullopt;
  auto second = read(text, *start);
  if (!second || !ends_word(text, second->end)) return std::nullopt;
  // "from 5 million to 7" leaves the second figure's scale unsaid.
  if (first->number.scale != 1 && second->number.scale == 1) return std::nullopt;
  if (!second->unit) {
    auto space = match_space(text, second->end);
    if (space && unit_or_scale_at(text, *space)) return std::nullopt;
    second->unit = first->unit;
  }
  return single(*second);
}

// The hedge that opens one end of a written range ("from about 100 to about 200",
// "from below 100 to more than 200"): the longest qualifier at `pos` (null when none)
// and where the figure after it starts (`pos` itself when no hedge is there).
std::pair<const Qualifier*, std::size_t> range_end_hedge(std::string_view text, std::size_t pos) {
  const Qualifier* hedge = nullptr;
  std::size_t figure = pos;
  for (const Qualifier& q : kQualifiers) {
    if (q.bound == Bound::Between || q.bound == Bound::From) continue;
    auto after = match_word(text, pos, q.words);
    if (!after) continue;
    auto start = match_space(text, *after);
    if (start && *start > figure) {
      hedge = &q;
      figure = *start;
    }
  }
  return {hedge, figure};
}

// "between 3 and 5", "from 3 to 5": the range is the only reading. Its ends may be
// hedged, and the range is read whole (before, the second end was read alone): "from
// about 100 to about 200" is about 100-200, and an end that reaches beyond its figure
// ("from below 100 to more than 200") leaves the range open on that side.
std::optional<Amount> read_explicit_range(std::string_view text, std::size_t pos, Bound bound,
                                          const MagnitudeReader& read, const AmountOptions& options) {
  const auto [first_hedge, first_at] = range_end_hedge(text, pos);
  auto first = read(text, first_at);
  if (!first) return std::nullopt;
  std::optional<std::size_t> start;
  if (bound == Bound::Between) {
    start = match_text(text, first->end, " and ");
    if (!start && !first_hedge) start = match_text(text, first->end, "-");
  } else {
    start = range_second_start(text, first->end);
  }
  if (!start) return std::nullopt;
  const auto [second_hedge, second_at] = range_end_hedge(text, *start);
  auto second = read(text, second_at);
  if (!second || !ends_word(text, second->end)) return std::nullopt;
  auto range = combine_range(text, *first, *second);
  if (!range || (!first_hedge && !second_hedge)) return range;
  range->approx = true;
  const bool open_below = first_hedge && (first_hedge->bound == Bound::Below ||
                                          first_hedge->bound == Bound::BelowApprox ||
                                          first_hedge->bound == Bound::AtMost);
  const bool open_above = second_hedge && (second_hedge->bound == Bound::Above ||
                                           second_hedge->bound == Bound::AboveApprox ||
                                           second_hedge->bound == Bound::AtLeast);
  if (open_below) range->lo = options.non_negative ? 0 : -kInf;
  if (open_above) range->hi = kInf;
  if (!open_below && !open_above) {
    range->display = "about " + range->display;
  } else {
    // "below 100 to more than 200 billion t": the hedges say what the interval is.
    const Amount low = single(*first);
    range->display = (first_hedge ? std::string(first_hedge->words) + " " : std::string()) +
                     format_figure(first->number) + " to " +
                     (second_hedge ? std::string(second_hedge->words) + " " : std::string()) +
                     unit_display(second->unit ? second->unit : low.unit, format_figure(second->number));
  }
  return range;
}

// A table's entries grouped by the first byte of their words, in table order: the
// readers try them at every word start, and most bytes lead none of them.
template <typename Entry, std::size_t N>
std::array<std::vector<const Entry*>, 256> by_first_byte(const std::array<Entry, N>& table) {
  std::array<std::vector<const Entry*>, 256> out;
  for (const Entry& e : table) out[static_cast<unsigned char>(e.words[0])].push_back(&e);
  return out;
}

// Vague words by first byte: counts try them at every word start.
const std::array<std::vector<const VagueWord*>, 256>& vague_by_first_byte() {
  static const auto index = by_first_byte(kVague);
  return index;
}

std::optional<Amount> read_vague(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  for (const VagueWord* vague : vague_by_first_byte()[static_cast<unsigned char>(text[pos])]) {
    const VagueWord& v = *vague;
    auto end = match_word(text, pos, v.words);
    if (!end) continue;
    Amount a;
    a.end = *end;
    a.lo = v.lo;
    a.hi = v.hi;
    a.approx = a.vague = v.vague;
    a.display = std::string(v.words);
    return a;
  }
  return std::nullopt;
}

// "has a single outlet", "its sole outflow", "their only child": one thing, a count of
// 1, when a noun follows (not "a single-track line") and the noun is no span of time
// ("in a single day" counts no days). "a single" only after "has", "have", "had" or
// "having", not negated: elsewhere it is often a kind ("a single ticket costs $5", "a
// single market") or none at all ("never dealing with a single loose tile"). Never after "the": "the only terminal with a rail link" singles
// one out of many terminals.
std::optional<Amount> read_one_thing(std::string_view text, std::size_t pos) {
  static constexpr std::string_view kAfterA[] = {"single", "sole", "lone"};
  static constexpr std::string_view kAfterPossessive[] = {"single", "sole", "lone", "only"};
  static constexpr std::string_view kPossessives[] = {"its", "their", "his", "her", "our"};
  static constexpr std::string_view kTimes[] = {"day",    "year",  "week",   "month",  "night",   "hour",
                                                "minute", "second", "season", "morning", "evening", "afternoon",
                                                "time",   "moment", "decade", "century", "generation"};
  const std::string_view det = letters_at(text, pos);
  const bool article = det == "a";
  static constexpr std::string_view kHaving[] = {"has", "have", "had", "having"};
  if (article) {
    const std::string_view before = previous_word(text, pos);
    if (std::find(std::begin(kHaving), std::end(kHaving), before) == std::end(kHaving)) return std::nullopt;
    // "does not have a single tile", "never had a single loss": none, not one.
    const std::optional<std::size_t> verb = word_before(text, pos);
    const std::string_view negation = verb ? previous_word(text, *verb) : std::string_view();
    if (negation == "not" || negation == "never" || negation.ends_with("n't") || negation == "t") return std::nullopt;
  } else if (std::find(std::begin(kPossessives), std::end(kPossessives), det) == std::end(kPossessives)) {
    return std::nullopt;
  }
  auto adj_start = match_space(text, pos + det.size());
  if (!adj_start) return std::nullopt;
  const std::string_view adj = letters_at(text, *adj_start);
  const bool one = article ? std::find(std::begin(kAfterA), std::end(kAfterA), adj) != std::end(kAfterA)
                           : std::find(std::begin(kAfterPossessive), std::end(kAfterPossessive), adj) !=
                                 std::end(kAfterPossessive);
  if (!one) return std::nullopt;
  const std::size_t adj_end = *adj_start + adj.size();
  auto noun_start = match_space(text, adj_end);
  if (!noun_start) return std::nullopt;
  const std::string_view noun = letters_at(text, *noun_start);
  if (noun.empty() || !ends_word(text, *noun_start + noun.size())) return std::nullopt;
  if (std::find(std::begin(kTimes), std::end(kTimes), noun) != std::end(kTimes)) return std::nullopt;
  Amount a;
  a.end = adj_end;
  a.lo = a.hi = 1;
  a.display = "1";
  return a;
}

// Qualifiers by first byte: read_amounts runs at every word start that may lead a figure.
// Whether the word ending one space before `end` is a figure: "21", the "405" of
// "3,405", "six", "million".
bool figure_before(std::string_view text, std::size_t end) {
  const std::optional<std::size_t> begin = word_before(text, end);
  if (!begin) return false;
  if (is_digit(text[*begin])) return true;
  const std::string_view word = text.substr(*begin, end - 1 - *begin);
  return small_number_word(word).has_value() || word == "thousand" || word == "million" || word == "billion" ||
         word == "dozen";
}

// Whether the word ending one space before `pos` closes a count, a figure and its
// plural noun ("21 stages", "2 million fans"): what "over" then spreads across a span.
bool count_before(std::string_view text, std::size_t pos) {
  const std::optional<std::size_t> begin = word_before(text, pos);
  if (!begin) return false;
  const std::string_view noun = text.substr(*begin, pos - 1 - *begin);
  // A plural noun of letters: not "is", "was", "has", "this", "plus", "less", "times".
  // Nor a span of time: in "in the past 5 years over 3,000 people moved here" the span
  // ends its phrase and "over" opens the next.
  static constexpr std::string_view kNotNouns[] = {"was",   "has",     "its",    "this",  "thus",    "plus",
                                                   "minus", "less",    "times",  "yes",   "does",    "goes",
                                                   "years", "decades", "months", "weeks", "days",    "hours",
                                                   "minutes", "seconds", "centuries"};
  if (noun.size() < 3 || noun.back() != 's' || noun[noun.size() - 2] == 's') return false;
  if (!std::all_of(noun.begin(), noun.end(), is_letter)) return false;
  if (std::find(std::begin(kNotNouns), std::end(kNotNouns), noun) != std::end(kNotNouns)) return false;
  return figure_before(text, *begin);
}

// Whether "over" at `pos` is a preposition of place or span, not a hedge: after a
// verb of spreading ("the park sprawls over 843 acres" is 843 acres, not more; a
// blind writer's report) or of racing ("raced over six stages"), or after a count,
// which "over" spreads across a span ("21 stages over 3,405 km", "12 concerts over
// three nights"). "covers over 300 acres" and "drew over 3,000 visitors" stay hedges:
// writers mean "more than".
// Nor is it a hedge as the particle of "hand over" or "turn over" (particle_verbs.h).
bool over_as_place(std::string_view text, std::size_t pos) {
  static constexpr std::string_view kSpreading[] = {
      "sprawls",   "sprawl",     "sprawled",  "sprawling",  "spreads",   "spread",    "spreading", "stretches",
      "stretch",   "stretched",  "stretching", "extends",   "extend",    "extended",  "extending", "raced",
      "race",      "races",      "racing",    "ridden",     "scattered", "dispersed", "distributed", "staggered"};
  const std::string_view before = previous_word(text, pos);
  if (std::find(std::begin(kSpreading), std::end(kSpreading), before) != std::end(kSpreading)) return true;
  return takes_over_as_particle(before) || count_before(text, pos);
}

// Whether "up to" at `pos` completes a sum or a verb of going up, not a limit: "his
// flights add up to 1,111 days" is 1,111 days, and so is "the budget was revised up to
// €4.48 billion" the level it reached, not "at most" (blind writers' reports): "up" is
// the verb's, "to" gives the level.
bool up_to_as_level(std::string_view text, std::size_t pos) {
  static constexpr std::string_view kUpTo[] = {
      "add",     "adds",     "added",    "adding",    "sum",     "sums",     "summed",  "summing", "totted",
      "tots",    "revised",  "revise",   "revises",   "went",    "go",       "goes",    "gone",    "going",
      "moved",   "pushed",   "bumped",   "ratcheted", "marked",  "scaled",   "stepped", "ramped",  "shot",
      "crept",   "edged",    "inched",   "ticked"};
  const std::string_view before = previous_word(text, pos);
  if (std::find(std::begin(kUpTo), std::end(kUpTo), before) != std::end(kUpTo)) return true;
  // "was raised up to €4.48 billion": a passive or perfect of raising tells the level
  // reached. Active, "raise up to" is a limit ("the fund can raise up to $5 million").
  static constexpr std::string_view kRaised[] = {"raised", "lifted", "hiked"};
  static constexpr std::string_view kAuxiliaries[] = {"was", "were", "been", "is", "are", "be", "being"};
  if (std::find(std::begin(kRaised), std::end(kRaised), before) == std::end(kRaised)) return false;
  const std::string_view auxiliary = verb_before(text, pos - before.size() - 1);
  return std::find(std::begin(kAuxiliaries), std::end(kAuxiliaries), auxiliary) != std::end(kAuxiliaries);
}

// How a verb right before a figure crosses a level (docs/rules.md "Thresholds").
enum class Crossing { None, Plain, Travel, Marked };

// The word that ends one space before `end`, when it is a whole word ("topped", not the
// "topped" of "snow-topped": that is an adjective); "" otherwise.
std::string_view whole_word_before(std::string_view text, std::size_t end) {
  const std::optional<std::size_t> begin = word_before(text, end);
  if (!begin || (*begin > 0 && text[*begin - 1] != ' ')) return {};
  return text.substr(*begin, end - 1 - *begin);
}

// The verb of crossing a level before the figure at `pos`: "topped $1 trillion",
// "broke through 20,000 points", or with "the" and a word for the level after the
// figure, "passed the 1 million mark" (Marked: a level whatever the verb).
Crossing crossing_before(std::string_view text, std::size_t pos, std::size_t figure_end) {
  static constexpr std::string_view kPlain[] = {"exceeded", "exceeds", "exceed",  "surpassed", "surpasses",
                                                "surpass",  "surpassing", "topped", "tops",      "topping"};
  static constexpr std::string_view kTravel[] = {"passed", "passes", "passing", "crossed", "crosses", "crossing",
                                                 "breached", "breaches"};
  static constexpr std::string_view kBreak[] = {"broke", "breaks", "broken", "breaking"};
  auto verb = [&](std::size_t at) {
    std::string_view word = whole_word_before(text, at);
    if (word.empty()) return Crossing::None;
    if (std::find(std::begin(kPlain), std::end(kPlain), word) != std::end(kPlain)) return Crossing::Plain;
    if (std::find(std::begin(kTravel), std::end(kTravel), word) != std::end(kTravel)) return Crossing::Travel;
    if (word == "through") {
      const std::string_view broke = whole_word_before(text, at - word.size() - 1);
      if (std::find(std::begin(kBreak), std::end(kBreak), broke) != std::end(kBreak)) return Crossing::Plain;
    }
    return Crossing::None;
  };
  if (whole_word_before(text, pos) == "the") {
    const std::size_t the = pos - 4;
    const bool level = match_any_word(text, figure_end, {" mark", " threshold", " milestone", " barrier"}).has_value();
    if (!level) return Crossing::None;
    return verb(the) == Crossing::None ? Crossing::None : Crossing::Marked;
  }
  return verb(pos);
}

// Whether a count is a round level of millions or more, written with its scale word
// ("five million", "3 million", "1.5 billion"): "the population passed five million"
// crosses a milestone, while "passed 340 bills", "topped 3 charts" and "passed 10,000
// signatures" count things passed (docs/rules.md "Thresholds").
bool milestone_count(const Amount& a) {
  if (a.lo < 1e6 || a.precision < 1e5) return false;
  const double steps = a.lo / a.precision;
  return std::abs(steps - std::round(steps)) < 1e-9;
}

// Whether a figure after a verb of crossing is a bound of the kind `options` reads.
bool bounds(Crossing crossing, const Amount& a, const AmountOptions& options) {
  if (crossing == Crossing::None || a.lo != a.hi || a.approx || a.vague) return false;
  if (crossing == Crossing::Marked) return options.threshold != ThresholdVerbs::Count;
  switch (options.threshold) {
    case ThresholdVerbs::Amount: return true;
    case ThresholdVerbs::Measure: return crossing == Crossing::Plain;
    case ThresholdVerbs::Count: return milestone_count(a);
  }
  return false;
}

const std::array<std::vector<const Qualifier*>, 256>& qualifiers_by_first_byte() {
  static const auto index = by_first_byte(kQualifiers);
  return index;
}

}  // namespace

std::vector<Amount> read_amounts(std::string_view text, std::size_t pos,
                                 const MagnitudeReader& read, const AmountOptions& options) {
  std::vector<Amount> out;
  if (options.vague_words) {
    if (auto v = read_vague(text, pos)) out.push_back(*v);
    if (auto v = read_one_thing(text, pos)) out.push_back(*v);
  }
  if (pos >= text.size()) return out;
  for (const Qualifier* qualifier : qualifiers_by_first_byte()[static_cast<unsigned char>(text[pos])]) {
    const Qualifier& q = *qualifier;
    auto after = match_word(text, pos, q.words);
    if (!after) continue;
    if (q.words == "over" && over_as_place(text, pos)) continue;
    if (q.words == "up to" && up_to_as_level(text, pos)) continue;
    auto start = match_space(text, *after);
    if (!start) continue;
    if (q.bound == Bound::From && change_before(text, pos)) {
      if (auto r = read_change_to(text, *start, read); r && unit_ok(*r, options)) out.push_back(*r);
      continue;
    }
    if (q.bound == Bound::Between || q.bound == Bound::From) {
      auto r = read_explicit_range(text, *start, q.bound, read, options);
      if (r && unit_ok(*r, options)) out.push_back(*r);
      continue;
    }
    for (const Amount& core : read_core(text, *start, read, options)) {
      // A hedge applies to a figure or a range; a bound only to a single figure.
      const bool hedge = q.bound == Bound::Approx || q.bound == Bound::Nearly;
      if (!hedge && (core.lo != core.hi || core.approx)) continue;
      out.push_back(apply_bound(core, q.bound, q.words, options));
      break;
    }
  }
  for (const Amount& core : read_core(text, pos, read, options)) {
    // "the fund topped $1 trillion": the level crossed, so more than it, as "more than
    // $1 trillion" reads; a figure of the end of the year is no conflict with it.
    if (bounds(crossing_before(text, pos, core.end), core, options)) {
      out.push_back(apply_bound(core, Bound::Above, "more than", options));
    } else {
      out.push_back(core);
    }
  }
  return out;
}

}  // namespace factlint::value::detail
