// "1 document", "2 documents": counts in report prose.
#pragma once

#include <cstddef>
#include <string>

#include <fmt/format.h>

namespace factlint::report {

inline std::string counted(std::size_t n, const char* noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

}  // namespace factlint::report
