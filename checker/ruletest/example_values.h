// `rules lint`'s check of the values examples expect: an example whose value cannot
// be read as its fact's type fails in `factlint test`, and usually means the fact's
// type is wrong ("-> area: length" with "3,027 square kilometres"), which `check`
// cannot report: it simply finds nothing. Lint says so before any document is read.
#pragma once

#include "lang/ast.h"
#include "source/diagnostic.h"

namespace factlint::ruletest {

// A warning at each example value (`=> area=...`) that cannot be read as the fact's
// value type, naming the types that would read it.
void check_example_values(const lang::RuleSet& rules, source::DiagnosticSink& sink);

}  // namespace factlint::ruletest
