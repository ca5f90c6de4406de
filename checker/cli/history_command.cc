// history: open the store (never creating one), list its runs in the chosen format.
#include "cli/history_command.h"

#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "app/check_run.h"
#include "cli/check_flags.h"
#include "cli/choice.h"
#include "cli/enter_project.h"
#include "cli/output.h"
#include "report/history_report.h"
#include "store/store.h"

namespace factlint::cli {

namespace {

struct HistoryFlags {
  std::string db = ".factlint/factlint.db";
  std::string format = "text";
  std::string output;
  CorpusFlags project;  // --config, --no-config: the store is the one `db` names
};

// The store the project file names, unless --db did; false after printing the file's errors.
bool settle(const CLI::App& cmd, HistoryFlags& f) {
  if (!enter_project(cmd, f.project.config, f.project.no_config, false,
                     GivenPaths{}.path("--db", f.db).path("--output", f.output))) {
    return false;
  }
  f.project.db = f.db;
  if (!resolve_corpus_settings(cmd, f.project)) return false;
  f.db = f.project.no_db ? "" : f.project.db;
  return true;
}

int run(const HistoryFlags& f) {
  std::vector<store::RunSummary> runs;
  std::error_code ec;
  // Asking for history must not leave an empty store behind.
  if (!f.db.empty() && std::filesystem::exists(f.db, ec)) {
    try {
      runs = store::Store::open(f.db).runs();
    } catch (const store::StoreError& e) {
      print_error(e.what());
      return kExitCannotRun;
    }
  }
  std::string text = f.format == "json" ? report::history_json(runs).dump(2) + "\n" : report::history_text(runs);
  if (f.format == "text" && text.empty()) {
    text = f.db.empty() ? std::string("no store: db = false in the project file, so no run is recorded\n")
                        : fmt::format("no runs recorded in '{}'\n", f.db);
  }
  return write_output(f.output, text) ? kExitOk : kExitCannotRun;
}

}  // namespace

void add_history_command(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<HistoryFlags>();
  CLI::App* cmd = app.add_subcommand(
      "history", fmt::format("list the runs the store keeps, newest first (each run keeps the last {})",
                             app::kKeepRuns));
  cmd->add_option("--db", flags->db, "SQLite store of runs")->capture_default_str();
  cmd->add_option("--format", flags->format, "output format")
      ->check(one_of({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", flags->output, "write the list to FILE instead of stdout");
  add_config_flags(*cmd, flags->project);
  cmd->callback([cmd, flags, exit_code] { *exit_code = settle(*cmd, *flags) ? run(*flags) : kExitCannotRun; });
}

}  // namespace factlint::cli
