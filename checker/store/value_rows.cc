// Columns of values and statements: the one place that knows how a Value's interval,
// flags and provenance, and a PreparedStatement's key, roles and span, are laid out in rows.
#include "store/value_rows.h"

#include <algorithm>
#include <array>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/database.h"
#include "store/store.h"
#include "value/value_type.h"

namespace factlint::store {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Storage spellings of grains, pinned here so a rename in C++ never changes stored data.
constexpr std::array<std::pair<value::Grain, std::string_view>, 4> kGrains{{
    {value::Grain::None, ""},
    {value::Grain::Year, "year"},
    {value::Grain::Month, "month"},
    {value::Grain::Day, "day"},
}};

std::string_view grain_spelling(value::Grain grain) {
  for (const auto& [g, name] : kGrains) {
    if (g == grain) return name;
  }
  return "";
}

[[noreturn]] void damaged(const PreparedStatement& row, std::string_view what) {
  throw StoreError("damaged database '" + row.path() + "': " + std::string(what));
}

value::Grain grain_from_spelling(const PreparedStatement& row, const std::string& name) {
  for (const auto& [g, spelling] : kGrains) {
    if (spelling == name) return g;
  }
  damaged(row, "unknown grain '" + name + "'");
}

// Roles as a JSON array of [role, entity] pairs: keeps order, and stays queryable with
// SQLite's json_each.
std::string roles_json(const Database& db,
                       const std::vector<std::pair<std::string, std::string>>& roles,
                       const std::vector<std::string>& texts) {
  nlohmann::json array = nlohmann::json::array();
  // A role without a text stays a pair, so a statement reads back exactly as it was.
  for (std::size_t i = 0; i < roles.size(); ++i) {
    if (i < texts.size()) {
      array.push_back({roles[i].first, roles[i].second, texts[i]});
    } else {
      array.push_back({roles[i].first, roles[i].second});
    }
  }
  try {
    return array.dump();
  } catch (const nlohmann::json::exception&) {
    throw StoreError("cannot write to database '" + db.path() +
                     "': a role or entity id is not valid UTF-8");
  }
}

// Rows written before role texts existed hold [role, entity] pairs; they read back
// with empty texts.
std::vector<std::pair<std::string, std::string>> roles_from_json(const PreparedStatement& row,
                                                                 const std::string& text,
                                                                 std::vector<std::string>& texts) {
  std::vector<std::pair<std::string, std::string>> roles;
  texts.clear();
  const nlohmann::json array = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!array.is_array()) damaged(row, "roles are not a JSON array");
  for (const nlohmann::json& pair : array) {
    if (!pair.is_array() || pair.size() < 2 || pair.size() > 3 || !pair[0].is_string() || !pair[1].is_string() ||
        (pair.size() == 3 && !pair[2].is_string())) {
      damaged(row, "a role is not a [role, entity, text] triple");
    }
    roles.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
    if (pair.size() == 3) texts.push_back(pair[2].get<std::string>());
  }
  return roles;
}

// '' when no role came from context (and in rows written before sources were kept).
std::string sources_json(const Database& db, const std::vector<std::string>& sources) {
  if (std::all_of(sources.begin(), sources.end(), [](const std::string& source) { return source.empty(); })) return "";
  try {
    return nlohmann::json(sources).dump();
  } catch (const nlohmann::json::exception&) {
    throw StoreError("cannot write to database '" + db.path() + "': a role source is not valid UTF-8");
  }
}

std::vector<std::string> sources_from_json(const PreparedStatement& row, const std::string& text) {
  if (text.empty()) return {};
  const nlohmann::json array = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!array.is_array()) damaged(row, "role sources are not a JSON array");
  std::vector<std::string> out;
  for (const nlohmann::json& source : array) {
    if (!source.is_string()) damaged(row, "a role source is not a string");
    out.push_back(source.get<std::string>());
  }
  return out;
}

}  // namespace

void bind_value(PreparedStatement& query, const value::Value& value) {
  // Open ends are NULL so `hi IS NULL` finds "over 40"; any other infinity (a degenerate
  // interval) is stored as the REAL it is, since SQLite keeps IEEE infinities.
  if (value.lo == -kInfinity) {
    query.bind_null(":lo");
  } else {
    query.bind(":lo", value.lo);
  }
  if (value.hi == kInfinity) {
    query.bind_null(":hi");
  } else {
    query.bind(":hi", value.hi);
  }
  query.bind(":value_type", value::type_name(value.type))
      .bind(":lo_inclusive", value.lo_inclusive)
      .bind(":hi_inclusive", value.hi_inclusive)
      .bind(":approx", value.approx)
      .bind(":vague", value.vague)
      .bind(":unit", value.unit)
      .bind(":value_text", value.text)
      .bind(":original_unit", value.original_unit)
      .bind(":precision", value.precision)
      .bind(":grain", grain_spelling(value.grain))
      .bind(":display", value.display);
}

value::Value read_value(const PreparedStatement& row, int first) {
  value::Value value;
  const std::string type = row.column_text(first);
  const auto parsed = value::type_from_name(type);
  if (!parsed) damaged(row, "unknown value type '" + type + "'");
  value.type = *parsed;
  value.lo = row.column_optional_double(first + 1).value_or(-kInfinity);
  value.hi = row.column_optional_double(first + 2).value_or(kInfinity);
  value.lo_inclusive = row.column_int(first + 3) != 0;
  value.hi_inclusive = row.column_int(first + 4) != 0;
  value.approx = row.column_int(first + 5) != 0;
  value.vague = row.column_int(first + 6) != 0;
  value.unit = row.column_text(first + 7);
  value.text = row.column_text(first + 8);
  value.original_unit = row.column_text(first + 9);
  value.precision = row.column_double(first + 10);
  value.grain = grain_from_spelling(row, row.column_text(first + 11));
  value.display = row.column_text(first + 12);
  return value;
}

std::int64_t insert_statement(Database& db, const StatementOwner& owner, std::int64_t ordinal,
                              const match::Statement& statement) {
  auto insert = db.prepare(
      "INSERT INTO statements (extraction_id, run_id, ordinal, " FACTLINT_STORE_STATEMENT_SELECT
      ") VALUES (:extraction_id, :run_id, :ordinal, :fact, :fact_key, :scope, "
      ":roles, " FACTLINT_STORE_VALUE_PARAMS
      ", :document, :begin_offset, :end_offset, :value_begin, :value_end, :line, "
      ":column_number, :text, :sentence, :pattern, :priority, :scope_source, :table_header, :table_year, :role_sources)");
  if (owner.extraction_id != 0) {
    insert->bind(":extraction_id", owner.extraction_id).bind_null(":run_id");
  } else {
    insert->bind_null(":extraction_id").bind(":run_id", owner.run_id);
  }
  insert->bind(":ordinal", ordinal)
      .bind(":fact", statement.fact)
      .bind(":fact_key", statement.key)
      .bind(":scope", statement.scope)
      .bind(":roles", roles_json(db, statement.roles, statement.role_texts))
      .bind(":document", statement.document)
      .bind(":begin_offset", statement.begin)
      .bind(":end_offset", statement.end)
      .bind(":value_begin", statement.value_begin)
      .bind(":value_end", statement.value_end)
      .bind(":line", statement.location.line)
      .bind(":column_number", statement.location.column)
      .bind(":text", statement.text)
      .bind(":sentence", statement.sentence)
      .bind(":pattern", statement.pattern)
      .bind(":priority", statement.priority)
      .bind(":scope_source", statement.scope_source)
      .bind(":table_header", statement.table_header)
      .bind(":table_year", statement.table_year)
      .bind(":role_sources", sources_json(db, statement.role_sources));
  bind_value(*insert, statement.value);
  insert->run();
  return db.last_insert_id();
}

match::Statement read_statement(const PreparedStatement& row, int first) {
  match::Statement statement;
  statement.fact = row.column_text(first);
  statement.key = row.column_text(first + 1);
  statement.scope = row.column_text(first + 2);
  statement.roles = roles_from_json(row, row.column_text(first + 3), statement.role_texts);
  statement.value = read_value(row, first + 4);
  int column = first + 4 + kValueColumnCount;
  statement.document = row.column_text(column++);
  statement.begin = static_cast<std::size_t>(row.column_int(column++));
  statement.end = static_cast<std::size_t>(row.column_int(column++));
  statement.value_begin = static_cast<std::size_t>(row.column_int(column++));
  statement.value_end = static_cast<std::size_t>(row.column_int(column++));
  statement.location.line = static_cast<int>(row.column_int(column++));
  statement.location.column = static_cast<int>(row.column_int(column++));
  statement.text = row.column_text(column++);
  statement.sentence = row.column_text(column++);
  statement.pattern = static_cast<int>(row.column_int(column++));
  statement.priority = static_cast<int>(row.column_int(column++));
  statement.scope_source = row.column_text(column++);
  statement.table_header = row.column_text(column++);
  statement.table_year = row.column_text(column++);
  statement.role_sources = sources_from_json(row, row.column_text(column++));
  return statement;
}

}  // namespace factlint::store
