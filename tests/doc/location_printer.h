// Lets Catch print source locations as "line:column" in failed checks.
#pragma once

#include <string>

#include <catch2/catch.hpp>

#include "source/source_file.h"

namespace Catch {
template <>
struct StringMaker<factlint::source::Location> {
  static std::string convert(const factlint::source::Location& l) {
    return std::to_string(l.line) + ":" + std::to_string(l.column);
  }
};
}  // namespace Catch
