// The reports of `factlint test`: JSON (factlint-test/v1) and JUnit XML.
#include "report/test_report.h"

#include <algorithm>

#include <fmt/format.h>

#include "report/junit_report.h"
#include "source/place.h"

namespace factlint::report {

nlohmann::json test_report_json(const ruletest::TestRun& run) {
  using nlohmann::json;
  auto statement_json = [](const ruletest::FoundStatement& s) {
    json j{{"fact", s.fact},     {"key", s.key},   {"scope", s.scope},
           {"value", s.display}, {"text", s.text}, {"pattern", s.pattern + 1}};
    if (s.line > 0) j["line"] = s.line;
    return j;
  };
  json cases = json::array();
  for (const ruletest::CaseResult& c : run.cases) {
    json actual = json::array();
    for (const auto& s : c.actual) actual.push_back(statement_json(s));
    cases.push_back({{"kind", ruletest::case_kind_name(c.kind)},
                     {"fact", c.fact},
                     {"path", c.place.path},
                     {"line", c.place.location.line},
                     {"column", c.place.location.column},
                     {"text", c.text},
                     {"passed", c.passed},
                     {"expected", c.expected},
                     {"actual", actual},
                     {"message", c.message}});
  }
  json uncovered = json::array();
  for (const auto& u : run.uncovered) {
    uncovered.push_back({{"fact", u.fact},
                         {"pattern", u.pattern + 1},
                         {"path", u.place.path},
                         {"line", u.place.location.line},
                         {"column", u.place.location.column}});
  }
  json errors = json::array();
  for (const auto& d : run.diagnostics.sorted()) {
    errors.push_back({{"severity", d.severity == source::Severity::Error ? "error" : "warning"},
                      {"path", d.path},
                      {"line", d.location.line},
                      {"column", d.location.column},
                      {"message", d.message}});
  }
  return json{{"schema", "factlint-test/v1"},
              {"cases", cases},
              {"coverage",
               {{"patterns", run.pattern_count},
                {"covered", run.pattern_count - run.uncovered.size()},
                {"uncovered", uncovered}}},
              {"summary", {{"cases", run.cases.size()}, {"passed", run.passed()}, {"failed", run.failed()}}},
              {"errors", errors}};
}

std::string test_report_junit(const ruletest::TestRun& run, bool coverage) {
  std::vector<JUnitSuite> suites;  // one a rule file or fixture, in order of first appearance
  auto add = [&](const std::string& path, JUnitCase c) {
    auto suite = std::find_if(suites.begin(), suites.end(), [&](const JUnitSuite& s) { return s.name == path; });
    if (suite == suites.end()) suite = suites.insert(suites.end(), {path, {}});
    suite->cases.push_back(std::move(c));
  };
  for (const ruletest::CaseResult& c : run.cases) {
    JUnitCase out{c.fact, fmt::format("{} {}: {}", ruletest::case_kind_name(c.kind), c.place.location, c.text),
                  "", "", "", ""};
    if (!c.passed) {
      out.failure_message = c.message;
      out.failure_text = source::render(ruletest::failure_diagnostic(c));
    }
    add(c.place.path, std::move(out));
  }
  if (coverage) {
    for (const auto& u : run.uncovered) {
      std::string message = ruletest::uncovered_message(u);
      add(u.place.path, {u.fact, fmt::format("coverage {}: pattern {}", u.place.location, u.pattern + 1), message, "",
                         message, ""});
    }
  }
  return junit_xml("factlint test", suites);
}

}  // namespace factlint::report
