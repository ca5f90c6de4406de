// Opening a store, and the run family of tables: rule_sets, runs, documents and
// run_documents. A run's writes share one transaction from begin_run to finish_run.
#include "store/store.h"

#include <filesystem>
#include <fstream>
#include <string_view>
#include <system_error>
#include <utility>

#include "store/schema.h"
#include "store/store_impl.h"

namespace factlint::store {

void Store::Impl::require_open_run(RunId run) {
  if (open_run == 0 || run != open_run) {
    throw StoreError("cannot write run " + std::to_string(run) + " to database '" + db.path() +
                     "': it is not the open run");
  }
  if (db.autocommit()) {
    // SQLite rolls a transaction back by itself on some errors (disk full, I/O). Writing
    // on would commit the rest of the run piecemeal, so the run ends here.
    run_transaction.reset();
    open_run = 0;
    throw StoreError("cannot write run " + std::to_string(run) + " to database '" + db.path() +
                     "': its transaction was rolled back after an earlier error");
  }
}

void Store::Impl::ensure_rule_set(const std::string& hash) {
  auto insert =
      db.prepare("INSERT INTO rule_sets (hash, first_seen) VALUES (:hash, " FACTLINT_STORE_NOW
                 ") ON CONFLICT (hash) DO NOTHING");
  insert->bind(":hash", hash);
  insert->run();
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

Store Store::open(const std::string& path) {
  if (path.empty()) throw StoreError("cannot open database '': the path is empty");
  if (path != ":memory:") {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    std::error_code error;
    const bool created = !parent.empty() && std::filesystem::create_directories(parent, error);
    if (error) {
      const bool refused = error == std::errc::permission_denied || error == std::errc::read_only_file_system;
      throw StoreError("cannot open database '" + path + "': cannot create directory '" + parent.string() +
                           "': " + error.message(),
                       refused ? StoreError::Cause::CannotWrite : StoreError::Cause::Other);
    }
    // SQLite takes a file shorter than its header for an empty database and writes over
    // it: a short file that is not a store (a typo in --db) must be refused, not lost.
    if (std::ifstream file{path, std::ios::binary}) {
      char head[16] = {};
      file.read(head, sizeof head);
      if (file.gcount() > 0 && std::string_view(head, static_cast<std::size_t>(file.gcount())) !=
                                   std::string_view("SQLite format 3\0", 16)) {
        throw StoreError("cannot open database '" + path + "': file is not a database");
      }
    }
    // A folder made for the store holds nothing to commit: git is told so inside it,
    // as a cache folder does, and the user's .gitignore is left alone.
    if (created) std::ofstream(parent / ".gitignore") << "# made by factlint: its store is not for git\n*\n";
  }
  auto impl = std::make_unique<Impl>(path);
  impl->schema_version = migrate(impl->db);
  return Store(std::move(impl));
}

const std::string& Store::path() const { return impl_->db.path(); }

int Store::schema_version() const { return impl_->schema_version; }

RunId Store::begin_run(const std::string& tool_version, const std::string& rule_set_hash) {
  Impl& impl = *impl_;
  if (impl.open_run != 0) {
    throw StoreError("cannot begin a run on database '" + impl.db.path() + "': run " +
                     std::to_string(impl.open_run) + " is still open");
  }
  impl.run_transaction.emplace(impl.db);
  try {
    impl.ensure_rule_set(rule_set_hash);
    auto insert = impl.db.prepare(
        "INSERT INTO runs (started_at, tool_version, rule_set_hash, status) "
        "VALUES (" FACTLINT_STORE_NOW ", :tool_version, :rule_set_hash, 'running')");
    insert->bind(":tool_version", tool_version).bind(":rule_set_hash", rule_set_hash);
    insert->run();
    impl.open_run = impl.db.last_insert_id();
  } catch (...) {
    impl.run_transaction.reset();
    throw;
  }
  return impl.open_run;
}

void Store::record_documents(RunId run, const std::vector<doc::DocumentHeader>& documents) {
  Impl& impl = *impl_;
  impl.require_open_run(run);
  Transaction transaction(impl.db);  // all of this call or none of it
  std::int64_t ordinal = 0;
  {
    auto next = impl.db.prepare(
        "SELECT coalesce(max(ordinal) + 1, 0) FROM run_documents WHERE run_id = :run");
    next->bind(":run", run);
    if (next->step()) ordinal = next->column_int(0);
  }
  for (const doc::DocumentHeader& document : documents) {
    // Identical sightings share a row; the no-op update makes RETURNING yield its id.
    auto upsert = impl.db.prepare(
        "INSERT INTO documents (path, content_hash, title, publisher, date, url) "
        "VALUES (:path, :content_hash, :title, :publisher, :date, :url) "
        "ON CONFLICT (path, content_hash, title, publisher, date, url) "
        "DO UPDATE SET path = excluded.path RETURNING id");
    upsert->bind(":path", document.path)
        .bind(":content_hash", document.content_hash)
        .bind(":title", document.meta.title)
        .bind(":publisher", document.meta.publisher)
        .bind(":date", document.meta.date)
        .bind(":url", document.meta.url);
    if (!upsert->step()) impl.db.fail("cannot record a document in database");
    const std::int64_t document_id = upsert->column_int(0);
    upsert->run();  // finish the statement before the next one

    auto link = impl.db.prepare(
        "INSERT INTO run_documents (run_id, ordinal, document_id) "
        "VALUES (:run, :ordinal, :document)");
    link->bind(":run", run).bind(":ordinal", ordinal++).bind(":document", document_id);
    link->run();
  }
  transaction.commit();
}

void Store::finish_run(RunId run, const compare::Summary& counts) {
  Impl& impl = *impl_;
  impl.require_open_run(run);
  try {
    auto update =
        impl.db.prepare("UPDATE runs SET finished_at = " FACTLINT_STORE_NOW
                        ", status = 'finished', "
                        "documents = :documents, statements = :statements, findings = :findings, "
                        "consistent = :consistent, conflicting = :conflicting, "
                        "single_source = :single_source WHERE id = :run");
    update->bind(":documents", counts.documents)
        .bind(":statements", counts.statements)
        .bind(":findings", counts.findings)
        .bind(":consistent", counts.consistent)
        .bind(":conflicting", counts.conflicting)
        .bind(":single_source", counts.single_source)
        .bind(":run", run);
    update->run();
    impl.run_transaction->commit();
  } catch (...) {
    // The run is over either way; what could not commit is rolled back.
    impl.run_transaction.reset();
    impl.open_run = 0;
    throw;
  }
  impl.run_transaction.reset();
  impl.open_run = 0;
}

std::vector<RunSummary> Store::runs() const {
  auto query = impl_->db.prepare(
      "SELECT id, started_at, coalesce(finished_at, ''), tool_version, rule_set_hash, status, "
      "documents, statements, findings, consistent, conflicting, single_source "
      "FROM runs ORDER BY id");
  std::vector<RunSummary> runs;
  while (query->step()) {
    RunSummary& run = runs.emplace_back();
    run.id = query->column_int(0);
    run.started_at = query->column_text(1);
    run.finished_at = query->column_text(2);
    run.tool_version = query->column_text(3);
    run.rule_set_hash = query->column_text(4);
    run.status = query->column_text(5);
    run.counts.documents = static_cast<std::size_t>(query->column_int(6));
    run.counts.statements = static_cast<std::size_t>(query->column_int(7));
    run.counts.findings = static_cast<std::size_t>(query->column_int(8));
    run.counts.consistent = static_cast<std::size_t>(query->column_int(9));
    run.counts.conflicting = static_cast<std::size_t>(query->column_int(10));
    run.counts.single_source = static_cast<std::size_t>(query->column_int(11));
  }
  return runs;
}

std::vector<DocumentRecord> Store::documents(RunId run) const {
  auto query = impl_->db.prepare(
      "SELECT d.path, d.content_hash, d.title, d.publisher, d.date, d.url "
      "FROM run_documents AS r JOIN documents AS d ON d.id = r.document_id "
      "WHERE r.run_id = :run ORDER BY r.ordinal");
  query->bind(":run", run);
  std::vector<DocumentRecord> documents;
  while (query->step()) {
    DocumentRecord& record = documents.emplace_back();
    record.path = query->column_text(0);
    record.content_hash = query->column_text(1);
    record.meta.title = query->column_text(2);
    record.meta.publisher = query->column_text(3);
    record.meta.date = query->column_text(4);
    record.meta.url = query->column_text(5);
  }
  return documents;
}

}  // namespace factlint::store
