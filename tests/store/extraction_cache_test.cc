// Tests for checker/store/extraction_cache.cc: statements cached per document content,
// rule set and tool version, read back exactly.
#include <catch2/catch.hpp>

#include "samples.h"
#include "store/store.h"

namespace factlint::store {
namespace {

using testing::kInf;

TEST_CASE("cached statements round-trip every field, infinities included", "[store]") {
  Store store = Store::open(":memory:");
  const std::vector<match::Statement> statements = {
      testing::border_statement(), testing::meetings_statement(), testing::split_statement()};
  store.cache_statements("hash-a", "rules-1", "0.1.0", statements);
  const auto cached = store.cached_statements("hash-a", "rules-1", "0.1.0");
  REQUIRE(cached);
  REQUIRE(cached->size() == statements.size());
  for (std::size_t i = 0; i < statements.size(); ++i) {
    CAPTURE(i);
    testing::check_same((*cached)[i], statements[i]);
  }
  CHECK((*cached)[1].value.hi == kInf);
  CHECK((*cached)[2].value.lo == -kInf);
}

// The store writes each field of these structs by name (checker/store/value_rows.cc,
// finding_rows.cc, store.cc). A new field would silently not round-trip; this trips
// first. When it fails: store the new field (a new migration), test its round-trip, and
// update the size here. Finding::decisions is the one field left out on purpose: the
// decisions file is the only home of decisions (schema migration 3), and every run
// reads it again; Finding::spilled too: it says where a run's temporary file holds the
// statements (compare/finding_spill.h), and the store is given them read back;
// Statement::dropped_because too: a statement it is set on is dropped by the matcher
// before any report or store sees it (docs/rules.md "A cue that names a role's entity").
TEST_CASE("the persisted structs have exactly the fields the store writes", "[store]") {
  CHECK(sizeof(value::Value) == 176);
  CHECK(sizeof(match::Statement) == 584 + sizeof(match::Statement::dropped_because));
  CHECK(sizeof(compare::ValueGroup) == 208);
  CHECK(sizeof(compare::Finding) == 256 + sizeof(compare::Decisions) + sizeof(compare::Finding::spilled));
  CHECK(sizeof(doc::Metadata) == 128);
}

TEST_CASE("degenerate and extreme interval ends round-trip as written", "[store]") {
  using Ends = std::pair<double, double>;
  const auto [lo, hi] = GENERATE(table<double, double>({
      Ends{-kInf, kInf},  // unbounded both ways
      Ends{kInf, kInf},   // an infinity that is not an open end
      Ends{-kInf, -kInf},
      Ends{-1e308, 1e308},                  // the largest finite magnitudes stay finite
      Ends{0.1 + 0.2, 4184263.7000000002},  // full double precision
      Ends{-0.0, 5e-324},
  }));
  CAPTURE(lo, hi);
  match::Statement statement = testing::meetings_statement();
  statement.value.lo = lo;
  statement.value.hi = hi;
  Store store = Store::open(":memory:");
  store.cache_statements("hash-a", "rules-1", "0.1.0", {statement});
  const auto cached = store.cached_statements("hash-a", "rules-1", "0.1.0");
  REQUIRE(cached);
  REQUIRE(cached->size() == 1);
  CHECK((*cached)[0].value.lo == lo);
  CHECK((*cached)[0].value.hi == hi);
}

TEST_CASE("every value type and grain round-trips", "[store]") {
  Store store = Store::open(":memory:");
  std::vector<match::Statement> statements;
  for (const value::Type type :
       {value::Type::Ordinal, value::Type::Count, value::Type::Number, value::Type::Percent,
        value::Type::Length, value::Type::Area, value::Type::Mass, value::Type::Volume,
        value::Type::Energy, value::Type::Power, value::Type::Speed, value::Type::Money,
        value::Type::Year, value::Type::YearRange, value::Type::Date}) {
    for (const value::Grain grain :
         {value::Grain::None, value::Grain::Year, value::Grain::Month, value::Grain::Day}) {
      match::Statement statement = testing::split_statement();
      statement.value.type = type;
      statement.value.grain = grain;
      statements.push_back(statement);
    }
  }
  store.cache_statements("hash-a", "rules-1", "0.1.0", statements);
  const auto cached = store.cached_statements("hash-a", "rules-1", "0.1.0");
  REQUIRE(cached);
  REQUIRE(cached->size() == statements.size());
  for (std::size_t i = 0; i < statements.size(); ++i) {
    CAPTURE(i);
    CHECK((*cached)[i].value == statements[i].value);
  }
}

TEST_CASE("text that looks like SQL or JSON is stored as it is", "[store]") {
  match::Statement statement = testing::border_statement();
  statement.fact = "x'); DROP TABLE statements; --";
  statement.roles = {{"a", "\"quoted\", [bracketed]"}, {"b", "back\\slash"}, {"", ""}};
  statement.text = std::string("nul \0 inside", 12);
  statement.sentence =
      "emoji \xf0\x9f\x8c\x8d and Cyrillic \xd0\xa0\xd0\xbe\xd1\x81\xd1\x81\xd0\xb8\xd1\x8f";
  Store store = Store::open(":memory:");
  store.cache_statements("hash-'a'", "rules-1", "0.1.0", {statement});
  const auto cached = store.cached_statements("hash-'a'", "rules-1", "0.1.0");
  REQUIRE(cached);
  REQUIRE(cached->size() == 1);
  testing::check_same((*cached)[0], statement);
}

TEST_CASE("the cache misses on another content hash, rule-set hash or tool version", "[store]") {
  Store store = Store::open(":memory:");
  store.cache_statements("hash-a", "rules-1", "0.1.0", {testing::border_statement()});
  REQUIRE(store.cached_statements("hash-a", "rules-1", "0.1.0"));
  SECTION("another content hash") {
    CHECK_FALSE(store.cached_statements("hash-b", "rules-1", "0.1.0"));
  }
  SECTION("another rule-set hash") {
    CHECK_FALSE(store.cached_statements("hash-a", "rules-2", "0.1.0"));
  }
  SECTION("another tool version") {
    CHECK_FALSE(store.cached_statements("hash-a", "rules-1", "0.2.0"));
  }
}

TEST_CASE("a document that states nothing is a cache hit with no statements", "[store]") {
  Store store = Store::open(":memory:");
  store.cache_statements("hash-empty", "rules-1", "0.1.0", {});
  const auto cached = store.cached_statements("hash-empty", "rules-1", "0.1.0");
  REQUIRE(cached.has_value());
  CHECK(cached->empty());
}

TEST_CASE("caching under the same key again replaces the entry", "[store]") {
  Store store = Store::open(":memory:");
  store.cache_statements("hash-a", "rules-1", "0.1.0",
                         {testing::border_statement(), testing::meetings_statement()});
  store.cache_statements("hash-a", "rules-1", "0.1.0", {testing::split_statement()});
  const auto cached = store.cached_statements("hash-a", "rules-1", "0.1.0");
  REQUIRE(cached);
  REQUIRE(cached->size() == 1);
  testing::check_same((*cached)[0], testing::split_statement());
}

TEST_CASE("cached statements take the path they are read from when one is given", "[store]") {
  Store store = Store::open(":memory:");
  store.cache_statements("hash-a", "rules-1", "0.1.0", {testing::border_statement()});
  const auto same = store.cached_statements("hash-a", "rules-1", "0.1.0");
  REQUIRE(same);
  CHECK((*same)[0].document == testing::border_statement().document);
  const auto moved = store.cached_statements("hash-a", "rules-1", "0.1.0", "corpus/copy.md");
  REQUIRE(moved);
  CHECK((*moved)[0].document == "corpus/copy.md");
}

TEST_CASE("cache writes during a run commit with the run", "[store]") {
  Store store = Store::open(":memory:");
  const RunId run = store.begin_run("0.1.0", "rules-1");
  store.cache_statements("hash-a", "rules-1", "0.1.0", {testing::border_statement()});
  CHECK(store.cached_statements("hash-a", "rules-1", "0.1.0"));
  store.finish_run(run, {});
  CHECK(store.cached_statements("hash-a", "rules-1", "0.1.0"));
}

}  // namespace
}  // namespace factlint::store
