// `factlint explain` for quotations (docs/quotes.md "Explain"): each quotation of a
// quote finding with its document, sentence, speaker and how the speaker was found,
// whom it is about, and its word diff against the reference wording.
#pragma once

#include <string>
#include <vector>

#include "compare/finding.h"
#include "lang/ast.h"
#include "quote/quote.h"
#include "report/report_input.h"

namespace factlint::report {

// The explanation of one finding of fact `quote`.
std::string explain_quote_text(const compare::Finding& finding, const lang::RuleSet& rules, const ReportInput& input);

// `explain --text`: each quotation read in the text with its kind, speaker and how the
// speaker was found; "" when the text holds no quotation.
std::string explain_quotes_in_text(const std::vector<quote::Quote>& quotes);

}  // namespace factlint::report
