// The value types a fact can hold, and their names in the rule language.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::value {

enum class Type {
  Ordinal,    // "10th", "sixth", "number-one", "largest" (rank 1), "top five" (1..5)
  Count,      // whole numbers of things: "forty-two", "over 40", "a dozen"
  Number,     // any plain quantity without a unit: "1.5 million", "half"
  Percent,    // "26%", "26 per cent"
  Length,     // canonical unit m
  Area,       // m2
  Mass,       // kg
  Volume,     // m3
  Energy,     // J
  Power,      // W
  Speed,      // m/s
  Money,      // ISO currency code
  Year,       // "1960", "the 2000s"
  YearRange,  // "from 1961 to 1989", also a single year
  Date,       // "February 2022", "Sept. 16, 2022", "last month"
  Temperature,  // canonical degC: "-40°C", "98.6 °F", "300 K", "minus 40 degrees"
  Duration,     // canonical d (days): "25-year", "a decade", "18 months", "90 days"
  Flow,         // canonical m3/d: "1.2 million barrels per day", "38 bcm a year"
  DataSize,     // canonical B (bytes): "4 GB", "512 MB", "8GiB"; decimal and binary prefixes
  Version,      // "2.10", "v2.1", "version 2.0.1-beta": compared part by part (value/version.h)
};
// How many types there are, for tables indexed by Type.
inline constexpr std::size_t kTypeCount = static_cast<std::size_t>(Type::Version) + 1;

// The rule-language name: "ordinal", "year-range", ...
std::string_view type_name(Type type);
// Parses a rule-language type name; nullopt for unknown names.
std::optional<Type> type_from_name(std::string_view name);
// Every type name, for "did you mean" and help texts.
std::vector<std::string> all_type_names();
// Types whose lo/hi are day numbers (Year, YearRange, Date).
bool is_temporal(Type type);

}  // namespace factlint::value
