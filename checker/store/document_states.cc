// Document states: what each document was when last read, so a check restores an
// untouched file from the store instead of reading it again.
#include "store/store.h"
#include "store/store_impl.h"

namespace factlint::store {

std::unordered_map<std::string, DocumentState> Store::document_states() const {
  auto query = impl_->db.prepare(
      "SELECT path, size, mtime_ns, environment, cache_key, ctime_ns, inode FROM document_states");
  std::unordered_map<std::string, DocumentState> out;
  while (query->step()) {
    DocumentState s{query->column_text(0), query->column_int(1), query->column_int(2), query->column_text(3),
                    query->column_text(4), query->column_int(5), query->column_int(6)};
    std::string path = s.path;
    out.emplace(std::move(path), std::move(s));
  }
  return out;
}

std::optional<DocumentState> Store::document_state(const std::string& path) const {
  auto query = impl_->db.prepare(
      "SELECT path, size, mtime_ns, environment, cache_key, ctime_ns, inode FROM document_states WHERE path = :path");
  query->bind(":path", path);
  if (!query->step()) return std::nullopt;
  return DocumentState{query->column_text(0), query->column_int(1), query->column_int(2), query->column_text(3),
                       query->column_text(4), query->column_int(5), query->column_int(6)};
}

void Store::scan_document_states(const std::function<void(const DocumentStateView&)>& each) const {
  // The covering index (schema 9) is read, not the table and its snapshots.
  auto query = impl_->db.prepare(
      "SELECT path, size, mtime_ns, ctime_ns, inode, environment FROM document_states INDEXED BY "
      "document_states_stamps ORDER BY path");
  while (query->step()) {
    each(DocumentStateView{query->column_view(0), query->column_int(1), query->column_int(2), query->column_int(3),
                           query->column_int(4), query->column_view(5)});
  }
}

std::optional<std::string> Store::document_snapshot(const std::string& path) const {
  auto query = impl_->db.prepare("SELECT snapshot FROM document_states WHERE path = :path");
  query->bind(":path", path);
  if (!query->step()) return std::nullopt;
  return query->column_text(0);
}

void Store::scan_document_snapshots(const std::string& from,
                                    const std::function<bool(std::string_view, std::string_view)>& each) const {
  auto query = impl_->db.prepare("SELECT path, snapshot FROM document_states WHERE path >= :from ORDER BY path");
  query->bind(":from", from);
  while (query->step()) {
    if (!each(query->column_view(0), query->column_view(1))) return;
  }
}

void Store::save_document_state(const DocumentState& state, const std::string& snapshot) {
  auto upsert = impl_->db.prepare(
      "INSERT OR REPLACE INTO document_states (path, size, mtime_ns, ctime_ns, inode, environment, cache_key, snapshot) "
      "VALUES (:path, :size, :mtime_ns, :ctime_ns, :inode, :environment, :cache_key, :snapshot)");
  upsert->bind(":path", state.path)
      .bind(":size", state.size)
      .bind(":mtime_ns", state.mtime_ns)
      .bind(":ctime_ns", state.ctime_ns)
      .bind(":inode", state.inode)
      .bind(":environment", state.environment)
      .bind(":cache_key", state.cache_key)
      .bind(":snapshot", snapshot);
  upsert->run();
}

void Store::confirm_document_state(const DocumentState& state) {
  auto update = impl_->db.prepare(
      "UPDATE document_states SET size = :size WHERE path = :path AND mtime_ns = :mtime_ns AND ctime_ns = :ctime_ns "
      "AND inode = :inode");
  update->bind(":size", state.size)
      .bind(":path", state.path)
      .bind(":mtime_ns", state.mtime_ns)
      .bind(":ctime_ns", state.ctime_ns)
      .bind(":inode", state.inode);
  update->run();
}

void Store::forget_document_states(const std::vector<std::string>& paths) {
  auto remove = impl_->db.prepare("DELETE FROM document_states WHERE path = :path");
  for (const std::string& path : paths) {
    remove->bind(":path", path);
    remove->run();
    remove->reset();
  }
}

}  // namespace factlint::store
