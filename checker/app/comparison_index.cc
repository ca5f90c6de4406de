// Gathering and saving what a run compared, by key.
#include "app/comparison_index.h"

#include <algorithm>

#include <fmt/format.h>
#include <xxhash.h>

#include "app/value_overrides.h"
#include "compare/finding_id.h"
#include "match/fact_key.h"
#include "quote/quote_findings.h"
#include "quote/word_diff.h"

namespace factlint::app {

std::string fact_key_name(const std::string& fact, const std::string& key) { return fact + '\x1f' + key; }

std::string quote_group_name(std::size_t ordinal) { return fmt::format("quote\x1e{}", ordinal); }

bool is_quote_group_name(const std::string& name) { return name.rfind("quote\x1e", 0) == 0; }

namespace {

// The same for a quotation and its core: the full run notes cores, the incremental
// run whole quotations, and their signatures must meet in the store.
template <class Q>
std::string signature_of(const Q& q) {
  std::string text;
  for (const std::string& w : quote::words_of(q)) text += w + '\x1f';
  text += '\x1e' + quote::speaker_of(q) + '\x1e' + std::to_string(static_cast<int>(quote::kind_of(q))) + (quote::nested_of(q) ? "n" : "-") +
          (quote::known_speaker(q) ? "k" : "-");
  return fmt::format("{:016x}{:08x}", XXH3_64bits(text.data(), text.size()), text.size());
}

// Likewise: the full run notes the entries of cores, an incremental run finds them
// by whole quotations.
template <class Q>
std::string entry_id_of(const Q& q) {
  const std::string key = quote::entry_key(q);
  return fmt::format("{:016x}{:08x}", XXH3_64bits(key.data(), key.size()), key.size());
}

template <class Q>
store::QuoteEntry entry_of(const Q& q) {
  store::QuoteEntry e;
  e.entry = entry_id_of(q);
  e.words = quote::words_of(q);
  e.spellings = quote::spelling_keys(e.words);
  e.speech = quote::one_word_speech(q);
  return e;
}

}  // namespace

std::string quote_signature(const quote::Quote& q) { return signature_of(q); }

std::string quote_signature(const quote::QuoteCore& q) { return signature_of(q); }

std::string quote_entry_id(const quote::Quote& q) { return entry_id_of(q); }

std::string quote_entry_id(const quote::QuoteCore& q) { return entry_id_of(q); }

store::QuoteEntry quote_entry(const quote::Quote& q) { return entry_of(q); }

store::QuoteEntry quote_entry(const quote::QuoteCore& q) { return entry_of(q); }

std::vector<std::string> quote_signatures(const std::vector<quote::Quote>& quotes,
                                          const std::vector<match::Suppression>& suppressions) {
  std::vector<std::string> out;
  for (const quote::Quote& q : quotes) {
    bool suppressed = std::any_of(suppressions.begin(), suppressions.end(), [&](const match::Suppression& s) {
      return match::covers(s, q.document, q.location.line, quote::kQuoteFact);
    });
    if (!suppressed) out.push_back(quote_signature(q));
  }
  return out;
}

std::string comparison_environment(const CheckOptions& options, const lang::RuleSet& rules,
                                   const compare::Decisions& decisions, const std::string& extraction_version) {
  std::string out = rules.content_hash() + "|" + extraction_version + "|" + settings_key(options.values);
  for (const ValueOverride& o : options.value_overrides) {
    out += "|override:";
    for (const std::string& m : o.match) out += m + '\x1f';
    value::ValueSettings s = value_settings_for("", {}, {});
    if (o.date_order) s.date_order = *o.date_order;
    if (o.ton) s.ton = *o.ton;
    static_cast<value::BareCodes&>(s) = value::overlaid(s, o.currency);
    out += settings_key(s);
  }
  out += fmt::format("|quotes:{}:{}", options.quotes.enabled, options.quotes.min_words);
  for (const std::string& glob : options.quotes.ignore) out += '\x1f' + glob;
  for (const compare::Decision& d : decisions) {
    out += fmt::format("|decision:{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", compare::decision_kind_name(d.kind),
                       d.finding, d.value, d.statement, d.note, d.author, d.when, d.origin);
  }
  // Hashed: the text can be long (every decision's note), and only equality matters.
  return fmt::format("v1:{:016x}:{}", XXH3_64bits(out.data(), out.size()), out.size());
}

void add_decision_targets(store::KeyResult& result, const std::string& id, const std::string& key,
                          const std::string& scope) {
  result.targets += id + "\n" + key + "\n";
  if (!scope.empty()) result.targets += match::scoped_key(key, scope) + "\n";
}

void add_decision_targets(store::KeyResult& result, const match::Statement& dropped) {
  const std::string id = compare::finding_id(dropped.fact, dropped.key, dropped.scope);
  // Several statements of one finding may be taken out: its names once.
  if (result.targets.starts_with(id + "\n") || result.targets.find("\n" + id + "\n") != std::string::npos) return;
  add_decision_targets(result, id, dropped.key, dropped.scope);
}

void ComparisonIndex::note_statements(const std::vector<match::Statement>& statements) {
  // A run's statements come document by document, each stating a few keys many times:
  // look the document up once per run of its statements, and note a key once per run of it.
  std::vector<std::string>* names = nullptr;
  std::int64_t* count = nullptr;
  const match::Statement* last = nullptr;
  for (const match::Statement& s : statements) {
    if (!last || last->document != s.document) {
      names = &names_[s.document];
      count = &statements_[s.document];
      last = nullptr;
    }
    ++*count;
    if (!last || last->fact != s.fact || last->key != s.key) names->push_back(fact_key_name(s.fact, s.key));
    last = &s;
  }
}

void ComparisonIndex::note_quotes(const std::vector<quote::Quote>& quotes) {
  for (const quote::Quote& q : quotes) ++quotes_[q.document];
}

void ComparisonIndex::note_quotes(const std::deque<quote::QuoteCore>& quotes) {
  for (const quote::QuoteCore& q : quotes) ++quotes_[quote::document_of(q)];
}

void ComparisonIndex::note_quote_entries(const std::deque<quote::QuoteCore>& quotes, const quote::QuoteOptions& options) {
  for (const quote::QuoteCore& q : quotes) {
    if (!quote::takes_part(q, options)) continue;
    std::string id = quote_entry_id(q);
    auto it = entries_.find(id);
    if (it == entries_.end()) it = entries_.emplace(id, quote_entry(q)).first;
    ++it->second.copies;
  }
}

void ComparisonIndex::note_fact_findings(const std::vector<compare::Finding>& findings) {
  for (const compare::Finding& f : findings) {
    std::string name = fact_key_name(f.fact, f.key);
    if (results_.empty() || results_.back().name != name) results_.push_back({name, {}, "", ""});
    results_.back().counts.count(f.verdict);
    add_decision_targets(results_.back(), f.id, f.key, f.scope);
  }
}

void ComparisonIndex::note_dropped(const std::vector<match::Statement>& dropped) {
  if (dropped.empty()) return;
  std::unordered_map<std::string, std::size_t> at;
  for (std::size_t i = 0; i < results_.size(); ++i) at.emplace(results_[i].name, i);
  for (const match::Statement& s : dropped) {
    std::string name = fact_key_name(s.fact, s.key);
    auto it = at.find(name);
    if (it == at.end()) {
      it = at.emplace(name, results_.size()).first;
      results_.push_back({name, {}, "", ""});
    }
    add_decision_targets(results_[it->second], s);
  }
}

void ComparisonIndex::note_quote_result(const std::string& name, const std::string& declaration,
                                        const compare::Finding& finding) {
  store::KeyResult result{name, {}, "", declaration};
  add_decision_targets(result, finding.id, finding.key, finding.scope);
  result.counts.count(finding.verdict);
  quote_results_.push_back(std::move(result));
}

std::vector<store::KeyResult> ComparisonIndex::results() const {
  std::vector<store::KeyResult> out = results_;
  out.insert(out.end(), quote_results_.begin(), quote_results_.end());
  return out;
}

void ComparisonIndex::note_quote_group(const std::string& name, const quote::QuoteFinding& group) {
  note_group(name, group);
}

void ComparisonIndex::note_quote_group(const std::string& name, const quote::CoreQuoteFinding& group) {
  note_group(name, group);
}

template <class Q>
void ComparisonIndex::note_group(const std::string& name, const quote::BasicQuoteFinding<Q>& group) {
  for (const quote::BasicQuoteVariant<Q>& v : group.variants) {
    for (const auto& held : v.quotes) {
      const Q& q = quote::held(held);
      signatures_.insert_or_assign(quote_signature(q), name);
      names_[quote::document_of(q)].push_back(name);
      auto entry = entries_.find(quote_entry_id(q));
      if (entry != entries_.end()) entry->second.name = name;
    }
  }
}

std::vector<std::string> ComparisonIndex::names_of(const std::string& path) const {
  auto it = names_.find(path);
  if (it == names_.end()) return {};
  std::vector<std::string> names = it->second;
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::int64_t ComparisonIndex::statements_of(const std::string& path) const {
  auto it = statements_.find(path);
  return it == statements_.end() ? 0 : it->second;
}

std::int64_t ComparisonIndex::quotes_of(const std::string& path) const {
  auto it = quotes_.find(path);
  return it == quotes_.end() ? 0 : it->second;
}

store::ComparedDocument compared_document(const doc::DocumentHeader& header, const ComparisonIndex& index,
                                          const CheckRun& run) {
  store::ComparedDocument d;
  d.path = header.path;
  d.content_hash = header.content_hash;
  d.meta = header.meta;
  d.statements = index.statements_of(header.path);
  d.quotes = index.quotes_of(header.path);
  d.restore = run.documents_with_notes.count(header.path) > 0;
  d.names = index.names_of(header.path);
  return d;
}

void save_comparison(store::Store& store, const std::string& environment, const CheckRun& run,
                     const ComparisonIndex& index) {
  store.reset_comparison(environment);
  for (const doc::DocumentHeader& d : run.documents) store.save_compared_document(compared_document(d, index, run));
  for (const store::KeyResult& r : index.results()) store.save_key_result(r);
  for (const auto& [signature, name] : index.signatures()) store.save_quote_signature(signature, name);
  for (const auto& [id, entry] : index.entries()) store.save_quote_entry(entry);
}

}  // namespace factlint::app
