// Writing findings as JUnit XML.
#include "report/junit_report.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "match/fact_key.h"
#include "report/finding_text.h"
#include "report/value_format.h"
#include "source/display_text.h"

namespace factlint::report {

namespace {

// The body of a failure: each value, then where it is stated and the sentence.
std::string failure_text(const ReportInput& input, const compare::Finding& f) {
  std::string out = f.explanation.empty() ? "" : f.explanation + "\n";
  for (const compare::ValueGroup& group : f.values) {
    out += fmt::format("{}{}\n", group.value, group.suggested ? "  (best supported)" : "");
    for (const match::Statement& s : group.statements) {
      std::string provenance = input.provenance(s.document);
      out += fmt::format("  {}{}\n    {}\n", s.place(), provenance.empty() ? "" : " (" + provenance + ")",
                         s.sentence);
    }
  }
  return out;
}

std::string failure_message(const compare::Finding& f) {
  std::string values;
  for (const compare::ValueGroup& group : f.values) {
    values += fmt::format("{}'{}'", values.empty() ? "" : " vs ", group.value);
  }
  return fmt::format("{}: {}", f.reason, values);
}

JUnitCase case_of(const ReportInput& input, const compare::Finding& f) {
  JUnitCase out{f.fact, scoped_key(f), "", "", "", ""};
  if (f.verdict == compare::Verdict::Conflicting && f.severity == "info") {
    // Severity info (an acknowledged conflict, or a fact declared so) never fails the
    // run, so it is no failed test either: the file agrees with the exit code, as SARIF
    // (a note) and GitHub output (a notice) do.
    out.system_out = "conflicting (severity info): " + failure_message(f) + "\n" + failure_text(input, f);
  } else if (f.verdict == compare::Verdict::Conflicting) {
    out.failure_message = failure_message(f);
    out.failure_type = "conflicting";
    out.failure_text = failure_text(input, f);
  } else if (f.verdict == compare::Verdict::SingleSource) {
    out.system_out = "single-source: " + failure_text(input, f);
  }
  return out;
}

}  // namespace

std::string xml_escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\r': out += "&#13;"; break;
      default:
        // XML 1.0 has no way to write the other C0 controls, not even as references.
        if (static_cast<unsigned char>(c) < 0x20) {
          out += "\xEF\xBF\xBD";
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string junit_xml(const std::string& name, const std::vector<JUnitSuite>& suites) {
  std::size_t total = 0, failures = 0;
  std::string body;
  for (const JUnitSuite& suite : suites) {
    std::size_t failed = std::count_if(suite.cases.begin(), suite.cases.end(),
                                       [](const JUnitCase& c) { return !c.failure_message.empty(); });
    total += suite.cases.size();
    failures += failed;
    body += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n",
                        xml_escape(suite.name), suite.cases.size(), failed);
    for (const JUnitCase& c : suite.cases) {
      body += fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml_escape(c.classname), xml_escape(c.name));
      if (c.failure_message.empty() && c.system_out.empty()) {
        body += "/>\n";
        continue;
      }
      body += ">\n";
      if (!c.failure_message.empty()) {
        body += fmt::format("      <failure message=\"{}\"{}>{}</failure>\n", xml_escape(c.failure_message),
                            c.failure_type.empty() ? "" : " type=\"" + xml_escape(c.failure_type) + "\"",
                            xml_escape(c.failure_text, false));
      } else {
        body += fmt::format("      <system-out>{}</system-out>\n", xml_escape(c.system_out, false));
      }
      body += "    </testcase>\n";
    }
    body += "  </testsuite>\n";
  }
  // No line of the document may read as a CI workflow command (source/display_text.h).
  return source::break_workflow_commands(
      fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n{}</testsuites>\n",
                  xml_escape(name), total, failures, body),
      source::kXmlBreak);
}

std::string junit_report(const ReportInput& input) {
  // One suite a fact, in order of first appearance.
  std::vector<JUnitSuite> suites;
  for (const compare::Finding& f : input.findings) {
    auto suite = std::find_if(suites.begin(), suites.end(), [&](const JUnitSuite& s) { return s.name == f.fact; });
    if (suite == suites.end()) suite = suites.insert(suites.end(), {f.fact, {}});
    suite->cases.push_back(case_of(input, f));
  }
  // A checked change says what it left out as a passing case, which every JUnit reader shows.
  if (input.change) {
    JUnitCase note;
    note.classname = "factlint";
    note.name = "change";
    note.system_out = change_note(*input.change);
    JUnitSuite change{"factlint change", {note}};
    // Each fixed finding passes; a fix never fails the run.
    for (const compare::FixedFinding& fixed : input.change->fixed) {
      JUnitCase c;
      c.classname = "factlint";
      c.name = std::string(compare::fixed_word(fixed)) + ": " + match::scoped_key(fixed.key, fixed.scope);
      c.system_out = fixed_text(fixed);
      change.cases.push_back(std::move(c));
    }
    suites.push_back(std::move(change));
  }
  if (input.filter && input.filter->hidden > 0) {
    JUnitCase note;
    note.classname = "factlint";
    note.name = "filter";
    note.system_out = filter_note(*input.filter);
    suites.push_back({"factlint filter", {note}});
  }
  return junit_xml("factlint", suites);
}

}  // namespace factlint::report
