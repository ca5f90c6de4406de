// Amounts per something; see per_unit.h.
#include "value/per_unit.h"

#include "value/scan.h"

namespace factlint::value {

std::optional<std::string> read_denominator(std::string_view written) {
  // Read as a document's "$1 per ..." would be: lowercase, one space between words.
  std::string phrase = "$1 per ";
  const std::size_t prefix = phrase.size();
  for (char c : written) {
    const bool blank = c == ' ' || c == '\t';
    if (blank && (phrase.size() == prefix || phrase.back() == ' ')) continue;
    phrase += blank ? ' ' : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  while (phrase.size() > prefix && phrase.back() == ' ') phrase.pop_back();
  if (phrase.size() == prefix) return std::nullopt;
  auto reading = first_value(Type::Money, phrase, {});
  if (!reading || reading->begin != 0 || reading->end != phrase.size()) return std::nullopt;
  const std::string& unit = reading->value.unit;
  const std::size_t slash = unit.find('/');
  if (slash == std::string::npos) return std::nullopt;
  return unit.substr(slash + 1);
}

std::optional<Value> per_denominator(const Value& value, std::string_view denominator) {
  if (value.type != Type::Money || denominator.empty()) return value;
  const std::size_t slash = value.unit.find('/');
  if (slash != std::string::npos) {
    if (std::string_view(value.unit).substr(slash + 1) == denominator) return value;
    return std::nullopt;
  }
  Value out = value;
  const std::string currency = value.unit;
  out.unit = currency + "/" + std::string(denominator);
  out.original_unit = out.unit;
  // "USD 35" reads "35 USD/vehicle", as "$35 per vehicle" does.
  if (auto at = out.display.find(currency + " "); at != std::string::npos) {
    out.display.erase(at, currency.size() + 1);
  }
  out.display += " " + out.unit;
  return out;
}

}  // namespace factlint::value
