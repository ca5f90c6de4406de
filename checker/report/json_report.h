// The JSON report, schema factlint/v1 (design.md §7, a contract: extend, never break).
#pragma once

#include <nlohmann/json.hpp>

#include "report/report_input.h"

namespace factlint::report {

nlohmann::json json_report(const ReportInput& input);

// One diagnostic as {"path","line","column","severity","message"}.
nlohmann::json diagnostic_json(const source::Diagnostic& diagnostic);

}  // namespace factlint::report
