// One end of a range of figures: "24 to 79 km" gives 24 km or 79 km.
#include "value/range_end.h"

#include <cmath>

#include "value/number_format.h"
#include "value/number_reader.h"
#include "value/units.h"

namespace factlint::value {

std::optional<Value> figure_range_end(const Value& value, bool start) {
  if (value.vague || !std::isfinite(value.lo) || !std::isfinite(value.hi) || !(value.lo < value.hi)) {
    return std::nullopt;
  }
  if (value.type == Type::Year || value.type == Type::YearRange || value.type == Type::Date ||
      value.type == Type::Version) {
    return std::nullopt;
  }
  Value out = value;
  out.lo = out.hi = start ? value.lo : value.hi;
  out.lo_inclusive = out.hi_inclusive = true;
  // Shown in the unit as written: the canonical figure back through the unit's factor.
  std::optional<UnitInfo> unit;
  if (!value.original_unit.empty()) unit = find_unit(value.type, value.original_unit);
  detail::NumberReading figure;
  const double factor = unit ? unit->factor : 1;
  figure.value = figure.unscaled = (out.lo - (unit ? unit->offset : 0)) / factor;
  figure.precision = value.precision / factor;
  const std::string shown = detail::format_figure(figure);
  if (value.type == Type::Percent) {
    out.display = shown + "%";
  } else if (value.type == Type::Money) {
    out.display = value.original_unit + " " + shown;
  } else if (unit) {
    out.display = shown + " " + value.original_unit;
  } else {
    out.display = shown;
  }
  if (value.approx) out.display = "about " + out.display;
  return out;
}

}  // namespace factlint::value
