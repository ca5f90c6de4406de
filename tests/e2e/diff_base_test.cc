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
using factlint::testing::read_file;
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

  RunResult check(const std::string& extra, const std::string& prefix = "") const {
    return run_factlint_in(dir, "check --no-db --no-baseline " + extra, prefix);
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
  CHECK(findings[0]["change"] == "introduced");
  nlohmann::json change = nlohmann::json::parse(run.out)["change"];
  CHECK(change["base"] == "main");
  CHECK(change["changed_documents"] == nlohmann::json::array({"corpus/new.md"}));
  CHECK(change["findings_left_out"] == 1);
  CHECK(change["counts"] == nlohmann::json({{"introduced", 1}, {"changed", 0}, {"fixed", 0}}));
  CHECK(change["introduced"] == nlohmann::json::array({findings[0]["id"]}));
  CHECK(run.err.find("factlint: checked the change since 'main': 1 changed document (corpus/new.md); "
                     "1 introduced, 0 changed, 0 fixed; 1 finding left out, unchanged by it") != std::string::npos);

  SECTION("the text report names the new conflict only and says what it left out") {
    RunResult text = repo.check("--diff-base main");
    CHECK(text.exit_code == 1);
    CHECK(text.out.find("border_length(China, Russia)") != std::string::npos);
    CHECK(text.out.find("crimea_annexation") == std::string::npos);
    CHECK(text.out.find("introduced by the change") != std::string::npos);
    CHECK(text.out.find("1 finding left out, unchanged by it") != std::string::npos);
  }
  SECTION("the change's line is said once: by the text report on stdout, else on stderr") {
    auto times = [](const std::string& text, const std::string& what) {
      std::size_t n = 0;
      for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
      return n;
    };
    const std::string line = "checked the change";
    RunResult changed = repo.check("--changed corpus/new.md");
    CHECK(times(changed.out, line) == 1);
    CHECK(times(changed.err, line) == 0);
    RunResult text = repo.check("--diff-base main");
    CHECK(times(text.out, line) == 1);
    CHECK(times(text.err, line) == 0);
    RunResult json = repo.check("--changed corpus/new.md --format json");
    CHECK_NOTHROW(nlohmann::json::parse(json.out));
    CHECK(times(json.out, line) == 0);
    CHECK(times(json.err, line) == 1);
    RunResult to_file = repo.check("--changed corpus/new.md -o report.txt");
    CHECK(to_file.out.empty());
    CHECK(times(to_file.err, line) == 1);
  }
  SECTION("--changed names the same file without git, and without a base knows no change kinds") {
    RunResult changed = repo.check("--format json --changed corpus/new.md");
    CHECK(changed.exit_code == 1);
    findings[0].erase("change");
    CHECK(findings_of(changed) == findings);
    CHECK_FALSE(nlohmann::json::parse(changed.out)["change"].contains("fixed"));
  }
  SECTION("git variables a hook hands down do not point the check at another repository") {
    Repository other;
    RunResult hooked = repo.check("--diff-base main --format json",
                                  "GIT_DIR='" + other.dir + "/.git' GIT_WORK_TREE='" + other.dir +
                                      "' GIT_INDEX_FILE='" + other.dir + "/.git/index'");
    CHECK(hooked.exit_code == 1);
    CHECK(findings_of(hooked) == findings);
  }
  SECTION("a corpus named by a glob is read at the base through the same glob") {
    RunResult glob = repo.check("--diff-base main --format json 'corpus/*.md'");
    CHECK(glob.exit_code == 1);
    nlohmann::json by_glob = findings_of(glob);
    REQUIRE(by_glob.size() == 1);  // the old Crimea conflict is unchanged, not introduced
    CHECK(by_glob[0]["change"] == "introduced");
  }
  SECTION("in a subfolder, with a corpus named by an absolute path") {
    RunResult sub = run_factlint_in(repo.dir + "/rules", "check --no-db --no-baseline --rules . --diff-base main "
                                                         "--format json '" + repo.dir + "/corpus'");
    CHECK(sub.exit_code == 1);
    nlohmann::json in_sub = findings_of(sub);
    REQUIRE(in_sub.size() == 1);
    CHECK(in_sub[0]["change"] == "introduced");
  }
  SECTION("an article not yet committed is part of the change") {
    write_file(repo.dir + "/corpus/draft.md", "# Draft\n\nRussia annexed Crimea in 2016.\n");
    nlohmann::json with_draft = findings_of(repo.check("--diff-base main --format json"));
    CHECK(with_draft.size() == 2);
    CHECK(names_fact(with_draft, "crimea_annexation"));
    for (const auto& f : with_draft) {
      if (f["fact"] == "crimea_annexation") CHECK(f["change"] == "changed");  // a third year for the old conflict
    }
  }
}

TEST_CASE("check --diff-base passes a change that fixes an old conflict and reports it fixed", "[e2e]") {
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
    CHECK(findings[0]["change"] == "fixed");
    nlohmann::json fixed = nlohmann::json::parse(run.out)["change"]["fixed"];
    REQUIRE(fixed.size() == 1);
    CHECK(fixed[0]["key"] == "crimea_annexation(Russia)");
    CHECK(fixed[0]["was"] == "conflicting");
    CHECK(fixed[0]["was_values"] == nlohmann::json::array({"2014", "2015"}));
    CHECK(fixed[0]["now"] == "consistent");
    CHECK(run.err.find("factlint: fixed: crimea_annexation(Russia): was conflicting (2014 | 2015), now consistent\n") !=
          std::string::npos);

    RunResult text = repo.check("--diff-base main");
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("fixed: crimea_annexation(Russia): was conflicting (2014 | 2015), now consistent") !=
          std::string::npos);
    CHECK(text.out.find("0 introduced, 0 changed, 1 fixed") != std::string::npos);
    RunResult markdown = repo.check("--diff-base main --format markdown");
    CHECK(markdown.out.find("**Fixed by this change**") != std::string::npos);
  }
  SECTION("a deleted document: the conflict it took part in is fixed, even where the other document stays") {
    repo.git("checkout -q -b delete");
    repo.git("rm -q corpus/crimea-b.md");
    repo.git("commit -q -m delete");
    // The remaining statement is single-source now; a fix never fails, even at that level.
    RunResult run = repo.check("--diff-base main --format json --fail-on single-source");
    CHECK(run.exit_code == 0);
    nlohmann::json change = nlohmann::json::parse(run.out)["change"];
    CHECK(change["deleted_documents"] == nlohmann::json::array({"corpus/crimea-b.md"}));
    REQUIRE(change["fixed"].size() == 1);
    CHECK(change["fixed"][0]["now"] == "single-source");
    CHECK(run.err.find("0 changed documents, 1 deleted (corpus/crimea-b.md); 0 introduced, 0 changed, 1 fixed") != std::string::npos);
  }
  SECTION("every document of a conflict deleted: the finding is gone and still reported fixed") {
    repo.git("checkout -q -b delete-both");
    repo.git("rm -q corpus/crimea-a.md corpus/crimea-b.md");
    repo.git("commit -q -m delete");
    RunResult run = repo.check("--diff-base main --format json");
    CHECK(run.exit_code == 0);
    CHECK(findings_of(run).empty());
    nlohmann::json fixed = nlohmann::json::parse(run.out)["change"]["fixed"];
    REQUIRE(fixed.size() == 1);
    CHECK(fixed[0]["fact"] == "crimea_annexation");
    CHECK(fixed[0]["now"].is_null());
  }
  SECTION("no document changed: every finding is left out, and the old conflict does not fail") {
    repo.git("checkout -q -b docs");
    write_file(repo.dir + "/NOTES.txt", "not in the corpus\n");
    repo.git("add -A");
    repo.git("commit -q -m notes");
    RunResult run = repo.check("--diff-base main");
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("0 changed documents; 0 introduced, 0 changed, 0 fixed; 2 findings left out") !=
          std::string::npos);
  }
  SECTION("a new document that conflicts with an untouched old one, where the corpus folder is new") {
    std::string dir = make_temp_dir();
    copy_bundled_rules(dir);
    write_file(dir + "/README.md", "no corpus yet\n");
    REQUIRE(run_git(dir, "-c init.defaultBranch=main init -q"));
    REQUIRE(run_git(dir, "add -A"));
    REQUIRE(run_git(dir, "-c user.name=t -c user.email=t@example.invalid commit -q -m start"));
    write_file(dir + "/corpus/a.md", "Russia annexed Crimea in 2014.\n");
    write_file(dir + "/corpus/b.md", "Russia annexed Crimea in 2015.\n");
    RunResult run = run_factlint_in(dir, "check --no-db --diff-base main --format json");
    CHECK(run.exit_code == 1);
    CHECK(nlohmann::json::parse(run.out)["change"]["counts"]["introduced"] == 1);
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
    write_file(dir + "/corpus/empty.md", "");  // a loading warning, if documents were read
    RunResult run = run_factlint_in(dir, "check --no-db --diff-base main");
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("--diff-base needs a git work tree") != std::string::npos);
    // Before: every document was loaded first, and its warnings printed above the error.
    CHECK(run.err.find("empty.md") == std::string::npos);
    CHECK(run.err.rfind("factlint: error: ", 0) == 0);
  }
}

// A newcomer's pull request added three articles stating a wrong value that two old
// articles contradict: before, the "most documents" rule put the ::error annotations on
// the two untouched old files and only notices on the change's lines, and SARIF marked
// every statement an error.
TEST_CASE("in a change check the change's own statements carry the error in github and SARIF", "[e2e]") {
  Repository repo;
  repo.git("checkout -q -b majority");
  for (const char* name : {"new-1", "new-2", "new-3"}) {
    write_file(repo.dir + "/corpus/" + name + ".md", "# New\n\nChina and Russia share a 3,000 km border.\n");
  }
  repo.git("add -A");
  repo.git("commit -q -m 'three new articles'");
  RunResult github = repo.check("--diff-base main --format github", "GITHUB_STEP_SUMMARY=");
  INFO(github.out);
  CHECK(github.exit_code == 1);
  for (const char* name : {"new-1", "new-2", "new-3"}) {
    CHECK(github.out.find(std::string("::error file=corpus/") + name + ".md,") != std::string::npos);
  }
  for (const char* name : {"border-a", "border-b"}) {
    CHECK(github.out.find(std::string("::notice file=corpus/") + name + ".md,") != std::string::npos);
    CHECK(github.out.find(std::string("::error file=corpus/") + name + ".md,") == std::string::npos);
  }
  RunResult sarif = repo.check("--diff-base main --format sarif");
  CHECK(sarif.exit_code == 1);
  std::size_t results = 0;
  const nlohmann::json log = nlohmann::json::parse(sarif.out);
  for (const auto& r : log["runs"][0]["results"]) {
    const std::string uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    CAPTURE(uri);
    CHECK(r["level"] == (uri.find("/new-") != std::string::npos ? "error" : "note"));
    ++results;
  }
  CHECK(results == 5);
}

// Before: the gate kept pointers to findings the change scope had copied, or that
// --quiet filtered out, and printing "new since the baseline" read freed memory
// (std::bad_alloc, exit 2) in every format but JSON and SARIF.
TEST_CASE("a committed baseline with --diff-base or --quiet names the new conflict and exits 1 in every format", "[e2e]") {
  Repository repo;
  RunResult created = run_factlint_in(repo.dir, "baseline create --no-db");
  REQUIRE(created.exit_code == 0);
  repo.git("add -A");
  repo.git("commit -q -m baseline");
  repo.git("checkout -q -b new-article");
  write_file(repo.dir + "/corpus/new.md", "# A new article\n\nChina and Russia share a 3,000 km border.\n");
  repo.git("add -A");
  repo.git("commit -q -m 'a new article'");

  for (const char* format : {"text", "github", "markdown", "junit", "json", "sarif"}) {
    for (const char* extra : {"--diff-base main", "--quiet", "--show conflicting", "--diff-base main --quiet"}) {
      CAPTURE(format, extra);
      RunResult run = run_factlint_in(repo.dir, std::string("check --no-db --format ") + format + " " + extra);
      CHECK(run.exit_code == 1);
      CHECK(run.err.find("new since the baseline: border_length(China, Russia)") != std::string::npos);
      CHECK(run.err.find("error") == std::string::npos);
    }
  }
}

// Before: the base was checked with the work tree's rules and decisions, so a pull
// request that only edits them changed nothing at the base and passed, though the plain
// check of its branch failed (a newcomer's report).
TEST_CASE("check --diff-base judges a change of the rules or decisions by what it changes", "[e2e]") {
  Repository repo;
  const std::string rules = repo.dir + "/rules/china-russia.facts";
  std::string text = read_file(rules);
  const std::string anchor = "fact border_length(a: country, b: country) -> length: length symmetric {\n";
  REQUIRE(text.find(anchor) != std::string::npos);
  SECTION("a new known value the documents deviate from is introduced") {
    repo.git("checkout -q -b known");
    text.insert(text.find(anchor) + anchor.size(), "  known a=China b=Russia length=\"5,000 km\"\n");
    write_file(rules, text);
    repo.git("commit -q -a -m known");
    RunResult run = repo.check("--diff-base main --format json");
    CHECK(run.exit_code == 1);
    nlohmann::json findings = findings_of(run);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0]["fact"] == "border_length");
    CHECK(findings[0]["change"] == "introduced");
    CHECK(run.err.find("factlint: note: the change edits the rules or decisions (rules/china-russia.facts)") !=
          std::string::npos);
  }
  SECTION("rules broken at the base are replaced by the work tree's, with a note") {
    write_file(rules, text + "\nfact broken( {\n");
    repo.git("commit -q -a -m broken");
    repo.git("checkout -q -b mend");
    write_file(rules, text);
    write_file(repo.dir + "/corpus/border-c.md", "# Border\n\nChina and Russia share a 5,000 km border.\n");
    repo.git("add -A");
    repo.git("commit -q -m mend");
    RunResult run = repo.check("--diff-base main --format json");
    CHECK(run.exit_code == 1);
    CHECK(run.err.find("have errors; the base is checked with the work tree's rules") != std::string::npos);
    nlohmann::json findings = findings_of(run);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0]["change"] == "introduced");
  }
}

// Before: a page the change added that could not be read (UTF-16) left the change line
// and the gate silent: exit 0 (a newcomer's report).
TEST_CASE("a change whose own document cannot be read fails the gate with exit 2", "[e2e]") {
  Repository repo;
  repo.git("checkout -q -b utf16");
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("China and Russia share a 3,000 km border.\n")) utf16 += std::string{c, '\0'};
  write_file(repo.dir + "/corpus/border-c.md", utf16);
  repo.git("add -A");
  repo.git("commit -q -m utf16");
  RunResult run = repo.check("--diff-base main");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("corpus/border-c.md: error: UTF-16 text") != std::string::npos);
  CHECK(run.err.find("factlint: error: the change's own document 'corpus/border-c.md' could not be read (above), so "
                     "the change was not checked whole") != std::string::npos);
  // The report is still written.
  CHECK(run.out.find("checked the change since 'main'") != std::string::npos);
  RunResult named = repo.check("--changed corpus/border-c.md");
  CHECK(named.exit_code == 2);
}
