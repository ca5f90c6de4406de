// Resolving a bare "$", "¥", "Sh" or "kr" to a currency; see currency_reading.h.
#include "value/currency_reading.h"

#include <algorithm>

#include "value/units.h"

namespace factlint::value {

namespace {

// The ISO 4217 currencies named dollar. Only those the unit table knows are offered,
// so a setting never names a currency no document can be read in.
constexpr std::string_view kIsoDollars[] = {"AUD", "BBD", "BMD", "BND", "BSD", "BZD", "CAD", "FJD",
                                            "GYD", "HKD", "JMD", "KYD", "LRD", "NAD", "NZD", "SBD",
                                            "SGD", "SRD", "TTD", "TWD", "USD", "XCD"};
// The currencies "¥" stands for: the yen, and in Chinese usage the yuan.
constexpr std::string_view kYens[] = {"CNY", "JPY"};
// The shillings of East Africa, whose papers write "Sh" and "Shs" for their own.
constexpr std::string_view kShillings[] = {"KES", "SOS", "TZS", "UGX"};
// The crowns: "kroner" (Norway, Denmark), "kr" (all of Scandinavia), "crowns" (English
// for each, the Czech koruna too).
constexpr std::string_view kKrones[] = {"CZK", "DKK", "ISK", "NOK", "SEK"};
// A narrower sign a bare sign's setting also reads: as the setting's code when that is
// one of `iso`, else as `otherwise`. "krona" (value/units.cc) is the singular of Sweden
// and Iceland both (Iceland's plural "krónur" is always ISK, Sweden's "kronor" always
// SEK): the krone setting's krona under ISK or SEK, Swedish under NOK, DKK or CZK (no
// Norwegian or Dane writes it).
struct NarrowSign {
  std::string_view sign;        // the unit the money reader gives it until resolved
  std::string BareCodes::*code;  // the setting that reads it
  std::span<const std::string_view> iso;
  std::string_view otherwise;
};
constexpr std::string_view kKronas[] = {"ISK", "SEK"};
const NarrowSign kNarrowSigns[] = {{"krona", &BareCodes::krone, kKronas, "SEK"}};

template <typename Codes>
std::vector<std::string> known(const Codes& codes) {
  std::vector<std::string> out;
  for (std::string_view code : codes) {
    if (auto unit = find_unit(Type::Money, code); unit && unit->canonical == code) out.emplace_back(code);
  }
  return out;
}

// Built of literals only, so reading it needs nothing else initialized first (the
// rule language's keywords list its names).
std::vector<BareCurrency> build_table() {
  std::vector<BareCurrency> table = {
      {"dollar", kBareDollar, "'$'", "'$', 'dollar' or 'cents'", "USD or another dollar (AUD, CAD, HKD, NZD, SGD, ...)",
       "'US$', 'A$', 'USD', 'AUD'", "a dollar currency's code such as 'USD', 'AUD', 'CAD' or 'NZD'", kDefaultDollar,
       &BareCodes::dollar, kIsoDollars},
      {"yen", kBareYen, "'¥'", "'¥'", "JPY (yen) or CNY (yuan)", "'yen', 'yuan', 'RMB'",
       "a yen currency's code: 'JPY' or 'CNY'", kDefaultYen, &BareCodes::yen, kYens},
      {"shilling", kBareShilling, "'Sh'", "'Sh', 'Shs' or 'shillings'",
       "KES (Kenya), UGX (Uganda), TZS (Tanzania) or SOS (Somalia)", "'KSh', 'USh', 'TSh', 'UGX', 'Kenya shillings'",
       "a shilling currency's code: 'KES', 'UGX', 'TZS' or 'SOS'", kDefaultShilling, &BareCodes::shilling,
       kShillings},
      {"krone", kBareKrone, "'kr'", "'kr', 'kroner' or 'crowns' (and 'krona' under SEK or ISK)",
       "NOK (Norway), DKK (Denmark), SEK (Sweden), ISK (Iceland) or CZK (Czech crowns)",
       "'NOK', 'Norwegian kroner', 'Danish kroner', 'kronor' (SEK), 'krónur' (ISK)",
       "a krone currency's code: 'NOK', 'DKK', 'SEK', 'ISK' or 'CZK'", kDefaultKrone, &BareCodes::krone, kKrones},
  };
  return table;
}

// `text` with the bare sign `sign` replaced by `code` where it leads the text or a
// rate's "/": "$", "$/bbl".
bool resolve(std::string& text, std::string_view sign, std::string_view code) {
  if (text.compare(0, sign.size(), sign) != 0) return false;
  if (text.size() != sign.size() && text[sign.size()] != '/') return false;
  text.replace(0, sign.size(), code);
  return true;
}

// Every `sign` in `display` replaced by `code`: a display holds the sign only where the
// money reader put the unit ("$ 102 million", "about $ 5-6 billion", "60 $/bbl").
std::string renamed(std::string display, std::string_view sign, std::string_view code) {
  for (std::size_t at = display.find(sign); at != std::string::npos; at = display.find(sign, at + code.size())) {
    display.replace(at, sign.size(), code);
  }
  return display;
}

Value resolved(Value value, std::string_view sign, std::string_view code) {
  if (code.empty() || !resolve(value.unit, sign, code)) return value;
  resolve(value.original_unit, sign, code);  // "cents" stays as written
  value.display = renamed(std::move(value.display), sign, code);
  return value;
}

}  // namespace

const std::vector<std::string>& BareCurrency::codes() const {
  static const std::vector<std::vector<std::string>> all = [] {
    std::vector<std::vector<std::string>> out;
    for (const BareCurrency& b : bare_currencies()) out.push_back(known(b.iso));
    return out;
  }();
  return all.at(static_cast<std::size_t>(this - bare_currencies().data()));
}

bool BareCurrency::takes(std::string_view c) const {
  return std::find(codes().begin(), codes().end(), c) != codes().end();
}

const std::vector<BareCurrency>& bare_currencies() {
  static const std::vector<BareCurrency> table = build_table();
  return table;
}

const BareCurrency* bare_currency(std::string_view name) {
  for (const BareCurrency& b : bare_currencies()) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

bool is_bare_sign(std::string_view unit) {
  return std::any_of(bare_currencies().begin(), bare_currencies().end(),
                     [&](const BareCurrency& b) { return b.sign == unit; }) ||
         std::any_of(std::begin(kNarrowSigns), std::end(kNarrowSigns),
                     [&](const NarrowSign& n) { return n.sign == unit; });
}

BareCodes overlaid(BareCodes base, const BareCodes& over) {
  for (const BareCurrency& b : bare_currencies()) {
    if (!(over.*b.code).empty()) base.*b.code = over.*b.code;
  }
  return base;
}

const std::vector<std::string>& dollar_codes() { return bare_currency("dollar")->codes(); }
const std::vector<std::string>& yen_codes() { return bare_currency("yen")->codes(); }
const std::vector<std::string>& shilling_codes() { return bare_currency("shilling")->codes(); }
bool is_dollar_code(std::string_view code) { return bare_currency("dollar")->takes(code); }
bool is_yen_code(std::string_view code) { return bare_currency("yen")->takes(code); }

Value with_currencies(Value value, const BareCodes& codes) {
  if (value.type != Type::Money) return value;
  for (const BareCurrency& b : bare_currencies()) value = resolved(std::move(value), b.sign, codes.*b.code);
  for (const NarrowSign& n : kNarrowSigns) {
    const std::string& code = codes.*n.code;
    if (code.empty()) continue;  // as written, for the matcher to resolve per fact
    const bool named = std::find(n.iso.begin(), n.iso.end(), code) != n.iso.end();
    value = resolved(std::move(value), n.sign, named ? std::string_view(code) : n.otherwise);
  }
  return value;
}

std::string_view currency_of(const Value& value) {
  if (value.type != Type::Money) return {};
  std::string_view unit = value.unit;
  return unit.substr(0, unit.find('/'));
}

bool is_currency_code(std::string_view code) {
  if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return false;
  }
  auto unit = find_unit(Type::Money, code);
  return unit && unit->canonical == code;
}

const std::vector<std::string>& currency_codes() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> out;
    for (std::string name : unit_names(Type::Money)) {
      // The table spells codes as writers do, in either case ("usd").
      for (char& c : name) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      if (is_currency_code(name)) out.push_back(name);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }();
  return codes;
}

}  // namespace factlint::value
