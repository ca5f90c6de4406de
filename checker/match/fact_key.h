// The key that groups statements of one fact: "border_length(China, Russia)".
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "lang/ast.h"

namespace factlint::match {

// A key as a person writes it, read back: "border_length(Russia, China)" ->
// {"border_length", {"Russia", "China"}}; "sino_soviet_split" -> {it, {}}.
// `well_formed` is false for an unclosed parenthesis.
struct WrittenKey {
  std::string fact;
  std::vector<std::string> args;
  bool well_formed = true;
};
WrittenKey parse_written_key(const std::string& key);

// The key as reports print it: a symmetric fact's two entities in sorted order, so
// "border_length(Russia, China)" finds border_length(China, Russia). Other keys, and
// keys of facts the rules do not declare, come back as written.
std::string canonical_written_key(const std::string& key, const lang::RuleSet& rules);

// Entity ids in the fact's role order; for a symmetric fact the two ids are sorted,
// so either order in the text gives one key. A fact with no key roles has key `fact`.
// `roles` maps role name -> canonical entity id; missing roles print as '?'.
std::string fact_key(const lang::FactDecl& fact, const std::vector<std::pair<std::string, std::string>>& roles);

// A key with its scope, as users read it: "trade_partner_rank(Russia, China) [2023]",
// or the key alone when `scope` is empty. report/finding_text applies it to findings.
std::string scoped_key(const std::string& key, const std::string& scope);

}  // namespace factlint::match
