// Tests for source/display_path: paths as users read them.
#include "source/display_path.h"

#include <filesystem>

#include <catch2/catch.hpp>

TEST_CASE("paths below the working directory are shown relative to it", "[source]") {
  namespace fs = std::filesystem;
  using factlint::source::display_path;
  CHECK(display_path(fs::current_path().string() + "/corpus/a.md") == "corpus/a.md");
  CHECK(display_path("/definitely/elsewhere.md") == "/definitely/elsewhere.md");
}
