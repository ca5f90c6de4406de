// A clause after ", but", ", while" or ", whereas" that repeats the cue clause's verb
// for a figure of its own states the same fact (match/parallel_clause.h; docs/rules.md
// "Cues", step 2). Before, "Around 1.9 million visitors came in 2019, but only 480,000
// came in 2020" gave only 2019's figure (session 22, a blind writer's report).
// Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Norland: country = "Norland"

fact visitors(country: country) -> visitors: count {
  cue visitors
  scope per year
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("the clause after 'but' with the same verb gives its figure", "[match][clause][session22]") {
  Fixture f;
  CHECK(f.read_scoped("About 2.4 million visitors flew to Norland in 2018, but only 610,000 flew in 2021.") ==
        Lines{"visitors(Norland) = about 2.4 million [2018]", "visitors(Norland) = 610,000 [2021]"});
  CHECK(f.read_scoped("About 2.4 million visitors were counted in Norland in 2018, but only 610,000 were counted in 2021.") ==
        Lines{"visitors(Norland) = about 2.4 million [2018]", "visitors(Norland) = 610,000 [2021]"});
  CHECK(f.read_scoped("About 2.4 million visitors arrived in Norland in 2018, while only 610,000 arrived in 2021.") ==
        Lines{"visitors(Norland) = about 2.4 million [2018]", "visitors(Norland) = 610,000 [2021]"});
}

TEST_CASE("a clause after 'but' with another verb gives nothing", "[match][clause][session22]") {
  Fixture f;
  // An auxiliary repeated is no predicate repeated.
  CHECK(f.read_scoped("Norland had 2.4 million visitors in 2018, but 610,000 had left by 2021.") ==
        Lines{"visitors(Norland) = 2.4 million [2018]"});
  CHECK(f.read_scoped("About 2.4 million visitors flew to Norland in 2018, but 610,000 stayed home in 2021.") ==
        Lines{"visitors(Norland) = about 2.4 million [2018]"});
}
