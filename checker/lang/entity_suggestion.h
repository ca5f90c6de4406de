// The "did you mean" of a misspelt entity, shared by the rule checks (examples) and
// the rule tests (fixture annotations), so both suggest the same name the same way.
#pragma once

#include <string>

#include "lang/ast.h"

namespace factlint::lang {

// What to append to "unknown entity 'x'": "; did you mean 'Russia'?" for a near
// entity name, "; did you mean 'China'? 'PRC' is one of its aliases" when `written`
// is an alias (letter case aside), or "" when nothing is close.
std::string entity_suggestion(const RuleSet& rules, const std::string& written);

}  // namespace factlint::lang
