// Untouched documents (issue 10): a check with a store takes each file's stat (the one
// the walk over the corpus took, doc/file_stat.h) and, when its size, modification
// time, inode change time, inode and environment (rule set, tool build, value settings,
// sources table) are those saved when it was last read, restores it from the store
// (statements, quotations, suppressions, diagnostics, metadata) instead of reading it.
// The rule of git: a file whose stat is unchanged is unchanged; the inode change time
// is one no program can set back, so a rewrite that keeps size and modification time
// (`touch -d`) is still seen. A file modified less than two seconds before the run
// began reading it is saved unconfirmed, as git "smudges" its "racy" entries: a write
// after the read but within the file system's timestamp granularity could leave its
// stat as it was, so the next run reads its bytes and restores it only when they hash
// to the content saved, and a run that records then confirms the state
// (docs/contracts.md, "Untouched documents"). Not saving such a file at all, and
// counting the two seconds back from the run's start, left a corpus written just
// before its first check with thousands of files unsaved, and the next `--changed` run
// without their quotations as compared: it took the full comparison (issue 10).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/change_set.h"
#include "app/check_run.h"
#include "app/document_snapshot.h"
#include "store/store.h"

namespace factlint::app {

class DocumentStates {
 public:
  // `version` is the extraction version: statements cached by another build are not
  // used. `known`: the stats the walk took (a file in it is not stat'ed again).
  // `preload`: every saved state is read at once, for a run that restores most files;
  // else each is read when asked for (an incremental run, which asks for few).
  DocumentStates(store::Store& store, std::string rules_hash, std::string version, const CheckOptions& options,
                 const FileLocations* known = nullptr, bool preload = true);

  // The file's state now (cache_key left empty), or nullopt when it cannot be stat'ed
  // or is no regular file.
  std::optional<store::DocumentState> now(const std::string& path) const;

  // Whether `now` is what was saved (stat and environment; an unconfirmed state, its
  // bytes too).
  bool untouched(const store::DocumentState& now) const;

  // Which of `files` (sorted) are untouched, by their index: every saved state read in
  // one pass, without building a state for each (a corpus of 77,000).
  std::vector<bool> untouched_files(const std::vector<std::string>& files) const;

  // The document as saved, with its statements, when `now` is what was saved; else
  // nullopt (changed, never seen, or its statements pruned from the cache).
  struct Restored {
    DocumentSnapshot snapshot;
    std::vector<match::Statement> statements;
  };
  std::optional<Restored> restore(const store::DocumentState& now) const;

  // Saves a document just read, whose reading began at `read_ns` (clock_ns() taken
  // before it); unconfirmed when its file was modified less than two seconds before
  // that, too recently to trust its mtime.
  void save(store::DocumentState now, std::string cache_key, const DocumentSnapshot& snapshot, std::int64_t read_ns);
  // The time now, as file times count it (ns since the epoch).
  static std::int64_t clock_ns();

  // Unconfirmed states whose files' bytes this run found unchanged (each read once).
  std::size_t verified() const { return verified_.size(); }
  // Confirms those of them last modified before the two seconds ahead of this run: the
  // next run trusts their stat again. For a run that records.
  void confirm_verified();

  // Forgets the saved states of files that no longer exist, once the run has found
  // `files` (sorted): a deleted article's state would otherwise stay in the store
  // forever. Files saved but not checked this run (a run of one folder) are kept.
  void forget_deleted(const std::vector<std::string>& files);

 private:
  const std::string& environment(const std::string& path) const;
  std::optional<store::DocumentState> saved(const std::string& path) const;
  // Whether `was` is an unconfirmed state of the file `now` describes (the same times,
  // inode and environment) whose bytes hash to the content it was saved with.
  bool verify(const store::DocumentState& was, const store::DocumentState& now) const;

  store::Store& store_;
  std::string rules_hash_;
  std::string version_;
  const CheckOptions& options_;
  const FileLocations* known_;
  bool preloaded_;
  std::unordered_map<std::string, store::DocumentState> saved_;  // when preloaded
  mutable std::unordered_map<std::string, std::string> sources_;  // folder -> its sources table's stamp, once a run
  mutable std::string last_folder_;       // the folder of the last environment() asked for,
  mutable std::string last_environment_;  // and that environment (without overrides, a folder's files share it)
  std::int64_t started_ns_ = 0;
  mutable std::map<std::string, store::DocumentState> verified_;  // by path: the file's state now
};

// The size an unconfirmed state is saved with: no file has it, so its stat is never
// taken for the file's (DocumentStates::save).
inline constexpr std::int64_t kUnconfirmedSize = -1;

// Whether a saved state is the file's state now: the same stat and environment.
bool same_state(const store::DocumentState& was, const store::DocumentState& now);

}  // namespace factlint::app
