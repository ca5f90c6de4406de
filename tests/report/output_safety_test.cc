// Document text and file names are written by anyone: no report format may let them
// become a terminal escape, a CI workflow command, a mention or markup.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "report/csv_report.h"
#include "report/explain_report.h"
#include "report/json_report.h"
#include "report/junit_report.h"
#include "report/markdown_report.h"
#include "report/sarif_report.h"
#include "report/text_report.h"
#include "report_fixture.h"

using namespace factlint;

namespace {

// The fixture with a hostile sentence, value text, file name and publisher.
report::ReportInput hostile_input() {
  report::ReportInput in = testing::input();
  for (compare::Finding& f : in.findings) {
    for (compare::ValueGroup& g : f.values) {
      for (match::Statement& s : g.statements) {
        s.document = "corpus/a b#1?x=%41\n::error::pwned.md";
        s.sentence = "::error file=README.md,line=1::injected \x1b[2J @octocat ##[warning]x";
        s.value.text = "2,300\x1b]0;title\x07";
      }
    }
  }
  in.documents = {{"corpus/a b#1?x=%41\n::error::pwned.md", {"T", "@team \x1b[31mred", "2023-11-17", ""}, ""}};
  return in;
}

// Every line of `text`, with leading blanks removed as a CI runner does.
std::vector<std::string> trimmed_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    line.erase(0, line.find_first_not_of(" \t"));
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

void require_no_commands(const std::string& text) {
  INFO(text);
  REQUIRE_FALSE(trimmed_lines(text).empty());  // an empty output would pass the checks below
  CHECK(text.find("##[") == std::string::npos);
  for (const std::string& line : trimmed_lines(text)) CHECK(line.rfind("::", 0) != 0);
}

}  // namespace

TEST_CASE("the text report escapes controls and never starts a workflow command", "[report][safety]") {
  for (bool color : {false, true}) {
    std::string out = report::text_report(hostile_input(), {color, true});
    require_no_commands(out);
    CHECK(out.find("\x1b[2J") == std::string::npos);
    CHECK(out.find("\x1b]0;") == std::string::npos);
    CHECK(out.find("\\x1b[2J") != std::string::npos);
    CHECK(out.find("a b#1?x=%41\\n::error::pwned.md") != std::string::npos);  // one line, visibly escaped
  }
}

TEST_CASE("the Markdown report escapes markup, controls and mentions", "[report][safety]") {
  std::string out = report::markdown_report(hostile_input());
  require_no_commands(out);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find("@octocat") == std::string::npos);
  CHECK(out.find("@\u2060octocat") != std::string::npos);
  CHECK(out.find("@team") == std::string::npos);
  CHECK(out.find("a b#1?x=%41\\n::error::pwned.md") != std::string::npos);  // the newline shown, not kept
}

TEST_CASE("CSV output escapes controls and starts no line with a workflow command", "[report][safety]") {
  std::string out;
  report::write_csv_report(hostile_input(), [&](std::string_view piece) { out += piece; });
  REQUIRE(out.find("injected") != std::string::npos);
  require_no_commands(out);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find("\\x1b[2J") != std::string::npos);
}

TEST_CASE("JUnit output is XML with no workflow command", "[report][safety]") {
  std::string out = report::junit_report(hostile_input());
  REQUIRE(out.find("injected") != std::string::npos);  // the hostile sentence is there, made harmless
  require_no_commands(out);
  CHECK(out.find('\x1b') == std::string::npos);
}

TEST_CASE("JSON and SARIF keep the text exactly, as JSON, with no workflow command", "[report][safety]") {
  std::string json = report::json_report_text(hostile_input());
  require_no_commands(json);
  // The report `check` writes element by element is the document's text, byte for byte.
  CHECK(json == report::json_text(report::json_report(hostile_input())));
  auto parsed = nlohmann::json::parse(json);
  CHECK(parsed.dump().find("##[warning]") != std::string::npos);  // decoded, the text is unchanged

  std::string sarif = report::sarif_report(hostile_input(), {"1.0", ""});
  require_no_commands(sarif);
  auto log = nlohmann::json::parse(sarif);
  const auto& location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
  CHECK(location["uri"] == "corpus/a%20b%231%3Fx%3D%2541%0A%3A%3Aerror%3A%3Apwned.md");
}

TEST_CASE("JSON text replaces invalid UTF-8 instead of failing", "[report][safety]") {
  nlohmann::json j = {{"path", std::string("bad\xFF.md")}};
  CHECK(report::json_text(j) == "{\n  \"path\": \"bad\xEF\xBF\xBD.md\"\n}\n");
}
