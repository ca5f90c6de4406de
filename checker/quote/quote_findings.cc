// Turning quote findings into findings every writer knows.
#include "quote/quote_findings.h"

#include <algorithm>

#include "compare/finding_id.h"
#include "quote/attribution.h"
#include "quote/quote_words.h"

namespace factlint::quote {

namespace {

constexpr std::size_t kKeyWords = 12;  // a key long enough to tell quotes apart, short enough to read

std::string speaker_label(const std::string& name) { return name.empty() ? "unknown" : name; }

std::string key_of(const QuoteFinding& f) {
  if (!f.declaration.empty()) return declared_quote_key(f.declaration);
  std::string who = speaker_label(f.speaker);
  if (!f.about.empty()) who += " about " + f.about;
  std::string words = joined(f.words, 0, kKeyWords);
  if (f.words.size() > kKeyWords) words += " ...";
  return "quote(" + who + ") \"" + words + "\"";
}

match::Statement statement_of(const Quote& q, const std::string& key) {
  match::Statement s;
  s.fact = kQuoteFact;
  s.key = key;
  s.roles = {{"speaker", speaker_label(q.speaker.name)}};
  s.role_texts = {q.speaker.text};
  if (!q.about.empty() || !q.about_text.empty()) {
    s.roles.emplace_back("about", q.about.empty() ? "unknown" : q.about);
    s.role_texts.push_back(q.about_text);
  }
  // Scare quotes and titles have no speaker to find; speech says how it was found.
  s.roles.emplace_back("attribution", q.kind == QuoteKind::Speech
                                          ? describe_attribution(q.speaker)
                                          : "not speech: " + std::string(kind_name(q.kind)) +
                                                (q.kind_reason.empty() ? "" : " (" + q.kind_reason + ")"));
  s.role_texts.emplace_back();
  s.document = q.document;
  s.begin = q.begin;
  s.end = q.end;
  s.value_begin = q.begin;
  s.value_end = q.end;
  s.location = q.location;
  s.text = q.text;
  s.sentence = q.context;
  s.value.text = q.text;
  s.value.display = q.text;
  return s;
}

}  // namespace

std::string declared_quote_key(const std::string& declaration) { return std::string(kQuoteFact) + "(" + declaration + ")"; }

bool is_quote_key(const std::string& key) { return key.rfind(std::string(kQuoteFact) + "(", 0) == 0; }

std::vector<compare::Finding> to_findings(std::vector<QuoteFinding> findings) {
  std::vector<compare::Finding> out;
  out.reserve(findings.size());
  for (QuoteFinding& qf : findings) {
    compare::Finding f;
    f.fact = kQuoteFact;
    f.key = key_of(qf);
    f.id = compare::finding_id(f.fact, f.key, "");
    f.verdict = qf.verdict;
    f.reason = qf.reason;
    // A verified quote misquoted is an error; a difference between sources, a warning.
    f.severity = qf.verdict != compare::Verdict::Conflicting ? "info" : qf.declaration.empty() ? "warning" : "error";
    f.explanation = qf.explanation;
    for (const QuoteVariant& v : qf.variants) {
      compare::ValueGroup group;
      const Quote& first = v.quotes.front();
      group.value.text = first.text;
      std::string who = first.kind == QuoteKind::Speech ? speaker_label(v.speaker)
                                                        : std::string("unattributed ") + std::string(kind_name(first.kind));
      group.value.display = "\"" + joined(v.words) + "\" - " + who;
      group.deviates = v.deviates;
      group.statements.reserve(v.quotes.size());
      for (const Quote& q : v.quotes) group.statements.push_back(statement_of(q, f.key));
      f.values.push_back(std::move(group));
    }
    out.push_back(std::move(f));
    qf = {};  // its quotations are statements now: never hold a run's quotations twice
  }
  std::sort(out.begin(), out.end(), [](const compare::Finding& a, const compare::Finding& b) { return a.key < b.key; });
  return out;
}

}  // namespace factlint::quote
