// A value as a rule author or an editor writes it: a `known` value, an example's
// expected value, a decision's value. One reading serves all of them, so a value lint
// accepts is the value the comparison and the rule tests use (docs/rules.md, "Known
// values").
#pragma once

#include <optional>
#include <string_view>

#include "lang/ast.h"
#include "value/value.h"
#include "value/value_type.h"

namespace factlint::lang {

// `text` normalized as documents are, then read as `type` ("3,027 km²", "about 10 km",
// "the end of 1999"): words may frame the reading before it, nothing but punctuation
// follows it ("$1.15 bilion" is no value, not $1.15), and no other figure stands beside
// it ("10 km, then 12 km"); a plain number ("6", "1,200") stands for itself in a count,
// number or ordinal. An amount of a fact whose amounts are per
// something (`per_unit`, value/per_unit.h; "" for none) is per that: "$35" is $35 per
// vehicle, and "$30 per person" no value of it. The value's text is `text`.
std::optional<value::Value> read_written_value(value::Type type, std::string_view text, std::string_view per_unit);

// The same, with the fact's value type and denominator; a bare "$" or "¥" is read as
// the fact's `dollar` or `yen` says (the US dollar and the yen without them); nullopt
// for an unknown type.
std::optional<value::Value> read_written_value(const FactDecl& fact, std::string_view text);

}  // namespace factlint::lang
