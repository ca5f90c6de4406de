// End to end: `check --changed` with a warm store (incremental, app/incremental_check.h)
// prints exactly what the same check prints without a store, in every format.
#include <chrono>
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "run_binary.h"

using factlint::testing::copy_bundled_rules;
using factlint::testing::make_temp_dir;
using factlint::testing::RunResult;
using factlint::testing::run_factlint_in;
using factlint::testing::write_file;

namespace fs = std::filesystem;

namespace {

// Written, then dated well before the run, as a checkout's files are (a file written in
// the two seconds before a run is read again whatever the store says).
void write_old(const std::string& path, const std::string& text, int minutes_ago) {
  write_file(path, text);
  fs::last_write_time(path, fs::file_time_type::clock::now() - std::chrono::minutes(minutes_ago));
}

}  // namespace

TEST_CASE("check --changed with a warm store prints what it prints without one", "[e2e]") {
  const std::string dir = make_temp_dir();
  copy_bundled_rules(dir);
  const std::string quote = "\"We will keep the border open,\" said Foreign Minister Lavrov.\n";
  write_old(dir + "/corpus/border-a.md", "# Border\n\nChina and Russia share a 4,209 km border.\n" + quote, 90);
  write_old(dir + "/corpus/border-b.md", "# Neighbours\n\nChina and Russia share a 4,209 km border.\n", 90);
  write_old(dir + "/corpus/crimea-a.md", "# Crimea\n\nRussia annexed Crimea in 2014.\n" + quote, 90);
  write_old(dir + "/corpus/crimea-b.md", "# Crimea again\n\nRussia annexed Crimea in 2015.\n", 90);
  REQUIRE(run_factlint_in(dir, "check --format json corpus").exit_code == 1);  // fills the store

  // The border doubled in one document, and a line added to one holding the quotation.
  write_old(dir + "/corpus/border-b.md", "# Neighbours\n\nChina and Russia share an 8,400 km border.\n", 60);
  write_old(dir + "/corpus/border-a.md", "# Border\n\nA new line.\n\nChina and Russia share a 4,209 km border.\n" + quote, 60);
  for (const char* format : {"json", "text", "sarif", "markdown"}) {
    CAPTURE(format);
    const std::string args = std::string("--format ") + format + " corpus --changed corpus/border-b.md corpus/border-a.md";
    RunResult warm = run_factlint_in(dir, "check " + args);
    RunResult cold = run_factlint_in(dir, "check --no-db " + args);
    CHECK(warm.exit_code == 1);
    CHECK(warm.exit_code == cold.exit_code);
    CHECK(warm.out == cold.out);
    CHECK(warm.err == cold.err);
    // JSON and text spill the findings' statements and pick the change's by the
    // documents the spill keeps (compare/finding_spill.h); held in memory, the same.
    RunResult held = run_factlint_in(dir, "check " + args, "FACTLINT_SPILL_FINDINGS=0");
    CHECK(held.out == warm.out);
    CHECK(held.err == warm.err);
    RunResult cold_held = run_factlint_in(dir, "check --no-db " + args, "FACTLINT_SPILL_FINDINGS=0");
    CHECK(cold_held.out == cold.out);
  }
  CHECK(run_factlint_in(dir, "check --format json corpus --changed corpus/border-b.md").out.find("8,400") !=
        std::string::npos);
}
