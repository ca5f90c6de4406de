// The CSV report (`--format csv`, docs/contracts.md#other-outputs): one row per
// statement, flat, for analysts' spreadsheets and scripts. RFC 4180 quoting; a text
// cell that a spreadsheet would run as a formula is quoted with a leading apostrophe,
// and control characters are escaped, so document text is never code or a terminal
// escape.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "report/report_input.h"

namespace factlint::report {

// The header row's columns, in order.
inline constexpr std::string_view kCsvColumns =
    "finding_id,fact,key,scope,verdict,reason,value,best_supported,deviates,document,line,column,written,sentence,"
    "title,publisher,date,url,low,high,unit,change";

// The report, handed to `write` a piece at a time (a run may hold millions of statements).
void write_csv_report(const ReportInput& input, const std::function<void(std::string_view)>& write);

// `text` as one CSV cell: printable (source::printable), "##[" broken as the text
// report breaks it, a leading = + - @ made inert with an apostrophe, quoted when it
// holds a comma or a quote.
std::string csv_cell(std::string_view text);

}  // namespace factlint::report
