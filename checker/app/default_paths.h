// What a command says when it runs outside a project: no rules/ folder where it looks
// (the project root, docs/configuration.md#the-project-root). check, test and rules
// give the same message, so a newcomer learns the fix once.
#pragma once

#include <string>
#include <vector>

#include "source/diagnostic.h"

namespace factlint::app {

// The rule folder every command reads when none is named.
inline constexpr const char* kDefaultRules = "rules";

// When `rule_paths` is the default and there is no rules/ folder, reports it to
// `sink` and returns true. The message says where factlint looked, how to name the
// rules, and, when a folder above (up to the git work tree's root) has a rules/
// folder, that factlint found no .factlint.toml to make it the project root.
bool default_rules_missing(const std::vector<std::string>& rule_paths, source::DiagnosticSink& sink);

}  // namespace factlint::app
