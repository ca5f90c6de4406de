// The Markdown report for pull-request comments and the GitHub step summary
// (docs/contracts.md#other-outputs): counts, a table of conflicts, each conflict's sentences, and the
// other verdicts folded away in <details>.
#pragma once

#include <string>
#include <string_view>

#include "report/report_input.h"

namespace factlint::report {

// GitHub-flavoured Markdown. Document text is escaped, so a sentence holding
// `|`, `*` or `<b>` shows as written and cannot break the table or inject HTML.
std::string markdown_report(const ReportInput& input);

// `text` as literal inline Markdown: ASCII punctuation that Markdown or HTML would
// read (\ ` * _ [ ] < > | & # ~ !) gets a backslash and line breaks become spaces.
std::string markdown_escape(std::string_view text);

}  // namespace factlint::report
