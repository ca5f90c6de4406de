// Recording one editor's decision: checked against the current run exactly as the
// decisions file is (compare/decision_check.h), then written into the decisions file
// entry by entry (project/decisions_writer.h). `factlint decide` and `factlint serve`
// both come here, so a decision made in the browser is the one the command line makes.
#pragma once

#include <string>

#include "app/check_run.h"
#include "compare/decision.h"
#include "source/diagnostic.h"

namespace factlint::app {

struct DecisionRequest {
  // A finding id ("f-1736ca0f5f") or key as reports print it, with its scope when it
  // has one ("gdp_growth(Kenya) [2023]"). A key without its scope is refused when the
  // key has findings in several scopes (the message lists them), and is recorded with
  // its scope when it has one.
  std::string target;
  compare::Decision::Kind kind = compare::Decision::Kind::Acknowledged;
  std::string value;      // Canonical: read with the fact's value type
  std::string statement;  // WrongExtraction: "path:line:column", as reports print it
  std::string note;
  std::string author;
  std::string when;  // ISO date; "" records today's (UTC)
};

enum class RecordStatus {
  Added,     // a new entry was written
  Replaced,  // the finding's entry of the same kind (and statement) was rewritten
  Rejected,  // the request does not fit the run: unknown finding, unreadable value, ...
  CannotRun  // the check itself could not run, or the file cannot be edited or written
};

struct RecordOutcome {
  RecordStatus status = RecordStatus::CannotRun;
  compare::Decision decision;        // as written: a symmetric key in report order, the date filled in
  std::string finding_key;           // the key of the finding decided, for messages
  std::string finding_scope;         // and its scope ("" when its fact has none)
  source::DiagnosticSink diagnostics;  // why it was rejected or could not run
};

// Runs the check with `options`, checks the request against its rules, findings and
// statements, and writes it into options.decisions_path (created when missing). A
// second decision of the same kind for the same finding (and, for wrong extractions,
// the same statement) replaces the first; a new one goes after the finding's other
// entries, else at the end. The file is replaced atomically (written beside it, then
// renamed).
RecordOutcome record_decision(const CheckOptions& options, const DecisionRequest& request);

// Replaces the decisions file at `path` with `text` atomically (written beside it,
// then renamed), so a reader never sees half a file. False after an error in `sink`.
bool write_decisions_file(const std::string& path, const std::string& text, source::DiagnosticSink& sink);

// Today's date in UTC, "2026-11-29".
std::string today_iso();

}  // namespace factlint::app
