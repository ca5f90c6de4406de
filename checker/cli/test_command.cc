// test: parse the rules, run their examples and fixtures, write the chosen format,
// map the outcome to an exit code.
#include "cli/test_command.h"

#include <memory>

#include <fmt/format.h>

#include "app/default_paths.h"
#include "cli/check_flags.h"
#include "cli/choice.h"
#include "cli/enter_project.h"
#include "cli/output.h"
#include "lang/parse.h"
#include "report/json_report.h"
#include "report/test_report.h"
#include "ruletest/rule_tests.h"
#include "source/display_text.h"

namespace factlint::cli {

namespace {

struct TestFlags {
  std::vector<std::string> rules;
  std::vector<std::string> fixtures;
  bool no_fixtures = false;
  bool coverage = false;
  std::string format = "text";
  std::string output;
  CorpusFlags project;  // --config, --no-config, and the project file's `rules`
};

// Works from the project root and takes the project file's rules unless the command
// line names some; false after printing why it cannot.
bool settle(const CLI::App& cmd, TestFlags& f) {
  GivenPaths given;
  given.paths("--rules", f.rules).paths("--fixtures", f.fixtures).path("--output", f.output);
  if (!enter_project(cmd, f.project.config, f.project.no_config, false, given)) return false;
  if (!resolve_corpus_settings(cmd, f.project)) return false;
  if (f.rules.empty()) f.rules = f.project.rules;
  return true;
}

// ", 1 error: 'nofix': no such file or directory" when fixtures or patterns could not be
// used: "4 passed, 0 failed" alone would read as success on a run that exits 2.
std::string errors_note(const source::DiagnosticSink& diagnostics) {
  std::vector<std::string> errors;
  for (const source::Diagnostic& d : diagnostics.sorted()) {
    if (d.severity != source::Severity::Error) continue;
    errors.push_back(d.path.empty() ? d.message : fmt::format("'{}': {}", d.path, d.message));
  }
  if (errors.empty()) return "";
  std::string out = fmt::format(", {} error{}: {}", errors.size(), errors.size() == 1 ? "" : "s", errors.front());
  if (errors.size() > 1) out += fmt::format(" and {} more (listed above)", errors.size() - 1);
  return source::printable(out);
}

// One diagnostic per failed case (and uncovered pattern with --coverage), then the summary.
std::string text_report(const ruletest::TestRun& run, bool coverage) {
  std::string out;
  for (const ruletest::CaseResult& c : run.cases) {
    if (!c.passed) out += source::render(ruletest::failure_diagnostic(c));
  }
  if (coverage) {
    for (const auto& d : ruletest::coverage_diagnostics(run, source::Severity::Error)) out += source::render(d);
    out += fmt::format("coverage: {} of {} cues and patterns fired\n", run.pattern_count - run.uncovered.size(),
                       run.pattern_count);
  }
  out += fmt::format("{} passed, {} failed{}\n", run.passed(), run.failed(), errors_note(run.diagnostics));
  return out;
}

int run(const TestFlags& f) {
  std::vector<std::string> rule_paths = f.rules.empty() ? std::vector<std::string>{app::kDefaultRules} : f.rules;
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules;
  if (!app::default_rules_missing(rule_paths, sink)) rules = lang::parse_rules(rule_paths, sink);
  print_diagnostics(sink);
  if (!rules) {
    int errors = sink.error_count();
    print_error(fmt::format("{} error{} in the rules; nothing was tested", errors, errors == 1 ? "" : "s"));
    return kExitCannotRun;
  }

  std::vector<std::string> fixtures = f.fixtures;
  if (fixtures.empty() && !f.no_fixtures) fixtures = ruletest::default_fixture_paths(rule_paths);
  ruletest::TestRun result = ruletest::run_rule_tests(*rules, f.no_fixtures ? std::vector<std::string>{} : fixtures);
  print_diagnostics(result.diagnostics);

  std::string text;
  if (f.format == "json") {
    text = report::json_text(report::test_report_json(result));
  } else if (f.format == "junit") {
    text = report::test_report_junit(result, f.coverage);
  } else {
    text = text_report(result, f.coverage);
  }
  if (!write_output(f.output, text)) return kExitCannotRun;

  if (result.diagnostics.has_errors()) {
    int errors = result.diagnostics.error_count();
    print_error(fmt::format("{} error{} in the fixtures or patterns; the cases they hold did not run", errors,
                            errors == 1 ? "" : "s"));
    return kExitCannotRun;
  }
  bool failed = result.failed() > 0 || (f.coverage && !result.uncovered.empty());
  return failed ? kExitFindings : kExitOk;
}

}  // namespace

void add_test_command(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<TestFlags>();
  CLI::App* cmd = app.add_subcommand(
      "test",
      "run every example and counterexample in the rule files, and the fixture documents with\n"
      "'<!-- expect: FACT(A, B) = VALUE -->' / '<!-- expect-none: FACT -->' annotations.\n"
      "Exit codes: 0 all passed, 1 a case failed (or a pattern never fired, with --coverage), 2 could not run.");
  cmd->add_option("rules,--rules", flags->rules, "rule files or folders (default: rules/); also --rules, as other commands take it");
  cmd->add_option("--fixtures", flags->fixtures,
                  "fixture document or folder, repeatable (default: a tests/ folder beside the rules, if present)");
  cmd->add_flag("--no-fixtures", flags->no_fixtures, "run the examples only");
  cmd->add_flag("--coverage", flags->coverage, "fail when a pattern never fires in a passing case, and list them");
  cmd->add_option("--format", flags->format, "output format")
      ->check(one_of({"text", "json", "junit"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", flags->output, "write the results to FILE instead of stdout");
  add_config_flags(*cmd, flags->project);
  cmd->callback([cmd, flags, exit_code] { *exit_code = settle(*cmd, *flags) ? run(*flags) : kExitCannotRun; });
}

}  // namespace factlint::cli
