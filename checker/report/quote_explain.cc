// Writing the explanation of a quote finding, and of the quotations of one text.
#include "report/quote_explain.h"

#include <fmt/format.h>

#include "quote/attribution.h"
#include "quote/quote_findings.h"
#include "quote/quote_words.h"
#include "quote/word_diff.h"
#include "report/finding_text.h"
#include "source/display_text.h"

namespace factlint::report {

namespace {

std::string role_of(const match::Statement& s, const std::string& name, std::string* text = nullptr) {
  for (std::size_t i = 0; i < s.roles.size(); ++i) {
    if (s.roles[i].first != name) continue;
    if (text && i < s.role_texts.size()) *text = s.role_texts[i];
    return s.roles[i].second;
  }
  return "";
}

// Against the reference: the same words, a cut (and what was cut), or the word diff.
std::string diff_text(const std::vector<std::string>& reference, const std::string& quoted) {
  quote::QuoteWords words = quote::quote_words(quoted);
  if (quote::same_words(words.words, reference)) return "the same words";
  if (auto cut = quote::find_cut(reference, words.words, words.gaps)) return "a contiguous part: " + quote::describe_cut(*cut);
  return "words changed: " + quote::describe_changes(quote::word_diff(reference, words.words));
}

// The wording every quotation is compared with: a declaration's verified text, else
// the finding's reference (its first value, as the comparison put it).
std::vector<std::string> reference_words(const compare::Finding& f, const lang::RuleSet& rules, std::string& label) {
  for (const lang::QuoteDecl& q : rules.quotes) {
    if (quote::declared_quote_key(q.name) == f.key) {
      label = fmt::format("the verified wording of quote '{}' (speaker {}{}), declared at {}:{}", q.name, q.speaker,
                          q.about.empty() ? "" : ", about " + q.about, q.span.file ? q.span.file->path() : "",
                          q.span.file ? q.span.file->location(q.span.begin).line : 0);
      return quote::quote_words(q.text).words;
    }
  }
  label = "the reference wording (the longest with a known speaker)";
  if (f.values.empty()) return {};
  return quote::quote_words(f.values.front().value.text).words;
}

}  // namespace

std::string explain_quote_text(const compare::Finding& f, const lang::RuleSet& rules, const ReportInput& input) {
  std::string out = fmt::format("{}  {}  {} ({})\n", f.id, f.key, compare::verdict_name(f.verdict), f.reason);
  out += fmt::format("  {}\n", f.explanation);
  for (const compare::Decision& d : f.decisions) out += fmt::format("  decided: {}\n", decision_text(d));
  std::string label;
  std::vector<std::string> reference = reference_words(f, rules, label);
  out += fmt::format("  compared with {}:\n    \"{}\"\n", label, quote::joined(reference));
  for (const compare::ValueGroup& g : f.values) {
    out += fmt::format("\n  wording {}{}: {} quotation{}\n", g.value.display, g.deviates ? " (differs from the verified quote)" : "",
                       g.statements.size(), g.statements.size() == 1 ? "" : "s");
    for (const match::Statement& s : g.statements) {
      std::string provenance = input.source_label(s.document);
      std::string speaker_text, about_text;
      std::string speaker = role_of(s, "speaker", &speaker_text);
      std::string about = role_of(s, "about", &about_text);
      out += fmt::format("    {}{}\n", s.place(), provenance.empty() ? "" : "  (" + provenance + ")");
      out += fmt::format("      sentence:    {}\n", s.sentence);
      out += fmt::format("      quotation:   \"{}\"\n", s.text);
      out += fmt::format("      speaker:     {}\n", speaker);
      out += fmt::format("      found by:    {}\n", role_of(s, "attribution"));
      if (!about.empty()) out += fmt::format("      about:       {} ('{}')\n", about, about_text);
      out += fmt::format("      diff:        {}\n", diff_text(reference, s.text));
    }
  }
  return source::break_workflow_commands(source::printable_lines(out));
}

std::string explain_quotes_in_text(const std::vector<quote::Quote>& quotes) {
  std::string out;
  for (const quote::Quote& q : quotes) {
    out += fmt::format("quotation \"{}\" ({}{})\n", q.text, quote::kind_name(q.kind),
                       q.kind_reason.empty() ? "" : ": " + q.kind_reason);
    out += fmt::format("  words:       {}\n", quote::joined(q.words));
    out += fmt::format("  speaker:     {}\n", q.speaker.known() ? q.speaker.name : "unknown");
    if (q.kind == quote::QuoteKind::Speech) out += fmt::format("  found by:    {}\n", quote::describe_attribution(q.speaker));
    if (!q.about.empty() || !q.about_text.empty()) {
      out += fmt::format("  about:       {} ('{}')\n", q.about.empty() ? "unknown" : q.about, q.about_text);
    }
  }
  return source::break_workflow_commands(source::printable_lines(out));
}

}  // namespace factlint::report
