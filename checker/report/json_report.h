// The JSON report, schema factlint/v1 (docs/contracts.md#json-report:
// a contract, extend it, never break it).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "report/report_input.h"

namespace factlint::report {

// Keys keep the order of docs/contracts.md#json-report (schema first), so the file reads like the spec.
nlohmann::ordered_json json_report(const ReportInput& input);

// json_text(json_report(input)), byte for byte, written element by element: the
// report's arrays are never held as JSON values, which took several times the
// text's size in memory on large corpora (issue 10).
std::string json_report_text(const ReportInput& input);
// The same text handed to `write` piece by piece (an element of an array at a time),
// so a large report goes to its file without ever being held whole.
void write_json_report(const ReportInput& input, const std::function<void(std::string_view)>& write);

// A JSON document as the text factlint writes: two-space indent, UTF-8 kept, invalid
// UTF-8 replaced by U+FFFD instead of failing, and "##[" written "#\u0023[" so no line
// can be taken for a CI workflow command (docs/limits.md).
std::string json_text(const nlohmann::ordered_json& document);
std::string json_text(const nlohmann::json& document);

// The counts as the report's "summary" object, with "acknowledged" (of the conflicting,
// those an editor acknowledged) last; `factlint history` uses it too, without that key,
// since the store does not keep it.
nlohmann::ordered_json summary_json(const Summary& summary, bool with_acknowledged = true);

// A finding's decisions as the report's "decisions" array (explain uses it too).
nlohmann::ordered_json decisions_json(const compare::Decisions& decisions);

// One diagnostic as {"severity","message","path","line","column"}.
nlohmann::ordered_json diagnostic_json(const source::Diagnostic& diagnostic);

}  // namespace factlint::report
