// Money: a currency symbol or code before the figure (attached or spaced), or a
// currency name, code or symbol after it, with scales, minor units and unit rates.
// Amounts are in units of the currency; currencies are never converted.
//
//   "$240bn"              -> [2.4e11, 2.4e11] USD, display "USD 240 billion"
//   "us$1.5 billion"      -> [1.5e9, 1.5e9] USD       "usd3.14", "3.14 us$" -> 3.14 USD
//   "€5m", "20€"          -> EUR                      "240 billion yuan" -> 2.4e11 CNY
//   "$20 and 43 cents"    -> 20.43 USD                "43 cents" -> 0.43 USD
//   "$60 a barrel"        -> 60 USD/bbl               "$50,000 a year" -> 50000 USD/yr
//   "$29/mo", "$29 monthly" -> 29 USD/mo              "$29 per seat per month", "$29/user/mo" -> 29 USD/user/mo
//   "$35 per vehicle", "€12/night" -> 35 USD/vehicle, 12 EUR/night (any noun after "per" or "/")
//   "minus $5 million", "usd -5 million" -> -5e6 USD  "rs 5 crore" -> 5e7 INR
//   "more than $3-5 billion" is not read as a bound; "$3-5 billion" is [3e9, 5e9] USD
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "value/currency_reading.h"
#include "value/denominator_word.h"
#include "value/reading.h"
#include "value/text_cursor.h"
#include "value/unit_table.h"

namespace factlint::value::detail {

namespace {

// An ISO 4217 code ("usd", "krw"), the currency's own symbol in the table. A name of
// three letters is no code: "won", "yen", "lei" follow their figure ("34,000 won"),
// and "won 34 stages" is the verb.
bool is_code(const UnitSpelling& entry) {
  const std::string_view spelling = entry.spelling;
  if (spelling.size() != 3 || entry.info.symbol.size() != 3) return false;
  for (std::size_t i = 0; i < 3; ++i) {
    if (!is_letter(spelling[i]) || spelling[i] != static_cast<char>(std::tolower(
                                                      static_cast<unsigned char>(entry.info.symbol[i])))) {
      return false;
    }
  }
  return true;
}

// A symbol anywhere in a spelling ("$", "hk$", "€", "cn¥"), or a local abbreviation
// written before a figure like a symbol: "Rs 500", "KSh 141 billion", "Sh 5 billion",
// "USh 5 billion", "RMB 5 billion", or the name East African papers and budgets write so: "Kenya
// shillings 327 billion".
bool is_symbol(std::string_view spelling) {
  static constexpr std::string_view kLocal[] = {
      "rs",  "rs.", "ksh", "kshs", "ksh.", "tsh", "tshs", "ush", "ushs", "sh", "shs", "rmb",
      "kenya shillings", "kenyan shillings", "uganda shillings", "ugandan shillings", "tanzania shillings",
      "tanzanian shillings", "kr", "kr.", "dh", "dhs"};
  const bool has_sign = std::any_of(spelling.begin(), spelling.end(), [](char c) {
    return c == '$' || static_cast<unsigned char>(c) >= 0x80;
  });
  return has_sign || std::find(std::begin(kLocal), std::end(kLocal), spelling) != std::end(kLocal);
}

// "Sh" and "Shs" (and the dirham's "Dh", "Dhs") are a currency only before a figure:
// "5 sh" is no money.
bool only_before_figure(std::string_view spelling) {
  return spelling == "sh" || spelling == "shs" || spelling == "dh" || spelling == "dhs";
}

// "Sh500/-", "Shs 1,200/=": East African writers close a whole amount with "/-" or
// "/=" (no cents). Where it ends, or `end` when there is none.
std::size_t after_no_cents(std::string_view text, std::size_t end, const NumberReading& number) {
  if (number.scale != 1 || std::floor(number.value) != number.value) return end;
  if (text.compare(end, 2, "/-") != 0 && text.compare(end, 2, "/=") != 0) return end;
  if (end + 2 < text.size() && (is_word_char(text[end + 2]) || is_digit(text[end + 2]))) return end;
  return end + 2;
}

// The spellings that may stand before a figure (symbols and ISO codes), found once
// and grouped by first byte, in the table's order: every reading of money tries them.
using PrefixIndex = std::array<std::vector<const UnitSpelling*>, 256>;
const PrefixIndex& prefixes() {
  static const PrefixIndex out = [] {
    PrefixIndex index;
    for (const auto& entry : unit_spellings()) {
      if (entry.type != Type::Money || entry.info.factor != 1) continue;
      if (is_symbol(entry.spelling) || is_code(entry)) {
        index[static_cast<unsigned char>(entry.spelling[0])].push_back(&entry);
      }
    }
    return index;
  }();
  return out;
}

// A symbol or code before the figure, attached or spaced: "$5", "us$ 5", "usd 5", "usd5".
std::optional<UnitMatch> read_prefix(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  for (const UnitSpelling* prefix : prefixes()[static_cast<unsigned char>(text[pos])]) {
    auto end = match_text(text, pos, prefix->spelling);
    if (!end) continue;
    // "Kshs.327 billion", "Tshs.5 billion": after an abbreviation of letters the dot
    // closes the abbreviation; it is no decimal point (KES 0.327 billion was read).
    if (is_letter(prefix->spelling.back()) && *end < text.size() && text[*end] == '.') ++*end;
    if (auto spaced = match_space(text, *end)) end = spaced;
    if (*end < text.size() && (is_digit(text[*end]) || text[*end] == '.')) {
      return UnitMatch{prefix->info, *end};
    }
    // A sign after the currency, as accounts and tables write a loss: "USD -5
    // million", "$-5", a cell "-1,637" under "NOK billion" read as "nok -1,637 billion".
    if (*end + 1 < text.size() && text[*end] == '-' && is_digit(text[*end + 1])) {
      return UnitMatch{prefix->info, *end};
    }
  }
  return std::nullopt;
}

// The currency after a figure: " dollars", " usd", " us$", or a symbol touching it ("20€").
std::optional<UnitMatch> read_suffix(std::string_view text, std::size_t end) {
  if (auto space = match_space(text, end)) {
    auto unit = match_unit(Type::Money, text, *space);
    if (unit && only_before_figure(text.substr(*space, unit->end - *space))) return std::nullopt;
    if (unit) return unit;
  }
  if (end < text.size() && (text[end] == '$' || static_cast<unsigned char>(text[end]) >= 0x80)) {
    return match_unit(Type::Money, text, end);
  }
  return std::nullopt;
}

// "280p", "a 50p coin": pence written as a "p" touching a figure in digits. Not a
// video's lines ("720p", "1080p"), nor "5p.m.".
std::optional<UnitMatch> read_attached_pence(std::string_view text, const NumberReading& number, std::size_t start) {
  const std::size_t end = number.end;
  if (end >= text.size() || text[end] != 'p' || number.scale != 1 || !is_digit(text[start])) return std::nullopt;
  const bool word_goes_on = end + 1 < text.size() && is_word_char(text[end + 1]);
  const bool abbreviation = end + 2 < text.size() && text[end + 1] == '.' && is_letter(text[end + 2]);
  if (word_goes_on || abbreviation) return std::nullopt;
  constexpr std::array<double, 10> kVideoLines = {144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320};
  if (std::find(kVideoLines.begin(), kVideoLines.end(), number.value) != kVideoLines.end()) return std::nullopt;
  static const std::optional<UnitInfo> pence = find_unit(Type::Money, "pence");
  if (!pence) return std::nullopt;
  return UnitMatch{*pence, end + 1};
}

struct RateUnit {
  std::string_view spelling;
  std::string_view symbol;
  bool time = false;  // a span of time: a price per user may also be per month
};

// What a price or income is per: "$60 a barrel", "$5 per share", "$50,000 a year".
// Rates keep the denominator as written (normalized): "$500 per tonne" and "50 cents
// per kilogram" are different units and are never converted into each other. A user,
// seat, member, licence or agent is one denominator, "user": a price per seat is
// the price of one user's access, however the plan page names it.
constexpr std::array<RateUnit, 58> kRateUnits{{
    {"barrel", "bbl"},   {"bbl", "bbl"},        {"tonne", "t"},       {"metric ton", "t"},
    {"ton", "t"},        {"t", "t"},            {"kilogram", "kg"},   {"kilo", "kg"},
    {"kg", "kg"},        {"pound", "lb"},       {"lb", "lb"},         {"troy ounce", "oz"},
    {"ounce", "oz"},     {"oz", "oz"},          {"gallon", "gal"},    {"gal", "gal"},
    {"litre", "l"},      {"liter", "l"},        {"kwh", "kWh"},       {"kilowatt-hour", "kWh"},
    {"kilowatt hour", "kWh"}, {"mwh", "MWh"},   {"megawatt-hour", "MWh"}, {"mmbtu", "MMBtu"},
    {"million btu", "MMBtu"}, {"share", "share"}, {"year", "yr", true}, {"annum", "yr", true},
    {"yr", "yr", true},  {"month", "mo", true}, {"mo", "mo", true},   {"mth", "mo", true},
    {"week", "wk", true}, {"wk", "wk", true},   {"day", "d", true},   {"hour", "h", true},
    {"hr", "h", true},   {"night", "night", true}, {"person", "person"}, {"head", "person"},
    {"capita", "person"}, {"people", "person"}, {"sq ft", "sq ft"}, {"sq m", "m2"},
    {"square metre", "m2"}, {"square meter", "m2"}, {"square foot", "sq ft"},
    {"user", "user"},    {"seat", "user"},      {"member", "user"},   {"licence", "user"},
    {"license", "user"}, {"agent", "user"},     {"editor", "user"},   {"operator", "user"},
    {"active user", "user"}, {"named user", "user"}, {"team member", "user"},
}};
// An entry left out of a longer array would be an empty spelling, matching anywhere.
static_assert(std::ranges::none_of(kRateUnits, [](const RateUnit& u) { return u.spelling.empty(); }));

// Adverbs that are a time denominator on their own: "$29 monthly" is "$29 a month".
constexpr std::array<RateUnit, 6> kRateAdverbs{{
    {"monthly", "mo", true}, {"annually", "yr", true}, {"yearly", "yr", true},
    {"weekly", "wk", true},  {"daily", "d", true},     {"hourly", "h", true},
}};

struct Denominator {
  RateUnit unit;
  std::size_t end = 0;
  bool after_article = false;  // " a year", " an hour": may say when, not per what
};

// Any noun after "per" or "/" the table does not know: "per vehicle", "/night". It is
// the denominator as written, one word; a plural whose singular the table knows is
// that singular ("per persons", "per seats"), any other word is kept as written,
// because cutting an "s" is no sound rule ("per bus", "per series"). After "a", "an"
// or "each" only the table's words are read: "$5 billion a record" and "$500 each to
// the fund" name no denominator.
std::optional<Denominator> noun_denominator(std::string_view text, std::size_t pos) {
  auto word = denominator_word_at(text, pos);
  if (!word || classify_denominator(*word) != DenominatorWord::Noun) return std::nullopt;
  const std::size_t end = pos + word->size();
  if (word->back() == 's') {
    const std::string_view singular = word->substr(0, word->size() - 1);
    for (const RateUnit& unit : kRateUnits) {
      if (unit.spelling == singular) return Denominator{unit, end};
    }
  }
  return Denominator{RateUnit{*word, *word}, end};
}

// One denominator after `end`: " a barrel", " per tonne", "/mo", " monthly".
std::optional<Denominator> read_denominator(std::string_view text, std::size_t end) {
  std::optional<std::size_t> p;
  bool article = false;
  bool any_noun = false;  // "per" and "/" take any noun; "a", "an", "each" the table's
  for (std::string_view joint : {" a ", " an ", " per ", "/", " each "}) {
    if ((p = match_text(text, end, joint))) {
      article = joint == " a " || joint == " an ";
      any_noun = joint == " per " || joint == "/";
      break;
    }
  }
  if (!p) {
    auto space = match_space(text, end);
    if (!space) return std::nullopt;
    for (const RateUnit& adverb : kRateAdverbs) {
      if (auto e = match_word(text, *space, adverb.spelling)) return Denominator{adverb, *e};
    }
    return std::nullopt;
  }
  std::optional<Denominator> best;
  for (const RateUnit& unit : kRateUnits) {
    auto e = match_word(text, *p, unit.spelling);
    if (e && (!best || *e > best->end)) best = Denominator{unit, *e, article};
  }
  if (best || !any_noun) return best;
  return noun_denominator(text, *p);
}

// "$60 a barrel", "per tonne", "/bbl", "an hour", "per user per month", "/seat/mo":
// the denominator ("bbl", "user/mo") and where it ends. A rate of a thing and a time
// is written thing first whatever the order in the text: "per month per user" is
// "user/mo" too.
std::optional<std::pair<std::string, std::size_t>> read_rate(std::string_view text, std::size_t end) {
  // "$5 a year ago" is no rate: the figure was stated a year ago. "Per" always is one.
  auto stated_when = [&](const Denominator& d) {
    return d.after_article &&
           match_any_word(text, d.end, {" ago", " earlier", " later", " before", " after"}).has_value();
  };
  auto first = read_denominator(text, end);
  if (!first || stated_when(*first)) return std::nullopt;
  std::string symbol(first->unit.symbol);
  std::size_t stop = first->end;
  // "$1.20 per share a year earlier": the second says when, so the rate is per share.
  if (auto second = read_denominator(text, stop);
      second && second->unit.time != first->unit.time && !stated_when(*second)) {
    const RateUnit& thing = first->unit.time ? second->unit : first->unit;
    const RateUnit& when = first->unit.time ? first->unit : second->unit;
    symbol = std::string(thing.symbol) + "/" + std::string(when.symbol);
    stop = second->end;
  }
  return std::pair{symbol, stop};
}

// "and 43 cents" / " 43 cents" after a whole amount in the currency of those cents.
std::optional<std::pair<double, std::size_t>> read_minor_part(std::string_view text, std::size_t end,
                                                              const UnitInfo& major) {
  auto p = match_text(text, end, " and ");
  if (!p) p = match_space(text, end);
  if (!p || *p >= text.size() || !is_digit(text[*p])) return std::nullopt;
  NumberOptions options;
  options.fractions = options.mixed = options.scales = options.signs = false;
  auto number = read_number(text, *p, options);
  if (!number || number->value >= 100 || number->precision < 1) return std::nullopt;
  auto space = match_space(text, number->end);
  if (!space) return std::nullopt;
  auto unit = match_unit(Type::Money, text, *space);
  if (!unit || unit->info.factor == 1) return std::nullopt;
  // Bare cents are a hundredth of the dollar before them, whichever it is: "A$20 and 43 cents".
  const bool dollar_cents = unit->info.canonical == kBareDollar &&
                            (major.canonical == kBareDollar || is_dollar_code(major.canonical));
  if (unit->info.canonical != major.canonical && !dollar_cents) return std::nullopt;
  return std::pair{number->value * unit->info.factor, unit->end};
}

// "-$5 million", "minus $5 million": the sign before a currency symbol.
std::pair<bool, std::size_t> read_sign(std::string_view text, std::size_t pos) {
  if (auto p = match_any_word(text, pos, {"minus", "negative"})) {
    if (auto space = match_space(text, *p)) return {true, *space};
  }
  if (pos + 1 < text.size() && text[pos] == '-' && !is_digit(text[pos + 1]) && text[pos + 1] != ' ') {
    return {true, pos + 1};
  }
  return {false, pos};
}

std::optional<Magnitude> read_money_magnitude(std::string_view text, std::size_t pos) {
  NumberOptions options;
  options.fractions = options.mixed = false;
  options.money_scales = true;
  auto [negative, after_sign] = read_sign(text, pos);
  auto prefix = read_prefix(text, after_sign);
  if (!prefix) negative = false;  // "minus 5 dollars": read_number reads the sign
  const std::size_t start = prefix ? prefix->end : pos;
  auto number = read_number(text, start, options);
  if (!number) return std::nullopt;
  if (negative && number->value < 0) return std::nullopt;  // "-$-5": no amount anyone writes
  number->ungrouped = false;  // an amount of money is shown grouped: "USD 1,500"
  if (negative) {
    number->value = -number->value;
    number->unscaled = -number->unscaled;
  }
  Magnitude m{*number, std::nullopt, number->end};
  if (prefix) {
    m.unit = prefix->info;
    m.end = after_no_cents(text, m.end, *number);
  } else if (auto unit = read_suffix(text, number->end)) {
    m.unit = unit->info;
    m.end = unit->end;
  } else if (auto pence = read_attached_pence(text, *number, start)) {
    m.unit = pence->info;
    m.end = pence->end;
  } else {
    return m;  // a bare figure: "3 to 5 dollars" lends it the currency
  }
  if (m.unit->factor == 1 && number->scale == 1) {
    if (auto minor = read_minor_part(text, m.end, *m.unit)) {
      m.number.value += m.number.value < 0 ? -minor->first : minor->first;
      m.number.unscaled = m.number.value;
      m.number.precision = 0.01;
      m.end = minor->second;
    }
  }
  if (auto rate = read_rate(text, m.end)) {
    // The rate is part of the unit: "USD/bbl" only meets "USD/bbl".
    UnitInfo per = *m.unit;
    per.symbol = per.canonical + "/" + rate->first;
    per.canonical = per.symbol;
    m.unit = per;
    m.end = rate->second;
  }
  return m;
}

}  // namespace

bool currency_before(std::string_view text, std::size_t pos) {
  constexpr std::size_t kLongestPrefix = 6;  // "us$ ", "usd ", "eur "
  for (std::size_t back = 1; back <= kLongestPrefix && back <= pos; ++back) {
    const std::size_t start = pos - back;
    if (start > 0 && is_word_char(text[start - 1])) continue;  // "...usd" inside a word
    if (auto prefix = read_prefix(text, start); prefix && prefix->end == pos) return true;
  }
  return false;
}

void read_money(std::string_view text, std::size_t pos, Readings& out) {
  AmountOptions options;
  options.unit_required = true;
  options.threshold = ThresholdVerbs::Amount;
  options.suffixes_after_unit = true;
  for (const Amount& amount : read_amounts(text, pos, read_money_magnitude, options)) {
    out.matches.push_back({pos, amount.end, amount_value(Type::Money, text, pos, amount)});
  }
}

}  // namespace factlint::value::detail
