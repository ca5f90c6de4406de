// How positions are written for users: "49:184" for a location and
// "corpus/a.md:49:184" for a place in a file, the form compilers use so editors and
// CI can jump to it. Every writer formats positions through these fmt::formatters.
#pragma once

#include <string_view>

#include <fmt/format.h>

#include "source/source_file.h"

namespace factlint::source {

// A location in a named file, for formatting: it views `path`, so it must not
// outlive the string it was made from.
struct Place {
  std::string_view path;
  Location location;
};

}  // namespace factlint::source

// "line:column".
template <>
struct fmt::formatter<factlint::source::Location> {
  constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }
  template <typename FormatContext>
  auto format(const factlint::source::Location& l, FormatContext& ctx) const {
    return fmt::format_to(ctx.out(), "{}:{}", l.line, l.column);
  }
};

// "path:line:column".
template <>
struct fmt::formatter<factlint::source::Place> {
  constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }
  template <typename FormatContext>
  auto format(const factlint::source::Place& p, FormatContext& ctx) const {
    return fmt::format_to(ctx.out(), "{}:{}", p.path, p.location);
  }
};
