// Quote findings in the shape of fact findings (fact "quote"), so every report
// format, the store, baselines and decisions carry them without a second path.
#pragma once

#include <string>
#include <vector>

#include "compare/finding.h"
#include "quote/quote_comparator.h"

namespace factlint::quote {

// The fact name quote findings carry; no fact may take it (lang/check).
inline constexpr const char* kQuoteFact = "quote";

// The key of the finding of a `quote` declaration: "quote(no_limits)".
std::string declared_quote_key(const std::string& declaration);

// Whether `key` is a quote finding's key, declared or not: it starts "quote(".
bool is_quote_key(const std::string& key);

// One compare::Finding per quote finding. The key names the speaker, whom the
// quote is about and its first words: quote(Xi about Putin) "best friend and colleague".
// Each variant becomes a value group whose statements are the quotes, with roles
// "speaker" and "about". Severity is "warning" for conflicts and "info" otherwise;
// a declared quote's finding has key quote(NAME), and is an "error" when it conflicts.
std::vector<compare::Finding> to_findings(std::vector<QuoteFinding> findings);

}  // namespace factlint::quote
