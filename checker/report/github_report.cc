// Writing conflicts as GitHub Actions annotations.
#include "report/github_report.h"

#include <algorithm>
#include <string_view>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "report/conflict_blame.h"
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

// The annotation's body: the one-line message, then up to kMaxPlacesPerAnnotation
// places of the other values, and how many more there are.
std::string message(const ReportInput& input, const compare::Finding& f, std::size_t group,
                    const match::Statement& said) {
  std::string out = disagreement_message(f, group, &said);
  std::size_t listed = 0, more = 0;
  for (std::size_t g = 0; g < f.values.size(); ++g) {
    if (g == group) continue;
    for (const match::Statement& s : f.values[g].statements) {
      if (listed == kMaxPlacesPerAnnotation) {
        ++more;
        continue;
      }
      ++listed;
      std::string provenance = input.provenance(s.document);
      // The statement's own reading: a value group's figure ("42.3 km") may round
      // another's ("42 km"), which must not be quoted as what this document says.
      out += fmt::format("\n'{}' at {}{}", s.value.display, s.place(),
                         provenance.empty() ? "" : " (" + provenance + ")");
    }
  }
  if (more > 0) out += fmt::format("\n... and {} more place{}", more, more == 1 ? "" : "s");
  return out;
}

bool known_to_baseline(const ReportInput& input, const compare::Finding& f) {
  auto it = input.baseline_state.find(f.id);
  return it != input.baseline_state.end() && it->second == compare::BaselineState::Known;
}

// GitHub shows a limited number of annotations of each kind per step and drops the
// rest without a word; this keeps count and says what was left out.
struct AnnotationBudget {
  std::map<std::string, std::size_t> used;  // by command: error, warning, notice
  std::size_t left_out = 0;
  bool take(const std::string& command) {
    std::size_t limit = command == "notice" ? kMaxAnnotationsPerKind - 1 : kMaxAnnotationsPerKind;
    if (used[command] >= limit) {
      ++left_out;
      return false;
    }
    ++used[command];
    return true;
  }
};

}  // namespace

std::string github_escape_data(std::string_view text) { return escape(text, false); }

std::string github_escape_property(std::string_view text) { return escape(text, true); }

namespace {

struct Annotation {
  const compare::Finding* finding;
  std::size_t group;
  const match::Statement* statement;
  const char* command;
};

}  // namespace

std::string github_report(const ReportInput& input) {
  std::string out;
  AnnotationBudget budget;
  std::size_t known = 0;
  const compare::ChangeScope* change = input.change ? &*input.change : nullptr;
  // The statements at fault come first, so every conflict is on the diff before the
  // per-step limit is spent on the sources shown beside them.
  std::vector<Annotation> faults, context;
  for (const compare::Finding& f : input.findings) {
    if (f.verdict != compare::Verdict::Conflicting) continue;
    // What the committed baseline already knows does not fail the run, so it is not
    // shown on the diff either; the step summary still lists it.
    if (known_to_baseline(input, f)) {
      ++known;
      continue;
    }
    const std::vector<std::vector<Blame>> blames = blame(f, change);
    for (std::size_t g = 0; g < f.values.size(); ++g) {
      for (std::size_t i = 0; i < f.values[g].statements.size(); ++i) {
        const match::Statement* s = &f.values[g].statements[i];
        if (blames[g][i] == Blame::Fault) faults.push_back({&f, g, s, command(f.severity)});
        if (blames[g][i] == Blame::Context) context.push_back({&f, g, s, "notice"});
      }
    }
  }
  // Errors before warnings before notices (an acknowledged conflict's faults are
  // notices): what fails the run is never the part the limit cuts (docs/ci.md).
  auto rank = [](const Annotation& a) {
    const std::string_view c = a.command;
    return c == "error" ? 0 : c == "warning" ? 1 : 2;
  };
  std::stable_sort(faults.begin(), faults.end(), [&](const Annotation& a, const Annotation& b) { return rank(a) < rank(b); });
  faults.insert(faults.end(), context.begin(), context.end());
  for (const Annotation& a : faults) {
    if (!budget.take(a.command)) continue;
    const compare::Finding& f = *a.finding;
    const match::Statement& s = *a.statement;
    std::string title = github_escape_property("factlint: " + scoped_key(f) + " (" + f.reason + ")");
    std::string end;
    if (auto column = value_end_column(s)) end = fmt::format(",endColumn={}", *column);
    out += fmt::format("::{} file={},line={},col={}{},title={}::{}\n", a.command, github_escape_property(s.document),
                       s.location.line, s.location.column, end, title, github_escape_data(message(input, f, a.group, s)));
  }
  if (budget.left_out > 0 || known > 0) {
    std::string what;
    if (budget.left_out > 0) {
      what = fmt::format("{} more annotation{} left out (GitHub shows {} of each kind per step)", budget.left_out,
                         budget.left_out == 1 ? "" : "s", kMaxAnnotationsPerKind);
    }
    if (known > 0) {
      what += fmt::format("{}{} conflict{} known to the baseline not annotated", what.empty() ? "" : "; ", known,
                          known == 1 ? "" : "s");
    }
    out += fmt::format("::notice title=factlint::{}; the step summary and 'factlint report' list every finding\n",
                       github_escape_data(what));
  }
  if (input.change) out += "::notice title=factlint::" + github_escape_data(change_note(*input.change)) + "\n";
  if (input.filter && input.filter->hidden > 0) out += "::notice title=factlint::" + github_escape_data(filter_note(*input.filter)) + "\n";
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
