// The SARIF 2.1.0 report for code scanning (design.md §9): one result per
// disagreeing statement, the statements of the other values as related locations.
#pragma once

#include <optional>
#include <string>

#include "report/report_input.h"

namespace factlint::report {

struct SarifOptions {
  std::string tool_version;     // tool.driver.version (the CLI passes app::kToolVersion)
  std::string information_uri;  // tool.driver.informationUri, left out when empty (it must be absolute)
};

// The whole log as indented JSON ending with a newline. Only conflicting findings
// become results; consistent and single-source ones are left out. Each result keeps
// `partialFingerprints` that do not depend on line numbers, so code scanning
// follows a statement when the lines around it move. With a baseline, results carry
// `baselineState` "new" or "unchanged" (known to the baseline).
std::string sarif_report(const ReportInput& input, const SarifOptions& options);

// The one-line message of a statement of `finding`'s value group `group`, shared
// with the GitHub annotations: "border_length(China, Russia): this source says
// '2,300 mi'; other sources say '2,600 mi (4,184 km)' (values-differ)".
std::string disagreement_message(const compare::Finding& finding, std::size_t group);

// The column just past the statement's value on its line ("2,300-mile" at column 184
// ends at 194), or nothing when the value text is empty or spans lines.
std::optional<int> value_end_column(const match::Statement& statement);

// "border_length(China, Russia)", or "trade_partner_rank(Russia, China) [2023]" with a scope.
std::string scoped_key(const compare::Finding& finding);

}  // namespace factlint::report
