// The JSON report's statements are written as text directly (report/pretty_json.h);
// nlohmann's dump() of the same values is the reference they must equal byte for byte.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compare/finding_spill.h"
#include "report/json_report.h"
#include "report/pretty_json.h"
#include "report_fixture.h"

using namespace factlint;

namespace {

std::string reference(const std::string& text) {
  return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Text with whatever a JSON writer must get right: quotes, backslashes, every control
// character, DEL, multi-byte UTF-8, invalid bytes, "##[" and "::".
std::string tricky_text(std::mt19937& random) {
  static const std::vector<std::string> pieces = {
      "a", "Z", " ", "\"", "\\", "\b", "\f", "\n", "\r", "\t", std::string(1, '\0'), "\x01", "\x1f", "\x7f", "/",
      "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xFF", "\xC3", "\xE2\x80", "\xED\xA0\x80", "##[", "::", "{}",
      "\"statements\": []", "0.5", "\xEF\xBF\xBD"};
  std::string out;
  const int n = static_cast<int>(random() % 12);
  for (int i = 0; i < n; ++i) out += pieces[random() % pieces.size()];
  return out;
}

double tricky_number(std::mt19937& random) {
  static const std::vector<double> numbers = {0.0, -0.0, 1.0, 0.02, 4184294.4, 1e21, 1e-7, 123456789012345.0, -3.5,
                                              std::numeric_limits<double>::infinity(),
                                              -std::numeric_limits<double>::infinity(), 2.0 / 3.0, 1609.344 * 2300};
  return numbers[random() % numbers.size()];
}

match::Statement tricky_statement(std::mt19937& random) {
  static const std::vector<value::Type> types = {value::Type::Number, value::Type::Length, value::Type::Money,
                                                 value::Type::Date, value::Type::Percent, value::Type::Version,
                                                 value::Type::Count};
  match::Statement s = testing::statement(tricky_text(random), tricky_number(random), tricky_text(random));
  s.fact = random() % 4 == 0 ? "quote" : "border_length";
  s.location = {static_cast<int>(random() % 5000), static_cast<int>(random() % 300)};
  s.text = tricky_text(random);
  s.sentence = tricky_text(random);
  s.value.type = types[random() % types.size()];
  s.value.lo = tricky_number(random);
  s.value.hi = random() % 2 ? s.value.lo : tricky_number(random);
  if (s.value.type == value::Type::Date || s.value.type == value::Type::Version) {
    // Their ends print as a day or a version key: numbers those can hold.
    static const std::vector<double> ends = {0.0, 19000.0, 738000.0, 2001000.0,
                                             std::numeric_limits<double>::infinity()};
    s.value.lo = ends[random() % ends.size()];
    s.value.hi = ends[random() % ends.size()];
    s.value.grain = random() % 2 ? value::Grain::Day : value::Grain::Year;
  }
  s.value.lo_inclusive = random() % 2;
  s.value.hi_inclusive = random() % 2;
  s.value.approx = random() % 2;
  s.value.vague = random() % 2;
  s.value.precision = random() % 2 ? 0.0 : tricky_number(random);
  s.value.unit = tricky_text(random);
  s.value.text = tricky_text(random);
  s.value.display = tricky_text(random);
  if (random() % 2) s.scope = tricky_text(random);
  if (random() % 2) s.scope_source = tricky_text(random);
  if (random() % 3 == 0) {
    s.table_header = "h" + tricky_text(random);
    if (random() % 2) s.table_year = "y" + tricky_text(random);
  }
  // Quote statements write their roles as members; a role may share a name with one.
  static const std::vector<std::string> role_names = {"speaker", "about", "text", "value", "speaker_text", "line"};
  const int roles = static_cast<int>(random() % 4);
  for (int r = 0; r < roles; ++r) {
    s.roles.emplace_back(role_names[random() % role_names.size()], tricky_text(random));
    s.role_texts.push_back(random() % 2 ? "" : tricky_text(random));
    // Where a role came from ("title", "line 12"): written only when some role has one.
    if (random() % 3 == 0) s.role_sources.resize(static_cast<std::size_t>(r));
    if (random() % 3 == 0) s.role_sources.push_back(tricky_text(random));
  }
  return s;
}

}  // namespace

TEST_CASE("JSON strings are written as nlohmann writes them", "[report]") {
  std::mt19937 random(7);
  for (int i = 0; i < 5000; ++i) {
    const std::string text = tricky_text(random);
    CAPTURE(text);
    REQUIRE(report::json_string(text) == reference(text));
  }
  CHECK(report::json_string("a\x01\"b") == "\"a\\u0001\\\"b\"");
}

// Plain text is passed sixteen bytes at a time: a character to escape is found
// wherever it falls in a block, at a block's edge and in the last bytes, fewer than
// sixteen, and next to letters that are not ASCII.
TEST_CASE("a character to escape is found wherever it falls among plain bytes", "[report]") {
  const std::string plain = "The harbour master said the night ferry sails at dawn again";
  for (const std::string& escaped : std::vector<std::string>{"\"", "\\", "\n", "\t", std::string(1, '\x01'), std::string(1, '\x1f')}) {
    for (std::size_t at = 0; at <= plain.size(); ++at) {
      for (const std::string& around : {plain, std::string("Tromsø ") + plain}) {
        std::string text = around;
        text.insert(std::min(at, text.size()), escaped);
        CAPTURE(text);
        REQUIRE(report::json_string(text) == reference(text));
      }
    }
  }
  const std::string with_byte_7f = plain + "\x7f" + plain;  // DEL needs no escape
  CHECK(report::json_string(with_byte_7f) == reference(with_byte_7f));
}

TEST_CASE("JSON numbers are written as nlohmann writes them", "[report]") {
  for (double d : {0.0, -0.0, 1.0, 0.02, 4184294.4, 1e21, 1e-7, 2.0 / 3.0, -1e300,
                   std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
    CAPTURE(d);
    CHECK(report::json_number(d) == nlohmann::json(d).dump());
  }
  CHECK(report::json_number(-42LL) == "-42");
}

TEST_CASE("an object set twice keeps the key's first place, as an ordered_json does", "[report]") {
  report::PrettyObject object;
  object.set("a", "1");
  object.set("b", "2");
  object.set("a", "3");
  CHECK(object.text() == "{\n  \"a\": 3,\n  \"b\": 2\n}");
  CHECK(report::PrettyObject().text() == "{}");
}

TEST_CASE("a report of generated statements is written as dump() of its JSON writes it", "[report]") {
  std::mt19937 random(2026);
  report::ReportInput in = testing::input();
  for (compare::Finding& f : in.findings) {
    for (compare::ValueGroup& g : f.values) {
      for (int i = 0; i < 400; ++i) g.statements.push_back(tricky_statement(random));
    }
  }
  const std::string text = report::json_report_text(in);
  testing::check_same_text(text, report::json_text(report::json_report(in)));
}

// A finding is written member by member too (json_report.cc write_finding): every
// optional member, a group without statements, a finding without groups and text to
// escape or break ("##[") give what dump() gives.
TEST_CASE("findings with every optional member are written as dump() of their JSON writes them", "[report]") {
  std::mt19937 random(13);
  report::ReportInput in = testing::input();
  compare::Finding& first = in.findings[0];
  first.scope = "2023";
  first.explanation = "two ##[ values \"differ\"\n::here";
  first.key = "border_length(A ##[, B)";
  first.values[0].suggested = true;
  first.values[1].deviates = true;
  first.values[1].statements.clear();
  first.values[0].statements.push_back(tricky_statement(random));
  compare::Decision decision;
  decision.kind = compare::Decision::Kind::Canonical;
  decision.finding = first.id;
  decision.value = "2,300 ##[ mi";
  decision.note = "checked";
  first.decisions.push_back(decision);
  compare::Finding empty = testing::finding(compare::Verdict::SingleSource, "border_length(C, D)");
  empty.id = "f-empty";
  empty.values.clear();
  in.findings.push_back(empty);
  compare::Finding quoted = testing::finding(compare::Verdict::Conflicting, "quote(x)");
  quoted.id = "f-quote";
  quoted.fact = "quote";
  for (int i = 0; i < 50; ++i) quoted.values[1].statements.push_back(tricky_statement(random));
  in.findings.push_back(quoted);
  in.baseline_state[in.findings[0].id] = compare::BaselineState::Known;
  in.baseline_state["f-quote"] = compare::BaselineState::New;
  compare::ChangeScope change;
  change.kinds[in.findings[0].id] = compare::ChangeKind::Changed;
  in.change = change;
  // Documents are written as text too: a url, text to escape, "##[" to break.
  in.documents.push_back({"corpus/c ##[.md", {"T \"q\"\t", "P\n::", "2024", "https://x.org/##["}, ""});
  testing::check_same_text(report::json_report_text(in), report::json_text(report::json_report(in)));
}

// Issue 10: with --jobs, findings are formatted a batch at a time on several threads
// (json_report.cc write_findings); the report must be the one a single thread writes,
// whatever the batches: light findings together, a heavy one alone, spilled or held.
TEST_CASE("a report written on several threads is the one written on one", "[report]") {
  std::mt19937 random(77);
  report::ReportInput in = testing::input();
  auto spill = std::make_shared<compare::FindingSpill>();
  const compare::Finding model = in.findings[0];
  in.findings.clear();
  for (int i = 0; i < 300; ++i) {
    compare::Finding f = model;
    f.id = "f-" + std::to_string(i);
    f.key = "border_length(A" + std::to_string(i) + ", B)";
    // Mostly light findings, now and then one heavier than a batch (600 statements).
    const int statements = i % 37 == 5 ? 600 : static_cast<int>(random() % 6);
    for (compare::ValueGroup& g : f.values) {
      g.statements.clear();
      for (int s = 0; s < statements; ++s) g.statements.push_back(tricky_statement(random));
    }
    if (i % 3 == 0) spill->put(f);
    in.findings.push_back(std::move(f));
  }
  in.spill = spill;
  const std::string one = report::json_report_text(in);
  for (int jobs : {2, 3}) {
    in.jobs = jobs;
    CAPTURE(jobs);
    testing::check_same_text(report::json_report_text(in), one);
  }
  // And it is still what dump() of the report's JSON writes.
  in.jobs = 1;
  testing::check_same_text(one, report::json_text(report::json_report(in)));
}

// Issue 10: a group of statements held in memory and larger than two blocks (an
// incremental run's wire quotation) is formatted a block at a time on several threads
// while the blocks before are written (json_report.cc write_statements_in_parallel):
// the same text, whatever the thread count, and still dump()'s.
TEST_CASE("a group of many statements written on several threads is the one written on one", "[report]") {
  std::mt19937 random(1919);
  report::ReportInput in = testing::input();
  compare::Finding& wire = in.findings[0];
  wire.fact = "quote";
  wire.values[0].statements.clear();
  for (int i = 0; i < 2 * 4096 + 4096 / 2 + 3; ++i) wire.values[0].statements.push_back(tricky_statement(random));
  wire.values[1].statements.push_back(tricky_statement(random));
  in.jobs = 1;
  const std::string one = report::json_report_text(in);
  for (int jobs : {2, 3, 8}) {
    in.jobs = jobs;
    CAPTURE(jobs);
    testing::check_same_text(report::json_report_text(in), one);
  }
  in.jobs = 1;
  testing::check_same_text(one, report::json_text(report::json_report(in)));
}
