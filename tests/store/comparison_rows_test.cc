// Tests for checker/store/comparison_rows.cc: what the last recording run compared, by key.
#include <catch2/catch.hpp>

#include "samples.h"
#include "store/database.h"
#include "store/store.h"

namespace factlint::store {
namespace {

ComparedDocument compared(const std::string& path, std::int64_t statements, std::vector<std::string> names) {
  ComparedDocument d;
  d.path = path;
  d.content_hash = "hash-" + path;
  d.meta.title = "Title of " + path;
  d.meta.date = "2024-01-02";
  d.statements = statements;
  d.quotes = 1;
  d.restore = path == "b.md";
  d.names = std::move(names);
  return d;
}

TEST_CASE("the comparison state keeps each document with the keys it holds", "[store]") {
  Store store = Store::open(":memory:");
  CHECK_FALSE(store.comparison_environment());
  store.reset_comparison("env-1");
  REQUIRE(store.comparison_environment() == std::optional<std::string>("env-1"));
  // A name may hold any byte a key can: the column keeps each whole.
  const std::string odd = "said\x1f" "12:a:b\n";
  store.save_compared_document(compared("b.md", 2, {"founded\x1fPortAmes", "quote\x1e" "0", odd}));
  store.save_compared_document(compared("a.md", 1, {"founded\x1fPortAmes"}));
  std::vector<ComparedDocument> docs = store.compared_documents();
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].path == "a.md");  // sorted by path
  CHECK(docs[1].meta.title == "Title of b.md");
  CHECK(docs[1].statements == 2);
  CHECK(docs[1].restore);
  CHECK_FALSE(docs[0].restore);
  CHECK(docs[0].names == std::vector<std::string>{"founded\x1fPortAmes"});
  CHECK(docs[1].names == std::vector<std::string>{"founded\x1fPortAmes", "quote\x1e" "0", odd});
  CHECK(store.names_of_document("b.md") == docs[1].names);
  CHECK(store.names_of_document("c.md").empty());

  SECTION("a document saved again replaces its names; a forgotten one leaves none") {
    store.save_compared_document(compared("b.md", 0, {}));
    CHECK(store.names_of_document("b.md").empty());
    CHECK(store.compared_documents().size() == 2);
    store.forget_compared_document("a.md");
    CHECK(store.names_of_document("a.md").empty());
    CHECK(store.compared_documents().size() == 1);
  }
  SECTION("key results are replaced, and dropped when a key has no finding and no target left") {
    KeyResult r{"founded\x1fPortAmes", {}, "f-1\nfounded(PortAmes)\n", ""};
    r.counts.conflicting = 1;
    store.save_key_result(r);
    std::vector<KeyResult> results = store.key_results();
    REQUIRE(results.size() == 1);
    CHECK(results[0].counts.findings == 1);
    CHECK(results[0].targets == r.targets);
    // A wrong extraction took out the key's only statement: its finding is gone, and
    // the row stays so that an incremental run recompares the key the decision names.
    r.counts = {};
    store.save_key_result(r);
    results = store.key_results();
    REQUIRE(results.size() == 1);
    CHECK(results[0].counts.findings == 0);
    CHECK(results[0].targets == r.targets);
    r.targets.clear();
    store.save_key_result(r);
    CHECK(store.key_results().empty());
  }
  SECTION("quotation signatures name their group") {
    store.save_quote_signature("sig-1", "quote\x1e" "0");
    CHECK(store.quote_group_of("sig-1") == std::optional<std::string>("quote\x1e" "0"));
    CHECK_FALSE(store.quote_group_of("sig-2"));
  }
  SECTION("a reset empties the state; without an environment it is unusable") {
    store.reset_comparison(std::nullopt);
    CHECK_FALSE(store.comparison_environment());
    CHECK(store.compared_documents().empty());
    CHECK(store.names_of_document("b.md").empty());
  }
}

TEST_CASE("a compared document whose names cannot be read back is a damaged store", "[store]") {
  factlint::testing::TempDir dir;
  const std::string path = dir.file("factlint.db");
  {
    Store store = Store::open(path);
    store.reset_comparison("env-1");
    store.save_compared_document(compared("a.md", 1, {"founded\x1fPortAmes"}));
  }
  {
    Database db(path);
    db.exec("UPDATE compared_documents SET names = '40:founded'");  // longer than what follows
  }
  Store store = Store::open(path);
  CHECK_THROWS_WITH(store.compared_documents(), Catch::Contains("damaged database '" + path + "'"));
  CHECK_THROWS_AS(store.names_of_document("a.md"), StoreError);
}

TEST_CASE("pruning keeps the cache entries that saved document states restore from", "[store]") {
  Store store = Store::open(":memory:");
  store.cache_statements("key-a", "rules-1", "0.1.0", {testing::border_statement()});
  store.cache_statements("key-b", "rules-1", "0.1.0", {testing::border_statement()});
  store.cache_statements("key-a", "rules-0", "0.1.0", {testing::border_statement()});
  DocumentState a{"a.md", 10, 20, "rules-1|0.1.0|settings", "key-a"};
  store.save_document_state(a, "snapshot");
  const PruneCounts pruned = store.prune(20);
  // key-b has no state; key-a under the old rules is not what the state restores from.
  CHECK(pruned.cache_entries == 2);
  CHECK(store.cached_statements("key-a", "rules-1", "0.1.0"));
  CHECK_FALSE(store.cached_statements("key-b", "rules-1", "0.1.0"));
  CHECK_FALSE(store.cached_statements("key-a", "rules-0", "0.1.0"));
}

TEST_CASE("document states keep the inode change time and inode, and are scanned in path order", "[store]") {
  Store store = Store::open(":memory:");
  store.save_document_state(DocumentState{"b.md", 10, 20, "env-b", "key-b", 30, 40}, "snapshot b");
  store.save_document_state(DocumentState{"a.md", 11, 21, "env-a", "key-a", 31, 41}, "snapshot a");
  std::optional<DocumentState> b = store.document_state("b.md");
  REQUIRE(b);
  CHECK(b->ctime_ns == 30);
  CHECK(b->inode == 40);
  CHECK(b->cache_key == "key-b");
  CHECK_FALSE(store.document_state("c.md"));
  CHECK(store.document_states().at("a.md").ctime_ns == 31);
  std::vector<std::string> seen;
  store.scan_document_states([&](const DocumentStateView& s) {
    seen.push_back(std::string(s.path) + " " + std::to_string(s.size) + " " + std::to_string(s.mtime_ns) + " " +
                   std::to_string(s.ctime_ns) + " " + std::to_string(s.inode) + " " + std::string(s.environment));
  });
  CHECK(seen == std::vector<std::string>{"a.md 11 21 31 41 env-a", "b.md 10 20 30 40 env-b"});
}

TEST_CASE("compared documents are scanned in path order with their names as stored", "[store]") {
  Store store = Store::open(":memory:");
  ComparedDocument b;
  b.path = "b.md";
  b.names = {"founded\x1fPortAmes", "a:b"};
  ComparedDocument a;
  a.path = "a.md";
  a.meta.title = "A";
  a.statements = 3;
  a.restore = true;
  store.save_compared_document(b);
  store.save_compared_document(a);
  std::vector<std::string> seen;
  store.scan_compared_documents([&](const ComparedDocumentView& d) {
    std::string names;
    any_name(d.names, [&](std::string_view name) {
      names += "[" + std::string(name) + "]";
      return false;
    });
    seen.push_back(std::string(d.path) + " " + std::string(d.title) + " " + std::to_string(d.statements) +
                   (d.restore ? " restore " : " ") + names);
  });
  CHECK(seen == std::vector<std::string>{"a.md A 3 restore ", "b.md  0 [founded\x1fPortAmes][a:b]"});
  CHECK(any_name("1:x3:a:b", [](std::string_view name) { return name == "a:b"; }));
  CHECK_THROWS_AS(any_name("40:founded", [](std::string_view) { return false; }), StoreError);
}

}  // namespace
}  // namespace factlint::store
