// Versions as numbers: the ordering key a version reading keeps in Value::lo and hi,
// and its text form for reports and `factlint parse` (docs/contracts.md#parse-output).
#pragma once

#include <array>
#include <string>

namespace factlint::value {

// A release number of up to three parts, each a whole number below 100,000, and a
// pre-release label ("beta", "rc1"; empty for a release). Missing parts are 0, so
// "2", "2.0" and "2.0.0" are one version.
struct Version {
  std::array<long, 3> parts{};
  std::string label;
};

// The parts as one exact number that orders versions as their parts do:
// 2.10.1 is 2*10^10 + 10*10^5 + 1, above 2.9.99999. The label is not in it.
double version_key(const Version& version);
// The release number of a key, all three parts: "2.10.0".
std::string format_version_key(double key);

}  // namespace factlint::value
