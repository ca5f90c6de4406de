// End to end: `factlint serve` starts only where the check it serves can run.
#include <string>

#include <catch2/catch.hpp>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint_in;
using factlint::testing::write_file;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

// Before: in a folder with no rules/ and no corpus/ it printed its address and served a
// page saying "the check could not run:\ncorpus: error: ...", and the terminal showed
// no error. `timeout` ends a server that starts anyway (exit 124), so the test cannot hang.
TEST_CASE("serve exits 2 with check's errors where the check cannot run", "[e2e]") {
  std::string dir = make_temp_dir();
  auto check = run_factlint_in(dir, "check --no-db");
  REQUIRE(check.exit_code == 2);
  auto serve = run_factlint_in(dir, "serve --port 0 --no-db", "timeout 20");
  CHECK(serve.exit_code == 2);
  CHECK(has(serve.err, "rules: error: no rules/ folder here"));
  CHECK(has(serve.err, "corpus: error: no corpus/ folder here"));
  CHECK(has(serve.err, "factlint: error: 2 errors; the review app was not started"));
  CHECK_FALSE(has(serve.out, "factlint serve: open"));

  SECTION("a rule file with an error") {
    write_file(dir + "/rules/r.facts", "fact broken(\n");
    write_file(dir + "/corpus/a.md", "Nothing.\n");
    auto broken = run_factlint_in(dir, "serve --port 0 --no-db", "timeout 20");
    CHECK(broken.exit_code == 2);
    CHECK(has(broken.err, "rules/r.facts:"));
    CHECK_FALSE(has(broken.out, "factlint serve: open"));
  }
}
