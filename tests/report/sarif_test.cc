// Tests for report/sarif_report: the SARIF 2.1.0 shape code scanning reads.
#include <catch2/catch.hpp>

#include <set>

#include <nlohmann/json.hpp>

#include "report/finding_text.h"
#include "report/sarif_report.h"
#include "report_fixture.h"

using namespace factlint;

namespace {

nlohmann::json sarif(const report::ReportInput& in) {
  return nlohmann::json::parse(report::sarif_report(in, {"1.2.3", "https://example.org/factlint"}));
}

// The fixture with a third statement: b.md's 2,600 mi is also stated in c.md.
report::ReportInput three_statements() {
  report::ReportInput in = testing::input();
  match::Statement c = testing::statement("corpus/c.md", 2600, "2,600");
  c.location = {7, 3};
  in.findings[1].values[1].statements.push_back(c);
  return in;
}

}  // namespace

TEST_CASE("the SARIF log has the fields SARIF 2.1.0 requires", "[report]") {
  nlohmann::json j = sarif(testing::input());
  CHECK(j["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(j["version"] == "2.1.0");
  REQUIRE(j["runs"].size() == 1);
  const nlohmann::json& driver = j["runs"][0]["tool"]["driver"];
  CHECK(driver["name"] == "factlint");
  CHECK(driver["version"] == "1.2.3");
  CHECK(driver["informationUri"] == "https://example.org/factlint");
  REQUIRE(driver["rules"].size() == 1);
  CHECK(driver["rules"][0]["id"] == "border_length");
  CHECK(driver["rules"][0]["shortDescription"]["text"].is_string());
  CHECK(j["runs"][0]["columnKind"] == "unicodeCodePoints");
  REQUIRE(j["runs"][0]["results"].size() == 2);  // one per statement of the conflict
  for (const nlohmann::json& result : j["runs"][0]["results"]) {
    CHECK(result["ruleId"] == "border_length");
    CHECK(result["ruleIndex"] == 0);
    CHECK(result["message"]["text"].is_string());
  }
}

TEST_CASE("the SARIF log has one result per disagreeing statement", "[report]") {
  nlohmann::json results = sarif(three_statements())["runs"][0]["results"];
  REQUIRE(results.size() == 3);
  const nlohmann::json& first = results[0];
  CHECK(first["message"]["text"] ==
        "border_length(China, Russia): this source says '2,300 mi'; other sources say '2,600 mi' (values-differ)");
  const nlohmann::json& location = first["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"] == nlohmann::json({{"uri", "corpus/a.md"}, {"uriBaseId", "%SRCROOT%"}}));
  CHECK(location["region"] == nlohmann::json({{"startLine", 49},
                                              {"startColumn", 184},
                                              {"endColumn", 194},
                                              {"snippet", {{"text", "2,300-mile"}}}}));

  SECTION("the statements of the other values are its related locations") {
    REQUIRE(first["relatedLocations"].size() == 2);
    CHECK(first["relatedLocations"][0]["id"] == 1);
    CHECK(first["relatedLocations"][1]["id"] == 2);
    CHECK(first["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "corpus/b.md");
    CHECK(first["relatedLocations"][1]["physicalLocation"]["artifactLocation"]["uri"] == "corpus/c.md");
    CHECK(first["relatedLocations"][0]["message"]["text"] == "another source says '2,600 mi' (CFR, 2024-03-29)");
    // b.md and c.md agree with each other, so each points back at a.md alone.
    CHECK(results[1]["relatedLocations"].size() == 1);
    CHECK(results[2]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "corpus/a.md");
  }

  SECTION("every result has the finding id and its own statement fingerprint") {
    std::set<std::string> statements;
    for (const nlohmann::json& result : results) {
      CHECK(result["partialFingerprints"]["factlint/findingId"] == "f-0123456789");
      statements.insert(result["partialFingerprints"]["factlint/statement"].get<std::string>());
    }
    CHECK(statements.size() == 3);
  }
}

TEST_CASE("SARIF fingerprints do not change when the lines of a statement move", "[report]") {
  report::ReportInput moved = three_statements();
  for (auto& group : moved.findings[1].values) {
    for (auto& s : group.statements) s.location.line += 12;
  }
  nlohmann::json before = sarif(three_statements())["runs"][0]["results"];
  nlohmann::json after = sarif(moved)["runs"][0]["results"];
  REQUIRE(before.size() == after.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    CAPTURE(i);
    CHECK(before[i]["partialFingerprints"] == after[i]["partialFingerprints"]);
  }
}

TEST_CASE("the SARIF level follows the fact's severity", "[report]") {
  auto [severity, level] = GENERATE(table<std::string, std::string>(
      {{"error", "error"}, {"warning", "warning"}, {"info", "note"}}));
  CAPTURE(severity);
  report::ReportInput in = testing::input();
  for (auto& f : in.findings) f.severity = severity;  // a fact's findings share its severity
  nlohmann::json j = sarif(in);
  REQUIRE(j["runs"][0]["results"].size() == 2);
  for (const nlohmann::json& result : j["runs"][0]["results"]) CHECK(result["level"] == level);
  CHECK(j["runs"][0]["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"] == level);
}

TEST_CASE("consistent and single-source findings give no SARIF results", "[report]") {
  report::ReportInput in = testing::input();
  in.findings[1].verdict = compare::Verdict::SingleSource;
  nlohmann::json j = sarif(in);
  CHECK(j["runs"][0]["results"].empty());
}

TEST_CASE("a value's end column counts code points and is left out when the value spans lines", "[report]") {
  match::Statement s = testing::statement("corpus/a.md", 2300, "2,300");
  s.location = {3, 10};
  s.value.text = "\xc3\x9c" "ber 2,300 mi";  // "Über 2,300 mi": 14 bytes, 13 code points
  CHECK(report::value_end_column(s) == 10 + 13);
  s.value.text = "2,300\nmiles";
  CHECK_FALSE(report::value_end_column(s).has_value());
  report::ReportInput in = testing::input();
  in.findings[1].values[0].statements[0] = s;
  nlohmann::json region = sarif(in)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
  CHECK_FALSE(region.contains("endColumn"));
  CHECK(region["snippet"]["text"] == "2,300\nmiles");
}

TEST_CASE("problems with the inputs become SARIF tool notifications", "[report]") {
  report::ReportInput in = testing::input();
  source::Diagnostic d;
  d.severity = source::Severity::Warning;
  d.path = "corpus/c.md";
  d.location = {3, 7};
  d.message = "invalid UTF-8";
  in.errors.push_back(d);
  nlohmann::json invocation = sarif(in)["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == true);
  const nlohmann::json& n = invocation["toolExecutionNotifications"][0];
  CHECK(n["level"] == "warning");
  CHECK(n["message"]["text"] == "invalid UTF-8");
  CHECK(n["locations"][0]["physicalLocation"]["region"]["startLine"] == 3);
}

TEST_CASE("a SARIF result says whether the baseline knew its finding", "[report]") {
  report::ReportInput in = testing::input();
  CHECK_FALSE(sarif(in)["runs"][0]["results"][0].contains("baselineState"));
  auto [state, sarif_state] = GENERATE(table<compare::BaselineState, std::string>(
      {{compare::BaselineState::Known, "unchanged"}, {compare::BaselineState::New, "new"}}));
  in.baseline_state["f-0123456789"] = state;
  const nlohmann::json results = sarif(in)["runs"][0]["results"];
  REQUIRE(results.size() == 2);
  for (const nlohmann::json& result : results) CHECK(result["baselineState"] == sarif_state);
}
