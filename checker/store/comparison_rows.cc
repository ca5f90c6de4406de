// Comparison state: what the last recording run compared, findable by fact key and by
// document, so a run after a few documents changed recompares only what they touch.
#include "store/store.h"

#include <charconv>
#include <system_error>

#include "store/store_impl.h"

namespace factlint::store {

namespace {

constexpr const char* kEnvironment = "environment";

// A document's names in one column: each as its length, ':', and its bytes ("12:founded\x1fPortAmes"),
// since a name may hold any separator a key can.
std::string joined_names(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    out += std::to_string(name.size());
    out += ':';
    out += name;
  }
  return out;
}

// Calls `each` with every name of `text` until it returns true; false when damaged.
template <typename Each>
bool read_names(std::string_view text, bool& damaged, const Each& each) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t colon = text.find(':', at);
    std::size_t length = 0;
    auto [end, error] = std::from_chars(text.data() + at, text.data() + (colon == std::string::npos ? at : colon), length);
    if (colon == std::string::npos || error != std::errc() || end != text.data() + colon || length > text.size() - colon - 1) {
      damaged = true;
      return false;
    }
    if (each(text.substr(colon + 1, length))) return true;
    at = colon + 1 + length;
  }
  return false;
}

constexpr const char* kDamagedNames = "unreadable names of a compared document";

std::vector<std::string> split_names(const Database& db, const std::string& text) {
  std::vector<std::string> out;
  bool damaged = false;
  read_names(text, damaged, [&](std::string_view name) {
    out.emplace_back(name);
    return false;
  });
  if (damaged) throw StoreError("damaged database '" + db.path() + "': " + kDamagedNames);
  return out;
}

}  // namespace

bool any_name(std::string_view names, const std::function<bool(std::string_view)>& each) {
  bool damaged = false;
  const bool found = read_names(names, damaged, each);
  if (damaged) throw StoreError(std::string("damaged database: ") + kDamagedNames);
  return found;
}

std::optional<std::string> Store::comparison_environment() const {
  auto query = impl_->db.prepare("SELECT value FROM comparison_state WHERE name = :name");
  query->bind(":name", kEnvironment);
  if (!query->step()) return std::nullopt;
  return query->column_text(0);
}

void Store::reset_comparison(const std::optional<std::string>& environment) {
  Database& db = impl_->db;
  Transaction transaction(db);
  for (const char* table :
       {"comparison_state", "compared_documents", "key_results", "quote_signatures", "quote_entries"}) {
    db.exec(std::string("DELETE FROM ") + table);
  }
  if (environment) {
    auto insert = db.prepare("INSERT INTO comparison_state (name, value) VALUES (:name, :value)");
    insert->bind(":name", kEnvironment).bind(":value", *environment);
    insert->run();
  }
  transaction.commit();
}

std::vector<ComparedDocument> Store::compared_documents() const {
  auto query = impl_->db.prepare(
      "SELECT path, content_hash, title, publisher, date, url, statements, quotes, restore, names "
      "FROM compared_documents ORDER BY path");
  std::vector<ComparedDocument> out;
  while (query->step()) {
    ComparedDocument d;
    d.path = query->column_text(0);
    d.content_hash = query->column_text(1);
    d.meta.title = query->column_text(2);
    d.meta.publisher = query->column_text(3);
    d.meta.date = query->column_text(4);
    d.meta.url = query->column_text(5);
    d.statements = query->column_int(6);
    d.quotes = query->column_int(7);
    d.restore = query->column_int(8) != 0;
    d.names = split_names(impl_->db, query->column_text(9));
    out.push_back(std::move(d));
  }
  return out;
}

void Store::scan_compared_documents(const std::function<void(const ComparedDocumentView&)>& each) const {
  auto query = impl_->db.prepare(
      "SELECT path, content_hash, title, publisher, date, url, statements, quotes, restore, names "
      "FROM compared_documents ORDER BY path");
  while (query->step()) {
    ComparedDocumentView d;
    d.path = query->column_view(0);
    d.content_hash = query->column_view(1);
    d.title = query->column_view(2);
    d.publisher = query->column_view(3);
    d.date = query->column_view(4);
    d.url = query->column_view(5);
    d.statements = query->column_int(6);
    d.quotes = query->column_int(7);
    d.restore = query->column_int(8) != 0;
    d.names = query->column_view(9);
    each(d);
  }
}

void Store::save_compared_document(const ComparedDocument& d) {
  auto upsert = impl_->db.prepare(
      "INSERT OR REPLACE INTO compared_documents "
      "(path, content_hash, title, publisher, date, url, statements, quotes, restore, names) "
      "VALUES (:path, :content_hash, :title, :publisher, :date, :url, :statements, :quotes, :restore, :names)");
  upsert->bind(":path", d.path)
      .bind(":content_hash", d.content_hash)
      .bind(":title", d.meta.title)
      .bind(":publisher", d.meta.publisher)
      .bind(":date", d.meta.date)
      .bind(":url", d.meta.url)
      .bind(":statements", d.statements)
      .bind(":quotes", d.quotes)
      .bind(":restore", d.restore)
      .bind(":names", joined_names(d.names));
  upsert->run();
}

void Store::forget_compared_document(const std::string& path) {
  auto remove = impl_->db.prepare("DELETE FROM compared_documents WHERE path = :path");
  remove->bind(":path", path);
  remove->run();
}

std::vector<std::string> Store::names_of_document(const std::string& path) const {
  auto query = impl_->db.prepare("SELECT names FROM compared_documents WHERE path = :path");
  query->bind(":path", path);
  if (!query->step()) return {};
  return split_names(impl_->db, query->column_text(0));
}

std::vector<KeyResult> Store::key_results() const {
  auto query = impl_->db.prepare(
      "SELECT name, consistent, conflicting, single_source, targets, declaration FROM key_results");
  std::vector<KeyResult> out;
  while (query->step()) {
    KeyResult r;
    r.name = query->column_text(0);
    r.counts.consistent = static_cast<std::size_t>(query->column_int(1));
    r.counts.conflicting = static_cast<std::size_t>(query->column_int(2));
    r.counts.single_source = static_cast<std::size_t>(query->column_int(3));
    r.counts.findings = r.counts.consistent + r.counts.conflicting + r.counts.single_source;
    r.targets = query->column_text(4);
    r.declaration = query->column_text(5);
    out.push_back(std::move(r));
  }
  return out;
}

void Store::save_key_result(const KeyResult& r) {
  Database& db = impl_->db;
  auto remove = db.prepare("DELETE FROM key_results WHERE name = :name");
  remove->bind(":name", r.name);
  remove->run();
  // A key with no finding left is kept while it has targets: a wrong-extraction
  // decision emptied it, and the next incremental run must still find the key it names.
  if (r.counts.consistent + r.counts.conflicting + r.counts.single_source == 0 && r.targets.empty()) return;
  auto insert = db.prepare(
      "INSERT INTO key_results (name, consistent, conflicting, single_source, targets, declaration) "
      "VALUES (:name, :consistent, :conflicting, :single_source, :targets, :declaration)");
  insert->bind(":name", r.name)
      .bind(":consistent", r.counts.consistent)
      .bind(":conflicting", r.counts.conflicting)
      .bind(":single_source", r.counts.single_source)
      .bind(":targets", r.targets)
      .bind(":declaration", r.declaration);
  insert->run();
}

std::optional<std::string> Store::quote_group_of(const std::string& signature) const {
  auto query = impl_->db.prepare("SELECT name FROM quote_signatures WHERE signature = :signature");
  query->bind(":signature", signature);
  if (!query->step()) return std::nullopt;
  return query->column_text(0);
}

void Store::save_quote_signature(const std::string& signature, const std::string& name) {
  auto upsert = impl_->db.prepare("INSERT OR REPLACE INTO quote_signatures (signature, name) VALUES (:signature, :name)");
  upsert->bind(":signature", signature).bind(":name", name);
  upsert->run();
}

namespace {

std::string joined_words(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += w + '\x1f';
  return out;
}

void split_words(std::string_view text, std::vector<std::string>& out) {
  out.clear();
  for (std::size_t at = 0, end; (end = text.find('\x1f', at)) != std::string_view::npos; at = end + 1) {
    out.emplace_back(text.substr(at, end - at));
  }
}

}  // namespace

void Store::scan_quote_entries(const std::function<void(const QuoteEntry&)>& each) const {
  auto query = impl_->db.prepare("SELECT entry, words, spellings, speech, copies, name FROM quote_entries");
  QuoteEntry e;  // one, reused: its vectors keep their capacity
  while (query->step()) {
    e.entry = query->column_view(0);
    split_words(query->column_view(1), e.words);
    split_words(query->column_view(2), e.spellings);
    e.speech = query->column_int(3) != 0;
    e.copies = query->column_int(4);
    e.name = query->column_view(5);
    each(e);
  }
}

void Store::save_quote_entry(const QuoteEntry& e) {
  Database& db = impl_->db;
  if (e.copies <= 0) {
    auto remove = db.prepare("DELETE FROM quote_entries WHERE entry = :entry");
    remove->bind(":entry", e.entry);
    remove->run();
    return;
  }
  auto upsert = db.prepare(
      "INSERT OR REPLACE INTO quote_entries (entry, words, spellings, speech, copies, name) "
      "VALUES (:entry, :words, :spellings, :speech, :copies, :name)");
  upsert->bind(":entry", e.entry)
      .bind(":words", joined_words(e.words))
      .bind(":spellings", joined_words(e.spellings))
      .bind(":speech", static_cast<std::int64_t>(e.speech))
      .bind(":copies", e.copies)
      .bind(":name", e.name);
  upsert->run();
}

}  // namespace factlint::store
