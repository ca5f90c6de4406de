// A small ReportInput built by hand for the report writers' tests: one conflict
// about the China-Russia border (2,300 mi in a.md against 2,600 mi in b.md) and one
// consistent finding with the same statements.
#pragma once

#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "report/report_input.h"

namespace factlint::testing {

inline match::Statement statement(const std::string& document, double miles, const std::string& display) {
  match::Statement s;
  s.fact = "border_length";
  s.key = "border_length(China, Russia)";
  s.document = document;
  s.location = {49, 184};
  s.text = display + "-mile border";
  s.sentence = "Russia guards its " + display + "-mile border.";
  s.value.type = value::Type::Length;
  s.value.lo = s.value.hi = miles * 1609.344;
  s.value.unit = "m";
  s.value.display = display + " mi";
  s.value.text = display + "-mile";
  return s;
}

inline compare::Finding finding(compare::Verdict verdict, const std::string& key) {
  compare::Finding f;
  f.id = "f-0123456789";
  f.fact = "border_length";
  f.key = key;
  f.verdict = verdict;
  f.reason = verdict == compare::Verdict::Conflicting ? "values-differ" : "same-value";
  f.severity = "error";
  f.values.push_back({statement("corpus/a.md", 2300, "2,300").value, {statement("corpus/a.md", 2300, "2,300")}, false});
  f.values.push_back({statement("corpus/b.md", 2600, "2,600").value, {statement("corpus/b.md", 2600, "2,600")}, true});
  return f;
}

// The JSON report written as text equals the one built as a JSON value; on a mismatch
// the message shows where they part.
inline void check_same_text(const std::string& text, const std::string& whole) {
  const auto differ = std::mismatch(text.begin(), text.end(), whole.begin(), whole.end());
  const auto at = static_cast<std::size_t>(differ.first - text.begin());
  INFO("first difference at " << at << ": '" << text.substr(at > 80 ? at - 80 : 0, 160) << "' vs '"
                              << whole.substr(at > 80 ? at - 80 : 0, 160) << "'");
  CHECK(text == whole);
}

inline report::ReportInput input() {
  report::ReportInput in;
  in.documents = {{"corpus/a.md", {"A", "MIT News", "2023-11-17", ""}, ""}, {"corpus/b.md", {"B", "CFR", "2024-03-29", ""}, ""}};
  in.findings = {finding(compare::Verdict::Consistent, "border_length(A, B)"),
                 finding(compare::Verdict::Conflicting, "border_length(China, Russia)")};
  in.statement_count = 4;
  return in;
}

}  // namespace factlint::testing
