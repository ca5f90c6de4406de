// Shared corpus options.
#include "cli/corpus_flags.h"

namespace factlint::cli {

app::CheckOptions CorpusFlags::options() const {
  app::CheckOptions o;
  if (!paths.empty()) o.document_paths = paths;
  if (!rules.empty()) o.rule_paths = rules;
  o.db_path = no_db ? "" : db;
  o.jobs = jobs;
  // Quotes (issue 11).
  o.quotes.enabled = !no_quotes;
  o.quotes.min_words = quote_min_words;
  if (!decisions.empty()) {
    o.decisions_path = decisions;
    o.decisions_required = true;
  }
  return o;
}

void add_corpus_flags(CLI::App& cmd, CorpusFlags& f) {
  cmd.add_option("paths", f.paths, "documents or folders to check (default: corpus/)");
  cmd.add_option("--rules", f.rules, "rule file or folder, repeatable (default: rules/)")->allow_extra_args(false);
  cmd.add_option("--db", f.db, "SQLite store for runs and the extraction cache")->capture_default_str();
  cmd.add_flag("--no-db", f.no_db, "do not read or write the store");
  cmd.add_option("--decisions", f.decisions,
                 "editors' decisions file (default: factlint.decisions.toml when present); see docs/decisions.md");
  cmd.add_option("-j,--jobs", f.jobs, "threads loading and matching documents (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  // Quotes (issue 11): docs/quotes.md.
  cmd.add_flag("--no-quotes", f.no_quotes, "do not read or compare quotations");
  cmd.add_option("--quote-min-words", f.quote_min_words, "ignore quotations shorter than N words")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
}

}  // namespace factlint::cli
