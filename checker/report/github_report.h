// GitHub Actions workflow commands (docs/contracts.md#other-outputs): one annotation per disagreeing
// statement, shown on the pull request's diff. The step summary is the Markdown
// report; the CLI appends it to $GITHUB_STEP_SUMMARY.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "report/report_input.h"

namespace factlint::report {

// GitHub displays at most 10 error, 10 warning and 10 notice annotations per step;
// the last notice slot is kept for the line that says what was left out.
inline constexpr std::size_t kMaxAnnotationsPerKind = 10;
inline constexpr std::size_t kMaxPlacesPerAnnotation = 10;

// One line per statement of each conflicting finding:
// "::error file=corpus/a.md,line=49,col=184,endColumn=194,title=...::message",
// ::warning or ::notice for facts of severity warning or info. Problems with the
// inputs (an unreadable document) follow as ::warning / ::error lines.
std::string github_report(const ReportInput& input);

// A workflow-command message: % \r \n become %25 %0D %0A.
std::string github_escape_data(std::string_view text);
// A workflow-command property value: as a message, and : , become %3A %2C too.
std::string github_escape_property(std::string_view text);

}  // namespace factlint::report
