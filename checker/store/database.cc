// The SQLite connection, prepared statements and transactions behind the store. Every
// sqlite3_* call of factlint lives in this file.
#include "store/database.h"

#include <sqlite3.h>

#include <limits>

#include "store/store.h"

namespace factlint::store {

namespace {

// Long enough to outwait another process's run on the same store in typical CI use.
constexpr int kBusyTimeoutMs = 10'000;

}  // namespace

// --- PreparedStatement ---

PreparedStatement::PreparedStatement(Database& db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                         SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK) {
    db.fail("cannot prepare a query on database");
  }
}

PreparedStatement::~PreparedStatement() { sqlite3_finalize(stmt_); }

int PreparedStatement::index_of(std::string_view name) const {
  // Parameter names are short literals in our own code; copy to get a terminator.
  const std::string key(name);
  const int index = sqlite3_bind_parameter_index(stmt_, key.c_str());
  if (index == 0) {
    throw StoreError("internal error: query has no parameter '" + key + "' in database '" +
                     db_.path() + "'");
  }
  return index;
}

void PreparedStatement::check_bind(int rc, std::string_view name) {
  if (rc != SQLITE_OK) db_.fail("cannot bind '" + std::string(name) + "' on database");
}

PreparedStatement& PreparedStatement::bind(std::string_view name, std::int64_t value) {
  check_bind(sqlite3_bind_int64(stmt_, index_of(name), value), name);
  return *this;
}

PreparedStatement& PreparedStatement::bind(std::string_view name, std::size_t value) {
  if (value > static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max())) {
    throw StoreError("value of '" + std::string(name) + "' too large for database '" + db_.path() +
                     "'");
  }
  return bind(name, static_cast<std::int64_t>(value));
}

PreparedStatement& PreparedStatement::bind(std::string_view name, double value) {
  check_bind(sqlite3_bind_double(stmt_, index_of(name), value), name);
  return *this;
}

PreparedStatement& PreparedStatement::bind(std::string_view name, std::string_view value) {
  // A default string_view has a null data(), which SQLite would bind as NULL, not ''.
  const char* data = value.data() != nullptr ? value.data() : "";
  check_bind(
      sqlite3_bind_text64(stmt_, index_of(name), data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
      name);
  return *this;
}

PreparedStatement& PreparedStatement::bind_blob(std::string_view name, std::string_view bytes) {
  const char* data = bytes.data() != nullptr ? bytes.data() : "";
  check_bind(sqlite3_bind_blob64(stmt_, index_of(name), data, bytes.size(), SQLITE_TRANSIENT), name);
  return *this;
}

PreparedStatement& PreparedStatement::bind_null(std::string_view name) {
  check_bind(sqlite3_bind_null(stmt_, index_of(name)), name);
  return *this;
}

PreparedStatement& PreparedStatement::bind(std::string_view name,
                                           const std::optional<double>& value) {
  return value ? bind(name, *value) : bind_null(name);
}

bool PreparedStatement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_.fail("cannot access database");
}

void PreparedStatement::run() {
  while (step()) {
  }
}

void PreparedStatement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t PreparedStatement::column_int(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double PreparedStatement::column_double(int column) const {
  return sqlite3_column_double(stmt_, column);
}

std::optional<double> PreparedStatement::column_optional_double(int column) const {
  if (column_is_null(column)) return std::nullopt;
  return column_double(column);
}

std::string PreparedStatement::column_text(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  // Text may hold NUL bytes: take the byte count, not strlen.
  const int size = sqlite3_column_bytes(stmt_, column);
  return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

std::string_view PreparedStatement::column_view(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string_view(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

bool PreparedStatement::column_is_null(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

const std::string& PreparedStatement::path() const { return db_.path(); }

// --- Database ---

namespace {

// SQLite says a store cannot be written with three codes: a read-only file or file
// system (READONLY), a file it may not create or open for writing (CANTOPEN), and
// an access the operating system refused (PERM).
StoreError::Cause cause_of(int extended_code) {
  switch (extended_code & 0xff) {
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM: return StoreError::Cause::CannotWrite;
    default: return StoreError::Cause::Other;
  }
}

}  // namespace

Database::Database(std::string path) : path_(std::move(path)) {
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    const StoreError::Cause cause = db_ ? cause_of(sqlite3_extended_errcode(db_)) : StoreError::Cause::Other;
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError("cannot open database '" + path_ + "': " + message, cause);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  try {
    // The first statement reads the file header: this is where a file that is not a
    // database is found out.
    exec("PRAGMA foreign_keys = ON");
    if (path_ != ":memory:") {
      exec("PRAGMA journal_mode = WAL");
      // In WAL mode NORMAL keeps the database consistent after a crash; only the last
      // commit may be lost on power failure.
      exec("PRAGMA synchronous = NORMAL");
    }
    // A run writes every document's cache entry and state in one transaction, into
    // indexes keyed by content hash (random order). SQLite's default 2 MB page cache
    // cannot hold them on a corpus of 77,000 documents, so it spilled pages to the WAL
    // and read them back over and over: a tenth of a full run's time was pwrite
    // (issue 10). 32 MB holds them; it is an upper bound, not an allocation.
    exec("PRAGMA cache_size = -32768");
  } catch (const StoreError&) {
    const std::string message = sqlite3_errmsg(db_);
    const StoreError::Cause cause = cause_of(sqlite3_extended_errcode(db_));
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError("cannot open database '" + path_ + "': " + message, cause);
  }
}

Database::~Database() {
  statements_.clear();
  sqlite3_close(db_);
}

void Database::exec(std::string_view sql) {
  const std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
    fail("cannot access database");
  }
}

CachedStatement Database::prepare(std::string_view sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    it = statements_.emplace(std::string(sql), std::make_unique<PreparedStatement>(*this, sql))
             .first;
  }
  return CachedStatement(*it->second);
}

std::int64_t Database::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

std::int64_t Database::changes() const { return sqlite3_changes64(db_); }

bool Database::autocommit() const { return sqlite3_get_autocommit(db_) != 0; }

void Database::fail(std::string_view what) const {
  throw StoreError(std::string(what) + " '" + path_ + "': " + sqlite3_errmsg(db_),
                   cause_of(sqlite3_extended_errcode(db_)));
}

// --- Transaction ---

Transaction::Transaction(Database& db) : db_(db), nested_(!db.autocommit()) {
  db_.exec(nested_ ? "SAVEPOINT factlint" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (done_) return;
  // Never throw from a destructor: if the rollback itself fails, SQLite has already
  // rolled back or will on close.
  const char* sql = nested_ ? "ROLLBACK TO factlint; RELEASE factlint" : "ROLLBACK";
  sqlite3_exec(db_.handle(), sql, nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec(nested_ ? "RELEASE factlint" : "COMMIT");
  done_ = true;
}

}  // namespace factlint::store
