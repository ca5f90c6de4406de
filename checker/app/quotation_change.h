// Which quotation groups a change of quotations can alter (issue 10): a changed
// document's old and new wordings join, leave or split groups only through the word
// shingles they share with other wordings (quote/shingle_index.h), and through those
// shingles becoming too common, or no longer too common, to propose pairs. The store's
// quotation entries (store::QuoteEntry: every distinct wording of the last comparison,
// its copies and its group) answer both without reading a document, so an incremental
// run recompares only the groups this finds, with the corpus's shingle counts
// (quote::CorpusShingles), and gets the groups the full comparison would
// (docs/quotes.md "Incremental runs").
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/comparison_index.h"
#include "app/recent_core_ids.h"
#include "lang/ast.h"
#include "quote/quote.h"
#include "quote/quote_comparator.h"
#include "quote/quote_core.h"
#include "store/store.h"

namespace factlint::app {

class QuotationChange {
 public:
  // `declaration_groups`: each `quote` declaration's group name in the store, if any.
  QuotationChange(store::Store& store, const quote::QuoteOptions& options, const std::vector<lang::QuoteDecl>& declared,
                  std::map<std::string, std::string> declaration_groups);

  // A changed document's quotations as last compared and as read now (none: deleted),
  // each without those its suppressions cover.
  void add_change(const std::vector<quote::Quote>& before, const std::vector<quote::Quote>& after);

  // Works out the groups the changes can alter, reading the store's entries once;
  // `reread` are the quotations of every document read again (their groups are
  // reported). False when only the full comparison can tell: a one-word quotation
  // changed (its word indexes other wordings), or a wording joins a group with no
  // speech (not reported, so its other members are not known).
  bool plan(const std::vector<const quote::Quote*>& reread);

  // The groups to recompare: those the change can alter, and those of `reread`; and
  // one more (a group a decision names, whose use is checked again).
  const std::set<std::string>& groups() const { return groups_; }
  void also_compare(const std::string& group) { groups_.insert(group); }

  // Among the quotations of the documents read and restored (`candidates`), reads the
  // store's entries once more for what their comparison needs: their groups, and how
  // many wordings of the whole corpus, after the change, hold each of their shingles.
  // The candidates are cores (app/quote_book.h), as the run holds them (issue 10).
  quote::CorpusShingles corpus(const std::vector<const quote::QuoteCore*>& candidates);
  // After corpus(): whether a quotation is compared: its wording is new, or its group
  // is among groups().
  bool compared(const quote::QuoteCore& q) const;
  // After corpus(): the group a quotation's wording was in before the change, "" when
  // none (new, or a group not reported).
  std::string group_before(const quote::QuoteCore& q) const;
  // The same for a quotation's entry (quote_entry_id).
  std::string group_before_entry(const std::string& entry) const;

  // Saves every entry the run compared or changed with its copies after the change
  // and its group now (`group_of`: entry id to group name; absent: not reported).
  void save(const std::unordered_map<std::string, std::string>& group_of);

 private:
  struct Change {
    store::QuoteEntry entry;  // copies: as stored before the change
    std::int64_t delta = 0;
    bool stored = false;
  };
  struct Posting {
    std::size_t count = 0;
    std::vector<std::string> ids;  // the first kDetails
  };
  struct Scan {
    std::unordered_map<std::string, Posting> bigrams;
    std::unordered_map<std::string, Posting> one_words;  // one-word entries of that word
    std::unordered_map<std::string, Posting> within;     // longer entries holding that word
    std::unordered_map<std::string, store::QuoteEntry> entries;  // those asked for, and those in postings
  };
  Scan scan(const std::set<std::string>& ids, const std::set<std::string>& bigrams,
            const std::set<std::string>& words, bool details);
  // The lists holding shingle `s` before the change (ids, and "#N" for declaration N),
  // and their number; nullopt when they are more than was read.
  std::size_t count_before(const Scan& found, const std::string& s) const;
  std::optional<std::vector<std::string>> lists_before(const Scan& found, const std::string& s) const;
  bool affect(const std::string& list, const Scan& found);
  std::size_t added_with(const std::string& s) const;
  std::size_t removed_with(const std::string& s) const;

  store::Store& store_;
  const quote::QuoteOptions& options_;
  std::vector<std::vector<std::string>> declared_words_;      // each declaration's words
  std::vector<std::vector<std::string>> declared_shingles_;   // and shingles
  std::vector<std::string> declared_groups_;                  // its group name, "" when none
  std::map<std::string, Change> changes_;                     // by entry id
  std::set<std::string> added_, removed_;                     // entry ids
  std::map<std::string, std::vector<std::string>> shingles_;  // of added and removed entries
  std::set<std::string> single_words_;
  std::set<std::string> groups_;
  std::unordered_map<std::string, store::QuoteEntry> known_;  // entries read for corpus()
  // quote_entry_id of the cores asked about (corpus, compared, group_before): of one
  // run's QuoteBook.
  mutable RecentCoreIds entry_ids_{[](const quote::QuoteCore& q) { return quote_entry_id(q); }, RecentCoreIds::Of::Words};
};

}  // namespace factlint::app
