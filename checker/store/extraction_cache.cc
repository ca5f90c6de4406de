// The extraction cache: a document's statements keyed by (content hash, rule-set hash,
// tool version), so unchanged documents skip matching on the next run.
#include <utility>

#include "store/store.h"
#include "store/store_impl.h"
#include "store/value_rows.h"

namespace factlint::store {

std::optional<std::vector<match::Statement>> Store::cached_statements(
    const std::string& content_hash, const std::string& rule_set_hash,
    const std::string& tool_version, std::string_view document_path) const {
  Database& db = impl_->db;
  std::int64_t extraction_id = 0;
  {
    auto find = db.prepare(
        "SELECT id FROM extractions WHERE content_hash = :content_hash "
        "AND rule_set_hash = :rule_set_hash AND tool_version = :tool_version");
    find->bind(":content_hash", content_hash)
        .bind(":rule_set_hash", rule_set_hash)
        .bind(":tool_version", tool_version);
    if (!find->step()) return std::nullopt;
    extraction_id = find->column_int(0);
  }
  if (impl_->open_run != 0) {
    // Inside the run's transaction, so it costs no commit of its own.
    auto touch = db.prepare("UPDATE extractions SET last_run = :run WHERE id = :id");
    touch->bind(":run", impl_->open_run).bind(":id", extraction_id);
    touch->run();
  }
  auto query = db.prepare("SELECT " FACTLINT_STORE_STATEMENT_SELECT
                          " FROM statements WHERE extraction_id = :extraction_id "
                          "ORDER BY ordinal");
  query->bind(":extraction_id", extraction_id);
  std::vector<match::Statement> statements;
  while (query->step()) {
    statements.push_back(read_statement(*query, 0));
    if (!document_path.empty()) statements.back().document = std::string(document_path);
  }
  return statements;
}

void Store::cache_statements(const std::string& content_hash, const std::string& rule_set_hash,
                             const std::string& tool_version,
                             const std::vector<match::Statement>& statements) {
  Database& db = impl_->db;
  // Joins the run's transaction when one is open, as a savepoint of its own.
  Transaction transaction(db);
  impl_->ensure_rule_set(rule_set_hash);
  {
    // Replacing drops the old entry's statements by ON DELETE CASCADE.
    auto remove = db.prepare(
        "DELETE FROM extractions WHERE content_hash = :content_hash "
        "AND rule_set_hash = :rule_set_hash AND tool_version = :tool_version");
    remove->bind(":content_hash", content_hash)
        .bind(":rule_set_hash", rule_set_hash)
        .bind(":tool_version", tool_version);
    remove->run();
  }
  {
    auto insert = db.prepare(
        "INSERT INTO extractions (content_hash, rule_set_hash, tool_version, created_at, "
        "last_run) VALUES (:content_hash, :rule_set_hash, :tool_version, " FACTLINT_STORE_NOW
        ", :last_run)");
    insert->bind(":content_hash", content_hash)
        .bind(":rule_set_hash", rule_set_hash)
        .bind(":tool_version", tool_version);
    if (impl_->open_run != 0) {
      insert->bind(":last_run", impl_->open_run);
    } else {
      insert->bind_null(":last_run");
    }
    insert->run();
  }
  const StatementOwner owner{.extraction_id = db.last_insert_id()};
  std::int64_t ordinal = 0;
  for (const match::Statement& statement : statements) {
    insert_statement(db, owner, ordinal++, statement);
  }
  transaction.commit();
}

}  // namespace factlint::store
