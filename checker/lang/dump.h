// A canonical text form of a RuleSet: one line per declaration and fact item, every
// option spelled out, patterns with explicit structure. Tests compare it with strings.
#pragma once

#include <string>

#include "lang/ast.h"

namespace factlint::lang {

// The whole rule set: entities, then macros, then facts, each in declaration order.
std::string dump(const RuleSet& rules);
// One pattern node: words, `{role}`, `@macro`, `gap 0..8`, `(a | b c)`, `(a b)?`.
std::string dump(const PatternNode& node);
// One role as declared: `country: country = Norway not city | Old_Wiki`, a tied role
// `line: Elizabeth_line`.
std::string dump(const RoleDecl& role);

}  // namespace factlint::lang
