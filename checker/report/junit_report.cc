// Writing findings as JUnit XML.
#include "report/junit_report.h"

#include <map>
#include <vector>

#include <fmt/format.h>

#include "report/finding_text.h"
#include "source/display_text.h"

namespace factlint::report {

namespace {

// The body of a failure: each value, then where it is stated and the sentence.
std::string failure_text(const ReportInput& input, const compare::Finding& f) {
  std::string out = f.explanation.empty() ? "" : f.explanation + "\n";
  for (const compare::ValueGroup& group : f.values) {
    out += fmt::format("{}{}\n", group.value.display, group.suggested ? "  (best supported)" : "");
    for (const match::Statement& s : group.statements) {
      std::string provenance = input.provenance(s.document);
      out += fmt::format("  {}:{}:{}{}\n    {}\n", s.document, s.location.line, s.location.column,
                         provenance.empty() ? "" : " (" + provenance + ")", s.sentence);
    }
  }
  return out;
}

std::string failure_message(const compare::Finding& f) {
  std::string values;
  for (const compare::ValueGroup& group : f.values) {
    values += fmt::format("{}'{}'", values.empty() ? "" : " vs ", group.value.display);
  }
  return fmt::format("{}: {}", f.reason, values);
}

void write_case(std::string& out, const ReportInput& input, const compare::Finding& f) {
  out += fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml_escape(f.fact), xml_escape(scoped_key(f)));
  if (f.verdict == compare::Verdict::Consistent) {
    out += "/>\n";
    return;
  }
  out += ">\n";
  if (f.verdict == compare::Verdict::Conflicting) {
    out += fmt::format("      <failure message=\"{}\" type=\"conflicting\">{}</failure>\n",
                       xml_escape(failure_message(f)), xml_escape(failure_text(input, f), false));
  } else if (f.verdict == compare::Verdict::SingleSource) {
    out += fmt::format("      <system-out>single-source: {}</system-out>\n", xml_escape(failure_text(input, f), false));
  }
  out += "    </testcase>\n";
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

std::string junit_report(const ReportInput& input) {
  // Suites in order of first appearance; findings are already sorted by fact.
  std::vector<std::string> facts;
  std::map<std::string, std::vector<const compare::Finding*>> by_fact;
  for (const compare::Finding& f : input.findings) {
    auto& list = by_fact[f.fact];
    if (list.empty()) facts.push_back(f.fact);
    list.push_back(&f);
  }
  Summary summary = input.summary();
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"factlint\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n", summary.findings,
                     summary.conflicting);
  for (const std::string& fact : facts) {
    const auto& findings = by_fact[fact];
    std::size_t failures = 0;
    for (const compare::Finding* f : findings) failures += f->verdict == compare::Verdict::Conflicting;
    out += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n",
                       xml_escape(fact), findings.size(), failures);
    for (const compare::Finding* f : findings) write_case(out, input, *f);
    out += "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  return source::break_workflow_commands(out, source::kXmlBreak);
}

}  // namespace factlint::report
