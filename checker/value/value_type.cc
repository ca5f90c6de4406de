// Rule-language names of value types.
#include "value/value_type.h"

#include <array>
#include <utility>

namespace factlint::value {

namespace {

constexpr std::array<std::pair<Type, std::string_view>, kTypeCount> kNames{{
    {Type::Ordinal, "ordinal"},   {Type::Count, "count"},       {Type::Number, "number"},
    {Type::Percent, "percent"},   {Type::Length, "length"},     {Type::Area, "area"},
    {Type::Mass, "mass"},         {Type::Volume, "volume"},     {Type::Energy, "energy"},
    {Type::Power, "power"},       {Type::Speed, "speed"},       {Type::Money, "money"},
    {Type::Year, "year"},         {Type::YearRange, "year-range"}, {Type::Date, "date"},
    {Type::Temperature, "temperature"}, {Type::Duration, "duration"}, {Type::Flow, "flow"},
    {Type::DataSize, "data-size"}, {Type::Version, "version"},
}};

}  // namespace

std::string_view type_name(Type type) {
  for (const auto& [t, name] : kNames) {
    if (t == type) return name;
  }
  return "number";
}

std::optional<Type> type_from_name(std::string_view name) {
  for (const auto& [t, n] : kNames) {
    if (n == name) return t;
  }
  return std::nullopt;
}

std::vector<std::string> all_type_names() {
  std::vector<std::string> out;
  for (const auto& entry : kNames) out.emplace_back(entry.second);
  return out;
}

bool is_temporal(Type type) {
  return type == Type::Year || type == Type::YearRange || type == Type::Date;
}

}  // namespace factlint::value
