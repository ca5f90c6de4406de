// The findings family of tables: findings, finding_values (one per value group) and,
// for conflicting findings, finding_statements linking each group to the first
// statements behind it, stored as the run's own rows so they read back as they were.
#include <array>
#include <utility>

#include "store/store.h"
#include "store/store_impl.h"
#include "store/value_rows.h"

namespace factlint::store {

namespace {

// Storage spellings of verdicts: the JSON contract's, pinned here for stored data.
constexpr std::array<std::pair<compare::Verdict, std::string_view>, 3> kVerdicts{{
    {compare::Verdict::Consistent, "consistent"},
    {compare::Verdict::Conflicting, "conflicting"},
    {compare::Verdict::SingleSource, "single-source"},
}};

std::string_view verdict_spelling(compare::Verdict verdict) {
  for (const auto& [v, name] : kVerdicts) {
    if (v == verdict) return name;
  }
  return "single-source";
}

compare::Verdict verdict_from_spelling(const Database& db, const std::string& name) {
  for (const auto& [v, spelling] : kVerdicts) {
    if (spelling == name) return v;
  }
  throw StoreError("damaged database '" + db.path() + "': unknown verdict '" + name + "'");
}

// The group's value and its first `statements` statements (see record_findings).
void insert_value_group(Database& db, RunId run, std::int64_t finding_row, std::int64_t ordinal,
                        const compare::ValueGroup& group, std::size_t statements) {
  {
    auto insert = db.prepare(
        "INSERT INTO finding_values (finding, ordinal, suggested, " FACTLINT_STORE_VALUE_SELECT
        ") VALUES (:finding, :ordinal, :suggested, " FACTLINT_STORE_VALUE_PARAMS ")");
    insert->bind(":finding", finding_row)
        .bind(":ordinal", ordinal)
        .bind(":suggested", group.suggested);
    bind_value(*insert, group.value);
    insert->run();
  }
  if (statements == 0) return;
  const std::int64_t value_row = db.last_insert_id();
  std::int64_t position = 0;
  for (const match::Statement& statement : group.statements) {
    if (position == static_cast<std::int64_t>(statements)) break;
    const std::int64_t statement_row =
        insert_statement(db, StatementOwner{.run_id = run}, position, statement);
    auto link = db.prepare(
        "INSERT INTO finding_statements (finding_value, ordinal, statement) "
        "VALUES (:finding_value, :ordinal, :statement)");
    link->bind(":finding_value", value_row)
        .bind(":ordinal", position)
        .bind(":statement", statement_row);
    link->run();
    ++position;
  }
}

std::vector<compare::ValueGroup> read_value_groups(Database& db, std::int64_t finding_row) {
  auto values = db.prepare("SELECT id, suggested, " FACTLINT_STORE_VALUE_SELECT
                           " FROM finding_values WHERE finding = :finding ORDER BY ordinal");
  values->bind(":finding", finding_row);
  std::vector<compare::ValueGroup> groups;
  while (values->step()) {
    compare::ValueGroup& group = groups.emplace_back();
    group.suggested = values->column_int(1) != 0;
    group.value = read_value(*values, 2);
    auto statements =
        db.prepare("SELECT " FACTLINT_STORE_STATEMENT_SELECT
                   " FROM finding_statements AS l JOIN statements ON statements.id = l.statement "
                   "WHERE l.finding_value = :finding_value ORDER BY l.ordinal");
    statements->bind(":finding_value", values->column_int(0));
    while (statements->step()) group.statements.push_back(read_statement(*statements, 0));
  }
  return groups;
}

}  // namespace

void Store::record_findings(RunId run, const std::vector<compare::Finding>& findings) {
  Impl& impl = *impl_;
  impl.require_open_run(run);
  Database& db = impl.db;
  Transaction transaction(db);  // all of this call or none of it
  std::int64_t ordinal = 0;
  {
    auto next =
        db.prepare("SELECT coalesce(max(ordinal) + 1, 0) FROM findings WHERE run_id = :run");
    next->bind(":run", run);
    if (next->step()) ordinal = next->column_int(0);
  }
  for (const compare::Finding& finding : findings) {
    {
      auto insert = db.prepare(
          "INSERT INTO findings (run_id, ordinal, finding_id, fact, fact_key, scope, verdict, "
          "reason, severity, explanation) VALUES (:run, :ordinal, :finding_id, :fact, "
          ":fact_key, :scope, :verdict, :reason, :severity, :explanation)");
      insert->bind(":run", run)
          .bind(":ordinal", ordinal++)
          .bind(":finding_id", finding.id)
          .bind(":fact", finding.fact)
          .bind(":fact_key", finding.key)
          .bind(":scope", finding.scope)
          .bind(":verdict", verdict_spelling(finding.verdict))
          .bind(":reason", finding.reason)
          .bind(":severity", finding.severity)
          .bind(":explanation", finding.explanation);
      insert->run();
    }
    const std::int64_t finding_row = db.last_insert_id();
    std::int64_t position = 0;
    // The history keeps sentences of conflicts, which editors come back to. Those of
    // agreeing and single-source findings are the corpus itself, unchanged from run to
    // run, and so is the thousandth copy of a syndicated quotation; copying them all
    // cost a quarter of an incremental run (issue 10).
    const std::size_t statements = recorded_statements(finding);
    for (const compare::ValueGroup& group : finding.values) {
      insert_value_group(db, run, finding_row, position++, group, statements);
    }
  }
  transaction.commit();
}

std::vector<compare::Finding> Store::findings(RunId run) const {
  Database& db = impl_->db;
  auto query = db.prepare(
      "SELECT id, finding_id, fact, fact_key, scope, verdict, reason, severity, explanation "
      "FROM findings WHERE run_id = :run ORDER BY ordinal");
  query->bind(":run", run);
  std::vector<compare::Finding> findings;
  while (query->step()) {
    compare::Finding& finding = findings.emplace_back();
    finding.id = query->column_text(1);
    finding.fact = query->column_text(2);
    finding.key = query->column_text(3);
    finding.scope = query->column_text(4);
    finding.verdict = verdict_from_spelling(db, query->column_text(5));
    finding.reason = query->column_text(6);
    finding.severity = query->column_text(7);
    finding.explanation = query->column_text(8);
    finding.values = read_value_groups(db, query->column_int(0));
  }
  return findings;
}

}  // namespace factlint::store
