// The reports of `factlint test` (docs/contracts.md#other-outputs): one writer per
// format for a ruletest::TestRun; the text form is the CLI's list of diagnostics.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "ruletest/rule_tests.h"

namespace factlint::report {

// {"schema":"factlint-test/v1","cases":[...],"coverage":{...},"summary":{...}}.
nlohmann::json test_report_json(const ruletest::TestRun& run);

// JUnit XML: one <testsuite> per rule file or fixture, one <testcase> per case
// (classname = the fact); with `coverage`, uncovered patterns are failed test cases too.
std::string test_report_junit(const ruletest::TestRun& run, bool coverage);

}  // namespace factlint::report
