// rules lint / rules list: parse and check rule files without reading documents.
#include "cli/rules_command.h"

#include <memory>

#include <fmt/format.h>

#include "cli/output.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "report/json_report.h"
#include "report/rules_report.h"

namespace factlint::cli {

namespace {

struct RulesFlags {
  std::vector<std::string> rules;
  bool werror = false;
  std::string format = "text";
  std::string output;
};

std::vector<std::string> rule_paths(const RulesFlags& f) {
  return f.rules.empty() ? std::vector<std::string>{"rules"} : f.rules;
}

std::string plural(std::size_t n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

// Diagnostics go to stderr; the one-line summary to stdout, so scripts can read it.
int lint(const RulesFlags& f) {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules(rule_paths(f), sink);
  if (rules) {
    // Compiling every pattern finds what only the matcher can (macros expanding past its size limit).
    match::Matcher compiled(*rules, sink);
  }
  print_diagnostics(sink);
  std::string summary =
      fmt::format("{}, {}", plural(sink.error_count(), "error"), plural(sink.warning_count(), "warning"));
  if (rules) {
    std::size_t patterns = 0;
    for (const auto& fact : rules->facts) patterns += fact.patterns.size();
    summary = fmt::format("{}, {}, {}: {}", plural(rules->files.size(), "rule file"),
                          plural(rules->facts.size(), "fact"), plural(patterns, "pattern"), summary);
  }
  if (!write_output(f.output, summary + "\n")) return kExitCannotRun;
  if (!rules || sink.has_errors()) return kExitCannotRun;  // includes patterns the matcher cannot compile
  return f.werror && sink.warning_count() > 0 ? kExitFindings : kExitOk;
}

int list(const RulesFlags& f) {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules(rule_paths(f), sink);
  if (!rules) {
    print_diagnostics(sink);
    return kExitCannotRun;
  }
  std::string text =
      f.format == "json" ? report::json_text(report::rules_list_json(*rules)) : report::rules_list_text(*rules);
  return write_output(f.output, text) ? kExitOk : kExitCannotRun;
}

}  // namespace

void add_rules_command(CLI::App& app, int* exit_code) {
  CLI::App* rules = app.add_subcommand("rules", "work on rule files without reading documents: lint, list");
  rules->require_subcommand(1);

  auto lint_flags = std::make_shared<RulesFlags>();
  CLI::App* lint_cmd = rules->add_subcommand(
      "lint",
      "parse and check rule files, print every error and warning.\n"
      "Exit codes: 0 clean or warnings only, 1 warnings with --werror, 2 errors.");
  lint_cmd->add_option("rules", lint_flags->rules, "rule files or folders (default: rules/)");
  lint_cmd->add_flag("--werror", lint_flags->werror, "exit 1 when there are warnings");
  lint_cmd->add_option("-o,--output", lint_flags->output, "write the summary line to FILE instead of stdout");
  lint_cmd->callback([lint_flags, exit_code] { *exit_code = lint(*lint_flags); });

  auto list_flags = std::make_shared<RulesFlags>();
  CLI::App* list_cmd = rules->add_subcommand(
      "list", "print each fact with its roles, value type and number of patterns and examples");
  list_cmd->add_option("rules", list_flags->rules, "rule files or folders (default: rules/)");
  list_cmd->add_option("--format", list_flags->format, "output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  list_cmd->add_option("-o,--output", list_flags->output, "write the list to FILE instead of stdout");
  list_cmd->callback([list_flags, exit_code] { *exit_code = list(*list_flags); });
}

}  // namespace factlint::cli
