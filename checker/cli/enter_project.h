// Every command that reads project files works from the project root
// (docs/configuration.md#the-project-root): the folder of the .factlint.toml found
// upward. Run from a subfolder, a command moves there first, so its defaults (rules/,
// corpus/, the store, the baseline, the decisions file) and every path it shows are
// those of a run from the root; the paths its command line gave are rebased first.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/corpus_flags.h"

namespace factlint::cli {

// The command-line options whose values name files or folders, relative to where
// factlint was started. Only those the command line gave are rebased: defaults
// already mean the root.
struct GivenPaths {
  GivenPaths& path(const char* option, std::string& value);
  GivenPaths& paths(const char* option, std::vector<std::string>& values);
  // Globs with a '/' are matched against the path as shown, so they are rebased;
  // one without a '/' matches any file or folder name and is kept.
  GivenPaths& globs(const char* option, std::vector<std::string>& values);

  // The documents, --rules, --db, --decisions, --exclude and --quote-ignore.
  GivenPaths& corpus(CorpusFlags& flags);

  std::vector<std::pair<const char*, std::string*>> one;
  std::vector<std::pair<const char*, std::vector<std::string>*>> many;
  std::vector<std::pair<const char*, std::vector<std::string>*>> glob_lists;
};

// Moves to the root of the project the working directory is in: the folder of the
// .factlint.toml found upward (none with --no-config; with --config FILE the working
// directory stays the root, as a named file may live anywhere). `config` and
// `no_config` are those flags. With `verbose`, says where it moved. False after
// printing why the root cannot be entered.
bool enter_project(const CLI::App& cmd, const std::string& config, bool no_config, bool verbose,
                   const GivenPaths& given);

// The same for a command with the corpus flags: its own paths, then `more`.
bool enter_project(const CLI::App& cmd, CorpusFlags& corpus, GivenPaths more = {});

}  // namespace factlint::cli
