// Tests for compare/baseline and project/baseline_file: making, comparing, writing and
// reading .factlint-baseline.json.
#include "project/baseline_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "compare/baseline.h"
#include "support/temp_dir.h"

using namespace factlint;
namespace fs = std::filesystem;

namespace {

fs::path temp_dir() { return testing::fresh_temp_path("baseline"); }

std::string write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

compare::Finding finding(const std::string& id, compare::Verdict verdict, std::vector<std::string> values,
                         const std::string& scope = "") {
  compare::Finding f;
  f.id = id;
  f.fact = "border_length";
  f.key = "border_length(China, Russia)";
  f.scope = scope;
  f.verdict = verdict;
  for (const std::string& v : values) {
    compare::ValueGroup g;
    g.value.display = v;
    f.values.push_back(g);
  }
  return f;
}

using compare::Verdict;

std::vector<compare::Finding> seed_findings() {
  return {finding("f-02", Verdict::Conflicting, {"2,600 mi (4,184 km)", "2,300 mi"}),
          finding("f-01", Verdict::SingleSource, {"10th"}, "2023"),
          finding("f-03", Verdict::Consistent, {"2014"})};
}

std::string rendered(const source::DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.sorted()) out += source::render(d);
  return out;
}

}  // namespace

TEST_CASE("a baseline records every finding that is not consistent, sorted by id", "[project]") {
  compare::Baseline b = compare::make_baseline(seed_findings());
  REQUIRE(b.findings.size() == 2);
  CHECK(b.findings[0].id == "f-01");
  CHECK(b.findings[0].verdict == "single-source");
  CHECK(b.findings[0].scope == "2023");
  CHECK(b.findings[1].id == "f-02");
  CHECK(b.findings[1].values == std::vector<std::string>{"2,300 mi", "2,600 mi (4,184 km)"});
  CHECK(b.find("f-03") == nullptr);
}

TEST_CASE("a baseline's text is pretty, sorted and ends with a newline", "[project]") {
  std::string text = project::to_json_text(compare::make_baseline({seed_findings()[0]}));
  CHECK(text ==
        "{\n"
        "  \"schema\": \"factlint-baseline/v1\",\n"
        "  \"findings\": [\n"
        "    {\n"
        "      \"id\": \"f-02\",\n"
        "      \"fact\": \"border_length\",\n"
        "      \"key\": \"border_length(China, Russia)\",\n"
        "      \"scope\": \"\",\n"
        "      \"verdict\": \"conflicting\",\n"
        "      \"values\": [\n"
        "        \"2,300 mi\",\n"
        "        \"2,600 mi (4,184 km)\"\n"
        "      ]\n"
        "    }\n"
        "  ]\n"
        "}\n");
}

TEST_CASE("the same findings in any order give the same baseline text", "[project]") {
  std::vector<compare::Finding> findings = seed_findings();
  std::string first = project::to_json_text(compare::make_baseline(findings));
  std::reverse(findings.begin(), findings.end());
  std::reverse(findings[1].values.begin(), findings[1].values.end());
  CHECK(project::to_json_text(compare::make_baseline(findings)) == first);
}

TEST_CASE("a baseline written and read back is the same baseline", "[project]") {
  fs::path dir = temp_dir();
  compare::Baseline b = compare::make_baseline(seed_findings());
  std::string path = write(dir / "b.json", project::to_json_text(b));
  source::DiagnosticSink sink;
  auto read = project::read_baseline(path, true, sink);
  INFO(rendered(sink));
  REQUIRE(read);
  CHECK(*read == b);
  CHECK(project::to_json_text(*read) == project::to_json_text(b));
}

TEST_CASE("a missing baseline is empty unless it was asked for", "[project]") {
  fs::path dir = temp_dir();
  source::DiagnosticSink sink;
  auto optional = project::read_baseline((dir / "none.json").string(), false, sink);
  REQUIRE(optional);
  CHECK(optional->findings.empty());
  CHECK_FALSE(sink.has_errors());
  CHECK_FALSE(project::read_baseline((dir / "none.json").string(), true, sink));
  CHECK(sink.error_count() == 1);
}

TEST_CASE("findings compare to a baseline as new, known, changed or fixed", "[project]") {
  compare::Baseline b = compare::make_baseline({finding("f-known", Verdict::Conflicting, {"1", "2"}),
                                        finding("f-changed", Verdict::Conflicting, {"1", "2"}),
                                        finding("f-verdict", Verdict::SingleSource, {"1"}),
                                        finding("f-gone", Verdict::Conflicting, {"1", "2"}),
                                        finding("f-agreed", Verdict::Conflicting, {"1", "2"})});
  std::vector<compare::Finding> now = {finding("f-known", Verdict::Conflicting, {"2", "1"}),
                                       finding("f-changed", Verdict::Conflicting, {"1", "2", "3"}),
                                       finding("f-verdict", Verdict::Conflicting, {"1"}),
                                       finding("f-agreed", Verdict::Consistent, {"1"}),
                                       finding("f-fresh", Verdict::Conflicting, {"5", "6"}),
                                       finding("f-fine", Verdict::Consistent, {"7"})};
  compare::BaselineComparison c = compare::compare_to_baseline(b, now);

  SECTION("same id, verdict and values is known") { CHECK(c.state_of("f-known") == compare::BaselineState::Known); }
  SECTION("a finding the baseline does not have is new") {
    CHECK(c.state_of("f-fresh") == compare::BaselineState::New);
  }
  SECTION("a conflict with other values or another verdict is new, and listed as changed") {
    CHECK(c.state_of("f-changed") == compare::BaselineState::New);
    CHECK(c.state_of("f-verdict") == compare::BaselineState::New);
    CHECK(c.changed == std::vector<std::string>{"f-changed", "f-verdict"});
  }
  SECTION("consistent findings are not compared") {
    CHECK_FALSE(c.state_of("f-fine"));
    CHECK_FALSE(c.state_of("f-agreed"));
  }
  SECTION("entries that are gone or now consistent are fixed") {
    REQUIRE(c.fixed.size() == 2);
    CHECK(c.fixed[0].id == "f-agreed");
    CHECK(c.fixed[1].id == "f-gone");
    CHECK(c.count(compare::BaselineState::Known) == 1);
    CHECK(c.count(compare::BaselineState::New) == 3);
  }
  SECTION("pruning drops the fixed entries and keeps the rest as they were") {
    compare::Baseline pruned = compare::prune_baseline(b, c);
    REQUIRE(pruned.findings.size() == 3);
    CHECK(pruned.findings[0].id == "f-changed");
    CHECK(pruned.findings[0].values == std::vector<std::string>{"1", "2"});
    CHECK(pruned.findings[1].id == "f-known");
    CHECK(pruned.findings[2].id == "f-verdict");
  }
}

TEST_CASE("broken JSON in a baseline is an error at its line and column", "[project]") {
  fs::path dir = temp_dir();
  std::string path = write(dir / "b.json",
                           "{\n"
                           "  \"schema\": \"factlint-baseline/v1\",\n"
                           "  \"findings\": [\n"
                           "    {\"id\": \"f-1\" \"fact\": \"x\"}\n"
                           "  ]\n"
                           "}\n");
  source::DiagnosticSink sink;
  CHECK_FALSE(project::read_baseline(path, true, sink));
  CHECK(rendered(sink) == path +
                              ":4:18: error: syntax error while parsing object - unexpected string literal; "
                              "expected '}'\n"
                              "    {\"id\": \"f-1\" \"fact\": \"x\"}\n"
                              "                 ^~~~~~\n");
}

// Found by the baseline fuzzer: nlohmann throws out_of_range, not parse_error, for a
// number past the range of a double, and it used to escape as a crash.
TEST_CASE("a number too large for JSON in a baseline is an error at the number", "[project]") {
  fs::path dir = temp_dir();
  std::string path = write(dir / "b.json", "{\n  \"schema\": 8888888e889\n}\n");
  source::DiagnosticSink sink;
  CHECK_FALSE(project::read_baseline(path, true, sink));
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].location == source::Location{2, 13});
  CHECK(sink.diagnostics()[0].message == "number overflow parsing '8888888e889'");
}

TEST_CASE("a baseline cut short is an error at the end of its last line", "[project]") {
  fs::path dir = temp_dir();
  std::string path = write(dir / "b.json", "{\n  \"schema\": \"factlint-baseline/v1\",\n  \"findings\": [\n");
  source::DiagnosticSink sink;
  CHECK_FALSE(project::read_baseline(path, true, sink));
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].location == source::Location{3, 16});
  CHECK(sink.diagnostics()[0].message.find("unexpected end of input") != std::string::npos);
}

TEST_CASE("a baseline with another schema is refused at the schema", "[project]") {
  fs::path dir = temp_dir();
  std::string path = write(dir / "b.json", "{\n  \"schema\": \"factlint/v1\",\n  \"findings\": []\n}\n");
  source::DiagnosticSink sink;
  CHECK_FALSE(project::read_baseline(path, true, sink));
  CHECK(rendered(sink) == path +
                              ":2:13: error: unknown baseline schema 'factlint/v1'; expected 'factlint-baseline/v1'\n"
                              "  \"schema\": \"factlint/v1\",\n"
                              "            ^~~~~~~~~~~~~\n");
}

TEST_CASE("a baseline without a schema or with a malformed entry is refused", "[project]") {
  fs::path dir = temp_dir();
  source::DiagnosticSink sink;
  SECTION("no schema") {
    CHECK_FALSE(project::read_baseline(write(dir / "b.json", "{\"findings\": []}\n"), true, sink));
    CHECK(sink.diagnostics()[0].message ==
          "baseline without \"schema\"; expected \"schema\": \"factlint-baseline/v1\"");
  }
  SECTION("not an object") {
    CHECK_FALSE(project::read_baseline(write(dir / "b.json", "[]\n"), true, sink));
    CHECK(sink.error_count() == 1);
  }
  SECTION("values that are not strings") {
    std::string path = write(dir / "b.json",
                             "{\"schema\": \"factlint-baseline/v1\", \"findings\": [\n"
                             "  {\"id\": \"f-1\", \"fact\": \"x\", \"key\": \"x\", \"verdict\": \"conflicting\",\n"
                             "   \"values\": [1, 2]}\n"
                             "]}\n");
    CHECK_FALSE(project::read_baseline(path, true, sink));
    REQUIRE(sink.diagnostics().size() == 1);
    CHECK(sink.diagnostics()[0].location == source::Location{2, 10});
    CHECK(sink.diagnostics()[0].message == "'values' must be an array of strings, e.g. [\"2,300 mi\", \"4,209 km\"]");
  }
  SECTION("an unknown verdict") {
    std::string path = write(dir / "b.json",
                             "{\"schema\": \"factlint-baseline/v1\", \"findings\": [\n"
                             "  {\"id\": \"f-1\", \"fact\": \"x\", \"key\": \"x\", \"verdict\": \"consistent\", "
                             "\"values\": []}\n"
                             "]}\n");
    CHECK_FALSE(project::read_baseline(path, true, sink));
    CHECK(sink.diagnostics()[0].message ==
          "unknown verdict 'consistent' in the baseline; expected 'conflicting' or 'single-source'");
  }
  SECTION("the same id twice") {
    std::string entry = "{\"id\": \"f-1\", \"fact\": \"x\", \"key\": \"x\", \"verdict\": \"conflicting\", \"values\": []}";
    std::string path =
        write(dir / "b.json", "{\"schema\": \"factlint-baseline/v1\", \"findings\": [" + entry + ", " + entry + "]}\n");
    CHECK_FALSE(project::read_baseline(path, true, sink));
    CHECK(sink.diagnostics()[0].message == "finding 'f-1' is in the baseline twice");
  }
}
