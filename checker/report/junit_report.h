// The JUnit XML report for CI test dashboards (docs/contracts.md#other-outputs): one test suite per
// fact, one test case per finding; a conflict is a failure.
#pragma once

#include <string>
#include <string_view>

#include "report/report_input.h"

namespace factlint::report {

// The whole XML document. Consistent and single-source findings pass (single-source
// ones say which document states them in <system-out>); conflicting ones carry a
// <failure> listing every value with its locations. Every text is XML-escaped.
std::string junit_report(const ReportInput& input);

// `text` escaped for an XML attribute value (or, with `attribute` false, element
// content): & < > " ' become entities and carriage return a character reference;
// in attributes tab and newline do too, so parsers keep them. Other C0 controls,
// which XML 1.0 cannot hold, become U+FFFD.
std::string xml_escape(std::string_view text, bool attribute = true);

}  // namespace factlint::report
