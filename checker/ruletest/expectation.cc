// Expectations of rule tests (see expectation.h).
#include "ruletest/expectation.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "lang/written_value.h"
#include "match/fact_key.h"
#include "value/per_unit.h"
#include "value/scan.h"

namespace factlint::ruletest {

namespace {

bool same_end(double a, double b) {
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

// Equal intervals as read: ends, inclusive flags and unit (see run_rule_tests).
bool same_reading(const value::Value& a, const value::Value& b) {
  return a.unit == b.unit && same_end(a.lo, b.lo) && same_end(a.hi, b.hi) && a.lo_inclusive == b.lo_inclusive &&
         a.hi_inclusive == b.hi_inclusive;
}

}  // namespace

std::optional<value::Value> read_expected(const lang::FactDecl& fact, const std::string& text) {
  return lang::read_written_value(fact, text);
}

namespace {

bool has_role(const Roles& roles, const std::string& name) {
  return std::any_of(roles.begin(), roles.end(), [&](const auto& r) { return r.first == name; });
}

bool roles_match(const lang::FactDecl& fact, const Roles& expected, const match::Statement& s) {
  bool all_given = std::all_of(fact.roles.begin(), fact.roles.end(),
                               [&](const lang::RoleDecl& r) { return has_role(expected, r.name); });
  if (all_given) return match::fact_key(fact, expected) == s.key;
  for (const auto& want : expected) {
    // Not a structured binding: clang 14 cannot capture one in a lambda.
    const std::string& role = want.first;
    const std::string& entity = want.second;
    bool found = std::any_of(s.roles.begin(), s.roles.end(), [&](const auto& r) {
      return r.second == entity && (fact.symmetric || r.first == role);
    });
    if (!found) return false;
  }
  return true;
}

}  // namespace

bool satisfies(const lang::FactDecl& fact, const Expectation& e, const match::Statement& s) {
  return s.fact == fact.name && roles_match(fact, e.roles, s) && (!e.value || same_reading(*e.value, s.value)) &&
         (!e.scope || *e.scope == s.scope);
}

std::string describe(const lang::FactDecl& fact, const Expectation& e) {
  std::string out = fact.roles.empty() || !e.roles.empty() ? match::fact_key(fact, e.roles) : fact.name;
  if (e.scope) out = match::scoped_key(out, *e.scope);
  if (e.value) out += " = " + e.value->display;
  return out;
}

}  // namespace factlint::ruletest
