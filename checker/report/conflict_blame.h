// Which statements of a conflict the CI formats (`github`, SARIF) blame: an error on
// the line that must change, a notice on the sources a reviewer needs beside it. One
// rule for every format, so a run reads the same on the diff and in code scanning
// (docs/ci.md#which-statements-are-errors).
#pragma once

#include <vector>

#include "compare/change_scope.h"
#include "compare/finding.h"

namespace factlint::report {

enum class Blame {
  Left,     // not shown: it states the editors' canonical value
  Fault,    // an error (a warning for a fact of severity warning): what the run fails on
  Context,  // a notice (SARIF level note): a source shown beside the fault, not at fault
};

// For each value group of the conflicting `f`, each of its statements' blame, in order.
// - Under a canonical value (deviates-from-decision) the statements that state it are
//   left out, and the deviating ones are at fault.
// - Otherwise, in a whole-corpus check, the statements of the value more documents
//   state than any other are context (probably right), the others at fault.
// - In a change check (`change` not null), the statements in the change's documents are
//   what the run fails on, whichever value they state, and every other statement is
//   context: it was there before the change. When none of `f`'s statements is in the
//   change (a changed rule or decision made the conflict), the whole-corpus rule holds.
std::vector<std::vector<Blame>> blame(const compare::Finding& f, const compare::ChangeScope* change);

}  // namespace factlint::report
