// Store-internal: the state behind a Store, shared by the files that implement its
// table families (store.cc, extraction_cache.cc, finding_rows.cc, retention.cc).
#pragma once

#include <optional>
#include <string>

#include "store/database.h"
#include "store/store.h"

namespace factlint::store {

struct Store::Impl {
  explicit Impl(const std::string& path) : db(path) {}

  // Throws StoreError unless `run` is the run open on this store and its transaction is
  // still alive (if SQLite rolled it back, the run is closed).
  void require_open_run(RunId run);
  // Adds the rule set to `rule_sets` unless it is there already.
  void ensure_rule_set(const std::string& hash);

  Database db;
  int schema_version = 0;
  // Declared after db: an unfinished run rolls back before the connection closes.
  std::optional<Transaction> run_transaction;
  RunId open_run = 0;
};

}  // namespace factlint::store
