// Units of measure and currencies: names as written in text and rule files, and
// their factor to the canonical unit of their value type.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "value/value_type.h"

namespace factlint::value {

struct UnitInfo {
  std::string symbol;      // normalized short form: "mi", "km", "kg", "USD"
  std::string canonical;   // canonical unit of the type: "m", "kg", "USD"
  double factor = 1;       // canonical = amount * factor + offset (currencies: 1, never converted)
  double offset = 0;       // temperatures only: degF and K are shifted from degC
};

// Looks up a unit name as a rule author or writer spells it ("km", "kilometres",
// "miles", "mile", "sq mi", "yuan"), for quantity and money types. nullopt when
// the unit does not belong to `type`.
std::optional<UnitInfo> find_unit(Type type, std::string_view name);
// Every spelling accepted for `type`, for "did you mean".
std::vector<std::string> unit_names(Type type);

// The unit of an absolute tolerance, `compare within N unit`: a unit of `type`, and
// for percentages the percentage point ("within 0.1 pp": 5.6% and 5.7% agree),
// which is no unit of a value in the text ("30 points" is a score, not a percent).
std::optional<UnitInfo> find_tolerance_unit(Type type, std::string_view name);
std::vector<std::string> tolerance_unit_names(Type type);

}  // namespace factlint::value
