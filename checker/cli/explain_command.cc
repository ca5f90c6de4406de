// explain: run the check (from the cache when possible) and explain one finding.
#include "cli/explain_command.h"

#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "app/check_run.h"
#include "cli/output.h"
#include "report/explain_report.h"

namespace factlint::cli {

namespace {

struct ExplainFlags {
  std::string id;
  std::vector<std::string> paths;
  std::vector<std::string> rules;
  std::string format = "text";
  std::string db = ".factlint/factlint.db";
  bool no_db = false;
};

int run(const ExplainFlags& f) {
  app::CheckOptions options;
  if (!f.paths.empty()) options.document_paths = f.paths;
  if (!f.rules.empty()) options.rule_paths = f.rules;
  options.db_path = f.no_db ? "" : f.db;
  app::CheckRun result = app::run_check(options);
  if (result.status != app::RunStatus::Ok) {
    print_diagnostics(result.diagnostics);
    return kExitCannotRun;
  }
  auto it = std::find_if(result.findings.begin(), result.findings.end(), [&](const compare::Finding& finding) {
    return finding.id == f.id || finding.key == f.id;
  });
  if (it == result.findings.end()) {
    print_error(fmt::format("no finding '{}' in this corpus; 'factlint report' lists every finding with its id", f.id));
    return kExitCannotRun;
  }
  std::string text = f.format == "json" ? report::explain_json(*it, *result.rules).dump(2) + "\n"
                                        : report::explain_text(*it, *result.rules, result.report_input());
  return write_output("", text) ? kExitOk : kExitCannotRun;
}

}  // namespace

void add_explain_command(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<ExplainFlags>();
  CLI::App* cmd = app.add_subcommand(
      "explain",
      "every statement behind one finding: the sentence, the pattern that matched (with its rule-file "
      "location), the role bindings and each normalization step of the value");
  cmd->add_option("id", flags->id, "a finding id (f-...) or its key, e.g. 'border_length(China, Russia)'")
      ->required();
  cmd->add_option("paths", flags->paths, "documents or folders (default: corpus/)");
  cmd->add_option("--rules", flags->rules, "rule file or folder, repeatable (default: rules/)")
      ->allow_extra_args(false);
  cmd->add_option("--format", flags->format, "output format")->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--db", flags->db, "SQLite store (its cache makes explain fast)");
  cmd->add_flag("--no-db", flags->no_db, "do not read or write the store");
  cmd->callback([flags, exit_code] { *exit_code = run(*flags); });
}

}  // namespace factlint::cli
