// What a rule test expects of a statement, and whether a statement satisfies it:
// shared by examples (`example "..." => r=v`) and fixture annotations (`expect:`).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lang/ast.h"
#include "match/statement.h"
#include "value/value.h"

namespace factlint::ruletest {

using Roles = std::vector<std::pair<std::string, std::string>>;

// What a case expects of one statement: some key roles and, optionally, a value.
struct Expectation {
  Roles roles;                        // key role -> entity name (a subset of the key roles)
  std::optional<value::Value> value;  // the value read from the expected text
  std::optional<std::string> scope;   // fixtures only: `[2023]` for a fact with `scope per year`
};

// The expected value text read with the fact's type; nullopt when it holds no such value.
// "rank=10" is accepted for ordinals: a plain number stands for itself there.
std::optional<value::Value> read_expected(const lang::FactDecl& fact, const std::string& text);

// Same fact, the expected roles (symmetric facts: in either order), a value that reads
// the same (equal ends, inclusive flags and unit) and the expected scope.
bool satisfies(const lang::FactDecl& fact, const Expectation& e, const match::Statement& s);

// "trade_partner_rank(Russia, China) = 7th"; roles left out print as '?'.
std::string describe(const lang::FactDecl& fact, const Expectation& e);

}  // namespace factlint::ruletest
