// Store-internal: how a value::Value and a match::Statement map to table columns. Used
// by the extraction cache (statements of a cache entry) and by findings (value groups
// and the statements behind them).
#pragma once

#include <cstdint>

#include "match/statement.h"
#include "value/value.h"

namespace factlint::store {

class Database;
class PreparedStatement;

// The value columns in the order read_value expects, for SELECT lists.
#define FACTLINT_STORE_VALUE_SELECT                                                   \
  "value_type, lo, hi, lo_inclusive, hi_inclusive, approx, vague, unit, value_text, " \
  "original_unit, precision, grain, display"
// Their INSERT parameter names, in the same order.
#define FACTLINT_STORE_VALUE_PARAMS                                               \
  ":value_type, :lo, :hi, :lo_inclusive, :hi_inclusive, :approx, :vague, :unit, " \
  ":value_text, :original_unit, :precision, :grain, :display"
inline constexpr int kValueColumnCount = 13;

// Binds every value parameter; lo = -inf and hi = +inf bind as NULL (open ends).
void bind_value(PreparedStatement& query, const value::Value& value);
// Reads the kValueColumnCount value columns starting at `first`. Throws StoreError on a
// type or grain name this build does not know (a damaged store).
value::Value read_value(const PreparedStatement& row, int first);

// Who owns a stored statement: a cache entry or a run.
struct StatementOwner {
  std::int64_t extraction_id = 0;  // set for a cache entry
  std::int64_t run_id = 0;         // set for a run's findings
};

// Inserts one statement and returns its row id.
std::int64_t insert_statement(Database& db, const StatementOwner& owner, std::int64_t ordinal,
                              const match::Statement& statement);

// The statement columns in the order read_statement expects, for SELECT lists.
#define FACTLINT_STORE_STATEMENT_SELECT                                                 \
  "fact, fact_key, scope, roles, " FACTLINT_STORE_VALUE_SELECT                          \
  ", document, begin_offset, end_offset, value_begin, value_end, line, column_number, " \
  "text, sentence, pattern, priority, scope_source, table_header, table_year, role_sources"
// Reads a statement from FACTLINT_STORE_STATEMENT_SELECT columns starting at `first`.
match::Statement read_statement(const PreparedStatement& row, int first);

}  // namespace factlint::store
