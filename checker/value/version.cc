// Versions as exact numbers: see version.h.
#include "value/version.h"

#include <cmath>

namespace factlint::value {

namespace {
constexpr double kPartBase = 100000;  // each part is below 10^5, so the key is exact in a double
}  // namespace

double version_key(const Version& version) {
  return (static_cast<double>(version.parts[0]) * kPartBase + static_cast<double>(version.parts[1])) * kPartBase +
         static_cast<double>(version.parts[2]);
}

std::string format_version_key(double key) {
  if (!std::isfinite(key) || key < 0) return "";
  const auto whole = static_cast<long long>(std::llround(key));
  const auto base = static_cast<long long>(kPartBase);
  return std::to_string(whole / base / base) + "." + std::to_string(whole / base % base) + "." +
         std::to_string(whole % base);
}

}  // namespace factlint::value
