// Internal to lang/: the semantic checks that run after every file is parsed.
#pragma once

#include "lang/ast.h"
#include "source/diagnostic.h"

namespace factlint::lang {

// Checks names, types, units, bindings and bounds across the whole rule set and
// reports every problem to `sink` (errors and warnings); changes nothing.
void check_rules(const RuleSet& rules, source::DiagnosticSink& sink);

}  // namespace factlint::lang
