// The canonical JSON of a value (a contract, docs/contracts.md#parse-output; used by `factlint parse` and reports).
#pragma once

#include <nlohmann/json.hpp>

#include "value/value.h"

namespace factlint::value {

// {"type","text","lo","hi","lo_inclusive","hi_inclusive","approx","unit","display"}, plus
// "grain" for temporal values whose lo/hi are ISO strings at that grain, "vague" when set,
// "precision" when non-zero, and "original_unit" when there is one. Infinite ends are null.
// Lengths, areas, masses, volumes, energy, power and speed print lo/hi/precision rounded
// to 0.1 of the canonical unit; the Value keeps full precision.
nlohmann::json to_json(const Value& value);

// to_json's "lo" or "hi" for `end`, an end of `value`: null when infinite, the day at
// the value's grain for dates, the version key for versions, else the number to twelve
// significant digits. Reports write a value's normalized form from these.
nlohmann::json end_json(const Value& value, double end);
// A number to twelve significant digits, as to_json prints ends and "precision".
double significant(double v);

}  // namespace factlint::value
