// The words of a pattern or cue, its macros expanded: what the matcher's helpers that
// ask "does this rule write a year / a dimension word / a unit word" walk over.
#pragma once

#include <vector>

#include "lang/ast.h"

namespace factlint::lang {

// The Word nodes of `node` in order, each macro replaced by its body. Macros nest at
// most 16 deep here: lang reports recursive ones, this only bounds the walk.
std::vector<const PatternNode*> words_of(const PatternNode& node, const RuleSet& rules);

}  // namespace factlint::lang
