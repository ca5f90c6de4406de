// Resolving a bare "$" or "¥" to a currency; see currency_reading.h.
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

template <typename Codes>
std::vector<std::string> known(const Codes& codes) {
  std::vector<std::string> out;
  for (std::string_view code : codes) {
    if (auto unit = find_unit(Type::Money, code); unit && unit->canonical == code) out.emplace_back(code);
  }
  return out;
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

const std::vector<std::string>& dollar_codes() {
  static const std::vector<std::string> codes = known(kIsoDollars);
  return codes;
}

const std::vector<std::string>& yen_codes() {
  static const std::vector<std::string> codes = known(kYens);
  return codes;
}

bool is_dollar_code(std::string_view code) {
  return std::find(dollar_codes().begin(), dollar_codes().end(), code) != dollar_codes().end();
}

bool is_yen_code(std::string_view code) {
  return std::find(yen_codes().begin(), yen_codes().end(), code) != yen_codes().end();
}

Value with_currencies(Value value, std::string_view dollar, std::string_view yen) {
  if (value.type != Type::Money) return value;
  return resolved(resolved(std::move(value), kBareDollar, dollar), kBareYen, yen);
}

}  // namespace factlint::value
