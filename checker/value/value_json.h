// The canonical JSON of a value (design.md §5 contract, used by `factlint parse` and reports).
#pragma once

#include <nlohmann/json.hpp>

#include "value/value.h"

namespace factlint::value {

// {"type","text","lo","hi","lo_inclusive","hi_inclusive","approx","unit","display"}, plus
// "grain" for temporal values whose lo/hi are ISO strings at that grain, "vague" when set,
// "precision" when non-zero, and "original_unit". Infinite ends are null.
nlohmann::json to_json(const Value& value);

}  // namespace factlint::value
