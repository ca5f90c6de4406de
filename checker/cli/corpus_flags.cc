// Shared corpus options.
#include "cli/corpus_flags.h"

#include <filesystem>
#include <system_error>
#include "cli/choice.h"
#include "cli/whole_number.h"

namespace factlint::cli {

app::CheckOptions CorpusFlags::options() const {
  app::CheckOptions o;
  if (!paths.empty()) o.document_paths = paths;
  if (!rules.empty()) o.rule_paths = rules;
  o.db_path = no_db ? "" : db;
  // The store's history is of check and report runs (docs/contracts.md#the-store):
  // decide, explain, decisions, baseline and serve read the extraction cache and write
  // nothing, so a morning of editing never pushes last week's report out of the history.
  o.record = false;
  o.jobs = jobs;
  // Quotes (issue 11).
  o.quotes.enabled = !no_quotes;
  o.quotes.min_words = quote_min_words;
  o.quotes.ignore = quote_ignore;
  o.exclude = exclude;
  o.gitignore = !no_gitignore;
  o.report_skipped = verbose;
  o.values.ton = value::ton_from_name(ton).value_or(value::Ton::Metric);
  static_cast<value::BareCodes&>(o.values) = currency;
  o.values.date_order = app::date_order_from_name(date_order).value_or(value::DateOrder::Unknown);
  o.value_overrides = overrides;
  if (!decisions.empty()) {
    o.decisions_path = decisions;
    o.decisions_required = true;
  }
  return o;
}

void add_config_flags(CLI::App& cmd, CorpusFlags& f) {
  CLI::Option* config = cmd.add_option(
      "--config", f.config,
      "read settings from FILE (default: .factlint.toml here or in a folder above, up to the git root, whose "
      "folder is then the project root every path is relative to); flags override it; see docs/configuration.md");
  cmd.add_flag("--no-config", f.no_config, "read no .factlint.toml: flags and defaults only")->excludes(config);
}

void add_corpus_flags(CLI::App& cmd, CorpusFlags& f) {
  cmd.add_option("paths", f.paths,
                 "documents, folders or quoted globs ('corpus/**/*.md') to check (default: corpus/); "
                 "in a git work tree, what .gitignore ignores is skipped");
  cmd.add_option("--exclude", f.exclude,
                 "skip documents and folders matching GLOB, repeatable: with a '/' it matches the path "
                 "('corpus/drafts/**'), without one any file or folder name ('drafts', '*.txt')")
      ->allow_extra_args(false);
  cmd.add_flag("--no-gitignore", f.no_gitignore, "read documents that .gitignore ignores, too");
  cmd.add_flag("-v,--verbose", f.verbose, "say which paths were skipped, and why (excluded, ignored by git)");
  add_config_flags(cmd, f);
  cmd.add_option("--rules", f.rules, "rule file or folder, repeatable (default: rules/)")->allow_extra_args(false);
  cmd.add_option("--db", f.db, "SQLite store for runs and the extraction cache")->capture_default_str();
  cmd.add_flag("--no-db", f.no_db, "do not read or write the store");
  cmd.add_option("--decisions", f.decisions,
                 "editors' decisions file (default: factlint.decisions.toml when present); see docs/decisions.md");
  cmd.add_option("-j,--jobs", f.jobs, "threads loading and matching documents and writing the JSON report (default: one per core)")
      ->check(whole_number(0));
  // Quotes (issue 11): docs/quotes.md.
  cmd.add_flag("--no-quotes", f.no_quotes, "do not read or compare quotations");
  cmd.add_option("--ton", f.ton,
                 "what a bare 'ton' in the documents is: metric (1,000 kg), short (US, 907.18 kg) or long "
                 "(imperial, 1,016.05 kg); a fact's own 'ton' option wins; see docs/configuration.md")
      ->check(one_of({"metric", "short", "long"}))
      ->capture_default_str();
  add_bare_currency_options(cmd, f.currency, true);
  cmd.add_option("--date-order", f.date_order,
                 "how numeric dates with both parts up to 12 (04/05/2020) are read: mdy, dmy, or none (not read)")
      ->check(one_of({"mdy", "dmy", "none"}))
      ->capture_default_str();
  cmd.add_option("--quote-min-words", f.quote_min_words, "ignore quotations shorter than N words")
      ->check(whole_number(1))
      ->capture_default_str();
  cmd.add_option("--quote-ignore", f.quote_ignore,
                 "ignore the quotations of documents matching GLOB, repeatable (matched like --exclude): "
                 "their facts are still checked")
      ->allow_extra_args(false);
}

bool names_single_documents(const std::vector<std::string>& paths) {
  std::error_code ec;
  for (const std::string& path : paths) {
    if (!std::filesystem::is_directory(path, ec)) return true;
  }
  return false;
}

}  // namespace factlint::cli
