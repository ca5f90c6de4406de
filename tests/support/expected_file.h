// Comparing output with an expected file kept beside the test data (golden tests,
// diagnostics). FACTLINT_REFRESH=1 in the environment rewrites the expected files
// instead, so a change in output shows up in review as a diff of those files.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

namespace factlint::testing {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline bool refreshing() {
  const char* refresh = std::getenv("FACTLINT_REFRESH");
  return refresh != nullptr && std::string(refresh) == "1";
}

// Checks `actual` against the file `expected` (a missing file reads as empty);
// with FACTLINT_REFRESH=1, writes `actual` there and warns instead.
inline void check_expected(const std::filesystem::path& expected, const std::string& actual) {
  if (refreshing()) {
    std::ofstream(expected, std::ios::binary) << actual;
    WARN("refreshed " << expected.string());
    return;
  }
  INFO("expected output in " << expected.string() << " (FACTLINT_REFRESH=1 rewrites it)");
  CHECK(actual == read_file(expected));
}

}  // namespace factlint::testing
