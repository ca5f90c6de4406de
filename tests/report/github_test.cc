// Tests for report/github_report: GitHub Actions annotations, one line each.
#include <catch2/catch.hpp>

#include <algorithm>

#include "report/github_report.h"
#include "report_fixture.h"

using namespace factlint;

TEST_CASE("every statement of a conflict becomes one annotation", "[report]") {
  std::string out = report::github_report(testing::input());
  CHECK(std::count(out.begin(), out.end(), '\n') == 2);
  CHECK(out.rfind("::error file=corpus/a.md,line=49,col=184,endColumn=194,"
                  "title=factlint%3A border_length(China%2C Russia) (values-differ)::"
                  "border_length(China, Russia): this source says '2,300 mi'; other sources say '2,600 mi' "
                  "(values-differ)%0A'2,600 mi' at corpus/b.md:49:184 (CFR, 2024-03-29)\n",
                  0) == 0);
  CHECK(out.find("::error file=corpus/b.md,line=49,col=184,") != std::string::npos);
}

TEST_CASE("annotations follow the fact's severity", "[report]") {
  auto [severity, command] = GENERATE(table<std::string, std::string>(
      {{"error", "::error "}, {"warning", "::warning "}, {"info", "::notice "}}));
  report::ReportInput in = testing::input();
  in.findings[1].severity = severity;
  std::string out = report::github_report(in);
  CHECK(out.rfind(command, 0) == 0);
}

TEST_CASE("consistent and single-source findings give no annotations", "[report]") {
  report::ReportInput in = testing::input();
  in.findings[1].verdict = compare::Verdict::SingleSource;
  CHECK(report::github_report(in).empty());
}

TEST_CASE("annotations escape newlines in messages and commas and colons in properties", "[report]") {
  report::ReportInput in = testing::input();
  compare::Finding& f = in.findings[1];
  f.key = "rate(a, b): 100%";
  // Annotations quote each statement's own reading, so that is where the newline goes.
  f.values[0].statements[0].value.display = "line one\r\nline two";
  f.values[0].statements[0].document = "corpus/a,b:c%.md";
  std::string out = report::github_report(in);
  CAPTURE(out);
  CHECK(std::count(out.begin(), out.end(), '\n') == 2);
  CHECK(out.find('\r') == std::string::npos);
  CHECK(out.rfind("::error file=corpus/a%2Cb%3Ac%25.md,line=49,col=184,", 0) == 0);
  CHECK(out.find("title=factlint%3A rate(a%2C b)%3A 100%25 (values-differ)::") != std::string::npos);
  CHECK(out.find("::rate(a, b): 100%25: this source says 'line one%0D%0Aline two';") != std::string::npos);
}

TEST_CASE("the escaping functions follow GitHub's workflow command rules", "[report]") {
  CHECK(report::github_escape_data("50% a:b, c\r\n") == "50%25 a:b, c%0D%0A");
  CHECK(report::github_escape_property("50% a:b, c\r\n") == "50%25 a%3Ab%2C c%0D%0A");
}

TEST_CASE("problems with the inputs become annotations on their file", "[report]") {
  report::ReportInput in = testing::input();
  in.findings.clear();
  source::Diagnostic d;
  d.severity = source::Severity::Warning;
  d.path = "corpus/c.md";
  d.location = {3, 7};
  d.message = "invalid UTF-8";
  in.errors.push_back(d);
  CHECK(report::github_report(in) == "::warning file=corpus/c.md,line=3,col=7::invalid UTF-8\n");
}

// Before: every statement was an ::error, the majority's too, and the per-step limit
// was spent on the first conflicts' agreeing sources (a newcomer's report).
TEST_CASE("the value most documents state is a notice, the others errors", "[report]") {
  report::ReportInput in = testing::input();
  compare::Finding& f = in.findings[1];
  for (const char* doc : {"corpus/c.md", "corpus/d.md"}) f.values[1].statements.push_back(testing::statement(doc, 2600, "2,600"));
  std::string out = report::github_report(in);
  CAPTURE(out);
  CHECK(out.rfind("::error file=corpus/a.md,", 0) == 0);
  CHECK(std::count(out.begin(), out.end(), '\n') == 4);
  for (const char* doc : {"b", "c", "d"}) CHECK(out.find(std::string("::notice file=corpus/") + doc + ".md,") != std::string::npos);
  CHECK(out.find("::error file=corpus/b.md") == std::string::npos);
}

TEST_CASE("every conflict's disagreeing statement is annotated before any agreeing one", "[report][limits]") {
  report::ReportInput in = testing::input();
  compare::Finding conflict = in.findings[1];
  for (const char* doc : {"corpus/c.md", "corpus/d.md"}) {
    conflict.values[1].statements.push_back(testing::statement(doc, 2600, "2,600"));
  }
  in.findings.clear();
  for (int i = 0; i < 8; ++i) {
    conflict.key = "border_length(K" + std::to_string(i) + ", Russia)";
    in.findings.push_back(conflict);
  }
  std::string out = report::github_report(in);
  std::size_t errors = 0;
  for (std::size_t at = out.find("::error "); at != std::string::npos; at = out.find("::error ", at + 1)) ++errors;
  CHECK(errors == 8);  // one per conflict, though 8 x 3 notices come after them
  CHECK(out.find("::notice file=") > out.rfind("::error file="));
}

// Before: an acknowledged conflict (severity info) listed first put its notices before
// the errors of the conflicts after it, though docs/ci.md says errors come first (a
// newcomer's report).
TEST_CASE("errors come before warnings and notices whatever the findings' order", "[report]") {
  report::ReportInput in = testing::input();
  compare::Finding acknowledged = in.findings[1];
  acknowledged.key = "border_length(A, B)";
  acknowledged.severity = "info";
  in.findings.insert(in.findings.begin(), acknowledged);
  compare::Finding warned = in.findings[2];
  warned.severity = "warning";
  in.findings.insert(in.findings.begin(), warned);
  const std::string out = report::github_report(in);
  const std::size_t last_error = out.rfind("::error ");
  const std::size_t first_warning = out.find("::warning ");
  const std::size_t first_notice = out.find("::notice ");
  REQUIRE(last_error != std::string::npos);
  REQUIRE(first_warning != std::string::npos);
  REQUIRE(first_notice != std::string::npos);
  CHECK(last_error < first_warning);
  CHECK(first_warning < first_notice);
}
