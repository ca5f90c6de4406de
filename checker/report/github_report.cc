// Writing conflicts as GitHub Actions annotations.
#include "report/github_report.h"

#include <fmt/format.h>

#include "report/finding_text.h"
#include "report/value_format.h"

namespace factlint::report {

namespace {

const char* command(const std::string& severity) {
  if (severity == "warning") return "warning";
  if (severity == "info") return "notice";
  return "error";
}

const char* command(source::Severity severity) {
  switch (severity) {
    case source::Severity::Error: return "error";
    case source::Severity::Warning: return "warning";
    case source::Severity::Note: return "notice";
  }
  return "error";
}

std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

// The annotation's body: the one-line message, then each other value's places.
std::string message(const ReportInput& input, const compare::Finding& f, std::size_t group) {
  std::string out = disagreement_message(f, group);
  for (std::size_t g = 0; g < f.values.size(); ++g) {
    if (g == group) continue;
    for (const match::Statement& s : f.values[g].statements) {
      std::string provenance = input.provenance(s.document);
      out += fmt::format("\n'{}' at {}{}", f.values[g].value, s.place(),
                         provenance.empty() ? "" : " (" + provenance + ")");
    }
  }
  return out;
}

}  // namespace

std::string github_escape_data(std::string_view text) { return escape(text, false); }

std::string github_escape_property(std::string_view text) { return escape(text, true); }

std::string github_report(const ReportInput& input) {
  std::string out;
  for (const compare::Finding& f : input.findings) {
    if (f.verdict != compare::Verdict::Conflicting) continue;
    std::string title = github_escape_property("factlint: " + scoped_key(f) + " (" + f.reason + ")");
    for (std::size_t g = 0; g < f.values.size(); ++g) {
      std::string body = github_escape_data(message(input, f, g));
      for (const match::Statement& s : f.values[g].statements) {
        std::string end;
        if (auto column = value_end_column(s)) end = fmt::format(",endColumn={}", *column);
        out += fmt::format("::{} file={},line={},col={}{},title={}::{}\n", command(f.severity),
                           github_escape_property(s.document), s.location.line, s.location.column, end, title, body);
      }
    }
  }
  for (const source::Diagnostic& d : input.errors) {
    std::string properties;
    if (!d.path.empty()) {
      properties = " file=" + github_escape_property(d.path);
      if (d.location.line > 0) properties += fmt::format(",line={},col={}", d.location.line, d.location.column);
    }
    out += fmt::format("::{}{}::{}\n", command(d.severity), properties, github_escape_data(d.message));
  }
  return out;
}

}  // namespace factlint::report
