// The embedded SQLite store: the per-document extraction cache, and the history of
// runs with their documents and findings. Every command that runs the check writes
// it; the cache is what later runs read back.
//
// One Store owns one connection; it is movable (a moved-from Store may only be destroyed
// or assigned to), not copyable, and not thread-safe.
// Every failure throws StoreError, whose message names the database path and reads
// like "cannot open database '.factlint/factlint.db': file is not a database".
//
// A check run, in order:
//   Store store = Store::open(".factlint/factlint.db");
//   RunId run = store.begin_run(tool_version, rule_set_hash);
//   for each document d:
//     auto cached = store.cached_statements(d.content_hash, rule_set_hash, tool_version, d.path);
//     if (!cached) store.cache_statements(d.content_hash, rule_set_hash, tool_version,
//                                         matcher.run(d));
//   store.record_documents(run, documents);
//   store.record_findings(run, findings);
//   store.finish_run(run, counts);           // the one commit
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compare/finding.h"
#include "compare/summary.h"
#include "doc/document.h"
#include "match/statement.h"

namespace factlint::store {

// Anything the store cannot do: open, migrate, read or write. what() names the path.
class StoreError : public std::runtime_error {
 public:
  // Why it failed, as far as a caller can act on it: a store that cannot be written (a
  // read-only checkout or file system, a folder without write permission) can be done
  // without, being a cache and a history; anything else (a damaged file, a newer
  // schema) is for the user to see.
  enum class Cause { Other, CannotWrite };

  explicit StoreError(const std::string& what, Cause cause = Cause::Other)
      : std::runtime_error(what), cause_(cause) {}

  Cause cause() const { return cause_; }

 private:
  Cause cause_;
};

using RunId = std::int64_t;

// One row of run history.
struct RunSummary {
  RunId id = 0;
  std::string started_at;   // UTC, "2026-11-23T16:28:59Z"
  std::string finished_at;  // "" while the run is open
  std::string tool_version;
  std::string rule_set_hash;
  std::string status;  // "running" (only seen inside the run's own transaction) or "finished"
  compare::Summary counts;
};

// A document as a run saw it: metadata and content hash, never its text.
struct DocumentRecord {
  std::string path;
  std::string content_hash;
  doc::Metadata meta;
  friend bool operator==(const DocumentRecord& a, const DocumentRecord& b) {
    return a.path == b.path && a.content_hash == b.content_hash && a.meta.title == b.meta.title &&
           a.meta.publisher == b.meta.publisher && a.meta.date == b.meta.date &&
           a.meta.url == b.meta.url;
  }
};

// A document as the store last read it: the file's size, modification time, inode
// change time and inode, the environment its reading depended on (rule set, tool,
// settings, sources table), and the extraction cache key of its statements. See
// Store::document_states.
struct DocumentState {
  std::string path;
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string environment;
  std::string cache_key;
  std::int64_t ctime_ns = 0;  // 0 in a state saved before schema 9: never equal to a file's
  std::int64_t inode = 0;
};

// A document state as Store::scan_document_states passes it, valid during the call.
struct DocumentStateView {
  std::string_view path;
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::int64_t inode = 0;
  std::string_view environment;
};

// A document as the last recording run compared it (Store::compared_documents).
struct ComparedDocument {
  std::string path;
  std::string content_hash;
  doc::Metadata meta;
  std::int64_t statements = 0;  // statements read from it, before suppressions
  std::int64_t quotes = 0;      // quotations read from it, before suppressions
  bool restore = false;         // it has suppressions or diagnostics: always restored whole
  std::vector<std::string> names;  // the fact keys and quotation groups it holds, sorted
};

// A compared document as Store::scan_compared_documents passes it, valid during the
// call: the names as stored, one string (for_each_name reads them).
struct ComparedDocumentView {
  std::string_view path;
  std::string_view content_hash;
  std::string_view title;
  std::string_view publisher;
  std::string_view date;
  std::string_view url;
  std::int64_t statements = 0;
  std::int64_t quotes = 0;
  bool restore = false;
  std::string_view names;
};

// Calls `each` with every name of a ComparedDocumentView's `names`, in order, until it
// returns true; returns whether one did. Throws StoreError for damaged names.
bool any_name(std::string_view names, const std::function<bool(std::string_view)>& each);

// The findings of one name (a fact key, or a quotation group) in the last recording run.
struct KeyResult {
  std::string name;
  compare::Summary counts;   // documents and statements left at 0
  std::string targets;       // its findings' ids and keys, one a line (app::add_decision_targets)
  std::string declaration;   // a quotation group's `quote` declaration, or ""
};

// A distinct quotation of the last comparison, as the shingle index saw it
// (quote::entry_key; Store::scan_quote_entries).
struct QuoteEntry {
  std::string entry;                   // hash of its entry key
  std::vector<std::string> words;      // comparison words
  std::vector<std::string> spellings;  // their spelling keys
  bool speech = false;                 // a one-word quotation given to a known speaker
  std::int64_t copies = 0;             // quotations using it that took part
  std::string name;                    // its group, "" when that group is not reported
};

// What Store::prune removed.
struct PruneCounts {
  std::int64_t runs = 0;           // runs, with their documents, findings and statements
  std::int64_t cache_entries = 0;  // extraction cache entries, with their statements
  friend bool operator==(const PruneCounts&, const PruneCounts&) = default;
};

// How many statements of each value of a conflicting finding a run's history keeps.
inline constexpr std::size_t kStatementsPerValue = 20;

// How many statements of each of its values Store::record_findings keeps of `f`: the
// first kStatementsPerValue of a conflict's, none of another's (finding_rows.cc).
inline std::size_t recorded_statements(const compare::Finding& f) {
  return f.verdict == compare::Verdict::Conflicting ? kStatementsPerValue : 0;
}

class Store {
 public:
  // Opens the store at `path`, creating the file and its parent directories and
  // migrating the schema to the current version; ":memory:" opens a private in-memory
  // store. Throws StoreError when the path cannot be opened, is not an SQLite database,
  // is another program's database, or has a newer schema than this build knows.
  static Store open(const std::string& path);

  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  // The path the store was opened with.
  const std::string& path() const;
  // The schema version of the open database (always the newest this build knows).
  int schema_version() const;

  // --- extraction cache: keyed by (content hash, rule-set hash, tool version) ---

  // The statements cached for a document's content under this rule set and tool
  // version, in the order they were cached, or nullopt on a miss (an empty vector is a
  // hit: the document states nothing). When `document_path` is non-empty it replaces
  // Statement::document, since the same content may be read from another path. A hit
  // during a run marks the entry as used by that run (see prune). `content_hash` is an
  // opaque key: callers may fold in more of what extraction depends on (e.g. the date).
  std::optional<std::vector<match::Statement>> cached_statements(
      const std::string& content_hash, const std::string& rule_set_hash,
      const std::string& tool_version, std::string_view document_path = {}) const;

  // Caches a document's statements under the key, replacing any entry already there.
  // Values round-trip exactly; open ends (lo = -inf, hi = +inf) are stored as NULL.
  void cache_statements(const std::string& content_hash, const std::string& rule_set_hash,
                        const std::string& tool_version,
                        const std::vector<match::Statement>& statements);

  // --- document states: untouched documents are restored, not read (issue 10) ---

  // Every document state, by path (without their snapshots, which can be large).
  std::unordered_map<std::string, DocumentState> document_states() const;
  // One document's state, nullopt if none.
  std::optional<DocumentState> document_state(const std::string& path) const;
  // Every document state in path order, without a copy of each (a corpus of 77,000 is
  // a large allocation): what a run that needs only to compare them reads.
  void scan_document_states(const std::function<void(const DocumentStateView&)>& each) const;
  // The snapshot saved with `path`'s state (app/document_snapshot.h), nullopt if none.
  std::optional<std::string> document_snapshot(const std::string& path) const;
  // The snapshots saved with the states of `from` and every path after it, in path
  // order, each passed as read (valid during the call) until `each` returns false: one
  // walk of the table where a run needs most of the corpus's snapshots (a wire
  // quotation's group, issue 10), not a lookup each.
  void scan_document_snapshots(const std::string& from,
                               const std::function<bool(std::string_view path, std::string_view snapshot)>& each) const;
  // Saves `state` and its snapshot, replacing the path's previous state.
  void save_document_state(const DocumentState& state, const std::string& snapshot);
  // Sets the saved size of `state.path` to `state.size` where its times and inode are
  // `state`'s: a state saved unconfirmed whose file's bytes were found unchanged
  // (app/document_states.h).
  void confirm_document_state(const DocumentState& state);
  // Drops the saved states of these paths (files that are gone).
  void forget_document_states(const std::vector<std::string>& paths);

  // --- comparison state: what the last recording run compared, by key (issue 10) ---
  // A run after a few documents changed recompares only the keys they touch
  // (app/incremental_check.h). Written inside the run's transaction.

  // The environment the state was written under (rules, build, settings, decisions),
  // nullopt when there is no usable state.
  std::optional<std::string> comparison_environment() const;
  // Empties the state; with an environment, marks the state written under it.
  void reset_comparison(const std::optional<std::string>& environment);
  // Every compared document with the names it holds, sorted by path.
  std::vector<ComparedDocument> compared_documents() const;
  // The same, each passed as read, without a copy.
  void scan_compared_documents(const std::function<void(const ComparedDocumentView&)>& each) const;
  // Saves a compared document and the names it holds, replacing what the path had: one
  // row a document, so a full run over 77,000 documents writes 77,000 rows, not one per
  // name it holds (a document's names are read back with it; who holds a name is
  // worked out from compared_documents()).
  void save_compared_document(const ComparedDocument& document);
  // Drops a document (deleted) and the names it held.
  void forget_compared_document(const std::string& path);
  // The names a document held, sorted; empty for a document not compared.
  std::vector<std::string> names_of_document(const std::string& path) const;
  // Every name's findings.
  std::vector<KeyResult> key_results() const;
  // Replaces a name's findings; a result with no findings and no targets drops the row.
  void save_key_result(const KeyResult& result);
  // The quotation group a quotation signature belonged to, nullopt when none.
  std::optional<std::string> quote_group_of(const std::string& signature) const;
  // Saves the group of a signature, replacing the one it had.
  void save_quote_signature(const std::string& signature, const std::string& name);
  // Every quotation entry, in no particular order, each passed as read.
  void scan_quote_entries(const std::function<void(const QuoteEntry&)>& each) const;
  // Saves an entry, replacing the one it had; one with no copies is dropped.
  void save_quote_entry(const QuoteEntry& entry);

  // --- compiled databases: the prefilter's, kept between runs (match/raw_prefilter.h) ---

  // The bytes saved under `key`, nullopt when none.
  std::optional<std::string> compiled_database(const std::string& key) const;
  // Saves bytes under `key`, keeping only the newest few keys (a rule set edited back
  // and forth, two builds on one store).
  void save_compiled_database(const std::string& key, const std::string& bytes);

  // --- runs: each run's writes form one transaction ---

  // Starts a run and opens its transaction; cache writes until finish_run join it. A
  // run never finished (an exception, a killed process, the Store destroyed) leaves no
  // trace. Throws StoreError when another run is open on this Store.
  RunId begin_run(const std::string& tool_version, const std::string& rule_set_hash);

  // Records the documents the run read (metadata and content hash, not text), in order.
  // Throws StoreError when `run` is not the open run, as do the two functions below.
  void record_documents(RunId run, const std::vector<doc::DocumentHeader>& documents);

  // Records the run's findings with their value groups, in order; the statements behind
  // each group only for conflicting findings, at most kStatementsPerValue per group (the
  // others' are the corpus itself, and would copy it into every run).
  void record_findings(RunId run, const std::vector<compare::Finding>& findings);

  // Stores the run's counts, marks it finished and commits everything since begin_run.
  void finish_run(RunId run, const compare::Summary& counts);

  // --- history ---

  // Every finished run, oldest first (plus the open run, seen from inside it).
  std::vector<RunSummary> runs() const;
  // The documents a run recorded, in recorded order; empty for an unknown run.
  std::vector<DocumentRecord> documents(RunId run) const;
  // The findings a run recorded, in recorded order, each with its values and statements
  // exactly as recorded; empty for an unknown run.
  std::vector<compare::Finding> findings(RunId run) const;

  // Keeps the newest `keep_runs` finished runs and deletes older ones, then every cache
  // entry not last read or written by a kept run (entries cached outside a run included),
  // in one transaction. Throws StoreError while a run is open.
  PruneCounts prune(std::size_t keep_runs);

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace factlint::store
