// Tests for report/junit_report: well-formed JUnit XML, one test case per finding.
#include <catch2/catch.hpp>

#include <regex>
#include <vector>

#include "report/junit_report.h"
#include "report_fixture.h"

using namespace factlint;

namespace {

// Whether every tag is closed in order and every '&' starts an entity or character
// reference: enough of well-formedness to catch a missing escape.
bool well_formed(const std::string& xml) {
  std::vector<std::string> open;
  std::regex tag(R"(<(/?)([A-Za-z_][\w.-]*)((?:\s+[\w.-]+="[^"<]*")*)\s*(/?)>)");
  std::size_t pos = xml.find("?>");  // after the declaration
  if (pos == std::string::npos) return false;
  pos += 2;
  while (true) {
    std::size_t lt = xml.find('<', pos);
    std::string text = xml.substr(pos, lt == std::string::npos ? std::string::npos : lt - pos);
    if (text.find('>') != std::string::npos) return false;
    if (lt == std::string::npos) break;
    std::smatch m;
    std::string rest = xml.substr(lt);
    if (!std::regex_search(rest, m, tag, std::regex_constants::match_continuous)) return false;
    if (m[1] == "/") {
      if (open.empty() || open.back() != m[2]) return false;
      open.pop_back();
    } else if (m[4] != "/") {
      open.push_back(m[2]);
    }
    pos = lt + m.length(0);
  }
  std::regex bad_amp(R"(&(?!(amp|lt|gt|quot|apos|#\d+);))");
  return open.empty() && !std::regex_search(xml, bad_amp);
}

}  // namespace

TEST_CASE("the JUnit report counts findings and fails conflicts", "[report]") {
  std::string xml = report::junit_report(testing::input());
  CHECK(well_formed(xml));
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
  CHECK(xml.find("<testsuites name=\"factlint\" tests=\"2\" failures=\"1\"") != std::string::npos);
  CHECK(xml.find("<testsuite name=\"border_length\" tests=\"2\" failures=\"1\"") != std::string::npos);
  CHECK(xml.find("<testcase classname=\"border_length\" name=\"border_length(A, B)\"/>") != std::string::npos);
  CHECK(xml.find("<testcase classname=\"border_length\" name=\"border_length(China, Russia)\">") != std::string::npos);
  CHECK(xml.find("<failure message=\"values-differ: &apos;2,300 mi&apos; vs &apos;2,600 mi&apos;\" "
                 "type=\"conflicting\">") != std::string::npos);
  CHECK(xml.find("  corpus/a.md:49:184 (MIT News, 2023-11-17)\n    Russia guards its 2,300-mile border.") !=
        std::string::npos);
}

TEST_CASE("a single-source finding passes and says where it is stated", "[report]") {
  report::ReportInput in = testing::input();
  in.findings[1].verdict = compare::Verdict::SingleSource;
  std::string xml = report::junit_report(in);
  CHECK(well_formed(xml));
  CHECK(xml.find("<failure") == std::string::npos);
  CHECK(xml.find("<system-out>") != std::string::npos);
  CHECK(xml.find("failures=\"0\"") != std::string::npos);
}

// Before: an acknowledged conflict was a failed test while the run exited 0 (a newcomer's report).
TEST_CASE("a conflict of severity info passes, as it passes the gate", "[report]") {
  report::ReportInput in = testing::input();
  in.findings[1].severity = "info";
  std::string xml = report::junit_report(in);
  CHECK(well_formed(xml));
  CHECK(xml.find("<failure") == std::string::npos);
  CHECK(xml.find("failures=\"0\"") != std::string::npos);
  CHECK(xml.find("<system-out>conflicting (severity info): values-differ: &apos;2,300 mi&apos; vs &apos;2,600 "
                 "mi&apos;") != std::string::npos);
}

TEST_CASE("the JUnit report escapes XML specials and drops control characters", "[report]") {
  report::ReportInput in = testing::input();
  compare::Finding& f = in.findings[1];
  f.key = "border_length(<&\">, 'x')";
  f.scope = "a&b";
  f.values[0].value.display = "<2,300> & \"more\"";
  f.values[0].statements[0].sentence = "Bell\x07 and tab\there </failure> & <b>";
  std::string xml = report::junit_report(in);
  CAPTURE(xml);
  CHECK(well_formed(xml));
  CHECK(xml.find("name=\"border_length(&lt;&amp;&quot;&gt;, &apos;x&apos;) [a&amp;b]\"") != std::string::npos);
  CHECK(xml.find("&lt;2,300&gt; &amp; &quot;more&quot;") != std::string::npos);
  CHECK(xml.find("Bell\xEF\xBF\xBD and tab\there &lt;/failure&gt; &amp; &lt;b&gt;") != std::string::npos);
  CHECK(xml.find('\x07') == std::string::npos);
}

TEST_CASE("XML escaping keeps line breaks in attributes as references", "[report]") {
  CHECK(report::xml_escape("a\nb\tc\rd") == "a&#10;b&#9;c&#13;d");
  CHECK(report::xml_escape("a\nb\tc\rd", false) == "a\nb\tc&#13;d");
  CHECK(report::xml_escape("<&>\"'") == "&lt;&amp;&gt;&quot;&apos;");
}
