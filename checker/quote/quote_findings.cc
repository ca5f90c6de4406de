// Turning quote findings into findings every writer knows.
#include "quote/quote_findings.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <optional>

#include "compare/finding_id.h"
#include "quote/attribution.h"
#include "quote/quote_words.h"

namespace factlint::quote {

namespace {

constexpr std::size_t kKeyWords = 12;  // a key long enough to tell quotes apart, short enough to read

std::string speaker_label(const std::string& name) { return name.empty() ? "unknown" : name; }

template <class Q>
std::string key_of(const BasicQuoteFinding<Q>& f) {
  if (!f.declaration.empty()) return declared_quote_key(f.declaration);
  std::string who = speaker_label(f.speaker);
  if (!f.about.empty()) who += " about " + f.about;
  std::string words = joined(f.words, 0, kKeyWords);
  if (f.words.size() > kKeyWords) words += " ...";
  return "quote(" + who + ") \"" + words + "\"";
}

}  // namespace

namespace {

// quote_statement's work on a quotation it may take strings from (`Q` a Quote or a
// Quote&&): a wire quotation's group made findings of 154,000 quotations, each
// copied into its statement and then freed (issue 10). Fills `s`'s fields in place,
// keeping the buffers of its strings and lists: a run that encodes statement after
// statement into one allocates nothing for each (app/quote_book.h).
template <class Q>
void fill_statement(Q&& q, match::Statement& s) {
  s.fact = kQuoteFact;
  const bool about = !q.about.empty() || !q.about_text.empty();
  const std::size_t roles = about ? 3 : 2;
  s.roles.resize(roles);
  s.role_texts.resize(roles);
  s.roles[0].first = "speaker";
  if (q.speaker.name.empty()) {
    s.roles[0].second = speaker_label(q.speaker.name);
  } else {
    s.roles[0].second = q.speaker.name;
  }
  // Scare quotes and titles have no speaker to find; speech says how it was found.
  std::string attribution = q.kind == QuoteKind::Speech ? describe_attribution(q.speaker)
                                                        : "not speech: " + std::string(kind_name(q.kind)) +
                                                              (q.kind_reason.empty() ? "" : " (" + q.kind_reason + ")");
  s.role_texts[0] = std::forward<Q>(q).speaker.text;
  if (about) {
    s.roles[1].first = "about";
    if (q.about.empty()) {
      s.roles[1].second = "unknown";
    } else {
      s.roles[1].second = q.about;
    }
    s.role_texts[1] = std::forward<Q>(q).about_text;
  }
  s.roles[roles - 1].first = "attribution";
  s.roles[roles - 1].second = std::move(attribution);
  s.role_texts[roles - 1].clear();
  s.begin = q.begin;
  s.end = q.end;
  s.value_begin = q.begin;
  s.value_end = q.end;
  s.location = q.location;
  s.text = q.text;
  s.value.text = q.text;
  s.value.display = std::forward<Q>(q).text;
  s.document = std::forward<Q>(q).document;
  s.sentence = std::forward<Q>(q).context;
}

template <class Q>
match::Statement statement_of_quote(Q&& q) {
  match::Statement s;
  fill_statement(std::forward<Q>(q), s);
  return s;
}

}  // namespace

match::Statement quote_statement(const Quote& q) { return statement_of_quote(q); }

match::Statement quote_statement(Quote&& q) { return statement_of_quote(std::move(q)); }

void fill_quote_statement(const Quote& q, match::Statement& into) { fill_statement(q, into); }

std::string declared_quote_key(const std::string& declaration) { return std::string(kQuoteFact) + "(" + declaration + ")"; }

bool is_quote_key(const std::string& key) { return key.rfind(std::string(kQuoteFact) + "(", 0) == 0; }

namespace {

// `statement_of` is called once on each quotation a finding holds, which it may take
// strings from: the finding's quotations are dropped once they are statements.
template <class Q, class StatementOf>
std::vector<compare::Finding> findings_of(std::vector<BasicQuoteFinding<Q>> findings, const StatementOf& statement_of,
                                          compare::FindingSpill* spill, std::vector<std::size_t>* from) {
  std::vector<compare::Finding> out;
  out.reserve(findings.size());
  for (BasicQuoteFinding<Q>& qf : findings) {
    compare::Finding f;
    f.fact = kQuoteFact;
    f.key = key_of(qf);
    f.id = compare::finding_id(f.fact, f.key, "");
    f.verdict = qf.verdict;
    f.reason = qf.reason;
    // A verified quote misquoted is an error; a difference between sources, a warning.
    f.severity = qf.verdict != compare::Verdict::Conflicting ? "info" : qf.declaration.empty() ? "warning" : "error";
    f.explanation = qf.explanation;
    std::optional<compare::FindingSpill::Writer> writer;
    if (spill) writer.emplace(*spill);
    for (BasicQuoteVariant<Q>& v : qf.variants) {
      compare::ValueGroup group;
      if (!writer) group.statements.reserve(v.quotes.size());
      for (auto& one : v.quotes) {
        const bool first_quote = &one == &v.quotes.front();
        match::Statement s = statement_of(one);
        s.key = f.key;
        if (first_quote) group.value.text = s.text;
        if (writer) {
          writer->add(s);
        } else {
          group.statements.push_back(std::move(s));
        }
      }
      if (writer) writer->end_group();
      const Q& first = held(v.quotes.front());
      std::string who = kind_of(first) == QuoteKind::Speech ? speaker_label(v.speaker)
                                                            : std::string("unattributed ") + std::string(kind_name(kind_of(first)));
      group.value.display = "\"" + joined(v.words) + "\" - " + who;
      group.deviates = v.deviates;
      f.values.push_back(std::move(group));
    }
    qf = {};  // its quotations are statements now: never hold a run's quotations twice
    if (writer) writer->finish(f);
    out.push_back(std::move(f));
  }
  // Sorted by key through their indices, so the caller can tell which finding each
  // came from: a key names its speaker first, and so is not in compare_quotes' order.
  std::vector<std::size_t> order(out.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&out](std::size_t a, std::size_t b) { return out[a].key < out[b].key; });
  std::vector<compare::Finding> sorted;
  sorted.reserve(out.size());
  for (std::size_t i : order) sorted.push_back(std::move(out[i]));
  if (from) *from = std::move(order);
  return sorted;
}

}  // namespace

std::vector<compare::Finding> to_findings(std::vector<QuoteFinding> findings, std::vector<std::size_t>* from) {
  // Each quotation's strings move into its statement, and the rest of it (its words)
  // is freed then, not with its finding: a wire quotation's group held every
  // quotation's words beside every statement (issue 10).
  return findings_of<Quote>(
      std::move(findings),
      [](Quote& q) {
        Quote taken = std::move(q);
        return quote_statement(std::move(taken));
      },
      nullptr, from);
}

std::vector<compare::Finding> to_findings(std::vector<CoreQuoteFinding> findings,
                                          const std::function<match::Statement(const QuoteCore&)>& statement_of,
                                          compare::FindingSpill* spill, std::vector<std::size_t>* from) {
  return findings_of<QuoteCore>(
      std::move(findings), [&statement_of](const QuoteCore* q) { return statement_of(*q); }, spill, from);
}

}  // namespace factlint::quote
