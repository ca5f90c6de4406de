// `ignore entity`: found like any entity, so it takes the figures stated of it, but
// none of its statements is reported (docs/rules.md "Ignored entities"). Sentences
// written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Brenner: peak = "Brenner Peak", "Brenner"
ignore entity Other_peaks: peak = "Ostra", "Mount Ostra", "Varn Peak"
ignore entity Elsewhere = "Calder Range"

fact summit_height(peak: peak) -> height: length {
  cue high | tall | height
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("an ignored entity takes its figures and reports none", "[match][context]") {
  Fixture f;
  CHECK(f.read("Brenner Peak stands 4,120 m high.") == Lines{"summit_height(Brenner) = 4,120 m"});
  // Its own sentence, and a pronoun after it: no statement, and never Brenner's.
  CHECK(f.read("Brenner Peak is the local favourite. Mount Ostra stands 4,480 m high.").empty());
  CHECK(f.read("Brenner Peak is popular. Mount Ostra is steeper. It is 4,480 m high.").empty());
  // Both in one sentence: each figure goes to its own peak; only Brenner's is reported.
  CHECK(f.read("Brenner Peak is 4,120 m high, while Varn Peak is 3,900 m high.") ==
        Lines{"summit_height(Brenner) = 4,120 m"});
}

// Before: an ignored entity without a kind fitted no role typed `peak`, so its figure
// went on to the peak named before it (a newcomer's report).
TEST_CASE("an ignored entity fits every role, whatever its kind", "[match][context]") {
  Fixture f;
  CHECK(f.read("Brenner Peak is popular. The Calder Range is 3,100 m high.").empty());
}

// Before: `rules audit` listed an ignored entity's sentence as a miss, "its roles were not
// all named" (a newcomer's report): it stated what the rules said to drop.
// Before: such a sentence gave no near miss at all, so `explain --text` said only "no
// fact matched this text" and a writer could not see the ignore at work (a newcomer's
// report). It is a miss on purpose: explain says why, the audit leaves it out.
TEST_CASE("a sentence that states an ignored entity's figure is a near miss on purpose, saying why",
          "[match][context]") {
  Fixture f;
  source::DiagnosticSink sink;
  doc::Document document =
      doc::make_document("test.md", "Brenner Peak is popular. Mount Ostra stands 4,480 m high.", "md", sink);
  std::vector<match::NearMiss> misses = f.matcher().near_misses(document);
  REQUIRE(misses.size() == 1);
  CHECK(misses[0].on_purpose);
  CHECK(misses[0].reason ==
        "dropped: its peak is 'Mount Ostra' (Other_peaks), an ignored entity (`ignore entity` at test.facts:3)");
  REQUIRE_FALSE(f.near_misses("Brenner Peak is popular. It stands high.").empty());
  doc::Document unstated = doc::make_document("test.md", "Brenner Peak is popular. It stands high.", "md", sink);
  CHECK_FALSE(f.matcher().near_misses(unstated).at(0).on_purpose);
}

// Before: "Mount Ostra is steeper." in the paragraph before took the next paragraph's
// figure, which was then dropped as Ostra's (a blind rule writer's report).
TEST_CASE("an ignored entity named in an earlier paragraph takes none of a new paragraph's figures",
          "[match][context]") {
  Fixture f;
  CHECK(f.read("Brenner Peak is the local favourite. Brenner draws climbers.\n\n"
               "Mount Ostra is steeper.\n\n"
               "It stands 4,120 m high.") == Lines{"summit_height(Brenner) = 4,120 m"});
  // In its own paragraph, it is still what the next sentence means.
  CHECK(f.read("Brenner Peak is the local favourite. Brenner draws climbers.\n\n"
               "Mount Ostra is steeper. It stands 4,480 m high.")
            .empty());
}

TEST_CASE("an ignored entity of another kind yields to an entity of the role's kind as near", "[match][context]") {
  testing::RuleReader r(R"(
entity Arrow: train = "Arrow Stock"
ignore entity Operators = "Transit Board"
fact fleet_size(train: train) -> trains: count {
  cue fleet
}
)");
  // Without the rule the ignored operator, as near the cue as the trains, took the
  // train's role and the statement was dropped.
  CHECK(r.read("The Transit Board runs a fleet of 192 Arrow Stock trains.") ==
        std::vector<std::string>{"fleet_size(Arrow) = 192"});
  // Nearer, or alone, it still takes the figure.
  CHECK(r.read("The Transit Board runs a fleet of 192 trains.").empty());
}

namespace {

const char* const kKindRules = R"(
entity Tallis: reef = "Tallis Reef"
ignore entity Grazers: group = "sea urchins", "urchins", "parrotfish"
entity Orrin: plant = "Orrin Works"
ignore entity Other_models: model = "Vanta", "Kestrel"
ignore entity Other_plants: plant = "Dunmore Yard"

fact outbreaks(reef: reef) -> outbreaks: count {
  cue outbreaks
}
fact plant_opened(plant: plant) -> year: year {
  cue rolled off | opened
}
)";

}  // namespace

// Before: an ignored entity of another kind nearer the cue took the role, and the
// statement was dropped, though the sentence named an entity of the role's kind (four
// blind rule writers' reports: a catch-all of animal groups took a reef's role, a car
// model a plant's).
TEST_CASE("an ignored entity of another kind never beats an entity of the role's kind in the sentence",
          "[match][context]") {
  testing::RuleReader r(kKindRules);
  CHECK(r.read("Three outbreaks of sea urchins have struck Tallis Reef since the survey began.") ==
        Lines{"outbreaks(Tallis) = 3"});
  CHECK(r.read("The first Vanta rolled off the line at Orrin Works in 1994.") == Lines{"plant_opened(Orrin) = 1994"});
  // An ignored entity of the role's own kind still takes the role: its figure, dropped.
  CHECK(r.read("Dunmore Yard opened in 1971.").empty());
  CHECK(r.read("Orrin Works is the newer plant. Dunmore Yard opened in 1971.").empty());
  // With no entity of the role's kind in the sentence it is still the last resort: the
  // figure is the urchins', and dropped.
  CHECK(r.read("Tallis Reef lies offshore. Sea urchins have had three outbreaks.").empty());
}

// Before: the context search took the first entity an earlier sentence names, an ignored
// entity of another kind too, and "The reef" took the grazers of the sentence before.
TEST_CASE("context prefers an entity of the role's kind to an ignored entity of another kind",
          "[match][context]") {
  testing::RuleReader r(kKindRules);
  CHECK(r.read("Divers counted parrotfish and corals at Tallis Reef in March. They recorded two outbreaks.") ==
        Lines{"outbreaks(Tallis) = 2"});
  CHECK(r.read("Tallis Reef lies offshore. Parrotfish graze there. The reef has seen four outbreaks.") ==
        Lines{"outbreaks(Tallis) = 4"});
  // A sentence that names only the ignored entity is still what a pronoun after it means.
  CHECK(r.read("Tallis Reef lies offshore. Parrotfish graze there. They have had four outbreaks.").empty());
}

// Before: an ignored entity's alias matched whatever its case, so the model "Crown"
// took the carmaker's role in "kept its crown" and dropped the statement (a blind rule
// writer's report).
TEST_CASE("an ignored entity's one-word capitalized alias does not match the word in lowercase",
          "[match][context]") {
  testing::RuleReader r(R"(
entity Kessler: carmaker = "Kessler", "Kessler Motors"
ignore entity Other_models: model = "Crown", "Vanta"
fact car_sales(company: carmaker) -> cars: count {
  cue sold | selling
}
)");
  CHECK(r.read("Kessler Motors is the largest carmaker. It kept its crown, selling 9 million cars.") ==
        Lines{"car_sales(Kessler) = 9 million"});
  // Written capitalized, it is the model, and its figure is dropped.
  CHECK(r.read("Kessler Motors is the largest carmaker. The Crown sold 40,000 cars.").empty());
  // Declared in lowercase too, it matches in any case, as before.
  testing::RuleReader any(R"(
entity Kessler: carmaker = "Kessler", "Kessler Motors"
ignore entity Other_models: model = "Crown", "crown"
fact car_sales(company: carmaker) -> cars: count {
  cue sold | selling
}
)");
  CHECK(any.read("Kessler Motors is the largest carmaker. It kept its crown, selling 9 million cars.").empty());
}

TEST_CASE("an ignored entity's capitalized alias names nothing in a title that writes it in lowercase",
          "[match][context]") {
  testing::RuleReader r(R"(
entity Kessler: carmaker = "Kessler", "Kessler Motors"
ignore entity Other_models: model = "Crown"
fact car_sales(company: carmaker) -> cars: count {
  cue sold | selling
}
)");
  CHECK(r.read("---\ntitle: A crown for Kessler\n---\n\nThe group sold 9 million cars.") ==
        Lines{"car_sales(Kessler) = 9 million"});
}
