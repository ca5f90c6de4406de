// One `factlint check` run as a library call: rules and documents in; statements,
// findings and diagnostics out. Every command that reads documents (check, report,
// explain, baseline, test) goes through here.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/change_set.h"
#include "app/value_overrides.h"
#include "compare/decision.h"
#include "compare/finding.h"
#include "compare/finding_spill.h"
#include "doc/document.h"
#include "lang/ast.h"
#include "match/statement.h"
#include "match/suppression.h"
#include "quote/quote.h"
#include "quote/quote_comparator.h"
#include "report/report_input.h"
#include "source/diagnostic.h"

namespace factlint::app {

inline constexpr const char* kToolVersion = FACTLINT_VERSION;

// How many runs the store keeps: each run prunes older ones, and the cache entries
// only they used, so a store that sees a run on every commit stays small.
inline constexpr std::size_t kKeepRuns = 20;

// A document whose text comes from elsewhere than its path: standard input, for an
// editor's unsaved buffer or a pre-commit hook (`factlint check -`, --stdin-name).
struct InlineDocument {
  std::string path;  // the name it is checked and reported under; its extension picks the reader
  std::string text;
};

struct CheckOptions {
  std::vector<std::string> rule_paths{"rules"};
  std::vector<std::string> document_paths{"corpus"};
  std::string db_path = ".factlint/factlint.db";  // empty: do not use a store
  std::string decisions_path = "factlint.decisions.toml";  // read when present
  bool decisions_required = false;                        // true when the user named the file
  int jobs = 0;  // threads loading and matching documents; 0: one per core
  std::size_t keep_runs = kKeepRuns;  // runs the store keeps, this one included
  quote::QuoteOptions quotes;  // quotations read and compared across documents (issue 11)
  std::vector<std::string> exclude;  // globs of documents and folders not to read (--exclude)
  bool gitignore = true;             // skip what .gitignore ignores, in a git work tree
  bool report_skipped = false;       // a note for every path excluded or ignored (--verbose)
  // Checked with the documents of `document_paths`: in place of the file of that path
  // when they hold one, beside them otherwise. `document_paths` may then be empty.
  std::optional<InlineDocument> inline_document;
  bool record = true;  // false: read the store's extraction cache, write nothing (the check at a change's base)
  // Set by `--changed`: only the findings touching these files will be reported, so a
  // run with a warm store may recompare only the keys that changed documents and these
  // touch (app/incremental_check.h); `findings` then holds those keys' findings only.
  std::vector<std::string> changed_files;
  // Set for a report written a finding at a time (the JSON and text writers): the
  // findings' statements wait in a temporary file until then (compare/finding_spill.h,
  // issue 10), and `findings` hold none. A run with a wrong-extraction decision keeps
  // them, as checking that decision reads the statements of every finding it names.
  bool spill_findings = false;
  // With spill_findings, set for a checked change (`--changed`): each spilled finding
  // keeps the documents its statements are in, by which the change picks the findings
  // it reports (compare/change_scope.h).
  bool spilled_documents = false;
  value::ValueSettings values;       // how ambiguous dates, bare tons, "$" and "¥" are read (--date-order, --ton, ...)
  std::vector<ValueOverride> value_overrides;  // the same for some paths ([[override]] in .factlint.toml)
};

// Why a run could not produce findings (exit code 2 territory).
enum class RunStatus { Ok, RuleErrors, InputErrors, StoreError, ConfigErrors };

struct CheckRun {
  RunStatus status = RunStatus::Ok;
  std::optional<lang::RuleSet> rules;
  std::vector<doc::DocumentHeader> documents;  // sorted by path; all a run keeps of each (issue 10)
  // Empty after run_check: a full run's statements go to a temporary file as they are
  // read and are merged back key by key into `findings` (app/statement_spill.h); only
  // the incremental run, which reads a few documents, holds them here until it compares.
  // statements_of() lists a document's.
  std::vector<match::Statement> statements;
  std::size_t statement_count = 0;            // statements compared (suppressed ones are not)
  std::vector<match::Statement> dropped;      // statements wrong-extraction decisions took out
  std::vector<compare::Finding> findings;    // fact findings, then quote findings (fact "quote")
  // With options.spill_findings: where the findings' statements are (each finding's
  // `spilled`); statements_of() does not see them.
  std::shared_ptr<compare::FindingSpill> finding_spill;
  // The incremental run's quotations (issue 11), by document, until compared; a full run
  // holds its own as cores and a temporary file instead (app/quote_book.h).
  std::vector<quote::Quote> quotes;
  compare::Decisions decisions;               // editors' decisions applied to the findings
  source::DiagnosticSink diagnostics;         // rule errors, document problems, store problems
  std::size_t cached_documents = 0;           // documents whose statements came from the store
  std::size_t restored_documents = 0;         // of those, untouched files not read at all (document_states.h)
  // Files whose states were saved unconfirmed (written just before the run that read
  // them) and whose bytes this run found unchanged: restored, or left untouched by an
  // incremental run, after one read of their bytes (document_states.h).
  std::size_t verified_documents = 0;
  // Of the documents an incremental run restored for their quotations alone, those whose
  // snapshots it read in one walk of the store, not one lookup each (a wire quotation's
  // group, app/incremental_check.cc).
  std::size_t snapshots_walked = 0;
  std::vector<match::Suppression> suppressions;        // factlint-ignore comments, by document
  std::vector<match::SuppressedStatement> suppressed;  // statements they took out of the comparison
  std::set<std::string> documents_with_notes;  // documents with suppressions or loading diagnostics
  // Set when only the keys changed documents touch were recompared (options.changed_files):
  // `findings` holds theirs, and this many findings of other keys were not recompared.
  bool incremental = false;
  std::size_t untouched_findings = 0;
  // Where the corpus walk found each document, from the one stat it took of it (with or
  // without a store): --changed is matched to documents with these instead of a stat a
  // document (app/change_set.h).
  FileLocations locations;

  // The statements of one document after the comparison, in document order.
  std::vector<match::Statement> statements_of(const std::string& path) const;

  report::ReportInput report_input() const&;
  // The same, taking the findings instead of copying them (they are most of a run's memory).
  report::ReportInput report_input() &&;
};

// Parses the rules (stopping with RuleErrors if any is wrong), loads every
// document (a broken one is reported and skipped; a missing path is InputErrors),
// extracts statements (from the store's cache when the document, rules and tool
// version are unchanged), compares them, records the run in the store and prunes the
// store to the newest `keep_runs` runs. Without `record`, the store is only read.
CheckRun run_check(const CheckOptions& options);

}  // namespace factlint::app
