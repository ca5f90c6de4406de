// Misreadings behind false conflicts and wrong verdicts (issue 8, session 20): each
// case a class of phrasing, with sentences written for these tests, found in no corpus.
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

namespace {

const char* const kLine = R"(
entity Harbour: railway = "Harbour Line"
fact stations(railway: railway) -> stations: count {
  cue station | stops
  compare exact
}
fact staff(railway: railway) -> people: count {
  cue employs | staff
  compare within 5%
}
)";

}  // namespace

// Before: "stations in three boroughs" gave the line three stations, and a count of
// control systems nine words after "stations" became a false conflict.
TEST_CASE("a count after a preposition counts its own plural noun, not the cue's things", "[match][count]") {
  RuleReader r(kLine);
  CHECK(r.read("The Harbour Line has stations in three boroughs.").empty());
  CHECK(r.read("The Harbour Line opened late after work on its stations and on the signals that let trains "
               "move between four different safety systems.")
            .empty());
  // The cue's own count is read, and a figure with no noun of its own too.
  CHECK(r.read("The Harbour Line serves 41 stations in three boroughs.") == Lines{"stations(Harbour) = 41"});
  CHECK(r.read("The Harbour Line has stations: 41 in all.") == Lines{"stations(Harbour) = 41"});
  // A figure right after a cue verb counts what the verb acts on.
  CHECK(r.read("The Harbour Line employs 2,300 people.") == Lines{"staff(Harbour) = 2,300"});
}

namespace {

const char* const kDams = R"(
entity Kestrel: dam = "Kestrel Dam"
entity Plover: dam = "Plover Dam"
fact dam_height(dam: dam) -> height: length {
  cue high | tall
  compare within 1%
}
)";

const char* const kFarBack =
    "We spent a week by the Kestrel Dam last spring.\n\n"
    "The weather was kind. The boats were slow. Lunch was good. We met a guide. The lake was calm.\n\n";

}  // namespace

// Before: a blog that names its dam once and then opens a sentence with "the dam" gave
// its figures to no dam once the name was more than three sentences back (the topic
// needed two names, a kind's subject six sentences at most).
TEST_CASE("a sentence opening with 'the' and a kind means the one thing of that kind the document names",
          "[match][topic]") {
  RuleReader r(kDams);
  CHECK(r.read(std::string(kFarBack) + "Then the dam itself. It is 95 metres high.") ==
        Lines{"dam_height(Kestrel) = 95 m"});
  // Without "the dam", or with a second dam named, the figure has no dam.
  CHECK(r.read(std::string(kFarBack) + "Then the wall. It is 95 metres high.").empty());
  CHECK(r.read(std::string(kFarBack) + "We walked along the dam. It is 95 metres high.").empty());
  CHECK(r.read(std::string(kFarBack) + "The Plover Dam is upstream. The sky was grey. The road was long. "
                                       "The car was old.\n\nThen the dam itself. It is 95 metres high.")
            .empty());
}

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

namespace {

const char* const kRailways = R"(
entity Metro: railway = "the Metro", "Metro"
entity Harbour: railway = "Harbour Line"
fact opened(railway: railway) -> day: date {
  cue opened
}
)";

}  // namespace

// Before: "shown on the Metro map" made the Metro what the next sentence's "It" means,
// and the Harbour Line's opening day became the Metro's (a false conflict).
TEST_CASE("a name before a noun in a preposition's object is no pronoun's antecedent", "[match][roles]") {
  RuleReader r(kRailways);
  CHECK(r.read("### Is the Harbour Line part of the Metro?\n\nNot quite, but it is shown on the Metro map in green. "
               "It opened on 3 May 2021.") == Lines{"opened(Harbour) = 2021-05-03"});
  // The name itself, as a verb's object, still is.
  CHECK(r.read("### Is the Harbour Line part of the Metro?\n\nRiders still prefer the Metro. It opened on 3 May "
               "1921.") == Lines{"opened(Metro) = 1921-05-03"});
}

namespace {

const char* const kOutput = R"(
entity Wren: dam = "Wren Dam"
fact annual_generation(dam: dam) -> energy: energy {
  cue generated | output
  scope per year
}
)";

}  // namespace

// Before: "close to 9 TWh in a good year" was read as the publication year's output.
TEST_CASE("a figure 'in a good year' is a typical year's, no year's own", "[match][span]") {
  factlint::testing::ScopedRuleReader r(kOutput);
  CHECK(r.read("The Wren Dam's output runs close to 9 TWh in a good year.").empty());
  CHECK(r.read("The Wren Dam's output is about 8 TWh in an average year.").empty());
  // "in a year", and a year of its own called good, are still statements of their year.
  CHECK(r.read("In 2023 the Wren Dam generated more than 9 TWh in a year for the first time.") ==
        Lines{"annual_generation(Wren) = more than 9 TWh [2023]"});
  CHECK(r.read("The Wren Dam generated 9.2 TWh in 2023, a good year.") ==
        Lines{"annual_generation(Wren) = 9.2 TWh [2023]"});
}
