// The key that groups statements of one fact: "border_length(China, Russia)".
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "lang/ast.h"

namespace factlint::match {

// Entity ids in the fact's role order; for a symmetric fact the two ids are sorted,
// so either order in the text gives one key. A fact with no key roles has key `fact`.
// `roles` maps role name -> canonical entity id; missing roles print as '?'.
std::string fact_key(const lang::FactDecl& fact, const std::vector<std::pair<std::string, std::string>>& roles);

}  // namespace factlint::match
