// Tests for report/markdown_report: the pull-request comment and step summary.
#include <catch2/catch.hpp>

#include "report/markdown_report.h"
#include "report_fixture.h"

using namespace factlint;

namespace {

// The table rows of a Markdown text: lines that start with '|'.
std::vector<std::string> table_rows(const std::string& md) {
  std::vector<std::string> rows;
  std::size_t pos = 0;
  while (pos < md.size()) {
    std::size_t end = md.find('\n', pos);
    if (end == std::string::npos) end = md.size();
    if (md[pos] == '|') rows.push_back(md.substr(pos, end - pos));
    pos = end + 1;
  }
  return rows;
}

// Cell separators: pipes without a backslash before them.
int unescaped_pipes(const std::string& row) {
  int n = 0;
  for (std::size_t i = 0; i < row.size(); ++i) n += row[i] == '|' && (i == 0 || row[i - 1] != '\\');
  return n;
}

}  // namespace

TEST_CASE("the Markdown report opens with the counts and a table of conflicts", "[report]") {
  std::string md = report::markdown_report(testing::input());
  CHECK(md.find("**1 conflict**, 1 consistent fact, 0 single-source facts in 2 documents (4 statements, 2 findings)") !=
        std::string::npos);
  CHECK(md.find("| fact | values | reason |\n|---|---|---|\n| border\\_length(China, Russia) | **2,300 mi**: "
                "`corpus/a.md:49:184` (\u201cA\u201d, MIT News, 2023-11-17)<br>**2,600 mi**: `corpus/b.md:49:184` "
                "(\u201cB\u201d, CFR, 2024-03-29) | values-differ |\n") != std::string::npos);
}

TEST_CASE("each conflict lists its sentences with their places", "[report]") {
  std::string md = report::markdown_report(testing::input());
  CHECK(md.find("### border\\_length(China, Russia) (values-differ)\n") != std::string::npos);
  CHECK(md.find("- **2,300 mi**\n  - `corpus/a.md:49:184` (\u201cA\u201d, MIT News, 2023-11-17)\n"
                "    > Russia guards its 2,300-mile border.\n") != std::string::npos);
  CHECK(md.find("- **2,600 mi** (best supported)\n  - `corpus/b.md:49:184` (\u201cB\u201d, CFR, 2024-03-29)\n") !=
        std::string::npos);
}

// A newcomer's report (session 11): the Markdown report named sources by path only.
TEST_CASE("the Markdown report names a source by its title, escaped and cut short", "[report]") {
  report::ReportInput in = testing::input();
  in.documents[0].meta.title = "*Talks* | <b>@team</b> at the border: what the two governments agreed";
  std::string md = report::markdown_report(in);
  INFO(md);
  CHECK(md.find("`corpus/a.md:49:184` (\u201c\\*Talks\\* \\| \\<b\\>@\u2060team\\</b\\> at the border: what the\u2026\u201d, "
                "MIT News, 2023-11-17)") != std::string::npos);
  // The title's pipe does not split the conflicts table's row.
  std::size_t row = md.find("| border\\_length(China");
  REQUIRE(row != std::string::npos);
  CHECK(unescaped_pipes(md.substr(row, md.find('\n', row) - row)) == 4);
}

TEST_CASE("the Markdown report lists every conflict", "[report]") {
  report::ReportInput in = testing::input();
  in.findings.push_back(testing::finding(compare::Verdict::Conflicting, "border_length(Russia, Ukraine)"));
  std::string md = report::markdown_report(in);
  CHECK(md.find("**2 conflicts**") != std::string::npos);
  for (const char* key : {"border\\_length(China, Russia)", "border\\_length(Russia, Ukraine)"}) {
    CAPTURE(key);
    CHECK(md.find(std::string("| ") + key + " | ") != std::string::npos);
    CHECK(md.find(std::string("### ") + key + " (values-differ)") != std::string::npos);
  }
}

TEST_CASE("consistent and single-source facts are folded into details", "[report]") {
  report::ReportInput in = testing::input();
  in.findings.push_back(testing::finding(compare::Verdict::SingleSource, "border_length(Russia, Ukraine)"));
  std::string md = report::markdown_report(in);
  std::size_t single = md.find("<details>\n<summary>1 single-source fact</summary>");
  std::size_t consistent = md.find("<details>\n<summary>1 consistent fact</summary>");
  REQUIRE(single != std::string::npos);
  REQUIRE(consistent != std::string::npos);
  CHECK(md.find("| border\\_length(A, B) | ", consistent) != std::string::npos);
  CHECK(md.find("| border\\_length(Russia, Ukraine) | ", single) != std::string::npos);
}

TEST_CASE("Markdown escapes pipes, HTML and line breaks from the documents", "[report]") {
  report::ReportInput in = testing::input();
  compare::Finding& f = in.findings[1];
  f.key = "ratio(a|b)";
  f.values[0].value.display = "1 | 2";
  f.values[0].statements[0].sentence = "It is <b>bold</b>\nand | piped.";
  f.values[1].statements[0].document = "corpus/odd|name.md";
  std::string md = report::markdown_report(in);
  CAPTURE(md);
  const std::vector<std::string> rows = table_rows(md);
  REQUIRE(rows.size() >= 3);  // header, rule, the conflict
  for (const std::string& row : rows) {
    CAPTURE(row);
    CHECK(unescaped_pipes(row) == 4);  // three cells
  }
  CHECK(md.find("| ratio(a\\|b) | **1 \\| 2**: ") != std::string::npos);
  CHECK(md.find("corpus/odd\\|name.md:49:184") != std::string::npos);
  CHECK(md.find("> It is \\<b\\>bold\\</b\\> and \\| piped.") != std::string::npos);
  CHECK(md.find("<b>") == std::string::npos);
}
