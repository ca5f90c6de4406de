// Tests for checker/store/store.cc and schema.cc: opening, migrating, refusing files
// that are not ours, and the run lifecycle.
#include "store/store.h"

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>

#include "samples.h"
#include "store/database.h"
#include "store/schema.h"

namespace factlint::store {
namespace {

using Catch::Matchers::Contains;
using testing::TempDir;

std::int64_t query_int(Database& db, const char* sql) {
  auto query = db.prepare(sql);
  REQUIRE(query->step());
  return query->column_int(0);
}

TEST_CASE("a new store is migrated from empty to the latest schema", "[store]") {
  SECTION("in memory") {
    Store store = Store::open(":memory:");
    CHECK(store.schema_version() == latest_schema_version());
    CHECK(store.runs().empty());
  }
  SECTION("on disk, with its tables, version row and WAL journal") {
    TempDir dir;
    const std::string path = dir.file("factlint.db");
    { Store store = Store::open(path); }
    Database db(path);
    CHECK(query_int(db, "PRAGMA user_version") == latest_schema_version());
    CHECK(query_int(db, "SELECT max(version) FROM schema_version") == latest_schema_version());
    for (const char* table :
         {"documents", "rule_sets", "runs", "run_documents", "extractions", "statements",
          "findings", "finding_values", "finding_statements"}) {
      CAPTURE(table);
      auto query =
          db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = :name");
      query->bind(":name", table);
      REQUIRE(query->step());
      CHECK(query->column_int(0) == 1);
    }
    // Decisions live in the committed decisions file only (migration 3).
    CHECK(query_int(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'decisions'") == 0);
    auto mode = db.prepare("PRAGMA journal_mode");
    REQUIRE(mode->step());
    CHECK(mode->column_text(0) == "wal");
    CHECK(query_int(db, "PRAGMA foreign_keys") == 1);
  }
}

TEST_CASE("a version 1 store is migrated to the latest schema, keeping its data", "[store]") {
  TempDir dir;
  const std::string path = dir.file("factlint.db");
  {
    Store store = Store::open(path);
    store.cache_statements("hash-a", "rules-1", "0.1.0", {testing::border_statement()});
    const RunId run = store.begin_run("0.1.0", "rules-1");
    store.finish_run(run, compare::Summary{1, 0, 0, 0, 0, 0});
  }
  {
    // Undo migrations 2, 4, 5, 6, 7, 8, 10 and 11 by hand: the layout a store made by schema version 1 has.
    Database db(path);
    db.exec(
        "DROP TABLE comparison_state; DROP TABLE compared_documents; "
        "DROP TABLE key_results; DROP TABLE quote_signatures; "
        "DROP TABLE quote_entries; DROP TABLE compiled_databases; "
        "DROP INDEX extractions_by_last_run; ALTER TABLE extractions DROP COLUMN last_run; "
        "ALTER TABLE statements DROP COLUMN scope_source; DROP TABLE document_states; "
        "ALTER TABLE statements DROP COLUMN table_header; ALTER TABLE statements DROP COLUMN table_year; "
        "ALTER TABLE statements DROP COLUMN role_sources; "
        "DELETE FROM schema_version WHERE version > 1; PRAGMA user_version = 1");
  }
  Store store = Store::open(path);
  CHECK(store.schema_version() == latest_schema_version());
  CHECK(latest_schema_version() >= 2);
  REQUIRE(store.runs().size() == 1);
  CHECK(store.runs()[0].counts.documents == 1);
  const auto cached = store.cached_statements("hash-a", "rules-1", "0.1.0");
  REQUIRE(cached);
  REQUIRE(cached->size() == 1);
  // A statement cached before scope sources, table parts and role sources were kept reads back without them.
  match::Statement before_scope_sources = testing::border_statement();
  before_scope_sources.role_sources.clear();
  before_scope_sources.scope_source.clear();
  before_scope_sources.table_header.clear();
  before_scope_sources.table_year.clear();
  testing::check_same((*cached)[0], before_scope_sources);
  Database db(path);
  CHECK(query_int(db, "SELECT count(*) FROM schema_version") == latest_schema_version());
}

TEST_CASE("opening a store creates its missing parent directories", "[store]") {
  TempDir dir;
  const std::string path = dir.file(".factlint/nested/factlint.db");
  Store store = Store::open(path);
  CHECK(store.path() == path);
  CHECK(std::filesystem::exists(path));
}

TEST_CASE("a short file that is not a store is refused and left as it was", "[store]") {
  TempDir dir;
  const std::string path = dir.file("notes.txt");
  std::ofstream(path) << "x";
  CHECK_THROWS_WITH(Store::open(path), Contains("file is not a database"));
  std::ifstream kept(path);
  CHECK(std::string((std::istreambuf_iterator<char>(kept)), std::istreambuf_iterator<char>()) == "x");
  const std::string empty = dir.file("empty.db");
  std::ofstream{empty};
  CHECK_NOTHROW(Store::open(empty));  // an empty file is a new store, as SQLite makes it
}

TEST_CASE("a folder made for the store tells git to ignore it; an existing folder is left alone", "[store]") {
  TempDir dir;
  { Store store = Store::open(dir.file(".factlint/factlint.db")); }
  std::ifstream made(dir.file(".factlint/.gitignore"));
  std::string text((std::istreambuf_iterator<char>(made)), std::istreambuf_iterator<char>());
  CHECK(text.ends_with("\n*\n"));
  { Store store = Store::open(dir.file("factlint.db")); }  // its folder existed already
  CHECK_FALSE(std::filesystem::exists(dir.file(".gitignore")));
}

TEST_CASE("reopening a store keeps its runs, documents, findings and cache", "[store]") {
  TempDir dir;
  const std::string path = dir.file("factlint.db");
  RunId run = 0;
  {
    Store store = Store::open(path);
    run = store.begin_run("0.1.0", "rules-1");
    store.cache_statements("hash-a", "rules-1", "0.1.0", {testing::border_statement()});
    store.record_documents(run, {testing::sample_document("corpus/a.md", "hash-a")});
    store.record_findings(run, {testing::border_conflict()});
    store.finish_run(run, compare::Summary{1, 1, 1, 0, 1, 0});
  }
  Store store = Store::open(path);
  REQUIRE(store.runs().size() == 1);
  CHECK(store.runs()[0].id == run);
  CHECK(store.runs()[0].counts == compare::Summary{1, 1, 1, 0, 1, 0});
  CHECK(store.documents(run) ==
        std::vector<DocumentRecord>{
            {"corpus/a.md", "hash-a", testing::sample_document("", "").meta}});
  REQUIRE(store.findings(run).size() == 1);
  testing::check_same(store.findings(run)[0], testing::border_conflict());
  const auto cached = store.cached_statements("hash-a", "rules-1", "0.1.0");
  REQUIRE(cached);
  REQUIRE(cached->size() == 1);
  testing::check_same((*cached)[0], testing::border_statement());
}

TEST_CASE("a finished run is listed with its versions, times and counts", "[store]") {
  Store store = Store::open(":memory:");
  const RunId first = store.begin_run("0.1.0", "rules-1");
  store.finish_run(first, compare::Summary{5, 20, 9, 4, 3, 2});
  const RunId second = store.begin_run("0.2.0", "rules-2");
  store.finish_run(second, compare::Summary{});
  const std::vector<RunSummary> runs = store.runs();
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].id == first);
  CHECK(runs[1].id == second);
  CHECK(first < second);
  CHECK(runs[0].tool_version == "0.1.0");
  CHECK(runs[0].rule_set_hash == "rules-1");
  CHECK(runs[0].status == "finished");
  CHECK(runs[0].counts == compare::Summary{5, 20, 9, 4, 3, 2});
  CHECK(runs[1].rule_set_hash == "rules-2");
  // UTC ISO 8601 with a Z, e.g. 2026-11-23T16:28:59Z.
  CHECK(runs[0].started_at.size() == 20);
  CHECK(runs[0].started_at.back() == 'Z');
  CHECK(runs[0].finished_at >= runs[0].started_at);
}

TEST_CASE("a run that is never finished leaves nothing behind", "[store]") {
  TempDir dir;
  const std::string path = dir.file("factlint.db");
  {
    Store store = Store::open(path);
    const RunId run = store.begin_run("0.1.0", "rules-1");
    store.cache_statements("hash-a", "rules-1", "0.1.0", {testing::border_statement()});
    store.record_documents(run, {testing::sample_document("corpus/a.md", "hash-a")});
    store.record_findings(run, {testing::border_conflict()});
    // Inside its own transaction the run is visible, still running.
    REQUIRE(store.runs().size() == 1);
    CHECK(store.runs()[0].status == "running");
    CHECK(store.runs()[0].finished_at.empty());
  }  // destroyed without finish_run, as when the process is killed
  Store store = Store::open(path);
  CHECK(store.runs().empty());
  CHECK_FALSE(store.cached_statements("hash-a", "rules-1", "0.1.0"));
  Database db(path);
  CHECK(query_int(db, "SELECT count(*) FROM statements") == 0);
  CHECK(query_int(db, "SELECT count(*) FROM documents") == 0);
  auto integrity = db.prepare("PRAGMA integrity_check");
  REQUIRE(integrity->step());
  CHECK(integrity->column_text(0) == "ok");
}

TEST_CASE("a process killed during a run leaves a valid store without that run", "[store]") {
  TempDir dir;
  const std::string path = dir.file("factlint.db");
  {
    Store store = Store::open(path);
    const RunId run = store.begin_run("0.1.0", "rules-1");
    store.record_findings(run, {testing::meetings_consistent()});
    store.finish_run(run, compare::Summary{1, 1, 1, 1, 0, 0});
  }
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // No destructors, no rollback: the process dies with its transaction open.
    Store store = Store::open(path);
    const RunId run = store.begin_run("0.1.0", "rules-1");
    std::vector<compare::Finding> many(300, testing::border_conflict());
    store.record_findings(run, many);
    store.cache_statements("hash-a", "rules-1", "0.1.0", {testing::border_statement()});
    std::raise(SIGKILL);
    _exit(0);
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  REQUIRE(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);

  Store store = Store::open(path);
  REQUIRE(store.runs().size() == 1);
  CHECK(store.runs()[0].counts == compare::Summary{1, 1, 1, 1, 0, 0});
  CHECK(store.findings(store.runs()[0].id).size() == 1);
  CHECK_FALSE(store.cached_statements("hash-a", "rules-1", "0.1.0"));
  // The store takes new runs as before.
  const RunId next = store.begin_run("0.1.0", "rules-1");
  store.finish_run(next, {});
  CHECK(store.runs().size() == 2);
  Database db(path);
  auto integrity = db.prepare("PRAGMA integrity_check");
  REQUIRE(integrity->step());
  CHECK(integrity->column_text(0) == "ok");
}

TEST_CASE("a run whose transaction SQLite rolled back cannot be written on", "[store]") {
  TempDir dir;
  const std::string path = dir.file("factlint.db");
  { Store store = Store::open(path); }
  {
    // Stands in for disk full or an I/O error, after which SQLite itself rolls back.
    Database db(path);
    db.exec(
        "CREATE TRIGGER fail_run BEFORE INSERT ON findings WHEN NEW.fact = 'boom' "
        "BEGIN SELECT RAISE(ROLLBACK, 'simulated failure'); END");
  }
  Store store = Store::open(path);
  const RunId run = store.begin_run("0.1.0", "rules-1");
  store.record_documents(run, {testing::sample_document("corpus/a.md", "hash-a")});
  compare::Finding boom = testing::meetings_consistent();
  boom.fact = "boom";
  CHECK_THROWS_WITH(store.record_findings(run, {boom}), Contains("simulated failure"));
  CHECK_THROWS_WITH(store.record_documents(run, {}), Contains("rolled back"));
  CHECK_THROWS_WITH(store.finish_run(run, {}), Contains("not the open run"));
  CHECK(store.runs().empty());
  CHECK(store.documents(run).empty());

  const RunId next = store.begin_run("0.1.0", "rules-1");
  store.finish_run(next, {});
  CHECK(store.runs().size() == 1);
}

TEST_CASE("writes before a run are kept when a later run is abandoned", "[store]") {
  TempDir dir;
  const std::string path = dir.file("factlint.db");
  {
    Store store = Store::open(path);
    store.cache_statements("hash-a", "rules-1", "0.1.0", {});
    const RunId run = store.begin_run("0.1.0", "rules-1");
    store.finish_run(run, compare::Summary{});
    store.begin_run("0.1.0", "rules-1");
  }
  Store store = Store::open(path);
  CHECK(store.runs().size() == 1);
  CHECK(store.cached_statements("hash-a", "rules-1", "0.1.0"));
}

TEST_CASE("another connection opens and reads the last committed state during a run", "[store]") {
  TempDir dir;
  const std::string path = dir.file("factlint.db");
  Store writer = Store::open(path);
  const RunId first = writer.begin_run("0.1.0", "rules-1");
  writer.finish_run(first, compare::Summary{1, 0, 0, 0, 0, 0});
  const RunId second = writer.begin_run("0.1.0", "rules-1");
  writer.cache_statements("hash-a", "rules-1", "0.1.0", {testing::border_statement()});
  writer.record_findings(second, {testing::border_conflict()});

  // WAL lets a reader in while the writer holds its transaction, without waiting.
  Store reader = Store::open(path);
  REQUIRE(reader.runs().size() == 1);
  CHECK(reader.runs()[0].id == first);
  CHECK(reader.findings(second).empty());
  CHECK_FALSE(reader.cached_statements("hash-a", "rules-1", "0.1.0"));

  writer.finish_run(second, {});
  CHECK(reader.runs().size() == 2);
  CHECK(reader.findings(second).size() == 1);
}

TEST_CASE("only the open run can be written to", "[store]") {
  Store store = Store::open(":memory:");
  SECTION("no run is open") {
    CHECK_THROWS_AS(store.record_findings(1, {}), StoreError);
    CHECK_THROWS_WITH(store.finish_run(1, {}), Contains("not the open run"));
  }
  SECTION("another run is open") {
    const RunId run = store.begin_run("0.1.0", "rules-1");
    CHECK_THROWS_WITH(store.begin_run("0.1.0", "rules-1"), Contains("is still open"));
    CHECK_THROWS_AS(store.record_documents(run + 1, {}), StoreError);
    store.finish_run(run, {});
    CHECK_THROWS_AS(store.record_documents(run, {}), StoreError);
  }
}

TEST_CASE("a run's documents are recorded in order, without their text", "[store]") {
  Store store = Store::open(":memory:");
  const RunId run = store.begin_run("0.1.0", "rules-1");
  doc::Document b;
  static_cast<doc::DocumentHeader&>(b) = testing::sample_document("corpus/b.md", "hash-b");
  b.normalized = "the whole text, which the store does not keep";
  store.record_documents(run, {b, testing::sample_document("corpus/a.md", "hash-a")});
  store.record_documents(run, {testing::sample_document("corpus/c.md", "hash-c")});
  store.finish_run(run, {});
  const RunId again = store.begin_run("0.1.0", "rules-1");
  store.record_documents(again, {testing::sample_document("corpus/a.md", "hash-a")});
  store.finish_run(again, {});

  const auto documents = store.documents(run);
  REQUIRE(documents.size() == 3);
  CHECK(documents[0].path == "corpus/b.md");
  CHECK(documents[0].content_hash == "hash-b");
  CHECK(documents[0].meta.url == "https://example.org/a?b=1&c='2'");
  CHECK(documents[1].path == "corpus/a.md");
  CHECK(documents[2].path == "corpus/c.md");
  CHECK(store.documents(again).size() == 1);
  CHECK(store.documents(again + 100).empty());
}

TEST_CASE("opening a file that is not a database gives StoreError naming the path", "[store]") {
  TempDir dir;
  const std::string path = dir.file("notes.txt");
  std::ofstream(path) << "This is a plain text file, long enough to hold a page header: "
                      << std::string(200, 'x') << "\n";
  CHECK_THROWS_AS(Store::open(path), StoreError);
  CHECK_THROWS_WITH(Store::open(path),
                    Contains("'" + path + "'") && Contains("file is not a database"));
}

TEST_CASE("a path that cannot be opened gives StoreError naming the path", "[store]") {
  TempDir dir;
  SECTION("the path is a directory") {
    const std::string path = dir.file("a-directory");
    std::filesystem::create_directories(path);
    CHECK_THROWS_WITH(Store::open(path), Contains("cannot open database '" + path + "'"));
  }
  SECTION("a parent of the path is a file") {
    const std::string file = dir.file("plain-file");
    std::ofstream(file) << "x";
    const std::string path = file + "/factlint.db";
    CHECK_THROWS_WITH(Store::open(path), Contains("cannot open database '" + path + "'"));
  }
  SECTION("the path is empty") { CHECK_THROWS_AS(Store::open(""), StoreError); }
}

TEST_CASE("a store with a newer schema version is refused", "[store]") {
  TempDir dir;
  const std::string path = dir.file("factlint.db");
  { Store store = Store::open(path); }
  {
    Database db(path);
    db.exec("PRAGMA user_version = 99");
  }
  CHECK_THROWS_AS(Store::open(path), StoreError);
  CHECK_THROWS_WITH(Store::open(path),
                    Contains("'" + path + "'") && Contains("schema version 99 is newer"));
}

TEST_CASE("a store whose migration log is newer is refused even if user_version says otherwise", "[store]") {
  const int future = latest_schema_version() + 1;
  TempDir dir;
  const std::string path = dir.file("factlint.db");
  { Store store = Store::open(path); }
  {
    Database db(path);
    db.exec("INSERT INTO schema_version (version, description, applied_at) VALUES (" + std::to_string(future) +
            ", 'from the future', 'x')");
  }
  CHECK_THROWS_WITH(Store::open(path), Contains("schema version " + std::to_string(future) + " is newer"));
}

TEST_CASE("another program's SQLite database is refused and left untouched", "[store]") {
  TempDir dir;
  const std::string path = dir.file("other.db");
  {
    Database db(path);
    db.exec("CREATE TABLE contacts (name TEXT)");
  }
  CHECK_THROWS_WITH(Store::open(path),
                    Contains("'" + path + "'") && Contains("not a factlint store"));
  Database db(path);
  CHECK(query_int(db, "SELECT count(*) FROM sqlite_schema") == 1);
}

TEST_CASE("an empty file is opened as a new store", "[store]") {
  TempDir dir;
  const std::string path = dir.file("empty.db");
  std::ofstream{path};
  Store store = Store::open(path);
  CHECK(store.schema_version() == latest_schema_version());
}

TEST_CASE("a moved store keeps its open run", "[store]") {
  Store first = Store::open(":memory:");
  const RunId run = first.begin_run("0.1.0", "rules-1");
  Store second = std::move(first);
  second.record_findings(run, {testing::meetings_consistent()});
  second.finish_run(run, {});
  CHECK(second.findings(run).size() == 1);
}

}  // namespace
}  // namespace factlint::store

namespace factlint::store {

TEST_CASE("compiled databases are kept by key, bytes intact, the newest few only", "[store]") {
  Store store = Store::open(":memory:");
  CHECK_FALSE(store.compiled_database("a"));
  const std::string bytes("\x00\x01\xff binary \x00", 12);
  store.save_compiled_database("a", bytes);
  CHECK(store.compiled_database("a") == bytes);
  store.save_compiled_database("a", "replaced");
  CHECK(store.compiled_database("a") == "replaced");
  for (const char* key : {"b", "c", "d", "e"}) store.save_compiled_database(key, key);
  CHECK_FALSE(store.compiled_database("a"));  // the oldest of five
  CHECK(store.compiled_database("b") == "b");
  CHECK(store.compiled_database("e") == "e");
}

}  // namespace factlint::store
