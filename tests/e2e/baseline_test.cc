// End to end: `factlint baseline create|update|prune` on a copy of the bundled corpus,
// and `check --baseline FILE` failing only on findings the baseline does not know.
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::RunResult;
using factlint::testing::run_factlint;
using factlint::testing::read_file;
using factlint::testing::write_file;

namespace fs = std::filesystem;

namespace {

// rules/ and corpus/ copied to a temp dir. run_factlint works in the source tree, so
// every path is passed absolute and nothing there is read or written.
struct Workspace {
  std::string dir = make_temp_dir();
  std::string baseline = dir + "/.factlint-baseline.json";

  Workspace() {
    fs::copy(FACTLINT_SOURCE_DIR "/rules", dir + "/rules", fs::copy_options::recursive);
    fs::copy(FACTLINT_SOURCE_DIR "/corpus", dir + "/corpus", fs::copy_options::recursive);
  }

  // `command` with the copy's rules, documents and store, then `extra`.
  std::string args(const std::string& command, const std::string& extra = "") const {
    return command + " --rules '" + dir + "/rules' '" + dir + "/corpus' --db '" + dir + "/f.db' --baseline '" +
           baseline + "' " + extra;
  }

  std::set<std::string> baseline_ids() const {
    std::ifstream in(baseline);
    nlohmann::json root = nlohmann::json::parse(in);
    std::set<std::string> ids;
    for (const auto& entry : root["findings"]) ids.insert(entry["id"].get<std::string>());
    return ids;
  }
};

// Runs factlint with `dir` as working directory, as CI runs it in a checkout: default
// rules/, corpus/, store and .factlint-baseline.json.
RunResult run_in(const std::string& dir, const std::string& args) {
  std::string command = "cd '" + dir + "' && '" FACTLINT_BIN "' " + args + " >'" + dir + "/stdout.txt' 2>'" + dir +
                        "/stderr.txt'";
  int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(dir + "/stdout.txt");
  result.err = read_file(dir + "/stderr.txt");
  return result;
}

}  // namespace

TEST_CASE("a committed .factlint-baseline.json is used by default, and --no-baseline ignores it", "[e2e]") {
  Workspace w;
  auto created = run_in(w.dir, "baseline create");
  INFO(created.err);
  REQUIRE(created.exit_code == 0);
  CHECK(created.out.rfind("baseline: wrote '.factlint-baseline.json': ", 0) == 0);
  CHECK(fs::exists(w.baseline));

  auto checked = run_in(w.dir, "check");
  CHECK(checked.exit_code == 0);
  CHECK(checked.err.find("in the baseline (not failing), 0 new") != std::string::npos);

  auto ignored = run_in(w.dir, "check --no-baseline");
  CHECK(ignored.exit_code == 1);
  CHECK(ignored.err.find("in the baseline") == std::string::npos);

  SECTION("report honours it as check does") { CHECK(run_in(w.dir, "report").exit_code == 0); }
  SECTION("--fail-on single-source is spared by the baseline as well") {
    CHECK(run_in(w.dir, "check --fail-on single-source").exit_code == 0);
  }
}

TEST_CASE("with a fresh baseline the bundled corpus passes the check", "[e2e]") {
  Workspace w;
  auto created = run_factlint(w.args("baseline create"));
  INFO(created.err);
  REQUIRE(created.exit_code == 0);
  CHECK(created.out.rfind("baseline: wrote '" + w.baseline + "': ", 0) == 0);
  CHECK(read_file(w.baseline).rfind("{\n  \"schema\": \"factlint-baseline/v1\",\n  \"findings\": [\n", 0) == 0);
  CHECK_FALSE(w.baseline_ids().empty());

  auto without = run_factlint("check --no-db --no-baseline --rules '" + w.dir + "/rules' '" + w.dir + "/corpus'");
  CHECK(without.exit_code == 1);

  auto checked = run_factlint(w.args("check"));
  INFO(checked.err);
  CHECK(checked.exit_code == 0);
  CHECK(checked.err.find("findings are in the baseline (not failing), 0 new") != std::string::npos);

  auto json = run_factlint(w.args("check", "--format json"));
  CHECK(json.exit_code == 0);
  CHECK(json.out.find("\"baseline\": \"known\"") != std::string::npos);
  CHECK(json.out.find("\"baseline\": \"new\"") == std::string::npos);
}

TEST_CASE("a document with a new conflicting statement fails a baselined check and is reported as new", "[e2e]") {
  Workspace w;
  REQUIRE(run_factlint(w.args("baseline create")).exit_code == 0);
  write_file(w.dir + "/corpus/zz-new.md",
             "---\ntitle: New\npublisher: Test\ndate: 2024-05-01\n---\n"
             "Russia annexed Crimea in 2015 after a disputed referendum.\n");
  auto checked = run_factlint(w.args("check"));
  INFO(checked.err);
  CHECK(checked.exit_code == 1);
  CHECK(checked.err.find("findings are in the baseline (not failing), 1 new") != std::string::npos);
  CHECK(checked.err.find("factlint: new since the baseline: crimea_annexation(Russia)") != std::string::npos);

  auto json = run_factlint(w.args("check", "--format json"));
  CHECK(json.exit_code == 1);
  nlohmann::json report = nlohmann::json::parse(json.out);
  std::size_t fresh = 0;
  for (const auto& f : report["findings"]) {
    if (f.value("baseline", "") != "new") continue;
    ++fresh;
    CHECK(f["key"] == "crimea_annexation(Russia)");
  }
  CHECK(fresh == 1);

  SECTION("update takes the new conflict into the baseline, and the check passes again") {
    auto updated = run_factlint(w.args("baseline update"));
    INFO(updated.err);
    CHECK(updated.exit_code == 0);
    CHECK(updated.out.find("(+1 new, -0 fixed, 0 changed)") != std::string::npos);
    CHECK(run_factlint(w.args("check")).exit_code == 0);
  }
}

TEST_CASE("baseline prune drops the entries a removed document fixed and keeps the rest", "[e2e]") {
  Workspace w;
  REQUIRE(run_factlint(w.args("baseline create")).exit_code == 0);
  std::set<std::string> before = w.baseline_ids();
  fs::remove(w.dir + "/corpus/2024-03-29-cfr-china-russia-authoritarian-powers.txt");

  auto checked = run_factlint(w.args("check"));
  CHECK(checked.err.find("fixed (gone or consistent now); 'factlint baseline prune' drops") != std::string::npos);

  auto pruned = run_factlint(w.args("baseline prune"));
  INFO(pruned.err);
  CHECK(pruned.exit_code == 0);
  std::set<std::string> after = w.baseline_ids();
  CHECK(after.size() < before.size());
  CHECK(std::includes(before.begin(), before.end(), after.begin(), after.end()));
  std::string dropped = "dropped " + std::to_string(before.size() - after.size()) + " fixed finding";
  CHECK(pruned.out.find(dropped) != std::string::npos);

  SECTION("a second prune changes nothing") {
    std::string text = read_file(w.baseline);
    auto again = run_factlint(w.args("baseline prune"));
    CHECK(again.exit_code == 0);
    CHECK(again.out.find("dropped 0 fixed findings") != std::string::npos);
    CHECK(read_file(w.baseline) == text);
  }
}

// Before: `baseline prune one.md` (as the check's note advised after `check one.md`)
// dropped every entry whose documents were not named, and `baseline update one.md` too.
TEST_CASE("a check of one document neither calls the rest fixed nor lets prune drop it", "[e2e]") {
  Workspace w;
  REQUIRE(run_factlint(w.args("baseline create")).exit_code == 0);
  const std::string text = read_file(w.baseline);
  const std::string one = "'" + w.dir + "/corpus/2024-03-29-cfr-china-russia-authoritarian-powers.txt'";
  const std::string base = " --rules '" + w.dir + "/rules' --db '" + w.dir + "/f.db' --baseline '" + w.baseline + "' ";

  auto checked = run_factlint("check" + base + one);
  CHECK(checked.err.find("not found in the documents named; a check of the whole corpus says whether they are "
                         "fixed") != std::string::npos);
  CHECK(checked.err.find("'factlint baseline prune' drops") == std::string::npos);

  for (const char* action : {"baseline prune", "baseline update"}) {
    auto refused = run_factlint(action + base + one);
    INFO(refused.err);
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("documents (not folders) were named on the command line") != std::string::npos);
    CHECK(read_file(w.baseline) == text);
  }
  // Named as the whole corpus, it goes ahead.
  auto forced = run_factlint("baseline prune" + base + one + " --force");
  CHECK(forced.exit_code == 0);
  CHECK(read_file(w.baseline) != text);
}

TEST_CASE("baseline create refuses to overwrite a baseline without --force", "[e2e]") {
  Workspace w;
  write_file(w.baseline, "{\"schema\": \"factlint-baseline/v1\", \"findings\": []}\n");
  auto refused = run_factlint(w.args("baseline create"));
  CHECK(refused.exit_code == 2);
  CHECK(refused.err == "factlint: error: '" + w.baseline +
                           "' already exists; 'factlint baseline update' refreshes it, --force overwrites it\n");
  CHECK(read_file(w.baseline) == "{\"schema\": \"factlint-baseline/v1\", \"findings\": []}\n");

  auto forced = run_factlint(w.args("baseline create", "--force"));
  CHECK(forced.exit_code == 0);
  CHECK_FALSE(w.baseline_ids().empty());
}

TEST_CASE("a broken baseline stops the check with a located error", "[e2e]") {
  Workspace w;
  write_file(w.baseline, "{\n  \"schema\": \"factlint-baseline/v1\",\n  \"findings\": [\n");
  auto checked = run_factlint(w.args("check"));
  CHECK(checked.exit_code == 2);
  CHECK(checked.err.find(w.baseline + ":3:16: error: syntax error while parsing value - unexpected end of input") !=
        std::string::npos);
  CHECK(run_factlint(w.args("baseline prune")).exit_code == 2);
}

TEST_CASE("a named baseline that does not exist stops the check", "[e2e]") {
  Workspace w;
  auto checked = run_factlint(w.args("check"));
  CHECK(checked.exit_code == 2);
  CHECK(checked.err.find(w.baseline + ": error: cannot read baseline file") != std::string::npos);
}
