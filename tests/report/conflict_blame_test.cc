// Tests for report/conflict_blame: which statements of a conflict the CI formats blame,
// and that `github` and SARIF blame the same ones at the same level.
#include "report/conflict_blame.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "report/github_report.h"
#include "report/sarif_report.h"
#include "report_fixture.h"

using namespace factlint;
using report::Blame;

namespace {

// The fixture's conflict with 2,600 mi stated by b.md, c.md and d.md against a.md's 2,300.
report::ReportInput majority_conflict() {
  report::ReportInput in = testing::input();
  for (const char* doc : {"corpus/c.md", "corpus/d.md"}) {
    in.findings[1].values[1].statements.push_back(testing::statement(doc, 2600, "2,600"));
  }
  return in;
}

compare::ChangeScope change_of(std::vector<std::string> documents) {
  compare::ChangeScope scope;
  scope.changed_documents = std::move(documents);
  scope.changed_files = scope.changed_documents.size();
  return scope;
}

// Each annotated document with its level, as `github` gives it ("error", "notice").
std::map<std::string, std::string> github_levels(const report::ReportInput& in) {
  std::map<std::string, std::string> out;
  const std::string text = report::github_report(in);
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    std::string line = text.substr(at, end - at);
    at = end + 1;
    std::size_t file = line.find(" file=");
    if (line.rfind("::", 0) != 0 || file == std::string::npos) continue;
    std::string level = line.substr(2, file - 2);
    out[line.substr(file + 6, line.find(',', file) - file - 6)] = level;
  }
  return out;
}

// The same from the SARIF log, its levels spelt as `github` spells them.
std::map<std::string, std::string> sarif_levels(const report::ReportInput& in) {
  std::map<std::string, std::string> out;
  nlohmann::json log = nlohmann::json::parse(report::sarif_report(in, {"1.2.3", ""}));
  for (const nlohmann::json& r : log["runs"][0]["results"]) {
    std::string level = r["level"];
    out[r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]] = level == "note" ? "notice" : level;
  }
  return out;
}

}  // namespace

TEST_CASE("in a whole-corpus check the value most documents state is context", "[report]") {
  report::ReportInput in = majority_conflict();
  auto blames = report::blame(in.findings[1], nullptr);
  CHECK(blames == std::vector<std::vector<Blame>>{{Blame::Fault}, {Blame::Context, Blame::Context, Blame::Context}});
  // Before, SARIF made every statement an error while `github` made the majority notices.
  const std::map<std::string, std::string> expected{
      {"corpus/a.md", "error"}, {"corpus/b.md", "notice"}, {"corpus/c.md", "notice"}, {"corpus/d.md", "notice"}};
  CHECK(github_levels(in) == expected);
  CHECK(sarif_levels(in) == expected);
}

TEST_CASE("in a change check the change's statements are at fault, whichever value they state", "[report]") {
  // A newcomer's pull request added c.md and d.md, which agree with b.md on a wrong value:
  // the majority. Before, the annotations put the error on a.md, which the change did
  // not touch, and only notices on the change's own lines.
  report::ReportInput in = majority_conflict();
  in.change = change_of({"corpus/c.md", "corpus/d.md"});
  auto blames = report::blame(in.findings[1], &*in.change);
  CHECK(blames == std::vector<std::vector<Blame>>{{Blame::Context}, {Blame::Context, Blame::Fault, Blame::Fault}});
  const std::map<std::string, std::string> expected{
      {"corpus/a.md", "notice"}, {"corpus/b.md", "notice"}, {"corpus/c.md", "error"}, {"corpus/d.md", "error"}};
  CHECK(github_levels(in) == expected);
  CHECK(sarif_levels(in) == expected);
  // The errors come first, so GitHub's per-step limit is spent on them.
  const std::string text = report::github_report(in);
  CHECK(text.rfind("::error file=corpus/c.md,", 0) == 0);
}

TEST_CASE("a change that holds none of a conflict's statements blames as a whole-corpus check", "[report]") {
  // A changed rule or decision can make a conflict of documents the change did not
  // touch: the run still fails on it, so it must still carry an error.
  report::ReportInput in = majority_conflict();
  in.change = change_of({"corpus/z.md"});
  CHECK(report::blame(in.findings[1], &*in.change) == report::blame(in.findings[1], nullptr));
  CHECK(github_levels(in).at("corpus/a.md") == "error");
  CHECK(sarif_levels(in) == github_levels(in));
}

TEST_CASE("under a canonical value the deviating statements are at fault, however many", "[report]") {
  report::ReportInput in = majority_conflict();
  compare::Finding& f = in.findings[1];
  f.reason = "deviates-from-decision";
  f.values[0].deviates = false;  // a.md states the editors' value
  f.values[1].deviates = true;   // three documents deviate from it
  // Before, `github` made the three deviating statements notices, as the majority.
  CHECK(report::blame(f, nullptr) ==
        std::vector<std::vector<Blame>>{{Blame::Left}, {Blame::Fault, Blame::Fault, Blame::Fault}});
  const std::map<std::string, std::string> expected{
      {"corpus/b.md", "error"}, {"corpus/c.md", "error"}, {"corpus/d.md", "error"}};
  CHECK(github_levels(in) == expected);
  CHECK(sarif_levels(in) == expected);

  SECTION("a change that states the canonical value leaves the old deviations as context") {
    in.change = change_of({"corpus/a.md"});
    CHECK(report::blame(f, &*in.change) ==
          std::vector<std::vector<Blame>>{{Blame::Left}, {Blame::Context, Blame::Context, Blame::Context}});
    CHECK(github_levels(in) == sarif_levels(in));
  }
}
