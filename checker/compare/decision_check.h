// Checking editors' decisions against the rules and the run, so that a mistake in
// factlint.decisions.toml is never silently ignored (docs/decisions.md).
#pragma once

#include <vector>

#include "compare/decision.h"
#include "compare/finding.h"
#include "lang/ast.h"
#include "match/statement.h"
#include "source/diagnostic.h"

namespace factlint::compare {

// Before comparison, against the rules alone. Errors, each located at its entry:
//   a key naming no fact ("border_lenght(China, Russia)", with "did you mean");
//   a key whose entities are not the fact's, or a key of the wrong shape;
//   a canonical value that cannot be read whole as the fact's value type ("banana",
//   "4,209 kg" for a length);
//   two decisions of one kind for the same finding (a note points at the first);
//   a wrong-extraction statement not written "path:line:column".
// A symmetric key written in the other order is rewritten to the order reports use.
// Returns false when any error was reported.
bool check_decisions(Decisions& decisions, const lang::RuleSet& rules, source::DiagnosticSink& sink);

// After comparison: a decision that matches no finding of this run, or a wrong
// extraction that names no statement of its finding, is a warning (the finding may be
// gone, or its documents were not part of this run).
void check_decision_use(const Decisions& decisions, const std::vector<Finding>& findings,
                        const std::vector<match::Statement>& statements, source::DiagnosticSink& sink);

}  // namespace factlint::compare
