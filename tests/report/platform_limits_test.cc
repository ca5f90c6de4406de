// Every CI format stays within what its platform accepts when a fact is stated in
// thousands of documents (GitHub: 10 annotations of a kind per step, 65,536 characters
// in a comment, 1 MiB in a step summary; code scanning: 25,000 results a log).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "report/github_report.h"
#include "report/markdown_report.h"
#include "report/sarif_report.h"
#include "report_fixture.h"

using namespace factlint;

namespace {

// `conflicts` conflicting findings, each with two values stated in `documents` documents each.
report::ReportInput crowded(int conflicts, int documents) {
  report::ReportInput in;
  for (int c = 0; c < conflicts; ++c) {
    compare::Finding f = testing::finding(compare::Verdict::Conflicting, "border_length(A" + std::to_string(c) + ", B)");
    f.id = "f-" + std::to_string(1000000000 + c);
    for (compare::ValueGroup& g : f.values) {
      match::Statement s = g.statements[0];
      g.statements.clear();
      for (int d = 0; d < documents; ++d) {
        s.document = "corpus/doc-" + std::to_string(d) + ".md";
        g.statements.push_back(s);
      }
    }
    in.findings.push_back(std::move(f));
  }
  in.statement_count = static_cast<std::size_t>(conflicts * documents * 2);
  return in;
}

std::size_t lines_starting(const std::string& text, const std::string& prefix) {
  std::size_t n = 0, start = 0;
  while (start < text.size()) {
    if (text.compare(start, prefix.size(), prefix) == 0) ++n;
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return n;
}

}  // namespace

TEST_CASE("GitHub annotations stop at the per-step limit and say what was left out", "[report][limits]") {
  std::string out = report::github_report(crowded(30, 2000));
  CHECK(lines_starting(out, "::error ") == 10);
  CHECK(lines_starting(out, "::notice ") == 1);
  CHECK(out.find("119990 more annotations left out (GitHub shows 10 of each kind per step)") != std::string::npos);
  CHECK(out.size() < 20'000);  // each body lists 10 places, then "and N more"
  CHECK(out.find("... and 1990 more places") != std::string::npos);
}

TEST_CASE("conflicts the baseline knows are not annotated, and the notice says so", "[report][limits]") {
  report::ReportInput in = crowded(3, 1);
  in.baseline_state = {{in.findings[0].id, compare::BaselineState::Known},
                       {in.findings[1].id, compare::BaselineState::Known},
                       {in.findings[2].id, compare::BaselineState::New}};
  std::string out = report::github_report(in);
  CHECK(lines_starting(out, "::error ") == 2);  // the new finding's two statements
  CHECK(out.find("border_length(A2, B)") != std::string::npos);
  CHECK(out.find("border_length(A0, B)") == std::string::npos);
  CHECK(out.find("2 conflicts known to the baseline not annotated") != std::string::npos);
}

TEST_CASE("the Markdown comment and step summary stay under GitHub's sizes", "[report][limits]") {
  report::ReportInput in = crowded(300, 2000);
  std::string comment = report::markdown_report(in);
  CHECK(comment.size() <= report::kCommentBytes);
  CHECK(comment.find("more parts of this report left out to stay under 60000 bytes") != std::string::npos);
  CHECK(comment.find("**300 conflicts**") != std::string::npos);  // the counts are always there
  std::string summary = report::markdown_report(in, report::kStepSummaryBytes);
  CHECK(summary.size() <= report::kStepSummaryBytes);
  CHECK(summary.size() > comment.size());
}

TEST_CASE("with a baseline the Markdown counts and rows say new or known", "[report][limits]") {
  report::ReportInput in = crowded(2, 1);
  in.baseline_state = {{in.findings[0].id, compare::BaselineState::Known},
                       {in.findings[1].id, compare::BaselineState::New}};
  std::string md = report::markdown_report(in);
  CHECK(md.find("**2 conflicts** (1 new, 1 known to the baseline), 0 consistent facts") != std::string::npos);
  CHECK(md.find("| values-differ (in the baseline) |") != std::string::npos);
  CHECK(md.find("| values-differ (new) |") != std::string::npos);
}

TEST_CASE("SARIF lists at most ten related locations a result and caps its results", "[report][limits]") {
  report::ReportInput in = crowded(2, 3000);
  auto log = nlohmann::json::parse(report::sarif_report(in, {"1.0", ""}));
  const auto& results = log["runs"][0]["results"];
  CHECK(results.size() == report::kMaxSarifResults);
  for (const auto& r : results) REQUIRE(r["relatedLocations"].size() <= report::kMaxRelatedLocations);
  CHECK(results[0]["message"]["text"].get<std::string>().find("2990 more statements of other values") !=
        std::string::npos);
  const auto& notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notes.size() == 1);
  CHECK(notes[0]["message"]["text"].get<std::string>().find("7000 more results left out") != std::string::npos);
}
