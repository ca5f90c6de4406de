// Retention: deleting old runs and the cache entries no kept run uses, so a store
// that sees a run on every commit stays the size of its recent history.
#include "store/store.h"
#include "store/store_impl.h"

namespace factlint::store {

PruneCounts Store::prune(std::size_t keep_runs) {
  Impl& impl = *impl_;
  if (impl.open_run != 0) {
    throw StoreError("cannot prune database '" + impl.db.path() + "': run " +
                     std::to_string(impl.open_run) + " is still open");
  }
  Database& db = impl.db;
  PruneCounts counts;
  Transaction transaction(db);
  {
    // Findings, their values and statements, and run_documents go by ON DELETE CASCADE.
    auto runs = db.prepare(
        "DELETE FROM runs WHERE id NOT IN "
        "(SELECT id FROM runs WHERE status = 'finished' ORDER BY id DESC LIMIT :keep)");
    runs->bind(":keep", keep_runs);
    runs->run();
    counts.runs = db.changes();
  }
  {
    // Entries cached outside any run have no last_run and go too, unless a saved
    // document state (same content, rule set and build) still restores from them: a run
    // that recompares only what changed (issue 10) reads untouched documents' entries
    // without touching them.
    auto cache = db.prepare(
        "DELETE FROM extractions WHERE (last_run IS NULL OR last_run NOT IN (SELECT id FROM runs)) "
        "AND NOT EXISTS (SELECT 1 FROM document_states s WHERE s.cache_key = extractions.content_hash "
        "AND substr(s.environment, 1, length(extractions.rule_set_hash) + length(extractions.tool_version) + 2) "
        "= extractions.rule_set_hash || '|' || extractions.tool_version || '|')");
    cache->run();
    counts.cache_entries = db.changes();
  }
  db.prepare("DELETE FROM documents WHERE id NOT IN (SELECT document_id FROM run_documents)")
      ->run();
  db.prepare(
        "DELETE FROM rule_sets WHERE hash NOT IN (SELECT rule_set_hash FROM runs) "
        "AND hash NOT IN (SELECT rule_set_hash FROM extractions)")
      ->run();
  transaction.commit();
  return counts;
}

}  // namespace factlint::store
