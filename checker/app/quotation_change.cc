// Finding the quotation groups a change of quotations can alter, from the store's entries.
#include "app/quotation_change.h"

#include <algorithm>
#include <array>
#include <memory>
#include <unordered_set>

#include "app/comparison_index.h"
#include "quote/quote_words.h"
#include "quote/shingle_index.h"
#include "quote/word_diff.h"

namespace factlint::app {

namespace {

// How many lists of a shingle a scan keeps: past kMaxPostings plus the changed
// wordings a shingle proposes no pairs before or after, so more are never needed.
constexpr std::size_t kDetails = 1024;

bool is_bigram(const std::string& shingle) { return shingle.find('\x1f') != std::string::npos; }


}  // namespace

QuotationChange::QuotationChange(store::Store& store, const quote::QuoteOptions& options,
                                 const std::vector<lang::QuoteDecl>& declared,
                                 std::map<std::string, std::string> declaration_groups)
    : store_(store), options_(options) {
  for (const lang::QuoteDecl& d : declared) {
    declared_words_.push_back(quote::quote_words(d.text).words);
    declared_groups_.push_back(declaration_groups[d.name]);
  }
}

void QuotationChange::add_change(const std::vector<quote::Quote>& before, const std::vector<quote::Quote>& after) {
  auto count = [&](const quote::Quote& q, std::int64_t by) {
    if (!quote::takes_part(q, options_)) return;
    std::string id = quote_entry_id(q);
    auto it = changes_.find(id);
    if (it == changes_.end()) it = changes_.emplace(id, Change{quote_entry(q), 0, false}).first;
    it->second.delta += by;
  };
  for (const quote::Quote& q : before) count(q, -1);
  for (const quote::Quote& q : after) count(q, +1);
}

QuotationChange::Scan QuotationChange::scan(const std::set<std::string>& ids, const std::set<std::string>& bigrams,
                                            const std::set<std::string>& words, bool details) {
  Scan out;
  // Hashed: every word of every wording of the corpus is looked up.
  const std::unordered_set<std::string> bigram_set(bigrams.begin(), bigrams.end()), word_set(words.begin(), words.end());
  std::unordered_set<std::string> firsts;  // a cheap test before a bigram is built
  for (const std::string& b : bigrams) firsts.insert(b.substr(0, b.find('\x1f')));
  std::vector<Posting*> hits;
  single_words_.clear();
  store_.scan_quote_entries([&](const store::QuoteEntry& e) {
    const std::vector<std::string>& sp = e.spellings;
    if (e.speech && sp.size() == 1) single_words_.insert(sp[0]);
    hits.clear();
    if (sp.size() == 1) {
      if (word_set.count(sp[0]) > 0) hits.push_back(&out.one_words[sp[0]]);
    } else {
      std::vector<std::string> found;
      for (std::size_t k = 0; k + 1 < sp.size(); ++k) {
        if (firsts.count(sp[k]) == 0) continue;
        std::string b = sp[k] + '\x1f' + sp[k + 1];
        if (bigram_set.count(b) > 0) found.push_back(std::move(b));
      }
      std::sort(found.begin(), found.end());
      found.erase(std::unique(found.begin(), found.end()), found.end());
      for (const std::string& b : found) hits.push_back(&out.bigrams[b]);
      std::vector<std::string> held;
      for (const std::string& w : sp) {
        if (word_set.count(w) > 0) held.push_back(w);
      }
      std::sort(held.begin(), held.end());
      held.erase(std::unique(held.begin(), held.end()), held.end());
      for (const std::string& w : held) hits.push_back(&out.within[w]);
    }
    bool keep = ids.count(e.entry) > 0;
    for (Posting* p : hits) {
      ++p->count;
      if (details && p->ids.size() < kDetails) {
        p->ids.push_back(e.entry);
        keep = true;
      }
    }
    if (keep) out.entries.emplace(e.entry, e);
  });
  return out;
}

std::size_t QuotationChange::count_before(const Scan& found, const std::string& s) const {
  std::size_t n = 0;
  auto add = [&](const std::unordered_map<std::string, Posting>& postings) {
    auto it = postings.find(s);
    if (it != postings.end()) n += it->second.count;
  };
  if (is_bigram(s)) {
    add(found.bigrams);
  } else {
    add(found.one_words);
    if (single_words_.count(s) > 0) add(found.within);
  }
  for (const std::vector<std::string>& shingles : declared_shingles_) {
    if (std::binary_search(shingles.begin(), shingles.end(), s)) ++n;
  }
  return n;
}

std::optional<std::vector<std::string>> QuotationChange::lists_before(const Scan& found, const std::string& s) const {
  std::vector<std::string> out;
  bool whole = true;
  auto add = [&](const std::unordered_map<std::string, Posting>& postings) {
    auto it = postings.find(s);
    if (it == postings.end()) return;
    if (it->second.ids.size() < it->second.count) whole = false;
    out.insert(out.end(), it->second.ids.begin(), it->second.ids.end());
  };
  if (is_bigram(s)) {
    add(found.bigrams);
  } else {
    add(found.one_words);
    if (single_words_.count(s) > 0) add(found.within);
  }
  for (std::size_t d = 0; d < declared_shingles_.size(); ++d) {
    if (std::binary_search(declared_shingles_[d].begin(), declared_shingles_[d].end(), s)) {
      out.push_back("#" + std::to_string(d));
    }
  }
  if (!whole) return std::nullopt;
  return out;
}

std::size_t QuotationChange::added_with(const std::string& s) const {
  return static_cast<std::size_t>(std::count_if(added_.begin(), added_.end(), [&](const std::string& id) {
    const std::vector<std::string>& sh = shingles_.at(id);
    return std::binary_search(sh.begin(), sh.end(), s);
  }));
}

std::size_t QuotationChange::removed_with(const std::string& s) const {
  return static_cast<std::size_t>(std::count_if(removed_.begin(), removed_.end(), [&](const std::string& id) {
    const std::vector<std::string>& sh = shingles_.at(id);
    return std::binary_search(sh.begin(), sh.end(), s);
  }));
}

// A list whose pairs change: its group is recompared. A group with no speech is not
// reported, so who else is in it is not known: only the full comparison can say.
bool QuotationChange::affect(const std::string& list, const Scan& found) {
  if (list.front() == '#') {
    const std::string& group = declared_groups_[std::stoul(list.substr(1))];
    if (!group.empty()) groups_.insert(group);
    return true;
  }
  const store::QuoteEntry& e = found.entries.at(list);
  if (e.name.empty()) return false;
  groups_.insert(e.name);
  return true;
}

bool QuotationChange::plan(const std::vector<const quote::Quote*>& reread) {
  std::set<std::string> ids, bigrams, words;
  for (const auto& [id, c] : changes_) {
    ids.insert(id);
    if (c.delta == 0) continue;
    // A one-word wording indexes every longer one holding its word (single_words):
    // what that changes is not in the entries' shingles.
    if (c.entry.words.size() == 1) return false;
    const std::vector<std::string>& sp = c.entry.spellings;
    for (std::size_t k = 0; k + 1 < sp.size(); ++k) bigrams.insert(sp[k] + '\x1f' + sp[k + 1]);
    words.insert(sp.begin(), sp.end());
  }
  for (const quote::Quote* q : reread) {
    if (quote::takes_part(*q, options_)) ids.insert(quote_entry_id(*q));
  }
  const Scan found = scan(ids, bigrams, words, true);
  declared_shingles_.clear();
  for (const std::vector<std::string>& w : declared_words_) {
    declared_shingles_.push_back(quote::shingles_of(quote::spelling_keys(w), single_words_));
  }

  for (auto& [id, c] : changes_) {
    auto stored = found.entries.find(id);
    if (stored != found.entries.end()) {
      c.entry = stored->second;
      c.stored = true;
    }
    const std::int64_t before = c.stored ? c.entry.copies : 0;
    if (before + c.delta < 0) return false;  // the store and the documents disagree
    if (c.delta == 0) continue;
    if (before == 0) added_.insert(id);
    if (before > 0 && before + c.delta == 0) removed_.insert(id);
    if (!c.stored) continue;
    // Its group gains or loses quotations; a group with no speech that gains one may become reported.
    if (!c.entry.name.empty()) {
      groups_.insert(c.entry.name);
    } else if (c.delta > 0) {
      return false;
    }
  }
  std::set<std::string> touched;
  for (const std::set<std::string>* set : {&added_, &removed_}) {
    for (const std::string& id : *set) {
      shingles_[id] = quote::shingles_of(changes_.at(id).entry.spellings, single_words_);
      touched.insert(shingles_[id].begin(), shingles_[id].end());
    }
  }
  for (const std::string& s : touched) {
    const std::size_t c0 = count_before(found, s);
    const std::size_t c1 = c0 + added_with(s) - removed_with(s);
    const bool used_before = c0 <= quote::kMaxPostings, used_after = c1 <= quote::kMaxPostings;
    if (!used_before && !used_after) continue;
    std::optional<std::vector<std::string>> lists = lists_before(found, s);
    if (!lists) return false;
    for (const std::string& list : *lists) {
      if (removed_.count(list) > 0) continue;  // its group is recompared already
      if (used_before != used_after) {
        // Every pair of the shingle appears or goes: every group holding it.
        if (!affect(list, found)) return false;
        continue;
      }
      // A new wording pairs with each list holding the shingle; only one it may be
      // joined to (or claimed by) changes that list's group. Pairs of a removed
      // wording were inside its own group.
      const std::vector<std::string>& other =
          list.front() == '#' ? declared_words_[std::stoul(list.substr(1))] : found.entries.at(list).words;
      for (const std::string& id : added_) {
        const std::vector<std::string>& sh = shingles_.at(id);
        if (!std::binary_search(sh.begin(), sh.end(), s)) continue;
        if (quote::similar_wordings(changes_.at(id).entry.words, other, true) && !affect(list, found)) return false;
      }
    }
  }
  // The groups of the documents read again are reported, so compared.
  for (const quote::Quote* q : reread) {
    if (!quote::takes_part(*q, options_)) continue;
    auto stored = found.entries.find(quote_entry_id(*q));
    if (stored != found.entries.end() && !stored->second.name.empty()) groups_.insert(stored->second.name);
  }
  return true;
}

quote::CorpusShingles QuotationChange::corpus(const std::vector<const quote::QuoteCore*>& candidates) {
  std::set<std::string> ids, bigrams, words;
  for (const quote::QuoteCore* c : candidates) {
    const quote::QuoteCore& q = *c;
    if (!quote::takes_part(q, options_)) continue;
    if (!ids.insert(entry_ids_.of(q)).second) continue;
    for (std::string& s : quote::shingles_of(quote::spelling_keys(quote::words_of(q)), single_words_)) {
      (is_bigram(s) ? bigrams : words).insert(std::move(s));
    }
  }
  Scan found = scan(ids, bigrams, words, false);
  known_ = std::move(found.entries);
  auto after = std::make_shared<std::unordered_map<std::string, std::size_t>>();
  for (const std::set<std::string>* set : {&bigrams, &words}) {
    for (const std::string& s : *set) (*after)[s] = count_before(found, s) + added_with(s) - removed_with(s);
  }
  quote::CorpusShingles out;
  out.too_common = [after](const std::string& s) {
    auto it = after->find(s);
    return it != after->end() && it->second > quote::kMaxPostings;
  };
  out.single_words = single_words_;
  return out;
}

bool QuotationChange::compared(const quote::QuoteCore& q) const {
  if (!quote::takes_part(q, options_)) return false;
  const std::string& id = entry_ids_.of(q);
  if (added_.count(id) > 0) return true;
  auto it = known_.find(id);
  return it != known_.end() && !it->second.name.empty() && groups_.count(it->second.name) > 0;
}

std::string QuotationChange::group_before(const quote::QuoteCore& q) const { return group_before_entry(entry_ids_.of(q)); }

std::string QuotationChange::group_before_entry(const std::string& entry) const {
  auto it = known_.find(entry);
  return it == known_.end() ? std::string() : it->second.name;
}

void QuotationChange::save(const std::unordered_map<std::string, std::string>& group_of) {
  std::map<std::string, store::QuoteEntry> out;
  for (const auto& [id, c] : changes_) {
    store::QuoteEntry e = c.entry;
    e.copies = (c.stored ? c.entry.copies : 0) + c.delta;
    out.emplace(id, std::move(e));
  }
  for (const auto& [id, e] : known_) out.emplace(id, e);
  for (auto& [id, e] : out) {
    // An entry compared now takes the group it is in now; the others keep theirs.
    if (added_.count(id) > 0 || (!e.name.empty() && groups_.count(e.name) > 0) || group_of.count(id) > 0) {
      auto g = group_of.find(id);
      e.name = g == group_of.end() ? std::string() : g->second;
    }
    store_.save_quote_entry(e);
  }
}

}  // namespace factlint::app
