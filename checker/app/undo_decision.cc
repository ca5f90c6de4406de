// Undoing one decision; see undo_decision.h.
#include "app/undo_decision.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "app/record_decision.h"
#include "match/fact_key.h"
#include "project/decisions_writer.h"

namespace factlint::app {

namespace {

void error(source::DiagnosticSink& sink, std::string message) {
  source::Diagnostic d;
  d.message = std::move(message);
  sink.add(std::move(d));
}

// Line 0: the request knows no line (a page made from a finding without its entries'
// places); the finding's first entry of that kind (and statement) is meant.
bool same_entry(const compare::Decision& d, const compare::Finding& f, const UndoRequest& request) {
  return (request.line == 0 || d.anchor.location.line == request.line) && d.kind == request.kind &&
         (request.kind != compare::Decision::Kind::WrongExtraction || d.statement == request.statement) &&
         d.targets(f.id, f.key, f.scope);
}

}  // namespace

UndoOutcome undo_decision(const CheckOptions& options, const UndoRequest& request) {
  UndoOutcome outcome;
  CheckRun run = run_check(options);
  if (run.status != RunStatus::Ok) {
    outcome.diagnostics = std::move(run.diagnostics);
    return outcome;
  }
  auto finding = std::find_if(run.findings.begin(), run.findings.end(),
                              [&](const compare::Finding& f) { return f.id == request.finding; });
  if (finding == run.findings.end()) {
    outcome.status = UndoStatus::Rejected;
    error(outcome.diagnostics, fmt::format("no finding '{}' in this run; reload the page", request.finding));
    return outcome;
  }
  outcome.finding_key = match::scoped_key(finding->key, finding->scope);
  // The file as this run read it: its entries and their lines are the ones checked here.
  auto entry = std::find_if(run.decisions.begin(), run.decisions.end(),
                            [&](const compare::Decision& d) { return same_entry(d, *finding, request); });
  if (entry == run.decisions.end()) {
    outcome.status = UndoStatus::Rejected;
    error(outcome.diagnostics, fmt::format("'{}' has no such decision at line {} of '{}' (the file changed since "
                                           "the page was made); reload the page",
                                           outcome.finding_key, request.line, options.decisions_path));
    return outcome;
  }
  outcome.removed = *entry;
  outcome.every_scope = !finding->scope.empty() && entry->finding == finding->key;
  std::ifstream in(options.decisions_path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto editor = project::DecisionsEditor::parse(options.decisions_path, buffer.str(), outcome.diagnostics);
  if (!editor) return outcome;
  if (!editor->remove(entry->anchor.location.line)) {
    outcome.status = UndoStatus::Rejected;
    error(outcome.diagnostics, fmt::format("no decision starts at line {} of '{}'; reload the page",
                                           entry->anchor.location.line,
                                           options.decisions_path));
    return outcome;
  }
  if (write_decisions_file(options.decisions_path, editor->text(), outcome.diagnostics)) {
    outcome.status = UndoStatus::Removed;
  }
  return outcome;
}

}  // namespace factlint::app
