// The canonical JSON of a value (docs/contracts.md#parse-output): what `factlint parse` prints.
#include "value/value_json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "value/version.h"

namespace factlint::value {

// Ends print to twelve significant digits: every digit a writer can state, without
// the binary noise of unit conversion ("2,600-mile" is 4184294.4 m, "2 cm" 0.02 m).
double significant(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.12g", v);
  return std::strtod(buf, nullptr);
}

nlohmann::json end_json(const Value& value, double end) {
  if (!std::isfinite(end)) return nullptr;
  if (is_temporal(value.type)) return format_day(end, value.grain);
  if (value.type == Type::Version) return format_version_key(end);
  return significant(end);
}

nlohmann::json to_json(const Value& value) {
  nlohmann::json j;
  j["type"] = type_name(value.type);
  j["text"] = value.text;
  j["lo"] = end_json(value, value.lo);
  j["hi"] = end_json(value, value.hi);
  j["lo_inclusive"] = value.lo_inclusive;
  j["hi_inclusive"] = value.hi_inclusive;
  j["approx"] = value.approx;
  j["unit"] = value.unit;
  j["display"] = value.display;
  if (is_temporal(value.type)) j["grain"] = grain_name(value.grain);
  if (!value.original_unit.empty()) j["original_unit"] = value.original_unit;
  if (value.vague) j["vague"] = true;
  if (value.precision != 0) {
    j["precision"] = significant(value.precision);
  }
  return j;
}

}  // namespace factlint::value
