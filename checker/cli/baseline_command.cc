// baseline create|update|prune: run the check, then write the baseline file from its
// findings. Each prints one summary line; 2 when the check or the file cannot be used.
#include "cli/baseline_command.h"

#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "compare/baseline.h"
#include "project/baseline_file.h"
#include "app/check_run.h"
#include "cli/check_flags.h"
#include "cli/corpus_flags.h"
#include "cli/enter_project.h"
#include "cli/output.h"

namespace factlint::cli {

namespace {

enum class Action { Create, Update, Prune };

struct BaselineFlags {
  CorpusFlags corpus;
  std::string baseline = project::kDefaultBaselineFile;
  bool force = false;        // create: overwrite; update/prune: the named documents are the whole corpus
  bool paths_given = false;  // documents (not folders) named on the command line
};

// A finding whose documents were left out of the run looks fixed: updating or pruning
// after a check of part of the corpus would drop the rest of the baseline (an
// analyst's `baseline prune one.md` emptied it). Refused unless --force.
bool whole_corpus(const BaselineFlags& f, const char* action) {
  if (!f.paths_given || f.force) return true;
  print_error(fmt::format(
      "{} judges what is fixed from a check of the whole corpus, and documents (not folders) were named on the "
      "command line: run it without them or with the corpus's folders, or add --force if they are the whole corpus",
      action));
  return false;
}

std::string plural(std::size_t n, const char* noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

std::string describe(const compare::Baseline& b) {
  std::size_t conflicting = 0;
  for (const auto& e : b.findings) conflicting += e.verdict == "conflicting" ? 1 : 0;
  return fmt::format("{} ({} conflicting, {} single-source)", plural(b.findings.size(), "finding"), conflicting,
                     b.findings.size() - conflicting);
}

// The check's findings, or nullopt after printing why there are none.
std::optional<app::CheckRun> checked(const BaselineFlags& f) {
  app::CheckRun result = app::run_check(f.corpus.options());
  print_diagnostics(result.diagnostics);
  if (result.status != app::RunStatus::Ok) {
    int errors = result.diagnostics.error_count();
    print_error(fmt::format("{} error{}; no baseline was written", errors, errors == 1 ? "" : "s"));
    return std::nullopt;
  }
  return result;
}

// The baseline on disk; nullopt after printing its errors. `required`: a missing file is an error.
std::optional<compare::Baseline> existing(const BaselineFlags& f, bool required) {
  source::DiagnosticSink sink;
  auto baseline = project::read_baseline(f.baseline, required, sink);
  print_diagnostics(sink);
  return baseline;
}

int create(const BaselineFlags& f) {
  if (std::filesystem::exists(f.baseline) && !f.force) {
    print_error(fmt::format("'{}' already exists; 'factlint baseline update' refreshes it, --force overwrites it",
                            f.baseline));
    return kExitCannotRun;
  }
  auto run = checked(f);
  if (!run) return kExitCannotRun;
  compare::Baseline baseline = compare::make_baseline(run->findings);
  if (!write_output(f.baseline, project::to_json_text(baseline))) return kExitCannotRun;
  fmt::print("baseline: wrote '{}': {}\n", f.baseline, describe(baseline));
  return kExitOk;
}

int update(const BaselineFlags& f) {
  if (!whole_corpus(f, "baseline update")) return kExitCannotRun;
  auto before = existing(f, false);
  if (!before) {
    print_error(fmt::format("cannot update '{}'; 'factlint baseline create --force' writes it anew", f.baseline));
    return kExitCannotRun;
  }
  auto run = checked(f);
  if (!run) return kExitCannotRun;
  compare::BaselineComparison comparison = compare::compare_to_baseline(*before, run->findings);
  compare::Baseline after = compare::make_baseline(run->findings);
  if (!write_output(f.baseline, project::to_json_text(after))) return kExitCannotRun;
  std::size_t added = comparison.count(compare::BaselineState::New) - comparison.changed.size();
  fmt::print("baseline: updated '{}': {} (+{} new, -{} fixed, {} changed)\n", f.baseline, describe(after), added,
             comparison.fixed.size(), comparison.changed.size());
  return kExitOk;
}

int prune(const BaselineFlags& f) {
  if (!whole_corpus(f, "baseline prune")) return kExitCannotRun;
  auto before = existing(f, true);
  if (!before) {
    print_error(fmt::format("cannot prune '{}'; 'factlint baseline create' writes a baseline", f.baseline));
    return kExitCannotRun;
  }
  auto run = checked(f);
  if (!run) return kExitCannotRun;
  compare::BaselineComparison comparison = compare::compare_to_baseline(*before, run->findings);
  compare::Baseline after = compare::prune_baseline(*before, comparison);
  // Nothing fixed: leave the file byte for byte as it is.
  if (!comparison.fixed.empty() && !write_output(f.baseline, project::to_json_text(after))) return kExitCannotRun;
  fmt::print("baseline: pruned '{}': dropped {}, kept {}\n", f.baseline,
             plural(comparison.fixed.size(), "fixed finding"), describe(after));
  return kExitOk;
}

void add_action(CLI::App& parent, int* exit_code, Action action, const char* name, const char* help) {
  auto flags = std::make_shared<BaselineFlags>();
  CLI::App* cmd = parent.add_subcommand(name, help);
  add_corpus_flags(*cmd, flags->corpus);
  cmd->add_option("--baseline", flags->baseline, "the baseline file")->capture_default_str();
  if (action == Action::Create) {
    cmd->add_flag("--force", flags->force, "overwrite an existing baseline file");
  } else {
    cmd->add_flag("--force", flags->force,
                  "run even though documents are named on the command line (they are the whole corpus)");
  }
  cmd->callback([cmd, flags, exit_code, action] {
    flags->paths_given = names_single_documents(flags->corpus.paths);
    // The project file names the corpus and the baseline check uses, so both agree.
    if (!enter_project(*cmd, flags->corpus, GivenPaths{}.path("--baseline", flags->baseline)) ||
        !resolve_corpus_settings(*cmd, flags->corpus, &flags->baseline)) {
      *exit_code = kExitCannotRun;
      return;
    }
    switch (action) {
      case Action::Create: *exit_code = create(*flags); break;
      case Action::Update: *exit_code = update(*flags); break;
      case Action::Prune: *exit_code = prune(*flags); break;
    }
  });
}

}  // namespace

void add_baseline_command(CLI::App& app, int* exit_code) {
  CLI::App* baseline = app.add_subcommand(
      "baseline",
      "record the current findings in .factlint-baseline.json; with it committed, check fails only on new ones "
      "(see docs/ci.md)");
  baseline->require_subcommand(1);
  add_action(*baseline, exit_code, Action::Create,
             "create", "write a baseline of the current conflicting and single-source findings");
  add_action(*baseline, exit_code, Action::Update,
             "update", "rewrite the baseline from the current findings and say what changed");
  add_action(*baseline, exit_code, Action::Prune,
             "prune", "drop the baseline entries that are fixed, keep the rest (never adds)");
}

}  // namespace factlint::cli
