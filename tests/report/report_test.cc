// Tests for report/: the factlint/v1 JSON contract and the text report's order.
#include <algorithm>

#include <catch2/catch.hpp>

#include "report/github_report.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report/junit_report.h"
#include "report/markdown_report.h"
#include "report/sarif_report.h"
#include "report/text_report.h"
#include "report_fixture.h"

using namespace factlint;

using testing::input;

TEST_CASE("the JSON report has every field of the factlint/v1 contract", "[report]") {
  nlohmann::json j = nlohmann::json::parse(report::json_report(input()).dump());
  CHECK(j["schema"] == "factlint/v1");
  CHECK(j["documents"][0] == nlohmann::json({{"path", "corpus/a.md"}, {"title", "A"}, {"publisher", "MIT News"},
                                              {"date", "2023-11-17"}}));
  const nlohmann::json& f = j["findings"][1];
  for (const char* field : {"id", "fact", "key", "verdict", "reason", "severity", "values"}) {
    CAPTURE(field);
    CHECK(f.contains(field));
  }
  CHECK(f["verdict"] == "conflicting");
  const nlohmann::json& v = f["values"][0];
  CHECK(v["value"] == "2,300 mi");
  CHECK(v["normalized"]["unit"] == "m");
  CHECK(v["normalized"]["lo"].get<double>() == Approx(3701491.2));
  const nlohmann::json& s = v["statements"][0];
  CHECK(s["document"] == "corpus/a.md");
  CHECK(s["line"] == 49);
  CHECK(s["column"] == 184);
  CHECK(s["text"] == "2,300-mile border");
  CHECK(s["sentence"] == "Russia guards its 2,300-mile border.");
  CHECK(f["values"][1]["suggested"] == true);
  CHECK(j["summary"] == nlohmann::json({{"documents", 2}, {"statements", 4}, {"findings", 2}, {"consistent", 1},
                                        {"conflicting", 1}, {"single_source", 0}, {"acknowledged", 0}}));
  CHECK(j["errors"].is_array());
}

TEST_CASE("the JSON report starts with its schema", "[report]") {
  CHECK(report::json_report(input()).dump().rfind("{\"schema\":\"factlint/v1\",\"documents\":", 0) == 0);
}

TEST_CASE("input problems appear in the JSON report's errors with their location", "[report]") {
  report::ReportInput in = input();
  source::Diagnostic d;
  d.severity = source::Severity::Warning;
  d.path = "corpus/c.md";
  d.location = {3, 7};
  d.message = "invalid UTF-8";
  in.errors.push_back(d);
  nlohmann::json e = nlohmann::json::parse(report::json_report(in).dump())["errors"][0];
  CHECK(e == nlohmann::json({{"severity", "warning"}, {"message", "invalid UTF-8"}, {"path", "corpus/c.md"},
                             {"line", 3}, {"column", 7}}));
}

TEST_CASE("the text report puts conflicts first and quotes their sentences", "[report]") {
  std::string text = report::text_report(input(), {});
  std::size_t conflict = text.find("conflicting  border_length(China, Russia)");
  std::size_t consistent = text.find("consistent  border_length(A, B)");
  REQUIRE(conflict != std::string::npos);
  REQUIRE(consistent != std::string::npos);
  CHECK(conflict < consistent);
  CHECK(text.find("corpus/a.md:49:184  (\u201cA\u201d, MIT News, 2023-11-17)  \"2,300-mile\"") != std::string::npos);
  CHECK(text.find("Russia guards its 2,300-mile border.") != std::string::npos);
  CHECK(text.find("<- best supported") != std::string::npos);
  CHECK(text.find("2 documents, 4 statements, 2 findings: 1 conflicting, 1 consistent, 0 single-source") !=
        std::string::npos);
}

// A newcomer's report (session 11): editors reading `check` saw paths only.
TEST_CASE("the text report names a source by its title, cut short and printable", "[report]") {
  report::ReportInput in = input();
  in.documents[0].meta.title = "Border\x1b[2J talks: what the two governments agreed in Beijing last week";
  in.documents[1].meta = {"Only a title", "", "", ""};
  std::string text = report::text_report(in, {});
  INFO(text);
  CHECK(text.find("corpus/a.md:49:184  (\u201cBorder\\x1b[2J talks: what the two governments\u2026\u201d, "
                  "MIT News, 2023-11-17)  \"2,300-mile\"") != std::string::npos);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("corpus/b.md:49:184  (\u201cOnly a title\u201d)  \"2,600-mile\"") != std::string::npos);
  // A document that gives nothing is named by its path alone, as before.
  in.documents[1].meta = {};
  CHECK(report::text_report(in, {}).find("corpus/b.md:49:184  \"2,600-mile\"") != std::string::npos);
}

TEST_CASE("a sentence copied into many documents is printed once, with its copies' places", "[report]") {
  report::ReportInput in = input();
  compare::ValueGroup& group = in.findings[1].values[0];  // the conflict's 2,300 mi
  for (int copy = 0; copy < 5; ++copy) {
    group.statements.push_back(testing::statement("copies/c" + std::to_string(copy) + ".md", 2300, "2,300"));
  }
  std::string check = report::text_report(in, {false, false});
  // Printed, and once: find == rfind alone would also hold for a sentence never printed.
  REQUIRE(check.find("Russia guards its 2,300-mile border.") != std::string::npos);
  CHECK(check.find("Russia guards its 2,300-mile border.") == check.rfind("Russia guards its 2,300-mile border."));
  CHECK(check.find("        the same sentence in copies/c0.md:49:184, copies/c1.md:49:184, copies/c2.md:49:184 "
                   "and 2 more (factlint report lists them)\n") != std::string::npos);
  // The full report names every place.
  std::string full = report::text_report(in, {false, true});
  CHECK(full.find("copies/c3.md:49:184 and copies/c4.md:49:184\n") != std::string::npos);
  // Another sentence stating the same value is its own entry.
  group.statements.push_back(testing::statement("copies/d.md", 2300, "2,300"));
  group.statements.back().sentence = "The border runs 2,300 miles.";
  CHECK(report::text_report(in, {false, false}).find("copies/d.md:49:184  \"2,300-mile\"\n        The border runs") !=
        std::string::npos);
}

TEST_CASE("colour is only added when asked for", "[report]") {
  report::TextOptions plain, colour;
  colour.color = true;
  CHECK(report::text_report(input(), plain).find("\x1b[") == std::string::npos);
  CHECK(report::text_report(input(), colour).find("\x1b[") != std::string::npos);
}

TEST_CASE("the text report lists only the verdicts asked for, and still counts them all", "[report]") {
  report::TextOptions conflicts_only;
  conflicts_only.show_consistent = false;
  conflicts_only.show_single_source = false;
  std::string text = report::text_report(input(), conflicts_only);
  CHECK(text.find("conflicting  border_length(China, Russia)") != std::string::npos);
  CHECK(text.find("consistent  border_length(A, B)") == std::string::npos);
  CHECK(text.find("2 findings: 1 conflicting, 1 consistent, 0 single-source") != std::string::npos);

  report::TextOptions consistent_only;
  consistent_only.show_conflicting = false;
  text = report::text_report(input(), consistent_only);
  CHECK(text.find("conflicting  border_length(China, Russia)") == std::string::npos);
  CHECK(text.find("consistent  border_length(A, B)") != std::string::npos);
}

// A newcomer's pre-commit hook (--changed ... --quiet) said "the counts are of every
// finding" under counts of the 6 findings its change touched, of 11 in the corpus.
TEST_CASE("a verdict filter's note says what the counts are of, in a change check too", "[report]") {
  report::ReportInput whole = input();
  report::filter_verdicts(whole, {"conflicting"});
  CHECK(report::filter_note(*whole.filter) ==
        "1 finding not listed: this report lists conflicting only (--quiet, --show); the counts are of every finding");
  report::ReportInput changed = input();
  changed.change = compare::ChangeScope{};
  changed.change->left_out = 9;
  report::filter_verdicts(changed, {"conflicting"});
  const std::string note = report::filter_note(*changed.filter);
  CHECK(note == "1 finding not listed: this report lists conflicting only (--quiet, --show); the counts are of the 2 "
                "findings of the change, listed or not");
  CHECK(report::text_report(changed, {}).find(note) != std::string::npos);
}

TEST_CASE("a checked change is named in the text and JSON reports", "[report]") {
  report::ReportInput in = input();
  compare::ChangeScope scope;
  scope.base = "main";
  scope.changed_documents = {"corpus/a.md", "corpus/b.md", "corpus/c.md", "corpus/d.md"};
  scope.left_out = 7;
  in.change = scope;
  CHECK(report::text_report(in, {}).find("checked the change since 'main': 4 changed documents (corpus/a.md, "
                                         "corpus/b.md, corpus/c.md and 1 more); 7 findings left out, not "
                                         "touched by it\n") != std::string::npos);
  nlohmann::json j = nlohmann::json::parse(report::json_report(in).dump());
  CHECK(j["change"] == nlohmann::json({{"base", "main"},
                                       {"changed_documents", scope.changed_documents},
                                       {"findings_left_out", 7}}));
  CHECK_FALSE(nlohmann::json::parse(report::json_report(input()).dump()).contains("change"));
  CHECK(report::junit_report(in).find("<testcase classname=\"factlint\" name=\"change\">\n      <system-out>checked "
                                      "the change since &apos;main&apos;: 4 changed documents") != std::string::npos);
  CHECK(report::html_report(in, {"0", "", std::nullopt}).find("7 findings left out, not touched by it</p>") != std::string::npos);
}

TEST_CASE("a change compared with its base says what it introduced and fixed in every format", "[report]") {
  report::ReportInput in = input();
  auto first_conflict = std::find_if(in.findings.begin(), in.findings.end(), [](const compare::Finding& f) {
    return f.verdict == compare::Verdict::Conflicting;
  });
  REQUIRE(first_conflict != in.findings.end());
  const compare::Finding conflict = *first_conflict;
  compare::ChangeScope scope;
  scope.base = "main";
  scope.compared_with_base = true;
  scope.changed_documents = {"corpus/a.md"};
  scope.deleted_documents = {"corpus/gone.md"};
  scope.left_out = 3;
  scope.kinds[conflict.id] = compare::ChangeKind::Introduced;
  scope.fixed.push_back({"f-1", "crimea_annexation", "crimea_annexation(Russia)", "",
                         compare::Verdict::Conflicting, {"2014", "2015"}, std::nullopt});
  in.findings = {conflict};
  in.change = scope;
  const std::string note = "checked the change since 'main': 1 changed document (corpus/a.md), 1 deleted (corpus/gone.md); "
                           "1 introduced, 0 changed, 1 fixed; 3 findings left out, unchanged by it";
  const std::string fixed = "crimea_annexation(Russia): was conflicting (2014 | 2015), no longer stated "
                            "(its statements or documents are gone)";

  std::string text = report::text_report(in, {});
  CHECK(text.find("introduced by the change\n") != std::string::npos);
  CHECK(text.find("fixed: " + fixed + "\n") != std::string::npos);
  CHECK(text.find(note + "\n") != std::string::npos);

  nlohmann::json j = nlohmann::json::parse(report::json_report(in).dump());
  CHECK(j["findings"][0]["change"] == "introduced");
  CHECK(j["change"]["counts"] == nlohmann::json({{"introduced", 1}, {"changed", 0}, {"fixed", 1}}));
  CHECK(j["change"]["introduced"] == nlohmann::json::array({conflict.id}));
  CHECK(j["change"]["changed"] == nlohmann::json::array());
  CHECK(j["change"]["deleted_documents"] == nlohmann::json::array({"corpus/gone.md"}));
  const nlohmann::json expected_fixed = nlohmann::json::parse(
      "[{\"id\": \"f-1\", \"fact\": \"crimea_annexation\", \"key\": \"crimea_annexation(Russia)\", "
      "\"was\": \"conflicting\", \"was_values\": [\"2014\", \"2015\"], \"now\": null}]");
  CHECK(j["change"]["fixed"] == expected_fixed);

  std::string markdown = report::markdown_report(in);
  CHECK(markdown.find("**Fixed by this change**\n\n- crimea\\_annexation(Russia): was conflicting") != std::string::npos);
  CHECK(markdown.find("1 introduced, 0 changed, 1 fixed") != std::string::npos);
  CHECK(report::junit_report(in).find("name=\"fixed: crimea_annexation(Russia)\"") != std::string::npos);
  CHECK(report::sarif_report(in, {"0", ""}).find("1 introduced, 0 changed, 1 fixed") != std::string::npos);
  CHECK(report::github_report(in).find("1 introduced, 0 changed, 1 fixed") != std::string::npos);
  CHECK(report::html_report(in, {"0", "", std::nullopt}).find("1 introduced, 0 changed, 1 fixed") != std::string::npos);
}

TEST_CASE("a single-source finding a change made consistent is said to be confirmed, not fixed", "[report]") {
  report::ReportInput in = input();
  compare::ChangeScope scope;
  scope.base = "main";
  scope.compared_with_base = true;
  scope.changed_documents = {"corpus/a.md"};
  scope.fixed.push_back({"f-2", "border_length", "border_length(China, Russia)", "",
                         compare::Verdict::SingleSource, {"4,209 km"}, compare::Verdict::Consistent});
  in.findings = {};
  in.change = scope;
  const std::string line = "border_length(China, Russia): was single-source (4,209 km), now consistent";
  std::string text = report::text_report(in, {});
  CHECK(text.find("confirmed: " + line + "\n") != std::string::npos);
  CHECK(text.find("fixed: " + line) == std::string::npos);
  CHECK(text.find("0 introduced, 0 changed, 1 fixed (1 of them confirmed);") != std::string::npos);
  CHECK(report::markdown_report(in).find("**Fixed or confirmed by this change**") != std::string::npos);
  CHECK(report::junit_report(in).find("name=\"confirmed: border_length(China, Russia)\"") != std::string::npos);
  // The JSON report keeps it among the fixed ones (docs/contracts.md), saying was and now.
  nlohmann::json j = nlohmann::json::parse(report::json_report(in).dump());
  REQUIRE(j["change"]["fixed"].size() == 1);
  CHECK(j["change"]["fixed"][0]["now"] == "consistent");
}

TEST_CASE("the JSON report written element by element is the whole document's text", "[report]") {
  report::ReportInput in = input();
  CHECK(report::json_report_text(in) == report::json_text(report::json_report(in)));
  in.findings.clear();  // empty arrays are written "[]" as nlohmann writes them
  in.documents.clear();
  CHECK(report::json_report_text(in) == report::json_text(report::json_report(in)));
}

// Issue 10: a finding's statements are written one by one into its text, so a
// quotation syndicated to thousands of documents is never held as one JSON value.
TEST_CASE("a finding with many statements, and a group with none, are written as dump() writes them", "[report]") {
  report::ReportInput in = input();
  REQUIRE_FALSE(in.findings.empty());
  compare::Finding& f = in.findings.front();
  REQUIRE_FALSE(f.values.empty());
  REQUIRE_FALSE(f.values[0].statements.empty());
  const match::Statement model = f.values[0].statements[0];
  for (int i = 0; i < 3000; ++i) {  // more than one flush of output
    match::Statement s = model;
    s.document = "corpus/copy-" + std::to_string(i) + ".md";
    s.sentence = "::warning::" + std::string(400, 'x') + " \"statements\": [] ##[" + std::to_string(i);
    f.values[0].statements.push_back(s);
  }
  f.values.push_back(compare::ValueGroup{model.value, {}, false});  // a group read back without statements
  f.values.push_back(compare::ValueGroup{model.value, {model}, false});
  const std::string text = report::json_report_text(in);
  testing::check_same_text(text, report::json_text(report::json_report(in)));
  CHECK(text.size() > (1u << 20));
}
