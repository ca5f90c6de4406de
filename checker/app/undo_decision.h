// Undoing one decision an editor sees beside a finding: the review app's Undo button
// (docs/review-app.md). The entry is named as the page shows it, by the finding's id
// and the entry's kind, statement and line in the decisions file, so a page older than
// the file (edited since, by hand or by another editor) removes nothing it does not show.
// `factlint decisions remove` is the command line's undo, by finding.
#pragma once

#include <string>

#include "app/check_run.h"
#include "compare/decision.h"
#include "source/diagnostic.h"

namespace factlint::app {

struct UndoRequest {
  std::string finding;  // the finding's id, as the page prints it ("f-1736ca0f5f")
  compare::Decision::Kind kind = compare::Decision::Kind::Acknowledged;
  std::string statement;  // WrongExtraction: "path:line:column"; else ignored
  int line = 0;           // the entry's [[decision]] line in the file, as the page read it; 0: any
};

enum class UndoStatus {
  Removed,   // the entry is gone from the file
  Rejected,  // no such finding, or it has no such entry (the file changed since the page)
  CannotRun  // the check itself could not run, or the file cannot be edited or written
};

struct UndoOutcome {
  UndoStatus status = UndoStatus::CannotRun;
  compare::Decision removed;           // the entry as it was, for messages
  std::string finding_key;             // the key of its finding, with the scope as reports print it
  bool every_scope = false;            // the entry named the key without a year: it decided every year
  source::DiagnosticSink diagnostics;  // why nothing was removed
};

// Runs the check with `options`, finds the entry of options.decisions_path that the
// request names among the decisions of its finding, and removes it with the comments
// above it (project::DecisionsEditor::remove), writing the file atomically. An entry
// that names the key without a year applies to every year, and removing it undoes it
// for every year (`every_scope`).
UndoOutcome undo_decision(const CheckOptions& options, const UndoRequest& request);

}  // namespace factlint::app
