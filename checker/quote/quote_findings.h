// Quote findings in the shape of fact findings (fact "quote"), so every report
// format, the store, baselines and decisions carry them without a second path.
#pragma once

#include <vector>

#include "compare/finding.h"
#include "quote/quote_comparator.h"

namespace factlint::quote {

// The fact name quote findings carry; rule files cannot declare it (`quote` is
// reserved for a future `quote` declaration, issue 11).
inline constexpr const char* kQuoteFact = "quote";

// One compare::Finding per quote finding. The key names the speaker, whom the
// quote is about and its first words: quote(Xi about Putin) "best friend and colleague".
// Each variant becomes a value group whose statements are the quotes, with roles
// "speaker" and "about". Severity is "warning" for conflicts and "info" otherwise.
std::vector<compare::Finding> to_findings(const std::vector<QuoteFinding>& findings);

}  // namespace factlint::quote
