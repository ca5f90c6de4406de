// What a run compared, by key, as the store keeps it between runs (issue 10): which
// fact keys and quotation groups each document holds, and each key's findings. A run
// after a few documents changed reads it to recompare only the keys they touch
// (app/incremental_check.h, docs/contracts.md "Untouched documents").
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/check_run.h"
#include "compare/decision.h"
#include "compare/finding.h"
#include "lang/ast.h"
#include "match/statement.h"
#include "match/suppression.h"
#include "quote/quote.h"
#include "quote/quote_comparator.h"
#include "store/store.h"

namespace factlint::app {

// The store's name of a fact key, and of the quotation group with this ordinal.
std::string fact_key_name(const std::string& fact, const std::string& key);
std::string quote_group_name(std::size_t ordinal);
bool is_quote_group_name(const std::string& name);

// Everything of a quotation that decides which group the comparison puts it in (its
// words, speaker, kind, nesting), hashed. Two quotations with one signature always
// share a group; a document whose signatures are unchanged leaves every group as it was.
std::string quote_signature(const quote::Quote& q);
std::string quote_signature(const quote::QuoteCore& q);

// The signatures of the quotations of `quotes` (one document's) that no suppression of
// `suppressions` covers, in document order. A document whose sequence is unchanged
// leaves every quotation group as it was, down to which quotation stands first in it.
std::vector<std::string> quote_signatures(const std::vector<quote::Quote>& quotes,
                                          const std::vector<match::Suppression>& suppressions);

// The store's key of a quotation's entry in the shingle index (quote::entry_key, hashed),
// and the entry itself with no copies and no group.
std::string quote_entry_id(const quote::Quote& q);
std::string quote_entry_id(const quote::QuoteCore& q);
store::QuoteEntry quote_entry(const quote::Quote& q);
store::QuoteEntry quote_entry(const quote::QuoteCore& q);

// Every setting a comparison depends on beyond the documents: the rule set, the
// build, value and quotation settings, the editors' decisions. A stored comparison
// is reused only under the same environment.
std::string comparison_environment(const CheckOptions& options, const lang::RuleSet& rules,
                                   const compare::Decisions& decisions, const std::string& extraction_version);

// Adds to a key's result the names a decision may give one of its findings
// (compare::Decision::targets): its id, its key and, when scoped, "key [scope]". An
// incremental run recompares every key a decision names, so that the decision is
// checked against the same findings as in a full run.
void add_decision_targets(store::KeyResult& result, const std::string& id, const std::string& key,
                          const std::string& scope);

// The same for a statement a wrong-extraction decision took out: its finding may be
// gone, yet the decisions naming it are in use (compare::decision_use).
void add_decision_targets(store::KeyResult& result, const match::Statement& dropped);

// What one run compared, gathered as it goes and saved to the store at its end.
class ComparisonIndex {
 public:
  // Before suppressions: each document's fact keys and counts.
  void note_statements(const std::vector<match::Statement>& statements);
  void note_quotes(const std::vector<quote::Quote>& quotes);
  void note_quotes(const std::deque<quote::QuoteCore>& quotes);
  // After suppressions, before the comparison: each quotation that takes part, as an
  // entry of the shingle index (store::QuoteEntry), counted.
  void note_quote_entries(const std::deque<quote::QuoteCore>& quotes, const quote::QuoteOptions& options);
  // After the comparison: each fact key's findings (sorted by fact and key, as
  // compare_statements gives them), and each quotation group with the finding it became.
  void note_fact_findings(const std::vector<compare::Finding>& findings);
  // After note_fact_findings: the statements wrong-extraction decisions took out, under
  // their keys (a key with no finding left gets a result of no findings).
  void note_dropped(const std::vector<match::Statement>& dropped);
  void note_quote_group(const std::string& name, const quote::QuoteFinding& group);
  void note_quote_group(const std::string& name, const quote::CoreQuoteFinding& group);
  void note_quote_result(const std::string& name, const std::string& declaration, const compare::Finding& finding);

  // The names a document holds, sorted.
  std::vector<std::string> names_of(const std::string& path) const;
  std::int64_t statements_of(const std::string& path) const;
  std::int64_t quotes_of(const std::string& path) const;
  // Each fact key's result, then each quotation group's, in the order noted (the
  // quotations may be compared first).
  std::vector<store::KeyResult> results() const;
  // Each signature once, with the group it was last noted in: a quotation that 80,000
  // documents repeat is one row, not 80,000 replacing each other.
  const std::unordered_map<std::string, std::string>& signatures() const { return signatures_; }
  // Each entry, with its copies and its group's name ("" for a group not reported).
  const std::unordered_map<std::string, store::QuoteEntry>& entries() const { return entries_; }

 private:
  template <class Q>
  void note_group(const std::string& name, const quote::BasicQuoteFinding<Q>& group);
  // Per document, its names as noted (repeats kept: sorted and made unique when read).
  std::unordered_map<std::string, std::vector<std::string>> names_;
  std::unordered_map<std::string, std::int64_t> statements_;
  std::unordered_map<std::string, std::int64_t> quotes_;
  std::vector<store::KeyResult> results_;        // of fact keys
  std::vector<store::KeyResult> quote_results_;  // of quotation groups
  std::unordered_map<std::string, std::string> signatures_;  // signature -> group name
  std::unordered_map<std::string, store::QuoteEntry> entries_;  // quote_entry_id -> entry
};

// The store's row of a document of `run`.
store::ComparedDocument compared_document(const doc::DocumentHeader& header, const ComparisonIndex& index,
                                          const CheckRun& run);

// Replaces the store's comparison state with the whole of `run` (a full run).
void save_comparison(store::Store& store, const std::string& environment, const CheckRun& run,
                     const ComparisonIndex& index);

}  // namespace factlint::app
