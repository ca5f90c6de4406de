// Tests for report/csv_report: a row per statement, quoted as RFC 4180 says, document
// text made inert for spreadsheets and terminals.
#include "report/csv_report.h"

#include <catch2/catch.hpp>

#include "report_fixture.h"

using namespace factlint;
using factlint::testing::input;

namespace {

std::string csv_of(const report::ReportInput& in) {
  std::string out;
  report::write_csv_report(in, [&](std::string_view piece) { out += piece; });
  return out;
}

}  // namespace

TEST_CASE("the CSV report has a header and a row per statement", "[report]") {
  const std::string csv = csv_of(input());
  CHECK(csv.rfind(std::string(report::kCsvColumns) + "\r\n", 0) == 0);
  std::size_t rows = 0;
  for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++rows;
  CHECK(rows == 5);  // the header and two findings of two statements each
  CHECK(csv.find("f-0123456789,border_length,\"border_length(China, Russia)\",,conflicting,values-differ,2,600 mi") ==
        std::string::npos);  // a display with a comma is quoted
  CHECK(csv.find("f-0123456789,border_length,\"border_length(China, Russia)\",,conflicting,values-differ,\"2,600 mi\","
                 "true,false,corpus/b.md,49,184,\"2,600-mile\",\"Russia guards its 2,600-mile border.\",B,CFR,2024-03-29,,") !=
        std::string::npos);
}

TEST_CASE("CSV cells are quoted when they must be and never run as formulas or escapes", "[report]") {
  CHECK(report::csv_cell("plain") == "plain");
  CHECK(report::csv_cell("a, b") == "\"a, b\"");
  CHECK(report::csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  // A document's sentence made into a formula stays text; a signed figure stays a figure.
  CHECK(report::csv_cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(report::csv_cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(report::csv_cell("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0");
  CHECK(report::csv_cell("-3.2%") == "-3.2%");
  CHECK(report::csv_cell("-12,000") == "\"-12,000\"");
  // A terminal escape in a document is shown, not sent.
  CHECK(report::csv_cell("red \x1b[31m text") == "red \\x1b[31m text");
  CHECK(report::csv_cell("two\nlines").find('\n') == std::string::npos);
}

// Before: the CSV gave each value only as text ("2,600 mi"), so a weekly spreadsheet could
// not sort or sum it, and said nothing of what a --diff-base change did (an analyst).
TEST_CASE("the CSV gives each statement's value as numbers with its unit, and the change", "[report]") {
  report::ReportInput in = input();
  CHECK(std::string(report::kCsvColumns).ends_with(",url,low,high,unit,change"));
  const std::string plain = csv_of(in);
  CHECK(plain.find("Russia guards its 2,600-mile border.\",B,CFR,2024-03-29,,4184294.4,4184294.4,m,\r\n") !=
        std::string::npos);
  compare::ChangeScope scope;
  scope.base = "main";
  scope.compared_with_base = true;
  scope.kinds[in.findings.front().id] = compare::ChangeKind::Introduced;
  in.change = scope;
  CHECK(csv_of(in).find(",m,introduced\r\n") != std::string::npos);
}
