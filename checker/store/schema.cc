// The store's schema, as ordered migrations. Each migration runs in its own
// transaction and ends by setting PRAGMA user_version, so a database is always at
// exactly one version. Never edit a released migration: append a new one.
#include "store/schema.h"

#include <cstdint>
#include <string>

#include "store/database.h"
#include "store/store.h"

namespace factlint::store {

namespace {

// PRAGMA application_id of every factlint store: "flnt" in ASCII.
constexpr std::int64_t kApplicationId = 0x666C6E74;

struct Migration {
  int version;
  const char* description;
  const char* sql;  // must end by setting PRAGMA user_version to `version`
};

// Value columns appear in `statements` and `finding_values` alike; see value_rows.cc.
// Open interval ends are NULL: lo NULL is -infinity, hi NULL is +infinity.
#define FACTLINT_VALUE_COLUMNS          \
  "  value_type    TEXT    NOT NULL,\n" \
  "  lo            REAL,\n"             \
  "  hi            REAL,\n"             \
  "  lo_inclusive  INTEGER NOT NULL,\n" \
  "  hi_inclusive  INTEGER NOT NULL,\n" \
  "  approx        INTEGER NOT NULL,\n" \
  "  vague         INTEGER NOT NULL,\n" \
  "  unit          TEXT    NOT NULL,\n" \
  "  value_text    TEXT    NOT NULL,\n" \
  "  original_unit TEXT    NOT NULL,\n" \
  "  precision     REAL    NOT NULL,\n" \
  "  grain         TEXT    NOT NULL,\n" \
  "  display       TEXT    NOT NULL,\n"

// clang-format off
constexpr Migration kMigrations[] = {
    {1, "documents, rule sets, runs, extraction cache, statements, findings, decisions",
     "CREATE TABLE schema_version (\n"
     "  version     INTEGER PRIMARY KEY,\n"
     "  description TEXT NOT NULL,\n"
     "  applied_at  TEXT NOT NULL\n"
     ");\n"
     "CREATE TABLE rule_sets (\n"
     "  hash       TEXT PRIMARY KEY,\n"
     "  first_seen TEXT NOT NULL\n"
     ") WITHOUT ROWID;\n"
     // A document as some run saw it; identical sightings share a row.
     "CREATE TABLE documents (\n"
     "  id           INTEGER PRIMARY KEY,\n"
     "  path         TEXT NOT NULL,\n"
     "  content_hash TEXT NOT NULL,\n"
     "  title        TEXT NOT NULL,\n"
     "  publisher    TEXT NOT NULL,\n"
     "  date         TEXT NOT NULL,\n"
     "  url          TEXT NOT NULL,\n"
     "  UNIQUE (path, content_hash, title, publisher, date, url)\n"
     ");\n"
     "CREATE INDEX documents_by_hash ON documents (content_hash);\n"
     "CREATE TABLE runs (\n"
     "  id            INTEGER PRIMARY KEY,\n"
     "  started_at    TEXT NOT NULL,\n"
     "  finished_at   TEXT,\n"
     "  tool_version  TEXT NOT NULL,\n"
     "  rule_set_hash TEXT NOT NULL REFERENCES rule_sets (hash),\n"
     "  status        TEXT NOT NULL CHECK (status IN ('running', 'finished')),\n"
     "  documents     INTEGER NOT NULL DEFAULT 0,\n"
     "  statements    INTEGER NOT NULL DEFAULT 0,\n"
     "  findings      INTEGER NOT NULL DEFAULT 0,\n"
     "  consistent    INTEGER NOT NULL DEFAULT 0,\n"
     "  conflicting   INTEGER NOT NULL DEFAULT 0,\n"
     "  single_source INTEGER NOT NULL DEFAULT 0\n"
     ");\n"
     "CREATE TABLE run_documents (\n"
     "  run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,\n"
     "  ordinal     INTEGER NOT NULL,\n"
     "  document_id INTEGER NOT NULL REFERENCES documents (id),\n"
     "  PRIMARY KEY (run_id, ordinal)\n"
     ") WITHOUT ROWID;\n"
     "CREATE INDEX run_documents_by_document ON run_documents (document_id);\n"
     // One cache entry per (content, rule set, tool version); an entry with no
     // statements is still a hit.
     "CREATE TABLE extractions (\n"
     "  id            INTEGER PRIMARY KEY,\n"
     "  content_hash  TEXT NOT NULL,\n"
     "  rule_set_hash TEXT NOT NULL REFERENCES rule_sets (hash),\n"
     "  tool_version  TEXT NOT NULL,\n"
     "  created_at    TEXT NOT NULL,\n"
     "  UNIQUE (content_hash, rule_set_hash, tool_version)\n"
     ");\n"
     // A statement belongs to a cache entry or to a run's findings, never both.
     "CREATE TABLE statements (\n"
     "  id            INTEGER PRIMARY KEY,\n"
     "  extraction_id INTEGER REFERENCES extractions (id) ON DELETE CASCADE,\n"
     "  run_id        INTEGER REFERENCES runs (id) ON DELETE CASCADE,\n"
     "  ordinal       INTEGER NOT NULL,\n"
     "  fact          TEXT    NOT NULL,\n"
     "  fact_key      TEXT    NOT NULL,\n"
     "  scope         TEXT    NOT NULL,\n"
     "  roles         TEXT    NOT NULL,\n"  // JSON: [["partner", "Russia"], ["of", "China"]]
     FACTLINT_VALUE_COLUMNS
     "  document      TEXT    NOT NULL,\n"
     "  begin_offset  INTEGER NOT NULL,\n"
     "  end_offset    INTEGER NOT NULL,\n"
     "  value_begin   INTEGER NOT NULL,\n"
     "  value_end     INTEGER NOT NULL,\n"
     "  line          INTEGER NOT NULL,\n"
     "  column_number INTEGER NOT NULL,\n"
     "  text          TEXT    NOT NULL,\n"
     "  sentence      TEXT    NOT NULL,\n"
     "  pattern       INTEGER NOT NULL,\n"
     "  priority      INTEGER NOT NULL,\n"
     "  CHECK ((extraction_id IS NULL) <> (run_id IS NULL))\n"
     ");\n"
     "CREATE INDEX statements_by_extraction ON statements (extraction_id, ordinal);\n"
     "CREATE INDEX statements_by_run ON statements (run_id);\n"
     "CREATE TABLE findings (\n"
     "  id          INTEGER PRIMARY KEY,\n"
     "  run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,\n"
     "  ordinal     INTEGER NOT NULL,\n"
     "  finding_id  TEXT    NOT NULL,\n"
     "  fact        TEXT    NOT NULL,\n"
     "  fact_key    TEXT    NOT NULL,\n"
     "  scope       TEXT    NOT NULL,\n"
     "  verdict     TEXT    NOT NULL\n"
     "              CHECK (verdict IN ('consistent', 'conflicting', 'single-source')),\n"
     "  reason      TEXT    NOT NULL,\n"
     "  severity    TEXT    NOT NULL,\n"
     "  explanation TEXT    NOT NULL,\n"
     "  UNIQUE (run_id, ordinal)\n"
     ");\n"
     "CREATE INDEX findings_by_finding_id ON findings (finding_id);\n"
     "CREATE TABLE finding_values (\n"
     "  id         INTEGER PRIMARY KEY,\n"
     "  finding    INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE,\n"
     "  ordinal    INTEGER NOT NULL,\n"
     "  suggested  INTEGER NOT NULL,\n"
     FACTLINT_VALUE_COLUMNS
     "  UNIQUE (finding, ordinal)\n"
     ");\n"
     "CREATE TABLE finding_statements (\n"
     "  finding_value INTEGER NOT NULL REFERENCES finding_values (id) ON DELETE CASCADE,\n"
     "  ordinal       INTEGER NOT NULL,\n"
     "  statement     INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,\n"
     "  PRIMARY KEY (finding_value, ordinal)\n"
     ") WITHOUT ROWID;\n"
     "CREATE INDEX finding_statements_by_statement ON finding_statements (statement);\n"
     "CREATE TABLE decisions (\n"
     "  id              INTEGER PRIMARY KEY,\n"
     "  finding_id      TEXT NOT NULL,\n"
     "  kind            TEXT NOT NULL\n"
     "                  CHECK (kind IN ('canonical', 'acknowledged', 'wrong-extraction')),\n"
     "  canonical_value TEXT NOT NULL,\n"
     "  note            TEXT NOT NULL,\n"
     "  author          TEXT NOT NULL,\n"
     "  created_at      TEXT NOT NULL\n"
     ");\n"
     "CREATE INDEX decisions_by_finding ON decisions (finding_id);\n"
     "PRAGMA application_id = 1718382196;\n"  // kApplicationId
     "PRAGMA user_version = 1;\n"},
    // The cache keeps what recent runs used; the key's content hash is opaque (callers may
    // add to it whatever else extraction depends on, such as the publication date).
    {2, "extractions.last_run: the last run that read or wrote a cache entry",
     "ALTER TABLE extractions ADD COLUMN last_run INTEGER;\n"
     "CREATE INDEX extractions_by_last_run ON extractions (last_run);\n"
     "PRAGMA user_version = 2;\n"},
    // Editors' decisions live in the committed decisions file, which every run reads;
    // nothing ever wrote this table.
    {3, "drop decisions: factlint.decisions.toml is their only home",
     "DROP INDEX IF EXISTS decisions_by_finding;\n"
     "DROP TABLE IF EXISTS decisions;\n"
     "PRAGMA user_version = 3;\n"},
    // Each statement says where its scope came from (docs/contracts.md#json-report).
    {4, "statements.scope_source: where a statement's scope came from",
     "ALTER TABLE statements ADD COLUMN scope_source TEXT NOT NULL DEFAULT '';\n"
     "PRAGMA user_version = 4;\n"},
    // Statements read from tables name the header that gave the cue and the cell
    // that gave the year (docs/rules.md "Facts in tables").
    {5, "statements.table_header, table_year: where a table statement was read",
     "ALTER TABLE statements ADD COLUMN table_header TEXT NOT NULL DEFAULT '';\n"
     "ALTER TABLE statements ADD COLUMN table_year TEXT NOT NULL DEFAULT '';\n"
     "PRAGMA user_version = 5;\n"},
    // What each document was when last read: a check restores an untouched file
    // (same size, modification time and environment) without reading it (issue 10).
    {6, "document_states: untouched documents are restored, not read",
     "CREATE TABLE document_states (\n"
     "  path         TEXT PRIMARY KEY,\n"
     "  size         INTEGER NOT NULL,\n"
     "  mtime_ns     INTEGER NOT NULL,\n"
     "  environment  TEXT NOT NULL,\n"
     "  cache_key    TEXT NOT NULL,\n"
     "  snapshot     TEXT NOT NULL\n"
     ") WITHOUT ROWID;\n"
     "PRAGMA user_version = 6;\n"},
    // What the last recording run compared, findable by fact key, so a run after a few
    // documents changed recompares only the keys they touch (issue 10,
    // docs/contracts.md "Untouched documents"). A "name" is a fact key ("fact" 0x1F "key")
    // or a quotation group ("quote" 0x1E ordinal).
    {7, "compared_documents, key_documents, key_results, quote_signatures, comparison_state",
     "CREATE TABLE comparison_state (\n"
     "  name  TEXT PRIMARY KEY,\n"
     "  value TEXT NOT NULL\n"
     ") WITHOUT ROWID;\n"
     "CREATE TABLE compared_documents (\n"
     "  path         TEXT PRIMARY KEY,\n"
     "  content_hash TEXT NOT NULL,\n"
     "  title        TEXT NOT NULL,\n"
     "  publisher    TEXT NOT NULL,\n"
     "  date         TEXT NOT NULL,\n"
     "  url          TEXT NOT NULL,\n"
     "  statements   INTEGER NOT NULL,\n"  // read from it, before suppressions
     "  quotes       INTEGER NOT NULL,\n"  // read from it, before suppressions
     "  restore      INTEGER NOT NULL\n"   // 1: it has suppressions or diagnostics, so it is always restored
     ") WITHOUT ROWID;\n"
     "CREATE TABLE key_documents (\n"
     "  name TEXT NOT NULL,\n"
     "  path TEXT NOT NULL,\n"
     "  PRIMARY KEY (name, path)\n"
     ") WITHOUT ROWID;\n"
     "CREATE INDEX key_documents_by_path ON key_documents (path);\n"
     "CREATE TABLE key_results (\n"
     "  name          TEXT PRIMARY KEY,\n"
     "  consistent    INTEGER NOT NULL,\n"
     "  conflicting   INTEGER NOT NULL,\n"
     "  single_source INTEGER NOT NULL,\n"
     "  targets       TEXT NOT NULL,\n"     // its findings' ids and keys, one a line (decisions name them)
     "  declaration   TEXT NOT NULL\n"      // a quotation group's `quote` declaration, or ''
     ") WITHOUT ROWID;\n"
     "CREATE TABLE quote_signatures (\n"
     "  signature TEXT PRIMARY KEY,\n"
     "  name      TEXT NOT NULL\n"
     ") WITHOUT ROWID;\n"
     "CREATE INDEX document_states_by_cache_key ON document_states (cache_key);\n"
     "PRAGMA user_version = 7;\n"},
    // A document's names move into its own row: a full run wrote a key_documents row
    // (and an index entry) for every name of every document, a fifth of its time on a
    // corpus of 77,000 (issue 10). Who holds a name is worked out from the documents'
    // rows when a run needs it. The state written under 7 is dropped: the next run that
    // records compares everything and writes it again.
    {8, "compared_documents.names replaces key_documents",
     "DROP TABLE key_documents;\n"
     "DELETE FROM comparison_state;\n"
     "DELETE FROM compared_documents;\n"
     "DELETE FROM key_results;\n"
     "DELETE FROM quote_signatures;\n"
     "ALTER TABLE compared_documents ADD COLUMN names TEXT NOT NULL DEFAULT '';\n"
     "PRAGMA user_version = 8;\n"},
    // A file's inode change time and inode join its size and modification time: a file
    // rewritten with its old size and modification time (`touch -d`, an archive tool)
    // is read again, since no program can set the change time back. A covering index
    // of what a run compares lets it read every state without the snapshots (issue 10).
    // States saved before have neither, so they no longer match: each file is read once.
    {9, "document_states.ctime_ns, inode; document_states_stamps",
     "ALTER TABLE document_states ADD COLUMN ctime_ns INTEGER NOT NULL DEFAULT 0;\n"
     "ALTER TABLE document_states ADD COLUMN inode INTEGER NOT NULL DEFAULT 0;\n"
     "CREATE INDEX document_states_stamps ON document_states (path, size, mtime_ns, ctime_ns, inode, environment);\n"
     "PRAGMA user_version = 9;\n"},
    // Every distinct quotation of the last comparison as the shingle index sees it (an
    // entry: its words, and a one-word one's speaker), with how many quotations use it
    // and its group: a run after a changed quotation finds the groups the old and new
    // wordings can join without reading every document (issue 10). A state written
    // before has none, so it is dropped: the next run that records writes it again.
    // And the prefilter's compiled Hyperscan databases, by literals, Hyperscan version
    // and platform (match/raw_prefilter.h), so a run does not compile them again.
    {10, "quote_entries, compiled_databases",
     "CREATE TABLE compiled_databases (\n"
     "  key      TEXT PRIMARY KEY,\n"
     "  bytes    BLOB NOT NULL,\n"
     "  saved_at INTEGER NOT NULL\n"   // a counter: the newest few are kept
     ");\n"
     "CREATE TABLE quote_entries (\n"
     "  entry     TEXT PRIMARY KEY,\n"   // hash of quote::entry_key
     "  words     TEXT NOT NULL,\n"      // comparison words, each followed by 0x1F
     "  spellings TEXT NOT NULL,\n"      // their spelling keys (quote/word_diff.h), the same way
     "  speech    INTEGER NOT NULL,\n"   // 1: a one-word quotation given to a known speaker
     "  copies    INTEGER NOT NULL,\n"   // quotations with this entry that take part
     "  name      TEXT NOT NULL\n"       // its group's name, '' when the group is not reported
     ") WITHOUT ROWID;\n"
     "DELETE FROM comparison_state;\n"
     "DELETE FROM compared_documents;\n"
     "DELETE FROM key_results;\n"
     "DELETE FROM quote_signatures;\n"
     "PRAGMA user_version = 10;\n"},
    // Each statement says where a role it does not name came from: an earlier
    // sentence, the document's title, its most-named entity (docs/contracts.md
    // "role_sources"). A JSON array of strings, '' when every role was named.
    {11, "statements.role_sources: where a role resolved from context came from",
     "ALTER TABLE statements ADD COLUMN role_sources TEXT NOT NULL DEFAULT '';\n"
     "PRAGMA user_version = 11;\n"},
};

// clang-format on

#undef FACTLINT_VALUE_COLUMNS

std::int64_t pragma_int(Database& db, const char* sql) {
  auto query = db.prepare(sql);
  return query->step() ? query->column_int(0) : 0;
}

std::int64_t user_version(Database& db) { return pragma_int(db, "PRAGMA user_version"); }

// Refuses a database some other program made, or one from a newer factlint.
void check_ownership(Database& db) {
  const std::int64_t application_id = pragma_int(db, "PRAGMA application_id");
  const std::int64_t version = user_version(db);
  const bool empty = pragma_int(db, "SELECT count(*) FROM sqlite_schema") == 0;
  if (application_id != kApplicationId && !(application_id == 0 && version == 0 && empty)) {
    throw StoreError("cannot open database '" + db.path() +
                     "': not a factlint store (it holds another program's data)");
  }
  // The migration log is checked too: a newer factlint records its version there even
  // if something reset user_version.
  const bool has_log =
      pragma_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'") > 0;
  const std::int64_t logged = has_log ? pragma_int(db, "SELECT coalesce(max(version), 0) FROM schema_version") : 0;
  const std::int64_t newest = std::max(version, logged);
  if (newest > latest_schema_version()) {
    throw StoreError("cannot open database '" + db.path() + "': schema version " + std::to_string(newest) +
                     " is newer than this factlint supports (" + std::to_string(latest_schema_version()) +
                     "); upgrade factlint, or point --db at another file");
  }
}

}  // namespace

int latest_schema_version() { return std::end(kMigrations)[-1].version; }

int migrate(Database& db) {
  check_ownership(db);
  for (const Migration& migration : kMigrations) {
    if (user_version(db) >= migration.version) continue;
    Transaction transaction(db);
    // Another process may have migrated while this one waited for the write lock.
    check_ownership(db);
    if (user_version(db) >= migration.version) continue;
    db.exec(migration.sql);
    auto insert = db.prepare(
        "INSERT INTO schema_version (version, description, applied_at) "
        "VALUES (:version, :description, " FACTLINT_STORE_NOW ")");
    insert->bind(":version", migration.version).bind(":description", migration.description);
    insert->run();
    transaction.commit();
  }
  return static_cast<int>(user_version(db));
}

}  // namespace factlint::store
