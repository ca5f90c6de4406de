// A name after "another" is a thing of the same sort, not the entity. Sentences written
// for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kLifts = R"(
entity Wren_Lift: ship_lift = "Wren boat lift", "boat lift"
entity Wren_Dam: dam = "Wren Dam"
fact lift_height(lift: ship_lift) -> height: length {
  cue raises | lift height
  compare within 1%
}
)";

}  // namespace

// Before: "boat lift", an alias of the lift, named the lift in "another boat lift", and
// the other lift's 80 metres conflicted with the Wren lift's 60.
TEST_CASE("a name after 'another' is a thing of the same sort, not the entity", "[match][roles]") {
  RuleReader r(kLifts);
  CHECK(r.read("The Wren boat lift raises barges 60 metres. Further east there is another boat lift, which "
               "raises barges 80 metres.") == Lines{"lift_height(Wren_Lift) = 60 m"});
  // The sentence is about that other lift: the one named before does not take its figure.
  CHECK(r.read("The Wren boat lift opened in 2016. Another boat lift, far to the north, raises barges 80 metres.")
            .empty());
  // A name before a noun after "another" is the entity's: "another boat lift record".
  CHECK(r.read("It was another boat lift record: the Wren boat lift raises barges 60 metres.") ==
        Lines{"lift_height(Wren_Lift) = 60 m"});
}
