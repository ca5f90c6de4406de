// Units of measure and currencies: every spelling we accept, its normalized symbol
// and its factor to the canonical unit of its type (m, m2, kg, m3, J, W, m/s, %, ISO code).
#include "value/units.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "value/text_cursor.h"
#include "value/unit_table.h"

namespace factlint::value {

namespace detail {

namespace {

struct UnitRow {
  Type type;
  const char* symbol;
  double factor;
  std::initializer_list<const char*> spellings;
};

// Exact conversion factors (international mile, foot, pound; US gallon, barrel).
// "ton" is the US short ton; "tonne"/"metric ton" 1000 kg. Currencies are never
// converted, so their factor is 1 and their canonical unit is their own code.
// "¥" is read as yen (its ISO meaning); "yuan"/"renminbi"/"rmb" are CNY.
const std::initializer_list<UnitRow> kRows = {
    // Length, canonical m.
    {Type::Length, "m", 1, {"m", "meter", "meters", "metre", "metres"}},
    {Type::Length, "km", 1000, {"km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"}},
    {Type::Length, "cm", 0.01, {"cm", "centimeter", "centimeters", "centimetre", "centimetres"}},
    {Type::Length, "mm", 0.001, {"mm", "millimeter", "millimeters", "millimetre", "millimetres"}},
    {Type::Length, "mi", 1609.344, {"mi", "mile", "miles", "statute mile", "statute miles"}},
    {Type::Length, "nmi", 1852, {"nmi", "nautical mile", "nautical miles"}},
    {Type::Length, "ft", 0.3048, {"ft", "foot", "feet"}},
    {Type::Length, "yd", 0.9144, {"yd", "yds", "yard", "yards"}},
    {Type::Length, "in", 0.0254, {"inch", "inches"}},
    // Area, canonical m2.
    {Type::Area, "m2", 1, {"m2", "sq m", "sq. m", "square meter", "square meters", "square metre",
                           "square metres"}},
    {Type::Area, "km2", 1e6, {"km2", "sq km", "sq. km", "square kilometer", "square kilometers",
                              "square kilometre", "square kilometres", "square km"}},
    {Type::Area, "ha", 1e4, {"ha", "hectare", "hectares"}},
    {Type::Area, "acre", 4046.8564224, {"acre", "acres"}},
    {Type::Area, "sq mi", 2589988.110336, {"sq mi", "sq. mi", "sq. mi.", "sq miles", "mi2",
                                           "square mile", "square miles"}},
    {Type::Area, "sq ft", 0.09290304, {"sq ft", "sq. ft", "sq. ft.", "ft2", "square foot",
                                       "square feet"}},
    // Mass, canonical kg.
    {Type::Mass, "kg", 1, {"kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes",
                           "kilo", "kilos"}},
    {Type::Mass, "g", 0.001, {"g", "gram", "grams", "gramme", "grammes"}},
    {Type::Mass, "mg", 1e-6, {"mg", "milligram", "milligrams"}},
    {Type::Mass, "t", 1000, {"t", "tonne", "tonnes", "metric ton", "metric tons"}},
    {Type::Mass, "ton", 907.18474, {"ton", "tons", "short ton", "short tons"}},
    {Type::Mass, "long ton", 1016.0469088, {"long ton", "long tons"}},
    {Type::Mass, "lb", 0.45359237, {"lb", "lbs", "pound", "pounds"}},
    {Type::Mass, "oz", 0.028349523125, {"oz", "ounce", "ounces"}},
    // Volume, canonical m3.
    {Type::Volume, "m3", 1, {"m3", "cubic meter", "cubic meters", "cubic metre", "cubic metres",
                             "cu m"}},
    {Type::Volume, "km3", 1e9, {"km3", "cubic kilometer", "cubic kilometers", "cubic kilometre",
                                "cubic kilometres"}},
    {Type::Volume, "bcm", 1e9, {"bcm", "bcm/y", "billion cubic meters", "billion cubic metres"}},
    {Type::Volume, "l", 0.001, {"l", "liter", "liters", "litre", "litres"}},
    {Type::Volume, "ml", 1e-6, {"ml", "milliliter", "milliliters", "millilitre", "millilitres"}},
    {Type::Volume, "gal", 0.003785411784, {"gal", "gallon", "gallons", "us gallon", "us gallons"}},
    {Type::Volume, "bbl", 0.158987294928, {"bbl", "barrel", "barrels"}},
    {Type::Volume, "cu ft", 0.028316846592, {"cu ft", "ft3", "cubic foot", "cubic feet"}},
    // Energy, canonical J.
    {Type::Energy, "J", 1, {"j", "joule", "joules"}},
    {Type::Energy, "kJ", 1e3, {"kj", "kilojoule", "kilojoules"}},
    {Type::Energy, "MJ", 1e6, {"mj", "megajoule", "megajoules"}},
    {Type::Energy, "GJ", 1e9, {"gj", "gigajoule", "gigajoules"}},
    {Type::Energy, "Wh", 3600, {"wh", "watt-hour", "watt-hours", "watt hour", "watt hours"}},
    {Type::Energy, "kWh", 3.6e6, {"kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hour",
                                  "kilowatt hours"}},
    {Type::Energy, "MWh", 3.6e9, {"mwh", "megawatt-hour", "megawatt-hours", "megawatt hour",
                                  "megawatt hours"}},
    {Type::Energy, "GWh", 3.6e12, {"gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hour",
                                   "gigawatt hours"}},
    {Type::Energy, "TWh", 3.6e15, {"twh", "terawatt-hour", "terawatt-hours", "terawatt hour",
                                   "terawatt hours"}},
    {Type::Energy, "cal", 4.184, {"cal", "calorie", "calories"}},
    {Type::Energy, "kcal", 4184, {"kcal", "kilocalorie", "kilocalories"}},
    {Type::Energy, "BTU", 1055.05585262, {"btu", "btus", "british thermal unit",
                                          "british thermal units"}},
    // Power, canonical W.
    {Type::Power, "W", 1, {"w", "watt", "watts"}},
    {Type::Power, "kW", 1e3, {"kw", "kilowatt", "kilowatts"}},
    {Type::Power, "MW", 1e6, {"mw", "megawatt", "megawatts"}},
    {Type::Power, "GW", 1e9, {"gw", "gigawatt", "gigawatts"}},
    {Type::Power, "TW", 1e12, {"tw", "terawatt", "terawatts"}},
    {Type::Power, "hp", 745.69987158227022, {"hp", "horsepower", "horse power"}},
    // Speed, canonical m/s.
    {Type::Speed, "m/s", 1, {"m/s", "mps", "meters per second", "metres per second",
                             "meters a second", "metres a second"}},
    {Type::Speed, "km/h", 1000.0 / 3600.0, {"km/h", "kmh", "kph", "km/hr", "km per hour",
                                            "kilometers per hour", "kilometres per hour",
                                            "kilometers an hour", "kilometres an hour",
                                            "kilometer-per-hour", "kilometre-per-hour"}},
    {Type::Speed, "mph", 0.44704, {"mph", "mi/h", "miles per hour", "miles an hour",
                                   "mile-per-hour", "mile-an-hour"}},
    {Type::Speed, "kn", 1852.0 / 3600.0, {"kn", "kt", "kts", "knot", "knots"}},
    // Percent, canonical %.
    {Type::Percent, "%", 1, {"%", "percent", "per cent", "pct", "per-cent"}},
    // Money: ISO codes, never converted.
    {Type::Money, "USD", 1, {"usd", "us$", "$", "us dollar", "us dollars", "u.s. dollar",
                             "u.s. dollars", "dollar", "dollars"}},
    {Type::Money, "EUR", 1, {"eur", "€", "euro", "euros"}},
    {Type::Money, "GBP", 1, {"gbp", "£", "pound sterling", "pounds sterling", "sterling",
                             "pound", "pounds", "quid"}},
    {Type::Money, "CNY", 1, {"cny", "rmb", "yuan", "renminbi", "chinese yuan"}},
    {Type::Money, "JPY", 1, {"jpy", "¥", "yen"}},
    {Type::Money, "RUB", 1, {"rub", "ruble", "rubles", "rouble", "roubles", "₽"}},
    {Type::Money, "INR", 1, {"inr", "₹", "rupee", "rupees"}},
    {Type::Money, "CHF", 1, {"chf", "swiss franc", "swiss francs"}},
    {Type::Money, "CAD", 1, {"cad", "c$", "canadian dollar", "canadian dollars"}},
    {Type::Money, "AUD", 1, {"aud", "a$", "australian dollar", "australian dollars"}},
    {Type::Money, "HKD", 1, {"hkd", "hk$", "hong kong dollar", "hong kong dollars"}},
};

std::string canonical_unit(Type type, const char* symbol) {
  switch (type) {
    case Type::Length: return "m";
    case Type::Area: return "m2";
    case Type::Mass: return "kg";
    case Type::Volume: return "m3";
    case Type::Energy: return "J";
    case Type::Power: return "W";
    case Type::Speed: return "m/s";
    case Type::Percent: return "%";
    case Type::Money: return symbol;
    default: return "";
  }
}

std::vector<UnitSpelling> build_spellings() {
  std::vector<UnitSpelling> out;
  for (const UnitRow& row : kRows) {
    UnitInfo info{row.symbol, canonical_unit(row.type, row.symbol), row.factor};
    for (const char* spelling : row.spellings) out.push_back({row.type, spelling, info});
  }
  std::stable_sort(out.begin(), out.end(), [](const UnitSpelling& a, const UnitSpelling& b) {
    return a.spelling.size() > b.spelling.size();
  });
  return out;
}

// Compares a spelling with the text at pos, a space in the spelling matching ' ' or '-'.
bool spelled_at(std::string_view text, std::size_t pos, std::string_view spelling) {
  if (pos + spelling.size() > text.size()) return false;
  for (std::size_t i = 0; i < spelling.size(); ++i) {
    const char c = text[pos + i];
    if (spelling[i] == ' ' ? (c != ' ' && c != '-') : c != spelling[i]) return false;
  }
  return true;
}

}  // namespace

const std::vector<UnitSpelling>& unit_spellings() {
  static const std::vector<UnitSpelling> spellings = build_spellings();
  return spellings;
}

// Spellings of each type by first byte, longest first: match_unit runs after every figure.
using SpellingIndex = std::vector<std::array<std::vector<const UnitSpelling*>, 256>>;

const SpellingIndex& spelling_index() {
  static const SpellingIndex index = [] {
    SpellingIndex out(static_cast<std::size_t>(Type::Date) + 1);
    for (const auto& entry : unit_spellings()) {
      const auto first = static_cast<unsigned char>(entry.spelling[0]);
      out[static_cast<std::size_t>(entry.type)][first].push_back(&entry);
    }
    return out;
  }();
  return index;
}

std::optional<UnitMatch> match_unit(Type type, std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  const auto first = static_cast<unsigned char>(text[pos]);
  for (const UnitSpelling* candidate : spelling_index()[static_cast<std::size_t>(type)][first]) {
    const UnitSpelling& entry = *candidate;
    if (!spelled_at(text, pos, entry.spelling)) continue;
    const std::size_t end = pos + entry.spelling.size();
    const char last = entry.spelling.back();
    const bool word_last = is_word_char(last);
    if (word_last && !ends_word(text, end)) continue;
    return UnitMatch{entry.info, end};
  }
  return std::nullopt;
}

}  // namespace detail

namespace {

// Rule authors write "KM", "Kilometres" or "USD"; the table is lowercase.
std::string fold_case(std::string_view name) {
  std::string out(name);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::optional<UnitInfo> find_unit(Type type, std::string_view name) {
  const std::string folded = fold_case(name);
  for (const auto& entry : detail::unit_spellings()) {
    if (entry.type == type && entry.spelling == folded) return entry.info;
  }
  // Case-sensitive symbols ("kWh", "MW") also match as written in the table.
  for (const auto& entry : detail::unit_spellings()) {
    if (entry.type == type && entry.info.symbol == name) return entry.info;
  }
  return std::nullopt;
}

std::vector<std::string> unit_names(Type type) {
  std::vector<std::string> out;
  for (const auto& entry : detail::unit_spellings()) {
    if (entry.type == type) out.push_back(entry.spelling);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace factlint::value
