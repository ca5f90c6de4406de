// Untouched documents (issue 10): a check with a store stats each file and, when its
// size, modification time and environment (rule set, tool build, value settings,
// sources table) are those saved when it was last read, restores it from the store
// (statements, quotations, suppressions, diagnostics, metadata) instead of reading
// it. The rule of thumb of make and git: a file whose size and mtime are unchanged is
// unchanged. A file modified in the two seconds before a run began is not saved, as
// git treats "racy" entries, so a write that keeps the same size within the
// file system's timestamp granularity is still seen (docs/contracts.md, "Untouched documents").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

#include "app/change_set.h"
#include "app/check_run.h"
#include "app/document_snapshot.h"
#include "store/store.h"

namespace factlint::app {

class DocumentStates {
 public:
  // `version` is the extraction version: statements cached by another build are not used.
  DocumentStates(store::Store& store, std::string rules_hash, std::string version, const CheckOptions& options);

  // The file's state now (cache_key left empty), or nullopt when it cannot be stat'ed.
  // Each file it stats is noted in locations().
  std::optional<store::DocumentState> now(const std::string& path) const;

  // Where each file now() stat'ed is, so matching --changed to documents stats none again.
  const FileLocations& locations() const { return locations_; }
  FileLocations take_locations() { return std::move(locations_); }

  // Whether `now` is what was saved (size, modification time, environment).
  bool untouched(const store::DocumentState& now) const;

  // The document as saved, with its statements, when `now` is what was saved; else
  // nullopt (changed, never seen, or its statements pruned from the cache).
  struct Restored {
    DocumentSnapshot snapshot;
    std::vector<match::Statement> statements;
  };
  std::optional<Restored> restore(const store::DocumentState& now) const;

  // Saves a document just read, unless its file changed too recently to trust its mtime.
  void save(store::DocumentState now, std::string cache_key, const DocumentSnapshot& snapshot);

  // Forgets the saved states of files that no longer exist, once the run has found
  // `files` (sorted): a deleted article's state would otherwise stay in the store
  // forever. Files saved but not checked this run (a run of one folder) are kept.
  void forget_deleted(const std::vector<std::string>& files);

 private:
  std::string environment(const std::string& path) const;

  store::Store& store_;
  std::string rules_hash_;
  std::string version_;
  const CheckOptions& options_;
  std::unordered_map<std::string, store::DocumentState> saved_;
  mutable std::unordered_map<std::string, std::string> sources_;
  mutable FileLocations locations_;  // folder -> its sources table's stamp, once a run
  std::int64_t started_ns_ = 0;
};

}  // namespace factlint::app
