// Why a value an editor or rule author wrote cannot be read as its fact's type, as a
// hint to append to the error: a misspelt unit ("310 megawats": did you mean
// "310 megawatts"?) or a missing one ("2149" for a power). Decisions, `known` values and
// examples share it, as they share lang/written_value.h.
#pragma once

#include <string>
#include <string_view>

#include "value/value_type.h"

namespace factlint::lang {

// "; did you mean '310 megawatts'?", "; a power needs its unit, such as '2149 MW'", or
// "" when neither applies. `example_unit`: a unit the fact's statements write ("MW"),
// for the second hint; "" for none.
std::string unreadable_value_hint(value::Type type, std::string_view text, std::string_view example_unit = "");

}  // namespace factlint::lang
