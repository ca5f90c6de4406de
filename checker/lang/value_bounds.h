// `values 1 million to 50 million`, `values below 10`, `values above $1`: reading a
// fact's plausible values (docs/rules.md "Plausible values").
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "lang/ast.h"

namespace factlint::lang {

// The bounds written after `values`, each read as a value of the fact
// (lang/written_value.h), so in its canonical unit: "A to B" (both included),
// "below B", "above A" (the bound itself excluded). The error message when they do
// not read.
std::variant<ValueBounds, std::string> read_value_bounds(const FactDecl& fact, std::string_view text);

// The bounds as an author reads them: "1 million to 50 million", "below 10".
std::string describe_bounds(const FactDecl& fact);

// The currencies of a fact's `currency` option as an author reads them: "JPY", "KES
// or USD", "EUR, GBP or USD".
std::string describe_currencies(const FactDecl& fact);

}  // namespace factlint::lang
