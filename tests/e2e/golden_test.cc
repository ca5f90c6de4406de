// Golden tests: each tests/golden/CASE/ holds rules/, corpus/ and expected.txt, the
// text report `factlint check` prints for them. Adding a case is adding a folder;
// FACTLINT_REFRESH=1 rewrites expected.txt (see tests/support/expected_file.h).
#include <algorithm>
#include <filesystem>
#include <vector>

#include <catch2/catch.hpp>

#include "run_binary.h"
#include "support/expected_file.h"

namespace fs = std::filesystem;
using factlint::testing::run_factlint;

TEST_CASE("every golden case prints exactly its expected report", "[e2e]") {
  std::vector<std::string> cases;
  for (const auto& entry : fs::directory_iterator(fs::path(FACTLINT_SOURCE_DIR) / "tests/golden")) {
    if (entry.is_directory()) cases.push_back(entry.path().filename().string());
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE_FALSE(cases.empty());
  for (const std::string& name : cases) {
    CAPTURE(name);
    const std::string dir = "tests/golden/" + name;
    auto run = run_factlint("check --no-db --fail-on never --rules " + dir + "/rules " + dir + "/corpus");
    INFO(run.err);
    CHECK(run.exit_code == 0);
    factlint::testing::check_expected(fs::path(FACTLINT_SOURCE_DIR) / dir / "expected.txt", run.out);
  }
}
