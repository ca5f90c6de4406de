// Internal to lang/: the semantic checks that run after every file is parsed.
#pragma once

#include <set>
#include <string>

#include "lang/ast.h"
#include "source/diagnostic.h"

namespace factlint::lang {

// Names declared by declarations that did not parse (their error is reported): a
// use of one is not reported again as unknown, so one mistake gives one error.
struct UnparsedNames {
  std::set<std::string> entities;
  std::set<std::string> entity_kinds;
  std::set<std::string> macros;
  // Facts with an item that did not parse: what that item would have said (a
  // `resolve`, a pattern, an example) is unknown, so checks of the whole fact are not made.
  std::set<std::string> incomplete_facts;
};

// Checks names, types, units, bindings and bounds across the whole rule set and
// reports every problem to `sink` (errors and warnings); changes nothing.
void check_rules(const RuleSet& rules, source::DiagnosticSink& sink, const UnparsedNames& unparsed = {});

}  // namespace factlint::lang
