// End to end: every command run from a subfolder of a project works from the project
// root, the folder of .factlint.toml (docs/configuration.md#the-project-root): the same
// rules, corpus, store, baseline and decisions, and the same paths, as from the root.
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "run_binary.h"

using factlint::testing::copy_bundled_rules;
using factlint::testing::make_temp_dir;
using factlint::testing::read_file;
using factlint::testing::run_factlint_in;
using factlint::testing::run_git;
using factlint::testing::RunResult;
using factlint::testing::write_file;

namespace fs = std::filesystem;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A git work tree with the bundled rules, a corpus where two documents disagree on the
// border and a project file that names nothing: every path is a default.
struct Project {
  std::string dir = make_temp_dir();
  std::string sub = dir + "/corpus/press";
  Project() {
    REQUIRE(run_git(dir, "-c init.defaultBranch=main init -q"));
    copy_bundled_rules(dir);
    write_file(dir + "/corpus/a.md", "# A\n\nChina and Russia share a 4,209 km border.\n");
    write_file(dir + "/corpus/press/b.md", "# B\n\nChina and Russia share a 3,000 km border.\n");
    write_file(dir + "/.factlint.toml", "# settings: none, so every path is a default\n");
  }
  RunResult at_root(const std::string& args) const { return run_factlint_in(dir, args); }
  RunResult below(const std::string& args) const { return run_factlint_in(sub, args); }
};

}  // namespace

TEST_CASE("check from a subfolder gives the root's report, paths included", "[e2e]") {
  Project p;
  RunResult root = p.at_root("check --no-db --format json");
  RunResult below = p.below("check --no-db --format json");
  CHECK(root.exit_code == 1);
  CHECK(below.exit_code == root.exit_code);
  CHECK(below.out == root.out);
  CHECK(has(below.out, "\"corpus/press/b.md\""));
  CHECK(below.err == root.err);
}

TEST_CASE("from a subfolder, the root's decisions, baseline and store are used", "[e2e]") {
  Project p;
  SECTION("decisions: an acknowledged conflict does not fail the run, and explain says so") {
    write_file(p.dir + "/factlint.decisions.toml",
               "[[decision]]\nfinding = \"border_length(China, Russia)\"\nkind = \"acknowledged\"\n");
    CHECK(p.below("check").exit_code == 0);
    RunResult explain = p.below("explain 'border_length(China, Russia)'");
    CHECK(explain.exit_code == 0);
    CHECK(has(explain.out, "acknowledged"));
    RunResult list = p.below("decisions list");
    CHECK(list.exit_code == 0);
    CHECK(has(list.out, "1 decision in 'factlint.decisions.toml'"));
  }
  SECTION("decide writes the root's decisions file") {
    RunResult decide = p.below("decide 'border_length(China, Russia)' --acknowledge --by tester");
    CHECK(decide.exit_code == 0);
    CHECK(has(read_file(p.dir + "/factlint.decisions.toml"), "acknowledged"));
    CHECK_FALSE(fs::exists(p.sub + "/factlint.decisions.toml"));
  }
  SECTION("baseline: written at the root, then read by check from anywhere") {
    RunResult create = p.below("baseline create");
    CHECK(create.exit_code == 0);
    CHECK(fs::exists(p.dir + "/.factlint-baseline.json"));
    CHECK_FALSE(fs::exists(p.sub + "/.factlint-baseline.json"));
    CHECK(p.below("check").exit_code == 0);  // the conflict is known to the baseline
    CHECK(p.at_root("check").exit_code == 0);
  }
  SECTION("the store: one, at the root, whose runs history lists from anywhere") {
    CHECK(p.below("check").exit_code == 1);
    CHECK(fs::exists(p.dir + "/.factlint/factlint.db"));
    CHECK_FALSE(fs::exists(p.sub + "/.factlint"));
    RunResult history = p.below("history");
    CHECK(history.exit_code == 0);
    CHECK_FALSE(has(history.out, "no runs recorded"));
  }
}

TEST_CASE("test, rules, config and history read the root's project file from a subfolder", "[e2e]") {
  Project p;
  CHECK(p.below("test").exit_code == 0);
  CHECK(p.below("rules lint").exit_code == 0);
  CHECK(p.below("rules list").exit_code == 0);
  RunResult audit = p.below("rules audit");
  CHECK(audit.exit_code == 0);
  CHECK(audit.err.empty());
  RunResult config = p.below("config");
  CHECK(config.exit_code == 0);
  CHECK(has(config.out, "root = " + fs::canonical(p.dir).string()));
  CHECK(has(config.out, "# the folder of .factlint.toml\n"));
  CHECK(has(config.out, "rules = rules "));

  SECTION("the project file's own settings too") {
    write_file(p.dir + "/facts/r.facts", read_file(p.dir + "/rules/china-russia.facts"));
    fs::remove_all(p.dir + "/rules");
    write_file(p.dir + "/.factlint.toml", "rules = \"facts\"\ndb = false\n");
    CHECK(p.below("test --no-fixtures").exit_code == 0);
    CHECK(p.below("rules lint").exit_code == 0);
    RunResult history = p.below("history");
    CHECK(history.exit_code == 0);
    CHECK(has(history.out, "no store"));
    CHECK_FALSE(fs::exists(p.dir + "/.factlint"));
  }
}

TEST_CASE("paths given in a subfolder are read from there, and shown as from the root", "[e2e]") {
  Project p;
  RunResult one = p.below("check --no-db b.md ../a.md -o out.log");
  CHECK(one.exit_code == 1);
  const std::string report = read_file(p.sub + "/out.log");
  CHECK(has(report, "corpus/press/b.md:3:"));
  CHECK(has(report, "corpus/a.md:3:"));
  RunResult changed = p.below("check --no-db --changed b.md");
  CHECK(changed.exit_code == 1);
  CHECK(has(changed.out, "1 changed document (corpus/press/b.md)"));
  CHECK(changed.err.empty());
  RunResult verbose = p.below("check --no-db -v");
  CHECK(has(verbose.err, "working from the project root '" + fs::canonical(p.dir).string() + "'"));
}

TEST_CASE("a decisions file that is not there is not listed as empty", "[e2e]") {
  Project p;
  RunResult list = p.below("decisions list");
  CHECK(list.exit_code == 0);
  CHECK_FALSE(has(list.out, "0 decisions"));
  CHECK(has(list.out, "no decisions file 'factlint.decisions.toml' in " + fs::canonical(p.dir).string()));
}

TEST_CASE("without a project file, a subfolder says where the rules are and what finds them", "[e2e]") {
  Project p;
  fs::remove(p.dir + "/.factlint.toml");
  const std::string hint = "'" + fs::canonical(p.dir).string() + "' has a rules/ folder but no .factlint.toml";
  for (const char* args : {"check --no-db", "test", "rules lint", "rules audit"}) {
    CAPTURE(args);
    RunResult run = p.below(args);
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "rules: error: no rules/ folder here ("));
    CHECK(has(run.err, hint));
  }
}

TEST_CASE("test outside any project says what check says", "[e2e]") {
  const std::string dir = make_temp_dir();
  RunResult check = run_factlint_in(dir, "check --no-db");
  RunResult test = run_factlint_in(dir, "test");
  CHECK(test.exit_code == 2);
  CHECK(has(check.err, "rules: error: no rules/ folder here"));
  CHECK(has(test.err, "rules: error: no rules/ folder here"));
  CHECK_FALSE(has(test.err, "cannot read rule file"));
}
