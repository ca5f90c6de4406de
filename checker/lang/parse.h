// The one entry point of the rule language: rule files in, a checked RuleSet or
// diagnostics out.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lang/ast.h"
#include "source/diagnostic.h"

namespace factlint::lang {

// Reads, parses and checks the rule files at `paths` (files or directories holding
// *.facts), following `include`s. Every error in every file goes to the sink; the
// result is nullopt when any error was found. Warnings do not stop it.
std::optional<RuleSet> parse_rules(const std::vector<std::string>& paths, source::DiagnosticSink& sink);

// Parses rule text held in memory (tests, docs examples); `path` names it in diagnostics.
std::optional<RuleSet> parse_rules_text(const std::string& path, const std::string& text,
                                        source::DiagnosticSink& sink);

}  // namespace factlint::lang
