// The Markdown report for pull-request comments and the GitHub step summary
// (docs/contracts.md#other-outputs): counts, a table of conflicts, each conflict's sentences, and the
// other verdicts folded away in <details>.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "report/report_input.h"

namespace factlint::report {

// GitHub-flavoured Markdown. Document text is escaped, so a sentence holding
// `|`, `*` or `<b>` shows as written and cannot break the table or inject HTML.
// GitHub's limits: a comment holds 65,536 characters, a step summary 1 MiB.
inline constexpr std::size_t kCommentBytes = 60'000;
inline constexpr std::size_t kStepSummaryBytes = 1'000'000;
// Places listed per value; the rest are counted ("and 12 more").
inline constexpr std::size_t kMaxPlacesPerValue = 10;

// At most `max_bytes`: the counts always, then the conflicts table, each conflict's
// sentences, the folded verdicts and the input problems while they fit, and a last
// line that says how much was left out. With a baseline, conflicts say new or known.
std::string markdown_report(const ReportInput& input, std::size_t max_bytes = kCommentBytes);

// `text` as literal inline Markdown: ASCII punctuation that Markdown or HTML would
// read (\ ` * _ [ ] < > | & # ~ !) gets a backslash and line breaks become spaces.
std::string markdown_escape(std::string_view text);

}  // namespace factlint::report
