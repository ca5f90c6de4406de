// Turning an interval read by the amount reader into a Value of a given type.
#include <cmath>

#include "value/reading.h"

namespace factlint::value::detail {

Value amount_value(Type type, std::string_view text, std::size_t begin, const Amount& amount) {
  Value v;
  v.type = type;
  v.lo = amount.lo;
  v.hi = amount.hi;
  v.lo_inclusive = amount.lo_inclusive;
  v.hi_inclusive = amount.hi_inclusive;
  v.approx = amount.approx;
  v.vague = amount.vague;
  v.precision = amount.precision;
  if (amount.unit) {
    v.unit = amount.unit->canonical;
    v.original_unit = amount.unit->symbol;
  }
  v.text = std::string(text.substr(begin, amount.end - begin));
  v.display = amount.display;
  return v;
}

}  // namespace factlint::value::detail
