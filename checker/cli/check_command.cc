// check / report: run the pipeline, write the chosen format, map the outcome to an exit code.
#include "cli/check_command.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>

#include <fmt/format.h>

#include "app/base_check.h"
#include "app/change_set.h"
#include "app/check_run.h"
#include "cli/check_flags.h"
#include "cli/enter_project.h"
#include "cli/output.h"
#include "compare/baseline.h"
#include "compare/gate.h"
#include "project/baseline_file.h"
#include "project/git_changes.h"
#include "report/finding_text.h"
#include "report/github_report.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report/csv_report.h"
#include "report/junit_report.h"
#include "report/markdown_report.h"
#include "report/sarif_report.h"
#include "report/text_report.h"
#include "source/display_path.h"
#include "source/display_text.h"
#include "source/parallel_for.h"

namespace factlint::cli {

namespace {

// GitHub Actions shows the file named by $GITHUB_STEP_SUMMARY on the run's page. A
// summary that cannot be written is output lost, as a report that cannot be written
// is: false, and the run exits 2 (docs/contracts.md#exit-codes), or a gate whose
// summary a reviewer reads would pass with nothing in it.
bool append_step_summary(const std::string& markdown) {
  const char* path = std::getenv("GITHUB_STEP_SUMMARY");
  if (path == nullptr || *path == '\0') return true;
  std::ofstream out(path, std::ios::app | std::ios::binary);
  out << markdown;
  out.close();
  if (out) return true;
  print_error(fmt::format("cannot append the step summary to '{}': {}", path, std::strerror(errno)));
  return false;
}

// The run compared to the baseline in use: --baseline FILE, else .factlint-baseline.json
// when it exists, never with --no-baseline. `ok` is false when the file cannot be used.
struct BaselineUse {
  bool ok = true;
  std::optional<compare::BaselineComparison> comparison;
};

bool baseline_in_use(const CheckFlags& f) {
  return !f.no_baseline && (!f.baseline.empty() || std::filesystem::exists(project::kDefaultBaselineFile));
}

BaselineUse use_baseline(const CheckFlags& f, const std::vector<compare::Finding>& findings) {
  if (f.no_baseline) return {};
  std::string path = f.baseline.empty() ? project::kDefaultBaselineFile : f.baseline;
  if (f.baseline.empty() && !std::filesystem::exists(path)) return {};
  source::DiagnosticSink sink;
  std::optional<compare::Baseline> baseline = project::read_baseline(path, true, sink);
  print_diagnostics(sink);
  if (!baseline) {
    print_error(fmt::format("cannot use the baseline '{}'; fix it, rewrite it with 'factlint baseline create --force', "
                            "or pass --no-baseline",
                            path));
    return {false, std::nullopt};
  }
  return {true, compare::compare_to_baseline(*baseline, findings)};
}

// Says on stderr, so every report format stays as it is, what the baseline spared and
// what is new; fixed entries are a hint to prune.
void print_baseline_notes(const compare::GateOutcome& outcome, const compare::BaselineComparison& comparison,
                          bool partial) {
  fmt::print(stderr, "factlint: {} finding{} in the baseline (not failing), {} new\n", outcome.known,
             outcome.known == 1 ? " is" : "s are", outcome.fresh.size());
  for (const std::string& key : outcome.fresh) {
    fmt::print(stderr, "factlint: new since the baseline: {}\n", source::printable(key));
  }
  if (!comparison.fixed.empty() && partial) {
    // Their documents may just not have been checked: prune would drop them.
    std::size_t n = comparison.fixed.size();
    fmt::print(stderr,
               "factlint: note: {} baseline entr{} not found in the documents named; a check of the whole corpus "
               "says whether {} fixed\n",
               n, n == 1 ? "y was" : "ies were", n == 1 ? "it is" : "they are");
  } else if (!comparison.fixed.empty()) {
    std::size_t n = comparison.fixed.size();
    fmt::print(stderr,
               "factlint: note: {} baseline entr{} fixed (gone or consistent now); 'factlint baseline prune' drops {}\n",
               n, n == 1 ? "y is" : "ies are", n == 1 ? "it" : "them");
  }
}

// The verdicts a report lists: --quiet conflicts only, --show the ones it names;
// empty when every verdict is listed.
std::vector<std::string> listed_verdicts(const CheckFlags& f) {
  if (f.quiet) return {"conflicting"};
  std::vector<std::string> shown;
  // In the contract's order, whatever order the flag gave.
  for (const char* v : {"conflicting", "acknowledged", "single-source", "consistent"}) {
    if (std::find(f.show.begin(), f.show.end(), v) != f.show.end()) shown.push_back(v);
  }
  return shown;
}

// The change to check, for --changed or --diff-base; nullopt without them. `ok` is false
// when git cannot say what changed or the base cannot be checked (printed; the run
// cannot go on). With --diff-base the corpus is checked at the base too.
struct ChangeRequest {
  bool ok = true;
  std::optional<compare::ChangeScope> scope;
  std::vector<compare::Finding> base_findings;  // with --diff-base: the findings at the base
  std::vector<std::string> unread;  // the change's own files that could not be read (an error above)
};

// The change's files that the run could not read (a UTF-16 page, a binary file): each
// has an error of its own path above. A gate that passed them would pass a change it
// has not seen (a newcomer's UTF-16 page went through with exit 0).
std::vector<std::string> unread_changed_files(const source::DiagnosticSink& diagnostics,
                                              const std::vector<std::string>& files) {
  namespace fs = std::filesystem;
  std::set<std::string> changed;
  for (const std::string& file : files) changed.insert(fs::absolute(file).lexically_normal().string());
  std::set<std::string> unread;
  for (const source::Diagnostic& d : diagnostics.diagnostics()) {
    if (d.severity != source::Severity::Error || d.path.empty()) continue;
    if (changed.count(fs::absolute(d.path).lexically_normal().string()) > 0) unread.insert(d.path);
  }
  return {unread.begin(), unread.end()};
}

// Documents of the base that the change deleted: named by the change, gone from disk.
std::vector<std::string> deleted_documents(const std::vector<std::string>& base_documents,
                                           const std::vector<std::string>& files) {
  std::vector<doc::DocumentHeader> at_base;
  for (const std::string& path : base_documents) {
    at_base.push_back(doc::DocumentHeader{});
    at_base.back().path = path;
  }
  std::vector<std::string> deleted;
  for (const std::string& path : app::documents_changed(at_base, files)) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) deleted.push_back(path);
  }
  return deleted;
}

// The rule files and decisions file among a change's files (absolute paths), as the
// user names them: the base is checked with its own (app/base_check.h), and the user
// should know why findings no document change explains are reported.
std::vector<std::string> project_files_changed(const app::CheckOptions& options, const std::vector<std::string>& files) {
  namespace fs = std::filesystem;
  std::vector<fs::path> roots;
  for (const std::string& r : options.rule_paths) roots.push_back(fs::absolute(r).lexically_normal());
  if (!options.decisions_path.empty()) roots.push_back(fs::absolute(options.decisions_path).lexically_normal());
  std::vector<std::string> changed;
  for (const std::string& file : files) {
    const fs::path path = fs::path(file).lexically_normal();
    for (const fs::path& root : roots) {
      fs::path rel = path.lexically_relative(root);
      if (!rel.empty() && rel.native().rfind("..", 0) != 0) {
        changed.push_back(source::display_path(path.lexically_relative(fs::current_path()).generic_string()));
        break;
      }
    }
  }
  return changed;
}

// `git`: with --diff-base, what git said changed (asked before the run).
ChangeRequest change_of(const CheckFlags& f, const app::CheckRun& run, project::GitChanges* git) {
  if (f.changed.empty() && f.diff_base.empty()) return {};
  ChangeRequest request;
  request.scope.emplace();
  compare::ChangeScope& scope = *request.scope;
  std::vector<std::string> files = f.changed;
  if (git != nullptr) {
    project::GitChanges& changes = *git;
    files = std::move(changes.files);
    app::BaseCheck base = app::check_at_commit(f.corpus.options(), changes.top_level, changes.base_commit);
    if (!base.ok) {
      print_error(base.error);
      return {false, std::nullopt, {}, {}};
    }
    for (const std::string& note : base.notes) fmt::print(stderr, "factlint: note: {}\n", source::printable(note));
    if (std::vector<std::string> edited = project_files_changed(f.corpus.options(), files); !edited.empty()) {
      std::string listed;
      for (const std::string& e : edited) listed += (listed.empty() ? "" : ", ") + e;
      fmt::print(stderr,
                 "factlint: note: the change edits the rules or decisions ({}); the base is checked with its own, so "
                 "the findings they change are the change's too\n",
                 source::printable(listed));
    }
    scope.compared_with_base = true;
    scope.deleted_documents = deleted_documents(base.documents, files);
    request.base_findings = std::move(base.findings);
  }
  scope.base = f.diff_base;
  scope.changed_files = files.size();
  request.unread = unread_changed_files(run.diagnostics, files);
  const app::CheckOptions options = f.corpus.options();
  const app::CorpusScope corpus{options.document_paths, options.exclude};
  app::ChangeSet matched = app::match_changes(run.documents, files, run.locations, &corpus);
  scope.changed_documents = std::move(matched.documents);
  // A mistyped --changed path must not make a gate pass in silence.
  if (f.diff_base.empty() && !matched.not_checked.empty()) {
    std::vector<std::string> checked;
    for (const doc::DocumentHeader& d : run.documents) checked.push_back(d.path);
    for (const std::string& file : matched.not_checked) {
      // A mistyped path ("docs/fqa.md") is most likely one of the documents.
      const bool exists = std::filesystem::exists(file);
      std::string hint = exists ? "" : source::did_you_mean(file, checked);
      // No such file and no near name: most likely a deleted document, which --changed
      // cannot see (docs/ci.md); say so rather than leave the user guessing.
      const std::string why =
          exists || !hint.empty() ? source::suggestion(hint)
                                  : "; no such file (a deleted document: --diff-base reports what its deletion changed)";
      fmt::print(stderr, "factlint: warning: --changed '{}' is not among the documents checked; nothing of it is reported{}\n",
                 source::printable(file), source::printable(why));
    }
  }
  return request;
}

// A fixed finding never fails the run, whatever its verdict now.
// --fail-on is checked by CLI11 against the same three names. Findings are copied
// only when a change leaves out its fixed ones.
compare::GateOutcome gate_of(const report::ReportInput& input, compare::FailOn fail_on,
                             const compare::BaselineComparison* comparison) {
  if (!input.change) return compare::gate(input.findings, fail_on, comparison);
  // Without a base (--changed), a finding the changed documents only agree with, by
  // stating its canonical value, is reported but does not fail their author.
  const std::set<std::string> changed(input.change->changed_documents.begin(), input.change->changed_documents.end());
  std::vector<compare::Finding> gated;
  for (const compare::Finding& f : input.findings) {
    bool counts = input.change->compared_with_base ? input.change->kind_of(f.id) != compare::ChangeKind::Fixed
                                                   : compare::change_takes_part(f, changed);
    if (!counts) continue;
    // What the gate reads of a finding (compare/gate.h), never its statements: a wire
    // quotation's finding lists most of the corpus, and its copy was a tenth of a run.
    compare::Finding& g = gated.emplace_back();
    g.id = f.id;
    g.key = f.key;
    g.scope = f.scope;
    g.verdict = f.verdict;
    g.severity = f.severity;
  }
  return compare::gate(gated, fail_on, comparison);
}

// The run's options; with '-' or --stdin-name, standard input is one of its documents.
app::CheckOptions options_of(const CheckFlags& f) {
  app::CheckOptions options = f.corpus.options();
  options.record = true;  // check and report are the runs the history keeps
  // --changed reports only what touches the files it names, so the run may recompare
  // only the keys changed documents touch; a baseline compares every finding.
  if (f.diff_base.empty() && !baseline_in_use(f)) options.changed_files = f.changed;
  // The JSON, text and CSV writers read a finding's statements back when they write it;
  // `--changed` picks findings by their statements' documents, which the spill then
  // keeps; `--diff-base` compares them with the base's, so holds them.
  // FACTLINT_SPILL_FINDINGS=0 holds them instead, for tests and measurements (bench/README.md).
  const char* spill = std::getenv("FACTLINT_SPILL_FINDINGS");
  options.spill_findings = (f.format == "json" || f.format == "text" || f.format == "csv") && f.diff_base.empty() &&
                           !(spill != nullptr && std::string_view(spill) == "0");
  options.spilled_documents = !f.changed.empty();
  if (f.read_stdin) {
    std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    options.inline_document = app::InlineDocument{
        f.stdin_name.empty() ? std::string(kStdinName) : source::display_path(f.stdin_name), std::move(text)};
  }
  return options;
}

// The report's findings and documents, handed at the end of run() to a list the
// process never frees: the check ends with it, and freeing the statements one by one
// was 6% of the run that lists a wire quotation's 154,000 (issue 10, bench/README.md
// "Session 19 (wire)"). The list stays reachable, so a leak checker does not count it.
class ReleasedAtExit {
 public:
  explicit ReleasedAtExit(report::ReportInput& input) : input_(input) {}
  ReleasedAtExit(const ReleasedAtExit&) = delete;
  ReleasedAtExit& operator=(const ReleasedAtExit&) = delete;
  ~ReleasedAtExit() {
    struct Held {
      std::vector<compare::Finding> findings;
      std::vector<report::DocumentEntry> documents;
    };
    static auto* const kept = new std::vector<std::unique_ptr<Held>>();
    try {
      kept->push_back(std::make_unique<Held>(Held{std::move(input_.findings), std::move(input_.documents)}));
    } catch (...) {  // freed with `input` instead
    }
  }

 private:
  report::ReportInput& input_;
};

int run(const CheckFlags& f, bool full_report) {
  // git is asked first: outside a work tree, or with a REF git does not know, the run
  // cannot go on, and must say so before it reads (and warns about) every document.
  std::optional<project::GitChanges> git;
  if (!f.diff_base.empty()) {
    git = project::changed_since(f.diff_base);
    if (!git->ok) {
      print_error(git->error);
      return kExitCannotRun;
    }
  }
  app::CheckRun result = app::run_check(options_of(f));
  print_diagnostics(result.diagnostics);
  const int unread_inputs = result.diagnostics.unread_input_count();
  if (result.status != app::RunStatus::Ok) {
    int errors = result.diagnostics.error_count();
    print_error(fmt::format("{} error{}; nothing was checked", errors, errors == 1 ? "" : "s"));
    return kExitCannotRun;
  }

  BaselineUse baseline = use_baseline(f, result.findings);
  if (!baseline.ok) return kExitCannotRun;
  ChangeRequest change = change_of(f, result, git ? &*git : nullptr);
  if (!change.ok) return kExitCannotRun;

  // An incremental run recompared only the keys the change touches (app/incremental_check.h).
  const std::size_t untouched_findings = result.untouched_findings;
  report::ReportInput input = std::move(result).report_input();
  // Declared after `input`, so it runs first when run() returns, whichever way.
  const ReleasedAtExit released(input);
  input.jobs = source::thread_count(f.corpus.jobs);
  if (baseline.comparison) {
    input.baseline_state = baseline.comparison->states;
  }
  if (change.scope) {
    input.findings = change.scope->compared_with_base
                         ? compare::findings_changed(input.findings, change.base_findings, *change.scope)
                         : compare::findings_touching(std::move(input.findings), *change.scope);
    change.scope->left_out += untouched_findings;
    input.change = change.scope;
  }
  // The gate sees every finding the run reports, whatever the verdict filter lists;
  // a checked change gates on the findings it reports, fixed ones excepted; the
  // baseline is still compared with every finding, so its notes on fixed entries stay true.
  compare::FailOn fail_on = compare::fail_on_from_name(f.fail_on).value_or(compare::FailOn::Conflicting);
  const compare::BaselineComparison* comparison = baseline.comparison ? &*baseline.comparison : nullptr;
  compare::GateOutcome outcome = gate_of(input, fail_on, comparison);
  if (input.change) input.change->failing = outcome.fresh;
  if (std::vector<std::string> shown = listed_verdicts(f); !shown.empty()) report::filter_verdicts(input, shown);
  std::string text;
  bool summary_written = true;
  if (f.format == "json") {
    // Written as it is made: the JSON report lists every statement and can be large.
    if (!write_output(f.output, [&](const auto& write) { report::write_json_report(input, write); })) {
      return kExitCannotRun;
    }
  } else if (f.format == "csv") {
    if (!write_output(f.output, [&](const auto& write) { report::write_csv_report(input, write); })) {
      return kExitCannotRun;
    }
  } else if (f.format == "sarif") {
    text = report::sarif_report(input, {app::kToolVersion, ""});
  } else if (f.format == "junit") {
    text = report::junit_report(input);
  } else if (f.format == "markdown") {
    text = report::markdown_report(input);
  } else if (f.format == "html") {
    text = report::html_report(input, {app::kToolVersion, "", std::nullopt});
  } else if (f.format == "github") {
    text = report::github_report(input);
    summary_written = append_step_summary(report::markdown_report(input, report::kStepSummaryBytes));
  } else {
    report::TextOptions text_options;
    text_options.color = f.color == "always" || (f.color == "auto" && f.output.empty() && stdout_wants_color());
    text_options.show_sentences = full_report;
    // Written a finding at a time, as the JSON report is.
    if (!write_output(f.output, [&](const auto& write) { report::write_text_report(input, text_options, write); })) {
      return kExitCannotRun;
    }
  }
  const bool streamed = f.format == "json" || f.format == "text" || f.format == "csv";
  if (!streamed && !write_output(f.output, text)) return kExitCannotRun;

  if (comparison != nullptr) print_baseline_notes(outcome, *comparison, f.partial);
  // The text report ends with the change's line and its fixed findings: on stdout it
  // says them already. Any other format (its stdout machine-readable or markup) or a
  // report written to a file leaves them to stderr, once (docs/ci.md).
  const bool text_on_stdout = f.format == "text" && (f.output.empty() || f.output == "-");
  if (input.change && !text_on_stdout) {
    fmt::print(stderr, "factlint: {}\n", source::printable(report::change_note(*input.change)));
    for (const compare::FixedFinding& fixed : input.change->fixed) {
      fmt::print(stderr, "factlint: {}: {}\n", compare::fixed_word(fixed), source::printable(report::fixed_text(fixed)));
    }
  }
  // After the report, so the annotations still show what the run found.
  if (!summary_written) return kExitCannotRun;
  // After the report, so the gate still shows what it found (docs/ci.md#checking-a-change).
  if (!change.unread.empty()) {
    std::string listed;
    for (const std::string& path : change.unread) listed += (listed.empty() ? "'" : ", '") + path + "'";
    print_error(fmt::format("the change's own document{} {} could not be read (above), so the change was not "
                            "checked whole",
                            change.unread.size() == 1 ? "" : "s", source::printable(listed)));
    return kExitCannotRun;
  }
  // After the report, so a strict gate still shows what it found (docs/contracts.md#exit-codes).
  if (f.strict && unread_inputs > 0) {
    print_error(fmt::format("--strict: {} input{} not read (listed above), so the corpus was not fully checked",
                            unread_inputs, unread_inputs == 1 ? " was" : "s were"));
    return kExitCannotRun;
  }
  return outcome.failed ? kExitFindings : kExitOk;
}

void add_command(CLI::App& app, int* exit_code, const char* name, const char* help, bool full_report) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* cmd = app.add_subcommand(name, help);
  add_check_flags(*cmd, *flags);
  cmd->callback([cmd, flags, exit_code, full_report] {
    flags->partial = names_single_documents(flags->corpus.paths);
    take_stdin_argument(*cmd, *flags);
    if (!enter_project(*cmd, flags->corpus, check_paths(*flags)) || !resolve_settings(*cmd, *flags)) {
      *exit_code = kExitCannotRun;
      return;
    }
    *exit_code = run(*flags, full_report);
  });
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
