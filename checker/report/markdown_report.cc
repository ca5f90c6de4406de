// Writing findings as GitHub-flavoured Markdown.
#include "report/markdown_report.h"

#include <algorithm>

#include <fmt/format.h>

#include "report/finding_text.h"
#include "source/display_text.h"
#include "source/place.h"

namespace factlint::report {

namespace {

std::string plural(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// "`corpus/a.md:49:184` (“Foreign policy scholars…”, MIT News, 2023-11-17)"
std::string where(const ReportInput& input, const match::Statement& s) {
  std::string place = fmt::format("{}", source::Place{source::printable(s.document), s.location});
  // A pipe ends a table cell even inside a code span, so such paths are escaped instead.
  std::string out = place.find_first_of("`|") == std::string::npos ? "`" + place + "`" : markdown_escape(place);
  std::string provenance = input.source_label(s.document);
  if (!provenance.empty()) out += " (" + markdown_escape(provenance) + ")";
  return out;
}

// "**2,600 mi**: `a.md:1:2` (...), `b.md:3:4` (...) and 12 more": at most
// kMaxPlacesPerValue places, so one value stated in thousands of documents stays a line.
std::string value_sources(const ReportInput& input, const compare::ValueGroup& group) {
  std::string sources;
  std::size_t listed = 0;
  for (const match::Statement& s : group.statements) {
    if (listed++ == kMaxPlacesPerValue) break;
    sources += (sources.empty() ? "" : ", ") + where(input, s);
  }
  if (group.statements.size() > kMaxPlacesPerValue) {
    sources += fmt::format(" and {} more", group.statements.size() - kMaxPlacesPerValue);
  }
  return "**" + markdown_escape(group.value.display) + "**: " + sources;
}

// " (in the baseline)" or " (new)" after the reason when the run is compared to a
// baseline. Not the JSON's "known": in a PR comment that word reads as a rule's
// `known` value (a newcomer's report).
std::string baseline_mark(const ReportInput& input, const compare::Finding& f) {
  auto it = input.baseline_state.find(f.id);
  if (it == input.baseline_state.end()) return "";
  const std::string state = compare::baseline_state_name(it->second);
  return state == "known" ? " (in the baseline)" : fmt::format(" ({})", state);
}

std::string table_row(const ReportInput& input, const compare::Finding& f) {
  std::string values;
  for (const compare::ValueGroup& group : f.values) values += (values.empty() ? "" : "<br>") + value_sources(input, group);
  return fmt::format("| {} | {} | {}{} |\n", markdown_escape(scoped_key(f)), values, markdown_escape(f.reason),
                     baseline_mark(input, f));
}

std::string conflict_section(const ReportInput& input, const compare::Finding& f) {
  std::string out = fmt::format("### {} ({}){}\n\n", markdown_escape(scoped_key(f)), markdown_escape(f.reason),
                                baseline_mark(input, f));
  if (!f.explanation.empty()) out += markdown_escape(f.explanation) + "\n\n";
  for (const compare::Decision& d : f.decisions) out += "Decided: " + markdown_escape(decision_text(d)) + "\n\n";
  for (const compare::ValueGroup& group : f.values) {
    out += fmt::format("- **{}**{}\n", markdown_escape(group.value.display), group.suggested ? " (best supported)" : "");
    std::size_t listed = 0;
    for (const match::Statement& s : group.statements) {
      if (listed++ == kMaxPlacesPerValue) break;
      out += fmt::format("  - {}\n    > {}\n", where(input, s), markdown_escape(s.sentence));
    }
    if (group.statements.size() > kMaxPlacesPerValue) {
      out += fmt::format("  - and {} more\n", group.statements.size() - kMaxPlacesPerValue);
    }
  }
  out += fmt::format("\nfinding `{}`\n\n", f.id);
  return out;
}

// A row of a folded verdict: each statement with its value, at most kMaxPlacesPerValue.
std::string folded_row(const ReportInput& input, const compare::Finding& f) {
  std::string values;
  std::size_t listed = 0, total = 0;
  for (const compare::ValueGroup& group : f.values) {
    for (const match::Statement& s : group.statements) {
      if (total++ >= kMaxPlacesPerValue) continue;
      ++listed;
      // Each statement's own reading, never its group's ("42 km", not the 42.3 km it agrees with).
      values += (values.empty() ? "" : "<br>") + ("**" + markdown_escape(s.value.display) + "**: " + where(input, s));
    }
  }
  if (total > listed) values += fmt::format("<br>and {} more", total - listed);
  return fmt::format("| {} | {} | {}{} |\n", markdown_escape(scoped_key(f)), values, markdown_escape(f.reason),
                     baseline_mark(input, f));
}

// Appends pieces while they fit in the size limit, and counts the ones that do not.
struct Budget {
  std::string& out;
  std::size_t limit;
  std::size_t left_out = 0;
  bool add(const std::string& piece) {
    if (out.size() + piece.size() + kClosingReserve > limit) {
      ++left_out;
      return false;
    }
    out += piece;
    return true;
  }
  // Room kept for the closing tags and the line that says what was left out.
  static constexpr std::size_t kClosingReserve = 400;
};

// One <details> block listing the findings of a verdict, or nothing when there are none.
void write_folded(Budget& budget, const ReportInput& input, compare::Verdict verdict, const char* one,
                  const char* many) {
  std::size_t count = 0;
  for (const compare::Finding& f : input.findings) count += f.verdict == verdict;
  if (count == 0) return;
  if (!budget.add(fmt::format("<details>\n<summary>{}</summary>\n\n| fact | values | reason |\n|---|---|---|\n",
                              plural(count, one, many)))) {
    budget.left_out += count - 1;
    return;
  }
  for (const compare::Finding& f : input.findings) {
    if (f.verdict == verdict) budget.add(folded_row(input, f));
  }
  budget.out += "\n</details>\n\n";
}

std::string counts_line(const ReportInput& input) {
  Summary s = input.summary();
  std::string split;
  if (!input.baseline_state.empty() && s.conflicting > 0) {
    std::size_t known = 0;
    for (const compare::Finding& f : input.findings) {
      auto it = input.baseline_state.find(f.id);
      known += f.verdict == compare::Verdict::Conflicting && it != input.baseline_state.end() &&
               it->second == compare::BaselineState::Known;
    }
    split = fmt::format(" ({} new, {} known to the baseline)", s.conflicting - known, known);
  }
  if (s.acknowledged > 0) split += fmt::format(" ({} acknowledged)", s.acknowledged);
  return fmt::format("**{}**{}, {}, {} in {} ({}, {})\n\n", plural(s.conflicting, "conflict", "conflicts"), split,
                     plural(s.consistent, "consistent fact", "consistent facts"),
                     plural(s.single_source, "single-source fact", "single-source facts"),
                     plural(s.documents, "document", "documents"), plural(s.statements, "statement", "statements"),
                     plural(s.findings, "finding", "findings"));
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

std::string markdown_report(const ReportInput& input, std::size_t max_bytes) {
  std::string out = "## factlint\n\n" + counts_line(input);
  if (input.change) out += "_" + markdown_escape(change_note(*input.change)) + "_\n\n";
  if (input.filter && input.filter->hidden > 0) out += "_" + markdown_escape(filter_note(*input.filter)) + "_\n\n";
  Budget budget{out, max_bytes};
  // The listed findings, not the counts: a verdict filter may have hidden every conflict.
  if (std::any_of(input.findings.begin(), input.findings.end(),
                  [](const compare::Finding& f) { return f.verdict == compare::Verdict::Conflicting; })) {
    budget.add("| fact | values | reason |\n|---|---|---|\n");
    for (const compare::Finding& f : input.findings) {
      if (f.verdict == compare::Verdict::Conflicting) budget.add(table_row(input, f));
    }
    out += "\n";
    for (const compare::Finding& f : input.findings) {
      if (f.verdict == compare::Verdict::Conflicting) budget.add(conflict_section(input, f));
    }
  }
  if (input.change && !input.change->fixed.empty()) {
    const bool any_confirmed = std::any_of(input.change->fixed.begin(), input.change->fixed.end(), compare::is_confirmation);
    budget.add(any_confirmed ? "\n**Fixed or confirmed by this change**\n\n" : "\n**Fixed by this change**\n\n");
    for (const compare::FixedFinding& f : input.change->fixed) budget.add("- " + markdown_escape(fixed_text(f)) + "\n");
    out += "\n";
  }
  write_folded(budget, input, compare::Verdict::SingleSource, "single-source fact", "single-source facts");
  write_folded(budget, input, compare::Verdict::Consistent, "consistent fact", "consistent facts");
  if (!input.errors.empty()) {
    std::string problems = fmt::format("<details>\n<summary>{}</summary>\n\n",
                                       plural(input.errors.size(), "input problem", "input problems"));
    for (const source::Diagnostic& d : input.errors) {
      std::string place = d.path;
      if (!place.empty() && d.location.line > 0) place = fmt::format("{}", source::Place{d.path, d.location});
      problems += fmt::format("- {}{}\n", place.empty() ? "" : markdown_escape(place) + ": ", markdown_escape(d.message));
    }
    budget.add(problems + "\n</details>\n");
  }
  if (budget.left_out > 0) {
    out += fmt::format("\n_{} more part{} of this report left out to stay under {} bytes; "
                       "`factlint report --format html -o report.html` writes every finding._\n",
                       budget.left_out, budget.left_out == 1 ? "" : "s", max_bytes);
  }
  return source::break_workflow_commands(out);
}

}  // namespace factlint::report
