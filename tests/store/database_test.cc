// Tests for checker/store/database.cc: bound parameters and transactions.
#include "store/database.h"

#include <catch2/catch.hpp>

#include "store/store.h"

namespace factlint::store {
namespace {

using Catch::Matchers::Contains;

std::int64_t count_rows(Database& db) {
  auto query = db.prepare("SELECT count(*) FROM t");
  REQUIRE(query->step());
  return query->column_int(0);
}

void insert(Database& db, std::string_view text) {
  auto statement = db.prepare("INSERT INTO t (x) VALUES (:x)");
  statement->bind(":x", text);
  statement->run();
}

TEST_CASE("a transaction that is not committed leaves nothing", "[store]") {
  Database db(":memory:");
  db.exec("CREATE TABLE t (x TEXT)");
  SECTION("rolled back at the end of its scope") {
    {
      Transaction transaction(db);
      insert(db, "a");
      CHECK(count_rows(db) == 1);
    }
    CHECK(count_rows(db) == 0);
    CHECK(db.autocommit());
  }
  SECTION("rolled back when an exception leaves its scope") {
    try {
      Transaction transaction(db);
      insert(db, "a");
      throw std::runtime_error("stop");
    } catch (const std::runtime_error&) {
    }
    CHECK(count_rows(db) == 0);
  }
  SECTION("committed") {
    {
      Transaction transaction(db);
      insert(db, "a");
      transaction.commit();
    }
    CHECK(count_rows(db) == 1);
  }
  SECTION("a nested transaction rolls back only its own writes") {
    Transaction outer(db);
    insert(db, "a");
    {
      Transaction inner(db);
      insert(db, "b");
    }
    CHECK(count_rows(db) == 1);
    {
      Transaction inner(db);
      insert(db, "c");
      inner.commit();
    }
    outer.commit();
    CHECK(count_rows(db) == 2);
  }
}

TEST_CASE("a bound parameter is stored as data, never as SQL", "[store]") {
  Database db(":memory:");
  db.exec("CREATE TABLE t (x TEXT)");
  const std::string hostile = "x'); DROP TABLE t; --";
  insert(db, hostile);
  auto query = db.prepare("SELECT x FROM t");
  REQUIRE(query->step());
  CHECK(query->column_text(0) == hostile);
}

TEST_CASE("an empty string view is bound as an empty string, not NULL", "[store]") {
  Database db(":memory:");
  db.exec("CREATE TABLE t (x TEXT)");
  insert(db, std::string_view());
  auto query = db.prepare("SELECT x IS NULL, x = '' FROM t");
  REQUIRE(query->step());
  CHECK(query->column_int(0) == 0);
  CHECK(query->column_int(1) == 1);
}

TEST_CASE("binding a parameter the query does not have is an error", "[store]") {
  Database db(":memory:");
  db.exec("CREATE TABLE t (x TEXT)");
  auto statement = db.prepare("INSERT INTO t (x) VALUES (:x)");
  CHECK_THROWS_WITH(statement->bind(":y", "z"), Contains("no parameter ':y'"));
}

TEST_CASE("invalid SQL reports the database path and SQLite's message", "[store]") {
  Database db(":memory:");
  CHECK_THROWS_WITH(db.exec("SELEC 1"), Contains("':memory:'") && Contains("syntax error"));
  CHECK_THROWS_WITH(db.prepare("SELECT * FROM missing"),
                    Contains("':memory:'") && Contains("no such table: missing"));
}

}  // namespace
}  // namespace factlint::store
