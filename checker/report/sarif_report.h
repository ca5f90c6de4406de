// The SARIF 2.1.0 report for code scanning (docs/contracts.md#other-outputs): one result per
// disagreeing statement, the statements of the other values as related locations.
#pragma once

#include <cstddef>
#include <string>

#include "report/report_input.h"

namespace factlint::report {

// Code scanning refuses logs past 25,000 results and truncates related locations; a
// fact stated in thousands of documents stays well inside both (docs/ci.md).
inline constexpr std::size_t kMaxSarifResults = 5'000;
inline constexpr std::size_t kMaxRelatedLocations = 10;

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

}  // namespace factlint::report
