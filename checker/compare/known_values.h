// Canonical values editors declared in the rules (`known`), looked up by fact key.
#pragma once

#include <optional>
#include <string>

#include "lang/ast.h"
#include "value/value.h"

namespace factlint::compare {

// The known value declared for `key` of `fact` in `scope` (a year, or "" for a
// timeless fact), read with the fact's value type, with the declaration it comes from:
// one declared for that year (`in 2023`) first, then one declared for every year;
// nullopt when none is declared or its text holds no value of that type.
struct KnownReading {
  value::Value value;
  const lang::KnownValue* declared = nullptr;
};
std::optional<KnownReading> known_reading(const lang::FactDecl& fact, const std::string& key, const std::string& scope);

// "rules/x.facts:49: Pricing committee, 2025-01": where a known value is declared and
// the source it gives, as reports cite a decision ("factlint.decisions.toml:3: ...").
std::string known_origin(const lang::KnownValue& known);

// `text` read as a value of the fact's value type ("4,209 km", "6th"); nullopt when
// it holds none. The value's text is `text` as given.
std::optional<value::Value> read_value(const lang::FactDecl& fact, const std::string& text);

}  // namespace factlint::compare
