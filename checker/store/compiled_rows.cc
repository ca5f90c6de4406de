// Compiled databases: the prefilter's Hyperscan databases, serialized, kept between runs.
#include "store/store.h"
#include "store/store_impl.h"

namespace factlint::store {

namespace {

// Enough for a rule set edited back and forth and a second build on the same store.
constexpr int kKept = 4;

}  // namespace

std::optional<std::string> Store::compiled_database(const std::string& key) const {
  auto query = impl_->db.prepare("SELECT bytes FROM compiled_databases WHERE key = :key");
  query->bind(":key", key);
  if (!query->step()) return std::nullopt;
  return query->column_text(0);
}

void Store::save_compiled_database(const std::string& key, const std::string& bytes) {
  Database& db = impl_->db;
  auto upsert = db.prepare(
      "INSERT OR REPLACE INTO compiled_databases (key, bytes, saved_at) "
      "VALUES (:key, :bytes, (SELECT coalesce(max(saved_at), 0) + 1 FROM compiled_databases))");
  upsert->bind(":key", key).bind_blob(":bytes", bytes);
  upsert->run();
  auto trim = db.prepare(
      "DELETE FROM compiled_databases WHERE saved_at <= "
      "(SELECT coalesce(max(saved_at), 0) FROM compiled_databases) - :kept");
  trim->bind(":kept", kKept);
  trim->run();
}

}  // namespace factlint::store
