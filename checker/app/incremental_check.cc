// Recomparing only the keys that changed documents touch.
#include "app/incremental_check.h"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <deque>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "app/change_set.h"
#include "app/check_stages.h"
#include "app/comparison_index.h"
#include "app/document_snapshot.h"
#include "app/document_states.h"
#include "app/quotation_change.h"
#include "app/quote_book.h"
#include "app/recent_core_ids.h"
#include "compare/comparator.h"
#include "compare/decision_check.h"
#include "doc/file_stat.h"
#include "quote/quote_findings.h"
#include <fmt/format.h>

namespace factlint::app {

namespace {

// Past this many changed documents (or a hundredth of the corpus) the full run is as quick.
constexpr std::size_t kMostChanged = 64;
// Snapshots of at least one document in this many of the corpus are read in one walk
// of the store (restore_quotations).
constexpr std::size_t kScanShare = 8;

// One document as the run holds it before the comparison.
struct Bundle {
  doc::DocumentHeader header;
  std::vector<match::Statement> statements;
  std::vector<quote::Quote> quotes;
  std::vector<match::Suppression> suppressions;
};

// Splits an extracted run into its documents, keeping its diagnostics and notes.
void take_bundles(CheckRun& from, std::map<std::string, Bundle>& out, CheckRun& into) {
  for (doc::DocumentHeader& d : from.documents) out[d.path].header = std::move(d);
  for (match::Statement& s : from.statements) out[s.document].statements.push_back(std::move(s));
  for (quote::Quote& q : from.quotes) out[q.document].quotes.push_back(std::move(q));
  for (match::Suppression& s : from.suppressions) out[s.document].suppressions.push_back(std::move(s));
  for (const source::Diagnostic& d : from.diagnostics.diagnostics()) into.diagnostics.add(d);
  into.documents_with_notes.insert(from.documents_with_notes.begin(), from.documents_with_notes.end());
  into.cached_documents += from.cached_documents;
  into.restored_documents += from.restored_documents;
}

bool gone(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) != 0 && errno == ENOENT;
}


void add(compare::Summary& to, const compare::Summary& from) {
  to.findings += from.findings;
  to.consistent += from.consistent;
  to.conflicting += from.conflicting;
  to.single_source += from.single_source;
}

// Whether one of the decisions names a finding of `result` (by id or key).
bool decided(const store::KeyResult& result, const compare::Decisions& decisions) {
  for (const compare::Decision& d : decisions) {
    std::size_t from = 0;
    for (std::size_t nl = result.targets.find('\n'); nl != std::string::npos; nl = result.targets.find('\n', from)) {
      if (result.targets.compare(from, nl - from, d.finding) == 0) return true;
      from = nl + 1;
    }
  }
  return false;
}

// The quotations of `quotes` (one document's) that no suppression covers, as the
// comparison sees them.
std::vector<quote::Quote> kept_quotes(const std::vector<quote::Quote>& quotes,
                                      const std::vector<match::Suppression>& suppressions) {
  std::vector<quote::Quote> out;
  for (const quote::Quote& q : quotes) {
    bool suppressed = std::any_of(suppressions.begin(), suppressions.end(), [&](const match::Suppression& s) {
      return match::covers(s, q.document, q.location.line, quote::kQuoteFact);
    });
    if (!suppressed) out.push_back(q);
  }
  return out;
}

// quote_signature of each core of a run in turn, remembered: the corpus's documents
// repeat the same wire quotations, 154,000 signatures of two wordings and a few
// hundred speakers (issue 10).
RecentCoreIds recent_signatures() {
  return RecentCoreIds([](const quote::QuoteCore& q) { return quote_signature(q); }, RecentCoreIds::Of::Framed);
}

// What the incremental run works out before it compares.
class IncrementalCheck {
 public:
  IncrementalCheck(const CheckOptions& options, const std::vector<std::string>& files, store::Store& store,
                   const CheckRun& base)
      : options_(options),
        files_(files),
        store_(store),
        base_(base),
        rules_(*base.rules),
        states_(store, rules_.content_hash(), stages::extraction_version(), options, &base.locations, false) {}

  std::optional<IncrementalRun> run();

 private:
  bool find_changes();
  std::vector<std::string> named_documents() const;
  bool old_quotations();
  bool same_quotations() const;
  bool plan_quotation_change();
  void find_touched();
  bool restore_others();
  std::optional<std::vector<compare::Finding>> compare();
  std::vector<const quote::QuoteCore*> quotes_in_path_order();
  void compare_changed_quotations(const std::vector<const quote::QuoteCore*>& quotes, std::deque<quote::QuoteCore>& compared,
                                  std::vector<std::pair<quote::CoreQuoteFinding, std::string>>& groups);
  const std::optional<std::string>& group_of(const std::string& signature);
  void save(const std::vector<compare::Finding>& findings);

  const CheckOptions& options_;
  const std::vector<std::string>& files_;
  store::Store& store_;
  const CheckRun& base_;
  const lang::RuleSet& rules_;
  DocumentStates states_;

  // A document as the last recording run compared it: its row, kept as read (its
  // names in the store's form, read when needed), and its index in files_ (-1: not
  // checked now).
  struct Compared {
    std::string path;
    std::string content_hash;
    doc::Metadata meta;
    std::int64_t statements = 0;
    std::int64_t quotes = 0;
    bool restore = false;
    std::string names;
    std::ptrdiff_t file = -1;
  };
  const Compared* compared_at(const std::string& path) const;
  bool holds_touched(const Compared& c) const;
  bool holds_touched_key(const Compared& c) const;
  bool restore_quotations(const std::vector<const Compared*>& documents);

  std::vector<Compared> compared_;  // sorted by path
  std::size_t untouched_statements_ = 0;  // of the documents neither read nor restored
  std::set<std::string> changed_;   // files not as compared last: new, modified, or unreadable
  std::vector<std::string> deleted_;
  std::set<std::string> reread_;    // changed files and those --changed names
  std::map<std::string, std::vector<std::string>> old_signatures_;
  std::map<std::string, std::vector<quote::Quote>> old_quotes_;  // as compared, without the suppressed
  // Set when a changed document's quotations are not the same as before: which groups
  // that alters, from the store's quotation entries (app/quotation_change.h).
  std::optional<QuotationChange> quotation_change_;
  std::vector<store::ComparedDocument> regrouped_;  // rows of unchanged documents whose groups moved
  std::vector<const Compared*> unchanged_rows_;  // of the documents loaded but not changed, in path order
  // The documents that hold a quotation group compared again and nothing else
  // compared: only their quotations are restored (restore_quotations), as cores in
  // book_ (the first restored_quotes_ of its cores, in path order), the rest of each
  // in its temporary file, as a full run holds its quotations (issue 10); and, when a
  // changed quotation may move groups, their rows. The loaded documents' quotations
  // join the book when they are compared (compare()).
  QuoteBook book_;
  std::size_t restored_quotes_ = 0;
  // Rows of compared_ by pointer, in path order, never copies: a wire quotation's group
  // is most of the corpus (issue 10). run() copies their strings, where it moves others'.
  std::vector<const Compared*> quoted_rows_;
  std::map<std::string, Bundle> loaded_;
  std::map<std::string, std::int64_t> statements_read_;  // per loaded document, before suppressions
  std::map<std::string, std::vector<std::string>> names_;  // per changed document, the names it holds now
  std::set<std::string, std::less<>> touched_;
  std::vector<store::KeyResult> results_;
  std::unordered_map<std::string, std::optional<std::string>> groups_;
  // Each quotation group compared: what the store keeps of its finding.
  struct QuoteResult {
    std::string declaration;
    compare::Verdict verdict = compare::Verdict::SingleSource;
    std::string id, key, scope;
  };
  std::map<std::string, QuoteResult> quote_results_;
  CheckRun out_;
};

// Reads the store's comparison once: which files are new, changed (by their stat, as
// document_states.h sees it) or deleted. Each row is kept as read, so the run builds no
// map of the corpus (issue 10: 77,000 documents).
bool IncrementalCheck::find_changes() {
  const std::vector<bool> untouched = states_.untouched_files(files_);
  std::vector<bool> compared(files_.size(), false);
  bool unsorted = false;
  bool partial = false;
  std::size_t at = 0;
  compared_.reserve(files_.size() + kMostChanged);  // most of the corpus, as last compared
  store_.scan_compared_documents([&](const store::ComparedDocumentView& v) {
    if (!compared_.empty() && !(std::string_view(compared_.back().path) < v.path)) unsorted = true;
    Compared& c = compared_.emplace_back();
    c.path = v.path;
    c.content_hash = v.content_hash;
    c.meta = doc::Metadata{std::string(v.title), std::string(v.publisher), std::string(v.date), std::string(v.url)};
    c.statements = v.statements;
    c.quotes = v.quotes;
    c.restore = v.restore;
    c.names = v.names;
    // files_ is in path order too: one merge.
    while (at < files_.size() && files_[at] < c.path) ++at;
    if (at < files_.size() && files_[at] == c.path) {
      c.file = static_cast<std::ptrdiff_t>(at);
      compared[at] = true;
    } else if (!partial && !unsorted) {
      if (!gone(c.path)) partial = true;  // not checked this time: a run over part of the corpus
      deleted_.push_back(c.path);
    }
  });
  if (unsorted || partial) return false;
  for (std::size_t i = 0; i < files_.size(); ++i) {
    if (!compared[i] || !untouched[i]) changed_.insert(files_[i]);
  }
  if (changed_.size() + deleted_.size() > std::max(kMostChanged, files_.size() / 100)) return false;
  reread_ = changed_;
  for (const std::string& path : named_documents()) {
    reread_.insert(path);
  }
  return true;
}

const IncrementalCheck::Compared* IncrementalCheck::compared_at(const std::string& path) const {
  auto it = std::lower_bound(compared_.begin(), compared_.end(), path,
                             [](const Compared& c, const std::string& p) { return c.path < p; });
  return it != compared_.end() && it->path == path ? &*it : nullptr;
}

bool IncrementalCheck::holds_touched(const Compared& c) const {
  return store::any_name(c.names, [&](std::string_view name) { return touched_.find(name) != touched_.end(); });
}

// Whether a document holds a touched fact key (not only a touched quotation group).
bool IncrementalCheck::holds_touched_key(const Compared& c) const {
  return store::any_name(c.names, [&](std::string_view name) {
    return touched_.find(name) != touched_.end() && !is_quote_group_name(std::string(name));
  });
}

// The files --changed names, as documents_changed() finds them, without building a
// document for each of the run's files (a corpus of 77,000 is a large allocation):
// only those the walk found where a named file is, and those it did not stat, can be one.
std::vector<std::string> IncrementalCheck::named_documents() const {
  std::set<std::pair<std::uint64_t, std::uint64_t>> named;
  for (const std::string& file : options_.changed_files) {
    if (std::optional<doc::FileStat> st = doc::stat_file(file)) named.emplace(st->device, st->inode);
  }
  const FileLocations& known = base_.locations;
  std::vector<doc::DocumentHeader> candidates;
  for (const std::string& file : files_) {
    const doc::FileStat* st = known.find(file);
    if (st && named.count({st->device, st->inode}) == 0) continue;
    candidates.emplace_back().path = file;
  }
  return documents_changed(candidates, options_.changed_files, known);
}

// The quotation signatures of the changed documents as last compared, from the
// snapshots saved with them (still those of the compared content, or no use).
bool IncrementalCheck::old_quotations() {
  if (!options_.quotes.enabled) return true;
  std::vector<std::string> paths(changed_.begin(), changed_.end());
  paths.insert(paths.end(), deleted_.begin(), deleted_.end());
  for (const std::string& path : paths) {
    const Compared* c = compared_at(path);
    if (!c || c->quotes == 0) continue;
    std::optional<std::string> bytes = store_.document_snapshot(path);
    if (!bytes) return false;
    std::optional<DocumentSnapshot> snapshot = snapshot_from_bytes(*bytes);
    if (!snapshot || snapshot->header.content_hash != c->content_hash) return false;
    old_signatures_[path] = quote_signatures(snapshot->quotes, snapshot->suppressions);
    old_quotes_[path] = kept_quotes(snapshot->quotes, snapshot->suppressions);
  }
  return true;
}

// Whether every changed document's quotations are the same as before: each then stays
// in the group it was in. Otherwise a new wording can join groups, or make a shared
// word pair too common to propose pairs (plan_quotation_change).
bool IncrementalCheck::same_quotations() const {
  if (!options_.quotes.enabled) return true;
  for (const std::string& path : changed_) {
    auto was = old_signatures_.find(path);
    auto now = loaded_.find(path);
    std::vector<std::string> before = was == old_signatures_.end() ? std::vector<std::string>{} : was->second;
    std::vector<std::string> after = now == loaded_.end() ? std::vector<std::string>{}
                                                          : quote_signatures(now->second.quotes, now->second.suppressions);
    if (before != after) return false;
  }
  for (const std::string& path : deleted_) {
    if (old_signatures_.count(path) > 0 && !old_signatures_.at(path).empty()) return false;
  }
  return true;
}

// Which groups the changed quotations can alter, from the store's quotation entries
// (quotation_change.h); false when only the full comparison can tell.
bool IncrementalCheck::plan_quotation_change() {
  std::map<std::string, std::string> declaration_groups;
  for (const store::KeyResult& r : results_) {
    if (!r.declaration.empty()) declaration_groups[r.declaration] = r.name;
  }
  quotation_change_.emplace(store_, options_.quotes, rules_.quotes, std::move(declaration_groups));
  std::vector<std::vector<quote::Quote>> now;  // kept alive for plan()
  for (const auto& [path, bundle] : loaded_) now.push_back(kept_quotes(bundle.quotes, bundle.suppressions));
  std::size_t at = 0;
  std::vector<const quote::Quote*> reread;
  for (const auto& [path, bundle] : loaded_) {
    if (changed_.count(path) > 0) quotation_change_->add_change(old_quotes_[path], now[at]);
    for (const quote::Quote& q : now[at]) reread.push_back(&q);
    ++at;
  }
  for (const std::string& path : changed_) {
    if (loaded_.count(path) == 0) quotation_change_->add_change(old_quotes_[path], {});  // unreadable now
  }
  for (const std::string& path : deleted_) quotation_change_->add_change(old_quotes_[path], {});
  return quotation_change_->plan(reread);
}

// The reference stays valid: groups_ is node-based.
const std::optional<std::string>& IncrementalCheck::group_of(const std::string& signature) {
  auto it = groups_.find(signature);
  if (it == groups_.end()) it = groups_.emplace(signature, store_.quote_group_of(signature)).first;
  return it->second;
}

// The keys to recompare: those the changed documents held and hold, those of the
// documents --changed names, and those decisions name (their use is checked again).
void IncrementalCheck::find_touched() {
  auto touch_old_names = [&](const std::string& path) {
    if (const Compared* c = compared_at(path)) {
      store::any_name(c->names, [&](std::string_view name) {
        touched_.emplace(name);
        return false;
      });
    }
  };
  std::for_each(changed_.begin(), changed_.end(), touch_old_names);
  std::for_each(deleted_.begin(), deleted_.end(), touch_old_names);
  for (const auto& [path, bundle] : loaded_) {
    for (const match::Statement& s : bundle.statements) touched_.insert(fact_key_name(s.fact, s.key));
    if (!options_.quotes.enabled || quotation_change_) continue;
    for (const std::string& signature : quote_signatures(bundle.quotes, bundle.suppressions)) {
      if (std::optional<std::string> group = group_of(signature)) touched_.insert(*group);
    }
  }
  for (const store::KeyResult& r : results_) {
    if (decided(r, base_.decisions)) touched_.insert(r.name);
  }
  if (quotation_change_) {
    for (const std::string& name : touched_) {
      if (is_quote_group_name(name)) quotation_change_->also_compare(name);
    }
    touched_.insert(quotation_change_->groups().begin(), quotation_change_->groups().end());
  }
}

// Restores, untouched, every other document holding a touched fact key, and every
// document with suppressions or diagnostics (what they add to a report is worked out
// again). A document holding only touched quotation groups gives its quotations alone
// (restore_quotations): a wire quotation's group spans the corpus, and its documents'
// statements are not compared. False when the documents restored whole are most of
// the corpus: the full run is then the better way.
bool IncrementalCheck::restore_others() {
  // compared_ is sorted by path, so `paths` is too.
  std::vector<std::string> paths;
  std::vector<const Compared*> quoted;
  for (const Compared& c : compared_) {
    if (c.file < 0 || reread_.count(c.path) > 0) continue;
    if (c.restore || holds_touched_key(c)) {
      paths.push_back(c.path);
    } else if (c.quotes > 0 && holds_touched(c)) {
      quoted.push_back(&c);
    }
  }
  // Keys stated across most of the corpus: the full run holds less at once than every
  // document restored here would.
  if (paths.size() > std::max(kMostChanged, files_.size() / 4)) return false;
  CheckRun restored;
  stages::extract(paths, rules_, restored, &store_, true, options_, &states_);
  take_bundles(restored, loaded_, out_);
  return restore_quotations(quoted);
}

// The quotations of untouched documents, from the snapshots saved with their states
// (the same a whole restore reads), without their statements: a group quoted in most
// of the corpus is compared again at the cost of its quotations, not of its documents.
// Such a document has no suppressions or diagnostics (those are restored whole), and
// it is listed in the report from its row, as an untouched one is. False when a
// snapshot is not that of the content last compared.
bool IncrementalCheck::restore_quotations(const std::vector<const Compared*>& documents) {
  auto take = [&](const Compared* c, std::string_view bytes) {
    std::optional<DocumentSnapshot> snapshot = snapshot_from_bytes(bytes);
    if (!snapshot || snapshot->header.path != c->path || snapshot->header.content_hash != c->content_hash ||
        !snapshot->suppressions.empty() || !snapshot->diagnostics.empty()) {
      return false;
    }
    restored_quotes_ += snapshot->quotes.size();
    book_.add(std::move(snapshot->quotes));
    if (quotation_change_) quoted_rows_.push_back(c);
    return true;
  };
  if (documents.size() > kMostChanged && documents.size() * kScanShare >= compared_.size()) {
    // Most of the corpus (a wire quotation's group): the snapshots are read in one walk
    // of the store's table, in path order as `documents` is, not looked up one by one
    // (77,000 lookups were a tenth of the run, issue 10).
    std::size_t at = 0;
    bool ok = true;
    store_.scan_document_snapshots(documents.front()->path, [&](std::string_view path, std::string_view bytes) {
      if (path < documents[at]->path) return true;  // a document not needed here
      if (path != documents[at]->path || !take(documents[at], bytes)) {
        ok = false;  // no snapshot for documents[at], or not the content compared
        return false;
      }
      ++out_.snapshots_walked;
      return ++at < documents.size();
    });
    return ok && at == documents.size();
  }
  for (const Compared* c : documents) {
    std::optional<std::string> bytes = store_.document_snapshot(c->path);
    if (!bytes || !take(c, *bytes)) return false;
  }
  return true;
}

std::optional<std::vector<compare::Finding>> IncrementalCheck::compare() {
  CheckRun cmp;
  // The loaded documents' quotations; those restored for their quotations alone are
  // in book_ already (never suppressed: such a document has no suppressions).
  std::size_t quotations = 0;
  for (const auto& [path, bundle] : loaded_) quotations += bundle.quotes.size();
  cmp.quotes.reserve(quotations);
  for (auto& [path, bundle] : loaded_) {
    statements_read_[path] = static_cast<std::int64_t>(bundle.statements.size());
    std::move(bundle.statements.begin(), bundle.statements.end(), std::back_inserter(cmp.statements));
    std::move(bundle.quotes.begin(), bundle.quotes.end(), std::back_inserter(cmp.quotes));
    cmp.suppressions.insert(cmp.suppressions.end(), bundle.suppressions.begin(), bundle.suppressions.end());
  }
  // As compare_all does: quotations first, then statements, each suppression counted once.
  match::OtherSuppressed other;
  if (options_.quotes.enabled) {
    other.facts = {quote::kQuoteFact};
    other.uses = stages::suppress_quotes(cmp);
  }
  std::vector<match::SuppressedStatement> quotes_suppressed = std::move(cmp.suppressed);
  out_.suppressed = match::apply_suppressions(cmp.statements, cmp.suppressions, rules_, out_.diagnostics, other);
  std::move(quotes_suppressed.begin(), quotes_suppressed.end(), std::back_inserter(out_.suppressed));
  out_.suppressions = std::move(cmp.suppressions);

  out_.statement_count = cmp.statements.size() + untouched_statements_;

  std::vector<match::Statement> keyed;
  for (match::Statement& s : cmp.statements) {
    if (touched_.count(fact_key_name(s.fact, s.key)) > 0) keyed.push_back(std::move(s));
  }
  // Dates are looked up for the compared statements' documents only: those loaded.
  std::vector<compare::DocumentDates::Entry> by_path;
  for (const auto& [path, bundle] : loaded_) by_path.emplace_back(path, bundle.header.meta.date);
  const compare::DocumentDates dates(std::move(by_path));
  std::vector<compare::Finding> findings =
      compare::compare_statements(std::move(keyed), rules_, dates, base_.decisions, &out_.dropped);
  if (base_.finding_spill) {
    for (compare::Finding& f : findings) base_.finding_spill->put(f);
  }

  if (options_.quotes.enabled) {
    // The loaded documents' quotations left by the suppressions join the book, and
    // every quotation is compared in path order, as a full run reads them.
    book_.add(std::move(cmp.quotes));
    const std::vector<const quote::QuoteCore*> quotes = quotes_in_path_order();
    // The cores the findings point to (quote_comparator.h): kept until they are made findings.
    std::deque<quote::QuoteCore> compared;
    std::map<std::string, std::deque<quote::QuoteCore>> by_group;
    std::vector<std::pair<quote::CoreQuoteFinding, std::string>> groups;
    if (quotation_change_) {
      compare_changed_quotations(quotes, compared, groups);
    } else {
    // Each touched group's cores, in path order. A core is 32 bytes: a wire
    // quotation's group, most of the corpus's quotations, is a few megabytes.
    RecentCoreIds signatures = recent_signatures();
    for (const quote::QuoteCore* q : quotes) {
      const std::optional<std::string>& group = group_of(signatures.of(*q));
      if (group && touched_.count(*group) > 0) by_group[*group].push_back(*q);
    }
    std::map<std::string, std::string> declaration_of;
    for (const store::KeyResult& r : results_) declaration_of[r.name] = r.declaration;
    for (const std::string& name : touched_) {
      if (!is_quote_group_name(name)) continue;
      auto group = by_group.find(name);
      if (group == by_group.end()) return std::nullopt;  // the store and the documents disagree
      // A group is compared alone: its members joined under the whole corpus's word
      // pairs join alone too, and nothing outside it can join it (same_quotations).
      std::vector<lang::QuoteDecl> declared;
      for (const lang::QuoteDecl& d : rules_.quotes) {
        if (d.name == declaration_of[name]) declared.push_back(d);
      }
      std::vector<quote::CoreQuoteFinding> found = quote::compare_quotes(group->second, options_.quotes, declared);
      if (found.size() != 1) return std::nullopt;
      groups.emplace_back(std::move(found.front()), name);
    }
    }
    std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first.declaration, a.first.words, a.first.speaker) <
             std::tie(b.first.declaration, b.first.words, b.first.speaker);
    });
    // Moved, never copied: a wire quotation's group holds most of the corpus's quotations.
    std::vector<quote::CoreQuoteFinding> judged;
    std::vector<std::string> declarations;
    for (auto& g : groups) {
      declarations.push_back(g.first.declaration);
      judged.push_back(std::move(g.first));
    }
    // Sorted by key, not by wording: each group's result is that of the finding made
    // from it (`from`), as in the full run.
    std::vector<std::size_t> from;
    // Each quotation's statement is read back from the book as its finding is made.
    // With the run's finding spill, each statement goes to it as it is made, as in the
    // full run: a wire quotation's finding is never held whole (issue 10).
    std::vector<compare::Finding> quoted = quote::to_findings(
        std::move(judged), [this](const quote::QuoteCore& q) { return book_.statement_of(q); },
        base_.finding_spill.get(), &from);
    book_.release();
    for (std::size_t k = 0; k < quoted.size(); ++k) {
      compare::apply_decisions(quoted[k], base_.decisions);
      const compare::Finding& f = quoted[k];
      const std::size_t i = from[k];
      quote_results_.emplace(groups[i].second, QuoteResult{declarations[i], f.verdict, f.id, f.key, f.scope});
    }
    std::move(quoted.begin(), quoted.end(), std::back_inserter(findings));
    std::stable_sort(findings.begin(), findings.end(),
                     [](const compare::Finding& a, const compare::Finding& b) { return a.fact < b.fact; });
  }
  return findings;
}

// Every core of book_ in path order, as a full run reads the quotations: the restored
// ones come first in it, in path order, then the loaded documents', in path order too
// (no document is both).
std::vector<const quote::QuoteCore*> IncrementalCheck::quotes_in_path_order() {
  const std::deque<quote::QuoteCore>& cores = book_.cores();
  std::vector<const quote::QuoteCore*> out;
  out.reserve(cores.size());
  auto restored = cores.begin();
  const auto restored_end = cores.begin() + static_cast<std::ptrdiff_t>(restored_quotes_);
  auto loaded = restored_end;
  while (restored != restored_end || loaded != cores.end()) {
    const bool take_loaded = restored == restored_end ||
                             (loaded != cores.end() && quote::document_of(*loaded) < quote::document_of(*restored));
    out.push_back(take_loaded ? &*loaded++ : &*restored++);
  }
  return out;
}

// The quotations of the groups a changed quotation can alter, and of new wordings,
// compared together with the whole corpus's shingle counts: the groups the full
// comparison would make of them (quotation_change.h). Each group keeps the name of the
// old group most of its quotations were in, so an unchanged document's row is
// rewritten only when its quotations moved to another group.
void IncrementalCheck::compare_changed_quotations(const std::vector<const quote::QuoteCore*>& quotes,
                                                  std::deque<quote::QuoteCore>& compared,
                                                  std::vector<std::pair<quote::CoreQuoteFinding, std::string>>& groups) {
  QuotationChange& change = *quotation_change_;
  const quote::CorpusShingles corpus = change.corpus(quotes);
  // Per document restored for its quotations alone, in path order: how many were
  // compared, how many of those stay in the group they were in (its row is then
  // unchanged) and the groups they are in now. A vector walked in order, not a map by
  // path: a wire quotation's group is most of the corpus, 154,000 lookups (issue 10).
  struct Kept {
    std::string path;
    std::size_t compared = 0;
    std::size_t stayed = 0;
    std::set<std::string> groups;
  };
  std::vector<Kept> quoted_kept;
  quoted_kept.reserve(quoted_rows_.size());
  // The quotations come in path order, a document's together (compare()). Those
  // compared are copied as cores (32 bytes each) into `compared`, in order.
  std::string last_document;
  std::ptrdiff_t last_kept = -1;
  auto row = quoted_rows_.begin();
  for (const quote::QuoteCore* c : quotes) {
    const quote::QuoteCore& q = *c;
    const std::string& document = quote::document_of(q);
    if (change.compared(q)) {
      if (compared.empty() || document != last_document) {
        if (document < last_document) row = quoted_rows_.begin();
        last_document = document;
        while (row != quoted_rows_.end() && (*row)->path < document) ++row;
        last_kept = -1;
        if (row != quoted_rows_.end() && (*row)->path == document) {
          if (quoted_kept.empty() || quoted_kept.back().path != document) quoted_kept.emplace_back().path = document;
          last_kept = static_cast<std::ptrdiff_t>(quoted_kept.size()) - 1;
        }
      }
      if (last_kept >= 0) ++quoted_kept[static_cast<std::size_t>(last_kept)].compared;
      compared.push_back(q);
    } else if (changed_.count(document) > 0) {
      // A changed document's quotation whose group nothing alters stays in it.
      std::string group = change.group_before(q);
      if (!group.empty()) names_[document].push_back(group);
    }
  }
  auto by_path = [](const Kept& a, const Kept& b) { return a.path < b.path; };
  if (!std::is_sorted(quoted_kept.begin(), quoted_kept.end(), by_path)) {  // never, by compare()'s order
    std::stable_sort(quoted_kept.begin(), quoted_kept.end(), by_path);
    std::vector<Kept> merged;
    for (Kept& k : quoted_kept) {
      if (!merged.empty() && merged.back().path == k.path) {
        merged.back().compared += k.compared;
      } else {
        merged.push_back(std::move(k));
      }
    }
    quoted_kept = std::move(merged);
  }
  // A document's entry, searched from `cursor` onward when it is not before it: a
  // variant's quotations are in path order (judge_group).
  auto kept_of = [&quoted_kept](const std::string& path, std::size_t& cursor) -> Kept* {
    auto from = cursor < quoted_kept.size() && !(path < quoted_kept[cursor].path)
                    ? quoted_kept.begin() + static_cast<std::ptrdiff_t>(cursor)
                    : quoted_kept.begin();
    auto it = std::lower_bound(from, quoted_kept.end(), path,
                               [](const Kept& k, const std::string& p) { return k.path < p; });
    cursor = static_cast<std::size_t>(it - quoted_kept.begin());
    return it != quoted_kept.end() && it->path == path ? &*it : nullptr;
  };
  std::vector<quote::CoreQuoteFinding> found = quote::compare_quotes(compared, options_.quotes, rules_.quotes, corpus);

  // Old names, each to the new group holding most of its quotations.
  // A variant of several words is one entry: its id is worked out once, not for each
  // of the wire quotation's copies.
  // As runs of quotations of one entry, in the variant's order: a wire quotation's
  // 154,000 copies are one id, not a string each (issue 10).
  RecentCoreIds ids_of_entries([](const quote::QuoteCore& q) { return quote_entry_id(q); },
                                RecentCoreIds::Of::Words);
  auto entry_ids = [&ids_of_entries](const quote::BasicQuoteVariant<quote::QuoteCore>& v) {
    std::vector<std::pair<std::string, std::size_t>> runs;
    if (v.words.size() > 1 && !v.quotes.empty()) {
      runs.emplace_back(ids_of_entries.of(*v.quotes.front()), v.quotes.size());
    } else {
      for (const quote::QuoteCore* q : v.quotes) {
        const std::string& id = ids_of_entries.of(*q);
        if (!runs.empty() && runs.back().first == id) {
          ++runs.back().second;
        } else {
          runs.emplace_back(id, 1);
        }
      }
    }
    return runs;
  };
  std::vector<std::tuple<std::size_t, std::size_t, std::string>> claims;  // quotations, finding, old name
  for (std::size_t i = 0; i < found.size(); ++i) {
    std::map<std::string, std::size_t> held;
    for (const auto& v : found[i].variants) {
      // A run of one entry (a variant of several words) is counted at once.
      for (const auto& [id, count] : entry_ids(v)) {
        std::string before = change.group_before_entry(id);
        if (!before.empty()) held[before] += count;
      }
    }
    for (const auto& [name, n] : held) claims.emplace_back(n, i, name);
  }
  std::sort(claims.begin(), claims.end(), [](const auto& a, const auto& b) {
    return std::get<0>(a) != std::get<0>(b) ? std::get<0>(a) > std::get<0>(b) : a < b;
  });
  std::vector<std::string> names(found.size());
  std::set<std::string> used;
  for (const auto& [n, i, name] : claims) {
    if (names[i].empty() && used.insert(name).second) names[i] = name;
  }
  const auto stamp = std::chrono::system_clock::now().time_since_epoch().count();
  std::unordered_map<std::string, std::string> entry_groups;
  // The groups of the other documents' quotations (changed or loaded ones): read by
  // path, never in order (the names of a row are sorted when saved).
  std::unordered_map<std::string, std::set<std::string>> document_groups;
  std::unordered_set<std::string> signatures_saved;  // a wire quotation's copies share one
  RecentCoreIds signatures = recent_signatures();
  for (std::size_t i = 0; i < found.size(); ++i) {
    // A new group: a name no group has had (old names are ordinals, or stamped so).
    if (names[i].empty()) names[i] = fmt::format("{}.{:x}.{}", quote_group_name(i), stamp, found.size());
    touched_.insert(names[i]);
    for (const auto& v : found[i].variants) {
      std::size_t cursor = 0;
      std::size_t k = 0;
      for (const auto& [id, count] : entry_ids(v)) {
        // A variant of several words is one entry (entry_ids): its work is done once.
        entry_groups[id] = names[i];
        const bool stays = change.group_before_entry(id) == names[i];  // the entry was in this group before
        for (const std::size_t end = k + count; k < end; ++k) {
          const quote::QuoteCore& q = *v.quotes[k];
          if (Kept* kept = kept_of(quote::document_of(q), cursor)) {
            kept->groups.insert(names[i]);
            if (stays) ++kept->stayed;
          } else {
            document_groups[quote::document_of(q)].insert(names[i]);
          }
          const std::string& signature = signatures.of(q);
          if (signatures_saved.insert(signature).second) store_.save_quote_signature(signature, names[i]);
        }
      }
    }
    groups.emplace_back(std::move(found[i]), names[i]);
  }
  change.save(entry_groups);

  for (auto& [path, groups_now] : document_groups) {
    if (changed_.count(path) > 0) names_[path].insert(names_[path].end(), groups_now.begin(), groups_now.end());
  }
  // The other documents compared: their rows as before, but for the groups compared.
  // Of those restored for their quotations alone, only the rows of documents whose
  // quotations moved to another group (or to none) are looked at: the others are as
  // they were, and a wire quotation's group is most of the corpus.
  std::vector<std::pair<const Compared*, const std::set<std::string>*>> rows;
  for (const Compared* row : unchanged_rows_) {
    auto moved = document_groups.find(row->path);
    rows.emplace_back(row, moved == document_groups.end() ? nullptr : &moved->second);
  }
  for (const Kept& kept : quoted_kept) {
    if (kept.compared == kept.stayed) continue;
    auto row = std::lower_bound(quoted_rows_.begin(), quoted_rows_.end(), kept.path,
                                [](const Compared* c, const std::string& p) { return c->path < p; });
    rows.emplace_back(*row, &kept.groups);  // each Kept is of a row (compare_changed_quotations)
  }
  for (const auto& [entry, moved] : rows) {
    const std::string& path = entry->path;
    const Compared& row = *entry;
    std::set<std::string> now;
    store::any_name(row.names, [&](std::string_view name) {
      if (change.groups().count(std::string(name)) == 0) now.emplace(name);
      return false;
    });
    if (moved) now.insert(moved->begin(), moved->end());
    std::vector<std::string> names_now(now.begin(), now.end()), names_before;
    store::any_name(row.names, [&](std::string_view name) {
      names_before.emplace_back(name);
      return false;
    });
    if (names_now == names_before) continue;
    store::ComparedDocument r;
    r.path = path;
    r.content_hash = row.content_hash;
    r.meta = row.meta;
    r.statements = row.statements;
    r.quotes = row.quotes;
    r.restore = row.restore;
    r.names = std::move(names_now);
    regrouped_.push_back(std::move(r));
  }
}

// The comparison state after this run: the changed documents' rows and the touched keys' results.
void IncrementalCheck::save(const std::vector<compare::Finding>& findings) {
  for (const std::string& path : deleted_) store_.forget_compared_document(path);
  store_.forget_document_states(deleted_);
  for (const std::string& path : changed_) {
    auto bundle = loaded_.find(path);
    if (bundle == loaded_.end()) {
      store_.forget_compared_document(path);  // unreadable now: not compared
      continue;
    }
    store::ComparedDocument row;
    row.path = path;
    row.content_hash = bundle->second.header.content_hash;
    row.meta = bundle->second.header.meta;
    row.statements = statements_read_[path];
    row.quotes = static_cast<std::int64_t>(bundle->second.quotes.size());
    row.restore = out_.documents_with_notes.count(path) > 0;
    row.names = names_[path];
    std::sort(row.names.begin(), row.names.end());
    row.names.erase(std::unique(row.names.begin(), row.names.end()), row.names.end());
    store_.save_compared_document(row);
  }
  for (const store::ComparedDocument& row : regrouped_) store_.save_compared_document(row);
  states_.confirm_verified();
  std::map<std::string, store::KeyResult> now;
  for (const compare::Finding& f : findings) {
    if (f.fact == quote::kQuoteFact) continue;
    store::KeyResult& r = now[fact_key_name(f.fact, f.key)];
    r.counts.count(f.verdict);
    add_decision_targets(r, f.id, f.key, f.scope);
  }
  for (const match::Statement& s : out_.dropped) add_decision_targets(now[fact_key_name(s.fact, s.key)], s);
  for (const auto& [name, result] : quote_results_) {
    store::KeyResult& r = now[name];
    r.counts.count(result.verdict);
    r.targets.clear();
    add_decision_targets(r, result.id, result.key, result.scope);
    r.declaration = result.declaration;
  }
  for (const std::string& name : touched_) {
    store::KeyResult r = now[name];
    r.name = name;
    store_.save_key_result(r);
  }
}

std::optional<IncrementalRun> IncrementalCheck::run() {
  if (!find_changes() || !old_quotations()) return std::nullopt;
  {
    CheckRun read;
    stages::extract(std::vector<std::string>(reread_.begin(), reread_.end()), rules_, read, &store_, true, options_,
                    &states_);
    take_bundles(read, loaded_, out_);
  }
  results_ = store_.key_results();
  if (!same_quotations() && !plan_quotation_change()) return std::nullopt;
  // The names each changed document holds now, for the store, before its statements
  // move (with changed quotations, its groups once compared).
  for (const std::string& path : changed_) {
    auto bundle = loaded_.find(path);
    if (bundle == loaded_.end()) continue;
    std::set<std::string> names;
    for (const match::Statement& s : bundle->second.statements) names.insert(fact_key_name(s.fact, s.key));
    if (options_.quotes.enabled && !quotation_change_) {
      for (const std::string& signature : quote_signatures(bundle->second.quotes, bundle->second.suppressions)) {
        if (std::optional<std::string> group = group_of(signature)) names.insert(*group);
      }
    }
    names_[path] = std::vector<std::string>(names.begin(), names.end());
  }
  find_touched();
  if (!restore_others()) return std::nullopt;

  // Every document of the run, sorted by path: those loaded, and the others as last
  // compared. Merged from the two sorted lists: a document is a large object, and a
  // corpus of 77,000 of them built in a map and moved into a growing vector was a
  // tenth of the run (issue 10).
  out_.documents.reserve(files_.size());
  if (quotation_change_) {
    for (const auto& [path, bundle] : loaded_) {
      const Compared* c = changed_.count(path) == 0 ? compared_at(path) : nullptr;
      if (c) unchanged_rows_.push_back(c);
    }
  }
  auto loaded = loaded_.begin();
  auto take_loaded_before = [&](const std::string* path) {
    for (; loaded != loaded_.end() && (!path || loaded->first < *path); ++loaded) {
      out_.documents.push_back(loaded->second.header);
    }
  };
  auto quoted_row = quoted_rows_.begin();  // in compared_'s order
  for (Compared& c : compared_) {
    // A row restored for its quotations is read again when they move groups.
    const bool read_again = quoted_row != quoted_rows_.end() && *quoted_row == &c;
    if (read_again) ++quoted_row;
    take_loaded_before(&c.path);
    if (c.file < 0 || changed_.count(c.path) > 0 || loaded_.count(c.path) > 0) continue;
    untouched_statements_ += static_cast<std::size_t>(c.statements);
    doc::DocumentHeader& d = out_.documents.emplace_back();
    if (read_again) {
      d.path = c.path;
      d.meta = c.meta;
      d.content_hash = c.content_hash;
    } else {  // its row is read for nothing more: its strings move
      d.path = std::move(c.path);
      d.meta = std::move(c.meta);
      d.content_hash = std::move(c.content_hash);
    }
  }
  take_loaded_before(nullptr);

  std::optional<std::vector<compare::Finding>> findings = compare();
  if (!findings) return std::nullopt;
  save(*findings);

  IncrementalRun result;
  result.counts.documents = out_.documents.size();
  result.counts.statements = out_.statement_count;
  for (const compare::Finding& f : *findings) result.counts.count(f.verdict);
  for (const store::KeyResult& r : results_) {
    if (touched_.count(r.name) > 0) continue;
    add(result.counts, r.counts);
    out_.untouched_findings += r.counts.findings;
  }
  out_.decisions = base_.decisions;
  for (const source::Diagnostic& d : base_.diagnostics.diagnostics()) out_.diagnostics.add(d);
  if (!compare::check_decision_use(out_.decisions, *findings, out_.dropped, rules_, out_.diagnostics)) {
    out_.status = RunStatus::ConfigErrors;
  }
  out_.findings = std::move(*findings);
  out_.finding_spill = base_.finding_spill;
  out_.incremental = true;
  out_.verified_documents = states_.verified();
  result.run = std::move(out_);
  return result;
}

}  // namespace

std::optional<IncrementalRun> check_incrementally(const CheckOptions& options, const std::vector<std::string>& files,
                                                  store::Store& store, const std::string& environment,
                                                  const CheckRun& base) {
  if (store.comparison_environment() != environment) return std::nullopt;
  return IncrementalCheck(options, files, store, base).run();
}

}  // namespace factlint::app
