// The JUnit XML report for CI test dashboards (docs/contracts.md#other-outputs): one test suite per
// fact, one test case per finding; a conflict is a failure. Also the JUnit skeleton
// every JUnit writer fills (this one and `factlint test --format junit`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/report_input.h"

namespace factlint::report {

// The whole XML document. Consistent and single-source findings pass (single-source
// ones say which document states them in <system-out>); conflicting ones carry a
// <failure> listing every value with its locations. Every text is XML-escaped.
std::string junit_report(const ReportInput& input);

// One <testcase>: it fails when `failure_message` is not empty.
struct JUnitCase {
  std::string classname;
  std::string name;
  std::string failure_message;
  std::string failure_type;  // the <failure>'s type attribute, left out when empty
  std::string failure_text;  // the <failure>'s content
  std::string system_out;    // a passing case's <system-out>, left out when empty
};

struct JUnitSuite {
  std::string name;
  std::vector<JUnitCase> cases;
};

// The XML document of `suites` under <testsuites name="NAME">, with test and failure
// counts per suite and in total, every text escaped.
std::string junit_xml(const std::string& name, const std::vector<JUnitSuite>& suites);

// `text` escaped for an XML attribute value (or, with `attribute` false, element
// content): & < > " ' become entities and carriage return a character reference;
// in attributes tab and newline do too, so parsers keep them. Other C0 controls,
// which XML 1.0 cannot hold, become U+FFFD.
std::string xml_escape(std::string_view text, bool attribute = true);

}  // namespace factlint::report
