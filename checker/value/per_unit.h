// Amounts per something: a fact whose amounts of money are all per vehicle, per
// person or per month (docs/rules.md "Amounts per something": `-> fee: money per
// vehicle`). A plain amount in such a fact is read as the rate; a rate per anything
// else is not the fact's value.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "value/value.h"

namespace factlint::value {

// The denominator a rule author wrote after `per`, as the money reader reads it after
// "per" in a document: "vehicle" -> "vehicle", "head" and "persons" -> "person",
// "seat per month" and "user/mo" -> "user/mo", "month" -> "mo". nullopt when the
// reader would read no denominator there ("cent", "the", "1000", "").
std::optional<std::string> read_denominator(std::string_view written);

// `value` as an amount per `denominator` (a result of read_denominator):
//   "$35" (USD), "vehicle"            -> 35 USD/vehicle, display "35 USD/vehicle"
//   "$35 per vehicle", "vehicle"      -> itself
//   "$30 per person", "vehicle"       -> nullopt: not an amount per vehicle
// A value of another type than money, or an empty denominator, is returned as it is.
std::optional<Value> per_denominator(const Value& value, std::string_view denominator);

}  // namespace factlint::value
