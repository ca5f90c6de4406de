// The options every command that runs the check shares (check, report, explain):
// documents, rules, store and decisions, and how they become app::CheckOptions.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "app/check_run.h"

namespace factlint::cli {

struct CorpusFlags {
  std::vector<std::string> paths;
  std::vector<std::string> rules;
  std::string db = ".factlint/factlint.db";
  bool no_db = false;
  std::string decisions;
  int jobs = 0;
  bool no_quotes = false;        // quotes (issue 11)
  std::size_t quote_min_words = 1;
  std::vector<std::string> quote_ignore;  // --quote-ignore GLOB
  std::vector<std::string> exclude;  // --exclude GLOB
  bool no_gitignore = false;
  bool verbose = false;
  std::string config;      // --config FILE: "" finds .factlint.toml
  bool no_config = false;  // --no-config
  std::string ton = "metric";       // --ton: what a bare "ton" is
  value::BareCodes currency;        // --dollar, --yen, --shilling: what a bare "$", "¥", "Sh" is
  std::string date_order = "none";  // --date-order: how 04/05/2020 is read
  std::vector<app::ValueOverride> overrides;  // [[override]] tables of the project file

  app::CheckOptions options() const;
};

// Whether `paths`, as given on the command line, name documents rather than folders
// (a file, a glob, '-'): a run over them may leave most of the corpus unchecked, so what
// it does not find is not "fixed" (baseline update/prune, decisions prune refuse without
// --force; check says so). Call before the project is entered: paths are the user's.
bool names_single_documents(const std::vector<std::string>& paths);

// Adds PATH..., --rules, --db, --no-db and --decisions to `cmd`.
void add_corpus_flags(CLI::App& cmd, CorpusFlags& flags);

// Adds --config FILE and --no-config alone, for a command that reads only some settings
// of the project file (test, rules, history).
void add_config_flags(CLI::App& cmd, CorpusFlags& flags);

}  // namespace factlint::cli
