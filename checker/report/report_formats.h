// The formats `check` and `report` write (docs/contracts.md): one list for the
// command line and .factlint.toml, so a format added is taken by both.
#pragma once

#include <string>
#include <vector>

namespace factlint::report {

inline const std::vector<std::string> kReportFormats = {"text", "json", "sarif", "junit", "github",
                                                        "markdown", "html", "csv"};

}  // namespace factlint::report
