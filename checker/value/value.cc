// Small helpers of the value model that need no parsing.
#include "value/value.h"

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

}  // namespace factlint::value
