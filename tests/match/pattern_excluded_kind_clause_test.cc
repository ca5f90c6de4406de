// `not KIND` on a role a pattern fills from context (docs/rules.md "A role that
// excludes a kind or an entity"): a thing of that kind named in another clause of the
// sentence (after ";", "but", "while" ...) blocks nothing, as for a cue. Before, the
// whole sentence counted for a pattern: "The spire cost $90 million; the quarter cost
// $2 billion" gave the spire no cost under `not district` (session 22, a blind
// writer's report). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"R(
entity Halvor_Spire: building = "Halvor Spire"
entity Old_Quarter: district = "Old Quarter"
kind building = "spire"

fact cost(building: building not district) -> cost: money {
  pattern "(" {cost} ")"
  resolve building from context
}
)R";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a kind excluded from a pattern's role blocks its own clause only", "[match][kind][session22]") {
  Fixture f;
  CHECK(f.read("Halvor Spire opened in 1990. The spire cost NOK 800 million ($90 million); the Old Quarter "
               "around it cost $2 billion.") == Lines{"cost(Halvor_Spire) = USD 90 million"});
  CHECK(f.read("Halvor Spire opened in 1990. The Old Quarter cost NOK 800 million ($90 million).") == Lines{});
}
