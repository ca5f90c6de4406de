// `count ordinals`: an ordinal that numbers an event counts the events so far
// (docs/rules.md "Derived values"). Sentences written for these tests, found in no
// corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Harbourside: airport = "Harbourside Airport", "Harbourside"
entity Lune_Cup: prize = "Lune Cup"

fact trophies(airport: airport) -> wins: count {
  cue trophy | best terminal award
  count ordinals
  values 3 to 30
}
fact festival_editions(airport: airport) -> editions: count {
  cue festival
  count ordinals
}
)";

}  // namespace

// Before: "top" just before the cue was read as a 1st, so a count of 1 beside the 9
// (a blind writer's report, session 18), though the fact's values start at 3.
TEST_CASE("a count read from an ordinal passes the fact's values", "[match][cue]") {
  RuleReader f(kRules);
  CHECK(f.read("Harbourside has collected the top trophy 9 times.") == Lines{"trophies(Harbourside) = 9"});
  // An ordinal outside the values is passed over (before: a count of 2).
  CHECK(f.read("Harbourside won its second trophy on Friday.").empty());
  CHECK(f.read("Harbourside won its 14th trophy on Friday.") == Lines{"trophies(Harbourside) = 14"});
}

TEST_CASE("a superlative or 'top' before the cue counts nothing", "[match][cue]") {
  RuleReader f(kRules);
  // No values here: before, each was a count of 1.
  CHECK(f.read("Harbourside hosts the top festival of the region.").empty());
  CHECK(f.read("Harbourside hosts the largest festival of the region.").empty());
  CHECK(f.read("Harbourside hosted its first festival in 1998.") == Lines{"festival_editions(Harbourside) = 1"});
  CHECK(f.read("Harbourside hosted its twenty-first festival in 2019.") ==
        Lines{"festival_editions(Harbourside) = 21"});
}

// Before: only an ordinal right before a cue word was read, so "for the ninth time"
// needed a bare `cue time`, which reads anything done the Nth time (session 18).
TEST_CASE("an ordinal in 'for the Nth time' counts when a cue of the fact is in its clause", "[match][cue]") {
  RuleReader f(kRules);
  CHECK(f.read("Harbourside took the trophy for the ninth time.") == Lines{"trophies(Harbourside) = 9"});
  CHECK(f.read("Harbourside was given the best terminal award for the 11th time at a gala in Oslo.") ==
        Lines{"trophies(Harbourside) = 11"});
  CHECK(f.read("For a record 12th time, Harbourside lifted the trophy.") == Lines{"trophies(Harbourside) = 12"});
  // The ordinal counts the clause's own event only: no cue in its clause, no count.
  CHECK(f.read("Harbourside reopened for the fifth time; the trophy went elsewhere.").empty());
  // A run of years is no total.
  CHECK(f.read("Harbourside took the trophy for the sixth consecutive time.").empty());
}
