// The options of `factlint check` and `factlint report`, and how they are settled from
// the command line, the project file .factlint.toml and the defaults (docs/configuration.md).
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/corpus_flags.h"
#include "cli/enter_project.h"

namespace factlint::cli {

struct CheckFlags {
  CorpusFlags corpus;
  std::string format = "text";
  std::string output;
  std::string fail_on = "conflicting";
  std::string color = "auto";
  std::string baseline;  // "": .factlint-baseline.json when it exists
  bool no_baseline = false;
  std::vector<std::string> changed;  // --changed FILE...
  std::string diff_base;             // --diff-base REF
  bool quiet = false;                // --quiet: conflicts and the summary only
  bool strict = false;               // --strict: a document or folder not read makes the run exit 2
  std::vector<std::string> show;     // --show VERDICT,...: the verdicts the text report lists
  std::string stdin_name;            // --stdin-name NAME: one document from standard input
  bool read_stdin = false;           // '-' among the documents, or --stdin-name
  bool partial = false;              // documents named on the command line: maybe not the whole corpus
};

// The name of a document read from standard input without --stdin-name.
inline constexpr const char* kStdinName = "<stdin>";

// Takes '-' out of the documents to check: it means one document from standard input
// (as does --stdin-name). With no other document named, the configured or default
// corpus is checked beside it. Call before resolve_settings.
void take_stdin_argument(CLI::App& cmd, CheckFlags& flags);

// Adds every option of check to `cmd` (corpus, output, gate, baseline, change, config).
void add_check_flags(CLI::App& cmd, CheckFlags& flags);

// The options of check that name files, for enter_project: the corpus flags, --output,
// --baseline, --changed and --stdin-name.
GivenPaths check_paths(CheckFlags& flags);

// One setting as it ends up, for `factlint config`: "fail-on", "single-source",
// ".factlint.toml:3" (or "--fail-on", or "default").
struct Setting {
  std::string key;
  std::string value;
  std::string origin;
};

// Fills every option the command line of `cmd` did not give from the project file
// (--config FILE, else .factlint.toml found from the working directory up to the git
// root; none with --no-config) and returns each setting with where it came from.
// A project file with errors is printed and gives false: the run cannot go on.
bool resolve_settings(const CLI::App& cmd, CheckFlags& flags, std::vector<Setting>* settings = nullptr);

// The same for the commands that only read the corpus (baseline, explain): the
// project file's corpus settings (rules, paths, exclude, gitignore, decisions, db,
// jobs, quotes, quote-min-words) and, when `baseline` is given and the command line
// has no --baseline, the file's baseline path.
bool resolve_corpus_settings(const CLI::App& cmd, CorpusFlags& corpus, std::string* baseline = nullptr);

}  // namespace factlint::cli
