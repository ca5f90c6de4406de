// Reading `known` declarations into values.
#include "compare/known_values.h"

#include <algorithm>

#include "doc/normalizer.h"
#include "match/fact_key.h"
#include "value/scan.h"

namespace factlint::compare {

std::optional<value::Value> known_value(const lang::FactDecl& fact, const lang::RuleSet& rules,
                                        const std::string& key) {
  auto type = value::type_from_name(fact.value.type);
  if (!type) return std::nullopt;
  for (const lang::KnownValue& known : fact.known) {
    if (match::fact_key(fact, known.roles) != key) continue;
    auto reading = value::first_value(*type, doc::normalize(known.value_text).text, {});
    if (reading) {
      reading->value.text = known.value_text;
      return reading->value;
    }
  }
  (void)rules;
  return std::nullopt;
}

}  // namespace factlint::compare
