// The decisions table: editors' decisions on findings (canonical value, acknowledged
// disagreement, wrong extraction); no command writes them yet.
#include <array>
#include <utility>

#include "store/store.h"
#include "store/store_impl.h"

namespace factlint::store {

namespace {

DecisionKind decision_kind_from_name(const Database& db, const std::string& name) {
  for (DecisionKind kind :
       {DecisionKind::Canonical, DecisionKind::Acknowledged, DecisionKind::WrongExtraction}) {
    if (decision_kind_name(kind) == name) return kind;
  }
  throw StoreError("damaged database '" + db.path() + "': unknown decision kind '" + name + "'");
}

}  // namespace

std::int64_t Store::record_decision(const Decision& decision) {
  Database& db = impl_->db;
  auto insert = db.prepare(
      "INSERT INTO decisions (finding_id, kind, canonical_value, note, author, created_at) "
      "VALUES (:finding_id, :kind, :canonical_value, :note, :author, "
      "CASE WHEN :created_at = '' THEN " FACTLINT_STORE_NOW " ELSE :created_at END)");
  insert->bind(":finding_id", decision.finding_id)
      .bind(":kind", decision_kind_name(decision.kind))
      .bind(":canonical_value", decision.canonical_value)
      .bind(":note", decision.note)
      .bind(":author", decision.author)
      .bind(":created_at", decision.created_at);
  insert->run();
  return db.last_insert_id();
}

std::vector<Decision> Store::decisions(std::string_view finding_id) const {
  Database& db = impl_->db;
  auto query = db.prepare(
      "SELECT id, finding_id, kind, canonical_value, note, author, created_at FROM decisions "
      "WHERE :finding_id = '' OR finding_id = :finding_id ORDER BY id");
  query->bind(":finding_id", finding_id);
  std::vector<Decision> decisions;
  while (query->step()) {
    Decision& decision = decisions.emplace_back();
    decision.id = query->column_int(0);
    decision.finding_id = query->column_text(1);
    decision.kind = decision_kind_from_name(db, query->column_text(2));
    decision.canonical_value = query->column_text(3);
    decision.note = query->column_text(4);
    decision.author = query->column_text(5);
    decision.created_at = query->column_text(6);
  }
  return decisions;
}

}  // namespace factlint::store
