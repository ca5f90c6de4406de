// Store-internal: the one SQLite connection, its prepared statements and
// transactions. Only checker/store/*.cc include this header; the public API is store.h.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

// UTC now as SQLite computes it, e.g. "2026-11-23T16:28:59Z", for use inside SQL text.
#define FACTLINT_STORE_NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

struct sqlite3;
struct sqlite3_stmt;

namespace factlint::store {

class Database;

// One prepared statement. Parameters are bound by name (":fact"), never spliced into
// the SQL text; binding a name the SQL does not contain throws StoreError.
class PreparedStatement {
 public:
  PreparedStatement(Database& db, std::string_view sql);
  ~PreparedStatement();
  PreparedStatement(const PreparedStatement&) = delete;
  PreparedStatement& operator=(const PreparedStatement&) = delete;

  PreparedStatement& bind(std::string_view name, std::int64_t value);
  PreparedStatement& bind(std::string_view name, int value) {
    return bind(name, std::int64_t{value});
  }
  PreparedStatement& bind(std::string_view name, std::size_t value);  // throws past INT64_MAX
  PreparedStatement& bind(std::string_view name, bool value) {
    return bind(name, std::int64_t{value});
  }
  PreparedStatement& bind(std::string_view name, double value);
  PreparedStatement& bind(std::string_view name, std::string_view value);
  PreparedStatement& bind(std::string_view name, const std::string& value) {
    return bind(name, std::string_view(value));
  }
  PreparedStatement& bind(std::string_view name, const char* value) {
    return bind(name, std::string_view(value));
  }
  PreparedStatement& bind_null(std::string_view name);
  // Binds bytes as a BLOB (read back with column_text).
  PreparedStatement& bind_blob(std::string_view name, std::string_view bytes);
  // Binds the value, or NULL when empty.
  PreparedStatement& bind(std::string_view name, const std::optional<double>& value);

  // Advances to the next row: true when a row is ready, false when done. Throws on error.
  bool step();
  // Steps to completion of a statement that returns no rows.
  void run();
  // Clears bindings and rewinds, ready for the next use.
  void reset();

  std::int64_t column_int(int column) const;
  double column_double(int column) const;
  std::optional<double> column_optional_double(int column) const;  // nullopt for NULL
  std::string column_text(int column) const;                       // "" for NULL
  // The same without a copy, valid until the next step() or reset().
  std::string_view column_view(int column) const;
  bool column_is_null(int column) const;

  // Path of the database the statement runs on, for error messages.
  const std::string& path() const;

 private:
  int index_of(std::string_view name) const;
  void check_bind(int rc, std::string_view name);

  Database& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// A statement from the connection's cache, rewound and unbound when the handle goes out
// of scope, so a throw half-way leaves nothing bound for the next user.
class CachedStatement {
 public:
  explicit CachedStatement(PreparedStatement& statement) : statement_(&statement) {}
  ~CachedStatement() { statement_->reset(); }
  CachedStatement(const CachedStatement&) = delete;
  CachedStatement& operator=(const CachedStatement&) = delete;
  PreparedStatement* operator->() { return statement_; }
  PreparedStatement& operator*() { return *statement_; }

 private:
  PreparedStatement* statement_;
};

// The connection: opened with foreign keys on, WAL journaling (files only) and a busy
// timeout. Not thread-safe; one thread uses a Database at a time.
class Database {
 public:
  // Opens or creates the file (":memory:" for a private in-memory database). Throws
  // StoreError naming the path when it cannot be opened or is not an SQLite database.
  explicit Database(std::string path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  const std::string& path() const { return path_; }

  // Runs SQL text without parameters (schema scripts, pragmas with constant arguments).
  void exec(std::string_view sql);
  // The prepared statement for `sql`, prepared on first use and kept for the connection's life.
  CachedStatement prepare(std::string_view sql);
  // Rowid of the last INSERT on this connection.
  std::int64_t last_insert_id() const;
  // Rows changed by the last INSERT, UPDATE or DELETE, not counting cascades.
  std::int64_t changes() const;
  // True outside any transaction.
  bool autocommit() const;

  // Throws StoreError "<what> in 'path': <sqlite message>" for a failed call.
  [[noreturn]] void fail(std::string_view what) const;
  sqlite3* handle() const { return db_; }

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
  // Declared after db_ so the statements are finalized before the connection closes.
  std::map<std::string, std::unique_ptr<PreparedStatement>, std::less<>> statements_;
};

// A transaction, or a savepoint inside one already open, that rolls back when it goes
// out of scope uncommitted. The outermost one takes the write lock at once (BEGIN
// IMMEDIATE) so two writers wait on busy_timeout instead of failing on upgrade.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  void commit();

 private:
  Database& db_;
  bool nested_ = false;
  bool done_ = false;
};

}  // namespace factlint::store
