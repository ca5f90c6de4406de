// Checking editors' decisions against the rules and the run, so that a mistake in
// factlint.decisions.toml is never silently ignored (docs/decisions.md).
#pragma once

#include <functional>
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

// How a decision meets a run: it applies; it matches no finding (the finding is gone,
// or its documents were not checked); it names a statement its finding no longer has;
// or, for a canonical decision given by finding id, its value cannot be read as the
// fact's value type (a key's value is checked before the comparison).
// A wrong extraction named on a quote finding does not apply (NotForQuotes): a
// quotation is kept out with --quote-ignore, or its finding acknowledged.
enum class DecisionUse { Applies, NoFinding, NoStatement, UnreadableValue, NotForQuotes };

// The finding `d` is about, or nullptr.
const Finding* decided_finding(const Decision& d, const std::vector<Finding>& findings);

// Every statement of `finding`'s fact and key, in any scope: those the findings hold,
// then those wrong-extraction decisions took out of them (`dropped`).
void for_each_statement_of(const Finding& finding, const std::vector<Finding>& findings,
                           const std::vector<match::Statement>& dropped,
                           const std::function<void(const match::Statement&)>& visit);

// `dropped`: the statements wrong-extraction decisions took out of the comparison
// (CheckRun::dropped; never CheckRun::statements, empty once compared). A decision
// whose statements all went there applies, though its finding is gone: the
// decision itself hides them.
DecisionUse decision_use(const Decision& d, const std::vector<Finding>& findings,
                         const std::vector<match::Statement>& dropped, const lang::RuleSet& rules);

// After comparison: a decision that matches no finding of this run, or a wrong
// extraction that names no statement of its finding, is a warning that names the
// command that removes it (the finding may be gone, or its documents were not part of
// this run). An unreadable value is an error; returns false when there was one.
bool check_decision_use(const Decisions& decisions, const std::vector<Finding>& findings,
                        const std::vector<match::Statement>& dropped, const lang::RuleSet& rules,
                        source::DiagnosticSink& sink);

}  // namespace factlint::compare
