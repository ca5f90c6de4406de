// The canonical JSON of a value (docs/contracts.md#parse-output): what `factlint parse` prints.
#include "value/value_json.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include "value/version.h"

namespace factlint::value {

// Ends print to twelve significant digits: every digit a writer can state, without
// the binary noise of unit conversion ("2,600-mile" is 4184294.4 m, "2 cm" 0.02 m).
// std::to_chars in general format with a precision prints what printf's "%.12g" does,
// and std::from_chars reads it back as strtod does (correctly rounded), without the
// locale and format parsing of the C functions (1.4% of the instructions of a check that
// reads every document, bench/README.md "Session 15").
double significant(double v) {
  char buf[40];
  const std::to_chars_result printed = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 12);
  double out = v;
  // Out of range (a subnormal): strtod's nearest value, as before.
  if (std::from_chars(buf, printed.ptr, out).ec != std::errc()) out = std::strtod(std::string(buf, printed.ptr).c_str(), nullptr);
  return out;
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
