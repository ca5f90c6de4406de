// Small helpers of the value model that need no parsing.
#include "value/value.h"

#include <cmath>

#include "value/civil_date.h"

namespace factlint::value {

std::string_view grain_name(Grain grain) {
  switch (grain) {
    case Grain::Year: return "year";
    case Grain::Month: return "month";
    case Grain::Day: return "day";
    case Grain::None: break;
  }
  return "";
}

std::string format_day(double day, Grain grain) {
  const std::string iso = to_iso(civil_from_days(std::lround(day)));
  switch (grain) {
    case Grain::Year: return iso.substr(0, iso.size() - 6);
    case Grain::Month: return iso.substr(0, iso.size() - 3);
    default: return iso;
  }
}

}  // namespace factlint::value
