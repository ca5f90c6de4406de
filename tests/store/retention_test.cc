// Tests for checker/store/retention.cc: pruning old runs and unused cache entries.
#include <catch2/catch.hpp>

#include "samples.h"
#include "store/store.h"

namespace factlint::store {
namespace {

using Catch::Matchers::Contains;

// A finished run that read `documents` (path, hash) and cached their statements.
RunId add_run(Store& store, const std::string& rules,
              const std::vector<std::pair<std::string, std::string>>& documents) {
  const RunId run = store.begin_run("0.1.0", rules);
  std::vector<doc::DocumentHeader> recorded;
  for (const auto& [path, hash] : documents) {
    if (!store.cached_statements(hash, rules, "0.1.0")) {
      store.cache_statements(hash, rules, "0.1.0", {testing::border_statement()});
    }
    recorded.push_back(testing::sample_document(path, hash));
  }
  store.record_documents(run, recorded);
  store.record_findings(run, {testing::border_conflict()});
  store.finish_run(run, {});
  return run;
}

TEST_CASE("pruning keeps the newest runs and the cache entries they read", "[store]") {
  Store store = Store::open(":memory:");
  const RunId oldest = add_run(store, "rules-1", {{"a.md", "hash-a1"}, {"b.md", "hash-b"}});
  const RunId middle = add_run(store, "rules-1", {{"a.md", "hash-a2"}, {"b.md", "hash-b"}});
  const RunId newest = add_run(store, "rules-2", {{"a.md", "hash-a2"}});

  const PruneCounts pruned = store.prune(2);
  CHECK(pruned.runs == 1);
  // hash-a1 was read by the oldest run only; hash-b under rules-1 is still read by the
  // middle run.
  CHECK(pruned.cache_entries == 1);

  const auto runs = store.runs();
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].id == middle);
  CHECK(runs[1].id == newest);
  CHECK(store.findings(oldest).empty());
  CHECK(store.documents(oldest).empty());
  CHECK(store.findings(middle).size() == 1);
  CHECK_FALSE(store.cached_statements("hash-a1", "rules-1", "0.1.0"));
  CHECK(store.cached_statements("hash-b", "rules-1", "0.1.0"));
  CHECK(store.cached_statements("hash-a2", "rules-1", "0.1.0"));
  CHECK(store.cached_statements("hash-a2", "rules-2", "0.1.0"));

  SECTION("pruning again changes nothing") { CHECK(store.prune(2) == PruneCounts{}); }
  SECTION("keeping no runs empties the history and the cache") {
    CHECK(store.prune(0) == PruneCounts{2, 3});
    CHECK(store.runs().empty());
    CHECK_FALSE(store.cached_statements("hash-b", "rules-1", "0.1.0"));
  }
}

TEST_CASE("pruning keeps entries by use, whatever the cache key holds", "[store]") {
  Store store = Store::open(":memory:");
  store.cache_statements("hash-outside@2024-02-01", "rules-1", "0.1.0", {});
  const RunId run = store.begin_run("0.1.0", "rules-1");
  // A key that folds in the publication date, read back as a hit during the run.
  store.cache_statements("hash-a@2024-02-01", "rules-1", "0.1.0", {});
  store.finish_run(run, {});
  const RunId next = store.begin_run("0.1.0", "rules-1");
  CHECK(store.cached_statements("hash-a@2024-02-01", "rules-1", "0.1.0"));
  store.finish_run(next, {});

  CHECK(store.prune(1) == PruneCounts{1, 1});
  CHECK(store.cached_statements("hash-a@2024-02-01", "rules-1", "0.1.0"));
  CHECK_FALSE(store.cached_statements("hash-outside@2024-02-01", "rules-1", "0.1.0"));
}

TEST_CASE("pruning is refused while a run is open", "[store]") {
  Store store = Store::open(":memory:");
  store.begin_run("0.1.0", "rules-1");
  CHECK_THROWS_WITH(store.prune(1), Contains("run 1 is still open"));
}

}  // namespace
}  // namespace factlint::store
