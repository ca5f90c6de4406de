// One `factlint check` run as a library call: rules and documents in; statements,
// findings and diagnostics out. Every front end (CLI, review server) goes through here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compare/decision.h"
#include "compare/finding.h"
#include "doc/document.h"
#include "lang/ast.h"
#include "match/statement.h"
#include "quote/quote.h"
#include "quote/quote_comparator.h"
#include "report/report_input.h"
#include "source/diagnostic.h"

namespace factlint::app {

inline constexpr const char* kToolVersion = FACTLINT_VERSION;

struct CheckOptions {
  std::vector<std::string> rule_paths{"rules"};
  std::vector<std::string> document_paths{"corpus"};
  std::string db_path = ".factlint/factlint.db";  // empty: do not use a store
  std::string decisions_path = "factlint.decisions.toml";  // read when present
  bool decisions_required = false;                        // true when the user named the file
  int jobs = 0;  // threads loading and matching documents; 0: one per core
  quote::QuoteOptions quotes;  // quotations read and compared across documents (issue 11)
};

// Why a run could not produce findings (exit code 2 territory).
enum class RunStatus { Ok, RuleErrors, InputErrors, StoreError, ConfigErrors };

struct CheckRun {
  RunStatus status = RunStatus::Ok;
  std::optional<lang::RuleSet> rules;
  std::vector<doc::Document> documents;       // sorted by path
  std::vector<match::Statement> statements;
  std::vector<compare::Finding> findings;    // fact findings, then quote findings (fact "quote")
  std::vector<quote::Quote> quotes;          // every quotation read, by document (issue 11)
  compare::Decisions decisions;               // editors' decisions applied to the findings
  source::DiagnosticSink diagnostics;         // rule errors, document problems, store problems
  std::size_t cached_documents = 0;           // documents whose statements came from the store

  report::ReportInput report_input() const;
};

// Parses the rules (stopping with RuleErrors if any is wrong), loads every
// document (a broken one is reported and skipped; a missing path is InputErrors),
// extracts statements (from the store's cache when the document, rules and tool
// version are unchanged), compares them and records the run in the store.
CheckRun run_check(const CheckOptions& options);

// `path` relative to the working directory when it lies below it, else unchanged.
std::string display_path(const std::string& path);

}  // namespace factlint::app
