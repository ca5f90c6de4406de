// Reading `known` declarations into values.
#include "compare/known_values.h"

#include <algorithm>

#include "doc/normalizer.h"
#include "match/fact_key.h"
#include "value/per_unit.h"
#include "value/scan.h"

namespace factlint::compare {

std::optional<value::Value> read_value(const lang::FactDecl& fact, const std::string& text) {
  auto type = value::type_from_name(fact.value.type);
  if (!type) return std::nullopt;
  auto reading = value::first_value(*type, doc::normalize(text).text, {});
  if (!reading) return std::nullopt;
  reading->value.text = text;
  // A known "$35" of a fact per vehicle is $35 per vehicle (docs/rules.md "Amounts per something").
  return value::per_denominator(reading->value, fact.per_unit);
}

std::optional<value::Value> known_value(const lang::FactDecl& fact, const std::string& key) {
  for (const lang::KnownValue& known : fact.known) {
    if (match::fact_key(fact, known.roles) != key) continue;
    if (auto v = read_value(fact, known.value_text)) return v;
  }
  return std::nullopt;
}

}  // namespace factlint::compare
