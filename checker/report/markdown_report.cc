// Writing findings as GitHub-flavoured Markdown.
#include "report/markdown_report.h"

#include <algorithm>

#include <fmt/format.h>

#include "report/finding_text.h"
#include "source/display_text.h"

namespace factlint::report {

namespace {

std::string plural(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// "`corpus/a.md:49:184` (MIT News, 2023-11-17)"
std::string where(const ReportInput& input, const match::Statement& s) {
  std::string place = fmt::format("{}:{}:{}", source::printable(s.document), s.location.line, s.location.column);
  // A pipe ends a table cell even inside a code span, so such paths are escaped instead.
  std::string out = place.find_first_of("`|") == std::string::npos ? "`" + place + "`" : markdown_escape(place);
  std::string provenance = input.provenance(s.document);
  if (!provenance.empty()) out += " (" + markdown_escape(provenance) + ")";
  return out;
}

std::string conflict_row(const ReportInput& input, const compare::Finding& f) {
  std::string values;
  for (const compare::ValueGroup& group : f.values) {
    if (!values.empty()) values += "<br>";
    values += "**" + markdown_escape(group.value.display) + "**";
    std::string sources;
    for (const match::Statement& s : group.statements) {
      sources += (sources.empty() ? "" : ", ") + where(input, s);
    }
    values += ": " + sources;
  }
  return fmt::format("| {} | {} | {} |\n", markdown_escape(scoped_key(f)), values, markdown_escape(f.reason));
}

void write_conflict(std::string& out, const ReportInput& input, const compare::Finding& f) {
  out += fmt::format("### {} ({})\n\n", markdown_escape(scoped_key(f)), markdown_escape(f.reason));
  if (!f.explanation.empty()) out += markdown_escape(f.explanation) + "\n\n";
  for (const compare::ValueGroup& group : f.values) {
    out += fmt::format("- **{}**{}\n", markdown_escape(group.value.display), group.suggested ? " (best supported)" : "");
    for (const match::Statement& s : group.statements) {
      out += fmt::format("  - {}\n    > {}\n", where(input, s), markdown_escape(s.sentence));
    }
  }
  out += fmt::format("\nfinding `{}`\n\n", f.id);
}

// One <details> block listing the findings of a verdict, or nothing when there are none.
void write_folded(std::string& out, const ReportInput& input, compare::Verdict verdict, const char* one,
                  const char* many) {
  std::string rows;
  std::size_t count = 0;
  for (const compare::Finding& f : input.findings) {
    if (f.verdict != verdict) continue;
    ++count;
    std::string values;
    for (const compare::ValueGroup& group : f.values) {
      for (const match::Statement& s : group.statements) {
        if (!values.empty()) values += "<br>";
        values += "**" + markdown_escape(group.value.display) + "**: " + where(input, s);
      }
    }
    rows += fmt::format("| {} | {} | {} |\n", markdown_escape(scoped_key(f)), values, markdown_escape(f.reason));
  }
  if (count == 0) return;
  out += fmt::format("<details>\n<summary>{}</summary>\n\n| fact | values | reason |\n|---|---|---|\n{}\n</details>\n\n",
                     plural(count, one, many), rows);
}

}  // namespace

std::string markdown_escape(std::string_view raw) {
  // Line breaks read as spaces in prose; other controls become visible escapes before
  // the Markdown escaping below, so what is escaped is what a reader will see.
  std::string spaced(raw);
  std::replace_if(spaced.begin(), spaced.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  std::string text = source::printable(spaced);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
      case '|': case '&': case '#': case '~': case '!':
        out += '\\';
        out += c;
        break;
      case '@':
        // A word joiner after '@' stops "@name" from notifying a GitHub user or team.
        out += "@\u2060";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string markdown_report(const ReportInput& input) {
  Summary s = input.summary();
  std::string out = "## factlint\n\n";
  out += fmt::format("**{}**, {}, {} in {} ({}, {})\n\n", plural(s.conflicting, "conflict", "conflicts"),
                     plural(s.consistent, "consistent fact", "consistent facts"),
                     plural(s.single_source, "single-source fact", "single-source facts"),
                     plural(s.documents, "document", "documents"), plural(s.statements, "statement", "statements"),
                     plural(s.findings, "fact", "facts"));
  if (s.conflicting > 0) {
    out += "| fact | values | reason |\n|---|---|---|\n";
    for (const compare::Finding& f : input.findings) {
      if (f.verdict == compare::Verdict::Conflicting) out += conflict_row(input, f);
    }
    out += "\n";
    for (const compare::Finding& f : input.findings) {
      if (f.verdict == compare::Verdict::Conflicting) write_conflict(out, input, f);
    }
  }
  write_folded(out, input, compare::Verdict::SingleSource, "single-source fact", "single-source facts");
  write_folded(out, input, compare::Verdict::Consistent, "consistent fact", "consistent facts");
  if (!input.errors.empty()) {
    out += fmt::format("<details>\n<summary>{}</summary>\n\n", plural(input.errors.size(), "input problem", "input problems"));
    for (const source::Diagnostic& d : input.errors) {
      std::string place = d.path;
      if (!place.empty() && d.location.line > 0) place += fmt::format(":{}:{}", d.location.line, d.location.column);
      out += fmt::format("- {}{}\n", place.empty() ? "" : markdown_escape(place) + ": ", markdown_escape(d.message));
    }
    out += "\n</details>\n";
  }
  return source::break_workflow_commands(out);
}

}  // namespace factlint::report
