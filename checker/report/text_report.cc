// Plain-text rendering of findings.
#include "report/text_report.h"

#include <optional>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "report/counted.h"
#include "report/finding_text.h"
#include "source/display_text.h"

namespace factlint::report {

namespace {

using source::printable;

struct Style {
  bool on;
  std::string paint(const std::string& text, const char* code) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : text;
  }
};

const char* verdict_colour(compare::Verdict v) {
  switch (v) {
    case compare::Verdict::Conflicting: return "1;31";
    case compare::Verdict::Consistent: return "32";
    case compare::Verdict::SingleSource: return "33";
  }
  return "0";
}

// With --diff-base the heading ends with what the change did: "  introduced by the change".
std::string heading(const compare::Finding& f, const ReportInput& input, const Style& style) {
  std::string verdict(compare::verdict_name(f.verdict));
  std::string scope = f.scope.empty() ? "" : fmt::format(" [{}]", f.scope);
  std::optional<std::string> word = input.change ? input.change->word_of(f.id) : std::nullopt;
  std::string change = word ? fmt::format("  {} by the change", *word) : "";
  return fmt::format("{}  {}{}  ({}, {}){}\n", style.paint(verdict, verdict_colour(f.verdict)),
                     style.paint(printable(f.key), "1"), printable(scope), f.reason, f.id, change);
}

// A sentence repeated word for word (a wire story in thirty papers, a page copied into
// thirty folders) is printed once: its copies' places follow it on one line, the first
// few of them unless every place is asked for (`report`). `copies` index `statements`.
std::string copies_line(const ReportInput& input, const std::vector<match::Statement>& statements,
                        const std::vector<std::size_t>& copies, bool all) {
  constexpr std::size_t kListed = 3;
  const std::size_t listed = all ? copies.size() : std::min(copies.size(), kListed);
  std::string out;
  for (std::size_t i = 0; i < listed; ++i) {
    const match::Statement& c = statements[copies[i]];
    const std::string from = input.source_label(c.document);
    out += fmt::format("{}{}{}", i == 0 ? "" : i + 1 == copies.size() ? " and " : ", ",
                       source::Place{printable(c.document), c.location},
                       from.empty() ? "" : " (" + printable(from) + ")");
  }
  if (listed < copies.size()) out += fmt::format(" and {} more (factlint report lists them)", copies.size() - listed);
  return fmt::format("        the same sentence in {}\n", out);
}

void write_group(std::string& out, const ReportInput& input, const compare::ValueGroup& group,
                 bool quote, bool quotation, bool every_place, const Style& style) {
  // A quotation deviates from a declared quote's verified wording (docs/quotes.md).
  const char* deviates = quotation ? "   <- differs from the verified quote" : "   <- deviates from the canonical value";
  out += fmt::format("    {}{}{}\n", style.paint(printable(group.value.display), "1"),
                     group.suggested ? "   <- best supported (most sources)" : "",
                     group.deviates ? deviates : "");
  // Each wording in the order it first appears, with the statements that repeat it:
  // one pass, as a quotation may repeat in 80,000 documents.
  std::vector<std::vector<std::size_t>> wordings;
  std::unordered_map<std::string, std::size_t> wording_of;
  for (std::size_t i = 0; i < group.statements.size(); ++i) {
    const match::Statement& s = group.statements[i];
    auto [it, fresh] = wording_of.try_emplace(s.sentence + '\x1f' + s.value.text, wordings.size());
    if (fresh) wordings.emplace_back();
    wordings[it->second].push_back(i);
  }
  for (const std::vector<std::size_t>& same : wordings) {
    const match::Statement& s = group.statements[same.front()];
    std::string provenance = input.source_label(s.document);
    out += fmt::format("      {}{}  \"{}\"\n", source::Place{printable(s.document), s.location},
                       provenance.empty() ? "" : "  (" + printable(provenance) + ")", printable(s.value.text));
    if (quote) out += fmt::format("        {}\n", printable(s.sentence));
    if (same.size() > 1) {
      out += copies_line(input, group.statements, std::vector<std::size_t>(same.begin() + 1, same.end()), every_place);
    }
  }
}

void write_finding(std::string& out, const ReportInput& input, const compare::Finding& f,
                   const TextOptions& options, const Style& style) {
  out += heading(f, input, style);
  out += fmt::format("  {}\n", printable(f.explanation));
  for (const compare::Decision& d : f.decisions) out += fmt::format("  decided: {}\n", printable(decision_text(d)));
  bool quote = options.show_sentences || f.verdict == compare::Verdict::Conflicting;
  for (const auto& group : f.values) {
    write_group(out, input, group, quote, f.fact == "quote", options.show_sentences, style);
  }
  out += "\n";
}

bool shown(compare::Verdict v, const TextOptions& options) {
  switch (v) {
    case compare::Verdict::Conflicting: return options.show_conflicting;
    case compare::Verdict::SingleSource: return options.show_single_source;
    case compare::Verdict::Consistent: return options.show_consistent;
  }
  return true;
}

}  // namespace

std::string text_report(const ReportInput& input, const TextOptions& options) {
  std::string text;
  write_text_report(input, options, [&text](std::string_view chunk) { text += chunk; });
  return text;
}

// Every piece handed on starts a line, so breaking workflow commands in each alone is
// what breaking them in the whole text does.
void write_text_report(const ReportInput& input, const TextOptions& options,
                       const std::function<void(std::string_view)>& write) {
  Style style{options.color};
  std::string out;
  // Editors look at conflicts first; within a verdict the order is the findings' own.
  for (compare::Verdict v : {compare::Verdict::Conflicting, compare::Verdict::SingleSource,
                             compare::Verdict::Consistent}) {
    if (!shown(v, options)) continue;
    compare::Finding read_back;  // a spilled finding's statements, for its turn only
    for (const auto& f : input.findings) {
      if (f.verdict != v) continue;
      write_finding(out, input, input.whole(f, read_back), options, style);
      write(source::break_workflow_commands(out));
      out.clear();
    }
  }
  if (input.change) {
    for (const compare::FixedFinding& fixed : input.change->fixed) {
      out += fmt::format("{}: {}\n", compare::fixed_word(fixed), printable(fixed_text(fixed)));
    }
    if (!input.change->fixed.empty()) out += "\n";
  }
  Summary s = input.summary();
  // Findings, not facts: a fact scoped per year gives a finding per year, and quotations give findings too.
  // Acknowledged conflicts are counted apart: an editor has accepted them (docs/decisions.md).
  out += fmt::format("{}, {}, {}: {} conflicting{}, {} consistent, {} single-source\n", counted(s.documents, "document"),
                     counted(s.statements, "statement"), counted(s.findings, "finding"),
                     style.paint(std::to_string(s.conflicting), "1;31"),
                     s.acknowledged > 0 ? fmt::format(" ({} acknowledged)", s.acknowledged) : "", s.consistent,
                     s.single_source);
  if (!input.suppressed.empty()) {
    out += fmt::format("{} statement{} left out by factlint-ignore comments (--format json lists them)\n",
                       input.suppressed.size(), input.suppressed.size() == 1 ? "" : "s");
  }
  if (input.change) out += printable(change_note(*input.change)) + "\n";
  if (input.filter && input.filter->hidden > 0) out += printable(filter_note(*input.filter)) + "\n";
  write(source::break_workflow_commands(out));
}

}  // namespace factlint::report
