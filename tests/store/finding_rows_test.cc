// Tests for checker/store/finding_rows.cc: a run's findings read back with their value
// groups, and a conflict's statements.
#include <catch2/catch.hpp>

#include "samples.h"
#include "store/store.h"

namespace factlint::store {
namespace {

TEST_CASE("findings round-trip with their value groups and statements", "[store]") {
  Store store = Store::open(":memory:");
  const std::vector<compare::Finding> findings = {testing::border_conflict(),
                                                  testing::meetings_consistent()};
  const RunId run = store.begin_run("0.1.0", "rules-1");
  store.record_findings(run, findings);
  store.finish_run(run, compare::Summary{2, 4, 2, 1, 1, 0});
  const std::vector<compare::Finding> loaded = store.findings(run);
  REQUIRE(loaded.size() == findings.size());
  testing::check_same(loaded[0], findings[0]);
  // An agreeing finding keeps its verdict and values; its statements are not copied.
  REQUIRE(findings[1].verdict != compare::Verdict::Conflicting);
  CHECK(loaded[1].id == findings[1].id);
  CHECK(loaded[1].verdict == findings[1].verdict);
  CHECK(loaded[1].explanation == findings[1].explanation);
  REQUIRE(loaded[1].values.size() == findings[1].values.size());
  REQUIRE_FALSE(findings[1].values[0].statements.empty());
  CHECK(loaded[1].values[0].value == findings[1].values[0].value);
  CHECK(loaded[1].values[0].statements.empty());
}

TEST_CASE("a conflict keeps the first statements of each value, not every copy", "[store]") {
  compare::Finding conflict = testing::border_conflict();
  REQUIRE(conflict.verdict == compare::Verdict::Conflicting);
  std::vector<match::Statement>& many = conflict.values[0].statements;
  const match::Statement model = many.front();
  many.clear();
  for (std::size_t i = 0; i < kStatementsPerValue + 5; ++i) {
    match::Statement s = model;
    s.document = "corpus/copy-" + std::to_string(i) + ".md";
    many.push_back(s);
  }
  Store store = Store::open(":memory:");
  const RunId run = store.begin_run("0.1.0", "rules-1");
  store.record_findings(run, {conflict});
  store.finish_run(run, {});
  const auto loaded = store.findings(run);
  REQUIRE(loaded.size() == 1);
  REQUIRE(loaded[0].values[0].statements.size() == kStatementsPerValue);
  CHECK(loaded[0].values[0].statements.front().document == "corpus/copy-0.md");
  CHECK(loaded[0].values[1].statements.size() == conflict.values[1].statements.size());
}

TEST_CASE("every verdict round-trips", "[store]") {
  const compare::Verdict verdict = GENERATE(
      compare::Verdict::Consistent, compare::Verdict::Conflicting, compare::Verdict::SingleSource);
  compare::Finding finding = testing::meetings_consistent();
  finding.verdict = verdict;
  Store store = Store::open(":memory:");
  const RunId run = store.begin_run("0.1.0", "rules-1");
  store.record_findings(run, {finding});
  store.finish_run(run, {});
  REQUIRE(store.findings(run).size() == 1);
  CHECK(store.findings(run)[0].verdict == verdict);
}

TEST_CASE("findings recorded in several calls keep their order", "[store]") {
  Store store = Store::open(":memory:");
  const RunId run = store.begin_run("0.1.0", "rules-1");
  store.record_findings(run, {testing::meetings_consistent()});
  store.record_findings(run, {testing::border_conflict(), testing::meetings_consistent()});
  store.finish_run(run, {});
  const auto loaded = store.findings(run);
  REQUIRE(loaded.size() == 3);
  CHECK(loaded[0].id == "f-0042");
  CHECK(loaded[1].id == "f-9c1e2a");
  CHECK(loaded[2].id == "f-0042");
}

TEST_CASE("each run keeps its own findings", "[store]") {
  Store store = Store::open(":memory:");
  const RunId first = store.begin_run("0.1.0", "rules-1");
  store.record_findings(first, {testing::border_conflict()});
  store.finish_run(first, {});
  const RunId second = store.begin_run("0.1.0", "rules-1");
  store.record_findings(second, {testing::meetings_consistent()});
  store.finish_run(second, {});
  REQUIRE(store.findings(first).size() == 1);
  CHECK(store.findings(first)[0].fact == "border_length");
  REQUIRE(store.findings(second).size() == 1);
  CHECK(store.findings(second)[0].fact == "leader_meetings");
  CHECK(store.findings(second + 1).empty());
}

TEST_CASE("a run's findings keep their statements when the cache entry is replaced", "[store]") {
  Store store = Store::open(":memory:");
  const RunId run = store.begin_run("0.1.0", "rules-1");
  store.cache_statements("hash-a", "rules-1", "0.1.0", {testing::border_statement()});
  store.record_findings(run, {testing::border_conflict()});
  store.finish_run(run, {});
  store.cache_statements("hash-a", "rules-1", "0.1.0", {});
  REQUIRE(store.findings(run).size() == 1);
  testing::check_same(store.findings(run)[0], testing::border_conflict());
}

TEST_CASE("a finding with no value groups round-trips", "[store]") {
  compare::Finding finding = testing::meetings_consistent();
  finding.values.clear();
  Store store = Store::open(":memory:");
  const RunId run = store.begin_run("0.1.0", "rules-1");
  store.record_findings(run, {finding});
  store.finish_run(run, {});
  REQUIRE(store.findings(run).size() == 1);
  testing::check_same(store.findings(run)[0], finding);
}

}  // namespace
}  // namespace factlint::store
