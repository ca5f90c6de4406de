// `factlint rules list`: each fact of a rule set with its signature, where it is
// declared and how many patterns and examples it has, as text or JSON (factlint-rules/v1).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "lang/ast.h"

namespace factlint::report {

// One line a fact: "rules/x.facts:3:6: border_length(a: entity, b: entity) -> length:
// length symmetric; 2 patterns, 1 example, 0 counterexamples"; then one line a quote
// declaration: "rules/x.facts:9:7: quote no_limits: Xi about Russia \"...\"".
std::string rules_list_text(const lang::RuleSet& rules);

// {"schema": "factlint-rules/v1", "facts": [{"name", "roles", "value", "symmetric",
// "patterns", "examples", "counterexamples", "path", "line", "column"}], "quotes":
// [{"name", "speaker", "about", "text", "path", "line", "column"}]}.
nlohmann::json rules_list_json(const lang::RuleSet& rules);

}  // namespace factlint::report
