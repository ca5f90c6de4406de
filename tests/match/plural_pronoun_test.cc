// "they" after a sentence opening with another thing's plural name means that thing
// (docs/rules.md "Cues", step 3, "A pronoun after another thing's sentence").
// Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Orle_Rail: operator = "Orle Rail"
entity Barge_Lines: service = "the barge lines", "barge lines"
fact riders(operator: operator) -> people: count {
  cue carried
}
)";

}  // namespace

// Before: "they" went on to the operator named before, which took the barges' load.
TEST_CASE("'they' after a sentence opening with another thing's plural name is that thing's", "[match][context]") {
  RuleReader r(kRules);
  CHECK(r.read("Orle Rail lost riders in 2020. The barge lines fared better. In 2019 they carried 1.7 million "
               "tonnes.")
            .empty());
  // The sentence names the operator itself: read as ever.
  CHECK(r.read("Orle Rail lost riders in 2020. The barge lines fared better. In 2019 Orle Rail carried 1.7 million "
               "people.") == Lines{"riders(Orle_Rail) = 1.7 million"});
}
