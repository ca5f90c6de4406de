// The canonical JSON of a value (design.md §5): what `factlint parse` prints.
#include "value/value_json.h"

#include <cmath>

namespace factlint::value {

namespace {

// Physical quantities print to a tenth of their canonical unit: "2,600-mile" is
// 4184294.4 m. The Value keeps full precision; only the JSON is rounded.
bool rounds_to_tenth(Type type) {
  switch (type) {
    case Type::Length:
    case Type::Area:
    case Type::Mass:
    case Type::Volume:
    case Type::Energy:
    case Type::Power:
    case Type::Speed: return true;
    default: return false;
  }
}

nlohmann::json end_json(const Value& value, double end) {
  if (!std::isfinite(end)) return nullptr;
  if (is_temporal(value.type)) return format_day(end, value.grain);
  if (rounds_to_tenth(value.type)) return std::round(end * 10) / 10;
  return end;
}

}  // namespace

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
    j["precision"] = rounds_to_tenth(value.type) ? std::round(value.precision * 10) / 10
                                                  : value.precision;
  }
  return j;
}

}  // namespace factlint::value
