// A modal does not veto the figure of a thing the text already knows ("will keep
// checking the 1,200-metre-long wall"). Sentences written for these tests, found in no
// corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kDam = R"(
entity Kestrel: dam = "Kestrel Dam", "Kestrel"
fact dam_length(dam: dam) -> length: length {
  cue long | length
  compare within 1%
}
)";

}  // namespace

// Before: a modal anywhere six words before vetoed the figure, so "will keep checking
// the 1,200-metre-long wall" stated nothing, though the wall's length is no forecast.
TEST_CASE("a modal does not veto the figure of a thing the text knows, after 'the' or 'its'", "[match][veto]") {
  RuleReader r(kDam);
  CHECK(r.read("Inspectors at the Kestrel Dam will keep checking the 1,200-metre-long wall every spring.") ==
        Lines{"dam_length(Kestrel) = 1,200 m"});
  CHECK(r.read("Divers could then survey the Kestrel Dam's 1,200 m length in a week.") ==
        Lines{"dam_length(Kestrel) = 1,200 m"});
  // The modal's own predicate, a thing being made, and a new thing are still forecasts.
  CHECK(r.read("The Kestrel Dam will be 1,200 metres long.").empty());
  CHECK(r.read("At the Kestrel Dam crews will build the 1,200-metre-long spillway.").empty());
  CHECK(r.read("The Kestrel Dam will get a 1,200-metre-long wall.").empty());
}
