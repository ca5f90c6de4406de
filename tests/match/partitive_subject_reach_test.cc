// A figure that heads its clause's subject reaches its verb past its own "of" phrase:
// "About 18 per cent of the original Fernwood Forest has been lost" reads as "About 18
// per cent has been lost" (docs/rules.md "Cues", step 2). Before, the phrase put the
// cue seven words after the figure, past the six a cue reaches back. The sentences are
// written for these tests and found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Fernwood: forest = "Fernwood Forest", "Fernwood"

fact lost_share(forest: forest) -> share: percent {
  cue lost | cleared
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a figure's own 'of' phrase is no distance from it to its verb", "[match][cue]") {
  testing::RuleReader f(kRules);
  CHECK(f.read("About 18 per cent of the original Fernwood Forest has been lost.") ==
        Lines{"lost_share(Fernwood) = about 18%"});
  CHECK(f.read("Close to a fifth of the whole of Fernwood Forest has already been cleared.") ==
        Lines{"lost_share(Fernwood) = close to 20%"});
  // A long phrase, or one with a verb of its own, is still too far.
  CHECK(f.read("About 18 per cent of the trees that stood in the old northern part of Fernwood Forest have been "
               "lost.")
            .empty());
  CHECK(f.read("About 18 per cent of the paths the rangers mapped in Fernwood have been lost.").empty());
}
