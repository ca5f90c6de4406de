// Reading `known` declarations into values.
#include "compare/known_values.h"

#include <algorithm>

#include "match/fact_key.h"
#include "lang/written_value.h"

namespace factlint::compare {

std::optional<value::Value> read_value(const lang::FactDecl& fact, const std::string& text) {
  return lang::read_written_value(fact, text);
}

std::optional<value::Value> known_value(const lang::FactDecl& fact, const std::string& key, const std::string& scope) {
  for (const std::string& year : {scope, std::string()}) {
    for (const lang::KnownValue& known : fact.known) {
      if (known.year != year || match::fact_key(fact, known.roles) != key) continue;
      if (auto v = read_value(fact, known.value_text)) return v;
    }
    if (year.empty()) break;
  }
  return std::nullopt;
}

}  // namespace factlint::compare
