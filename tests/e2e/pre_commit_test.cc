// End to end: the pre-commit route (`check --changed` with the staged files, docs/ci.md):
// files outside the corpus are passed over quietly, and the report says which finding
// blocks the commit, not only stderr.
#include <string>

#include <catch2/catch.hpp>

#include "run_binary.h"

using factlint::testing::copy_bundled_rules;
using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint_in;
using factlint::testing::RunResult;
using factlint::testing::write_file;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct Corpus {
  std::string dir = make_temp_dir();
  Corpus() {
    copy_bundled_rules(dir);
    write_file(dir + "/corpus/a.md", "# A\n\nChina and Russia share a 4,209 km border.\n\nRussia annexed Crimea in 2014.\n");
    write_file(dir + "/corpus/b.md", "# B\n\nChina and Russia share a 3,000 km border.\n");
  }
  RunResult run(const std::string& args) const { return run_factlint_in(dir, args); }
};

}  // namespace

TEST_CASE("staged files outside the corpus are passed over quietly", "[e2e]") {
  Corpus c;
  write_file(c.dir + "/README.md", "# About this corpus\n");
  write_file(c.dir + "/corpus/README.md", "# What is in here\n");
  write_file(c.dir + "/notes/todo.md", "# Todo\n");
  write_file(c.dir + "/corpus/new.md", "# New\n\nChina and Russia share a 4,209 km border.\n");
  RunResult run = c.run("check --no-db --changed README.md corpus/README.md notes/todo.md corpus/new.md");
  CHECK(run.exit_code == 1);
  CHECK_FALSE(has(run.err, "warning: --changed"));
  CHECK(has(run.out, "1 changed document (corpus/new.md)"));

  SECTION("a missing file, or a document of the corpus left out, is still warned about") {
    RunResult typo = c.run("check --no-db --changed corpus/nwe.md");
    CHECK(has(typo.err, "warning: --changed 'corpus/nwe.md' is not among the documents checked"));
    RunResult excluded = c.run("check --no-db corpus/a.md corpus/b.md --changed corpus/new.md");
    CHECK_FALSE(has(excluded.err, "warning: --changed"));  // not in what was named: outside the corpus
    RunResult inside = c.run("check --no-db corpus --exclude new.md --changed corpus/new.md");
    CHECK_FALSE(has(inside.err, "warning: --changed"));  // excluded on purpose
  }
}

TEST_CASE("a checked change says which finding fails the run", "[e2e]") {
  Corpus c;
  REQUIRE(c.run("baseline create --no-db").exit_code == 0);  // the border conflict is known
  SECTION("a new conflict fails, the known one listed beside it does not") {
    write_file(c.dir + "/corpus/new.md",
               "# New\n\nChina and Russia share a 3,000 km border.\n\nRussia annexed Crimea in 2015.\n");
    RunResult run = c.run("check --no-db --changed corpus/new.md");
    CHECK(run.exit_code == 1);
    CHECK(has(run.out, "conflicting  border_length(China, Russia)"));
    CHECK(has(run.out, "; fails the run: crimea_annexation(Russia)\n"));
    RunResult json = c.run("check --no-db --changed corpus/new.md --format markdown");
    CHECK(has(json.out, "fails the run: crimea\\_annexation(Russia)"));
  }
  SECTION("a change that only touches the known conflict fails nothing, and says so") {
    write_file(c.dir + "/corpus/new.md", "# New\n\nChina and Russia share a 3,000 km border.\n");
    RunResult run = c.run("check --no-db --changed corpus/new.md");
    CHECK(run.exit_code == 0);
    CHECK(has(run.out, "conflicting  border_length(China, Russia)"));
    CHECK(has(run.out, "; none of the findings reported fails the run\n"));
  }
}
