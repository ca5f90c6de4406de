// End to end: `check --diff-base REF` and `--changed FILE...` in a throwaway git
// repository. The whole corpus is checked; only findings a changed document takes part
// in are reported and fail the run, so an old conflict between untouched documents does
// not fail a pull request, and a new article that contradicts an old one does.
#include <cstdlib>
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::copy_bundled_rules;
using factlint::testing::make_temp_dir;
using factlint::testing::run_git;
using factlint::testing::RunResult;
using factlint::testing::run_factlint_in;
using factlint::testing::write_file;

namespace fs = std::filesystem;

namespace {

// A repository on branch main: the bundled rules, two documents that agree on the
// border and two that disagree on the year of Crimea's annexation (the old conflict).
struct Repository {
  std::string dir = make_temp_dir();

  Repository() {
    copy_bundled_rules(dir);
    write_file(dir + "/corpus/border-a.md", "# Border\n\nChina and Russia share a 4,209 km border.\n");
    write_file(dir + "/corpus/border-b.md", "# Neighbours\n\nChina and Russia share a 4,209 km border.\n");
    write_file(dir + "/corpus/crimea-a.md", "# Crimea\n\nRussia annexed Crimea in 2014.\n");
    write_file(dir + "/corpus/crimea-b.md", "# Crimea again\n\nRussia annexed Crimea in 2015.\n");
    git("-c init.defaultBranch=main init -q");
    git("config user.name 'factlint test'");
    git("config user.email test@example.invalid");
    git("add -A");
    git("commit -q -m corpus");
  }

  void git(const std::string& args) const {
    REQUIRE(run_git(dir, args));
  }

  RunResult check(const std::string& extra) const {
    return run_factlint_in(dir, "check --no-db --no-baseline " + extra);
  }
};

nlohmann::json findings_of(const RunResult& run) {
  INFO(run.err);
  return nlohmann::json::parse(run.out)["findings"];
}

bool names_fact(const nlohmann::json& findings, const std::string& fact) {
  for (const auto& f : findings) {
    if (f["fact"] == fact) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("check --diff-base main fails only on the conflict a new article introduces", "[e2e]") {
  Repository repo;
  REQUIRE(repo.check("").exit_code == 1);  // the old Crimea conflict fails a plain check

  repo.git("checkout -q -b new-article");
  write_file(repo.dir + "/corpus/new.md", "# A new article\n\nChina and Russia share a 3,000 km border.\n");
  repo.git("add -A");
  repo.git("commit -q -m 'a new article'");

  RunResult run = repo.check("--diff-base main --format json");
  CHECK(run.exit_code == 1);
  nlohmann::json findings = findings_of(run);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0]["fact"] == "border_length");
  CHECK(findings[0]["verdict"] == "conflicting");
  nlohmann::json change = nlohmann::json::parse(run.out)["change"];
  CHECK(change["base"] == "main");
  CHECK(change["changed_documents"] == nlohmann::json::array({"corpus/new.md"}));
  CHECK(change["findings_left_out"] == 1);
  CHECK(run.err.find("factlint: checked the change since 'main': 1 changed document (corpus/new.md); "
                     "1 finding left out, not touched by it") != std::string::npos);

  SECTION("the text report names the new conflict only and says what it left out") {
    RunResult text = repo.check("--diff-base main");
    CHECK(text.exit_code == 1);
    CHECK(text.out.find("border_length(China, Russia)") != std::string::npos);
    CHECK(text.out.find("crimea_annexation") == std::string::npos);
    CHECK(text.out.find("1 finding left out, not touched by it") != std::string::npos);
  }
  SECTION("--changed names the same file without git") {
    RunResult changed = repo.check("--format json --changed corpus/new.md");
    CHECK(changed.exit_code == 1);
    CHECK(findings_of(changed) == findings);
  }
  SECTION("an article not yet committed is part of the change") {
    write_file(repo.dir + "/corpus/draft.md", "# Draft\n\nRussia annexed Crimea in 2016.\n");
    nlohmann::json with_draft = findings_of(repo.check("--diff-base main --format json"));
    CHECK(with_draft.size() == 2);
    CHECK(names_fact(with_draft, "crimea_annexation"));
  }
}

TEST_CASE("check --diff-base passes a change that fixes an old conflict, and one that touches no document", "[e2e]") {
  Repository repo;
  SECTION("the fix: the corrected document is consistent with the other again") {
    repo.git("checkout -q -b fix");
    write_file(repo.dir + "/corpus/crimea-b.md", "# Crimea again\n\nRussia annexed Crimea in 2014.\n");
    repo.git("commit -q -a -m fix");
    RunResult run = repo.check("--diff-base main --format json");
    CHECK(run.exit_code == 0);
    nlohmann::json findings = findings_of(run);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0]["fact"] == "crimea_annexation");
    CHECK(findings[0]["verdict"] == "consistent");
  }
  SECTION("no document changed: every finding is left out, and the old conflict does not fail") {
    repo.git("checkout -q -b docs");
    write_file(repo.dir + "/NOTES.txt", "not in the corpus\n");
    repo.git("add -A");
    repo.git("commit -q -m notes");
    RunResult run = repo.check("--diff-base main");
    CHECK(run.exit_code == 0);
    CHECK(run.err.find("0 changed documents; 2 findings left out") != std::string::npos);
  }
}

TEST_CASE("check --diff-base cannot run outside a git work tree or with an unknown revision", "[e2e]") {
  SECTION("unknown revision") {
    Repository repo;
    RunResult run = repo.check("--diff-base no-such-branch");
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("factlint: error: unknown revision 'no-such-branch'") != std::string::npos);
    CHECK(run.out.empty());
  }
  SECTION("a revision that reads as an option") {
    Repository repo;
    RunResult run = repo.check("--diff-base=--output=x");
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("'--output=x' is not a git revision") != std::string::npos);
  }
  SECTION("not a git work tree") {
    std::string dir = make_temp_dir();
    copy_bundled_rules(dir);
    write_file(dir + "/corpus/a.md", "China and Russia share a 4,209 km border.\n");
    RunResult run = run_factlint_in(dir, "check --no-db --diff-base main");
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("--diff-base needs a git work tree") != std::string::npos);
  }
}
