// How a value is written wherever users read it: its display text, as read from the
// document and normalized ("2,600 mi (4,184 km)", "10th", "about 40"). The one
// fmt::formatter of value types; messages quote it themselves: "says '{}'".
// Writers for a medium (HTML, Markdown, terminals) escape the display text instead.
#pragma once

#include <string_view>

#include <fmt/format.h>

#include "value/value.h"

template <>
struct fmt::formatter<factlint::value::Value> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const factlint::value::Value& value, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(value.display, ctx);
  }
};
