// check / report: run the pipeline, write the chosen format, map the outcome to an exit code.
#include "cli/check_command.h"

#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "app/check_run.h"
#include "cli/corpus_flags.h"
#include "cli/output.h"
#include "report/json_report.h"
#include "report/text_report.h"

namespace factlint::cli {

namespace {

struct CheckFlags {
  CorpusFlags corpus;
  std::string format = "text";
  std::string output;
  std::string fail_on = "conflicting";
  std::string color = "auto";
};

void add_flags(CLI::App& cmd, CheckFlags& f) {
  add_corpus_flags(cmd, f.corpus);
  cmd.add_option("--format", f.format, "output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd.add_option("-o,--output", f.output, "write the report to FILE instead of stdout");
  cmd.add_option("--fail-on", f.fail_on,
                 "exit 1 when a finding at or above this verdict exists (info-severity facts never fail)")
      ->check(CLI::IsMember({"conflicting", "single-source", "never"}))
      ->capture_default_str();
  cmd.add_option("--color", f.color, "colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
}

bool fails(const compare::Finding& f, const std::string& fail_on) {
  if (fail_on == "never" || f.severity == "info") return false;
  if (f.verdict == compare::Verdict::Conflicting) return true;
  return fail_on == "single-source" && f.verdict == compare::Verdict::SingleSource;
}

int run(const CheckFlags& f, bool full_report) {
  app::CheckRun result = app::run_check(f.corpus.options());
  print_diagnostics(result.diagnostics);
  if (result.status != app::RunStatus::Ok) {
    int errors = result.diagnostics.error_count();
    print_error(fmt::format("{} error{}; nothing was checked", errors, errors == 1 ? "" : "s"));
    return kExitCannotRun;
  }

  report::ReportInput input = result.report_input();
  std::string text;
  if (f.format == "json") {
    text = report::json_report(input).dump(2) + "\n";
  } else {
    report::TextOptions text_options;
    text_options.color = f.color == "always" || (f.color == "auto" && f.output.empty() && stdout_wants_color());
    text_options.show_sentences = full_report;
    text = report::text_report(input, text_options);
  }
  if (!write_output(f.output, text)) return kExitCannotRun;

  bool failed = std::any_of(result.findings.begin(), result.findings.end(),
                            [&](const compare::Finding& finding) { return fails(finding, f.fail_on); });
  return failed ? kExitFindings : kExitOk;
}

void add_command(CLI::App& app, int* exit_code, const char* name, const char* help, bool full_report) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* cmd = app.add_subcommand(name, help);
  add_flags(*cmd, *flags);
  cmd->callback([flags, exit_code, full_report] { *exit_code = run(*flags, full_report); });
}

}  // namespace

void add_check_command(CLI::App& app, int* exit_code) {
  add_command(app, exit_code, "check",
              "find every statement of each fact, compare them and report (the CI gate; the default command)."
              "\nExit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 could not run.",
              false);
}

void add_report_command(CLI::App& app, int* exit_code) {
  add_command(app, exit_code, "report",
              "the full report: every verdict with every sentence (same options and exit codes as check)",
              true);
}

}  // namespace factlint::cli
