// One name for things of different kinds (docs/rules.md "One name for things of
// different kinds"): "the Ostra" is the forest for a forest's role and the river for a
// river's, in the sentence, by context, after a kind's noun and as the document's topic.
// Before, the alias named the entity declared first, and a role of the other kind never
// took it (a blind writer's report, session 18). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Ostra_Forest: forest = "Ostra Forest", "the Ostra"
entity Ostra_River: river = "Ostra River", "the Ostra"
entity Velk_River: river = "Velk River", "the Velk"
entity Kell: region = "Kell Province"

fact forest_area(forest: forest) -> area: area {
  cue covers
}
fact river_length(river: river) -> length: length {
  cue long
}
fact river_mouth(river: river) -> width: length {
  pattern {river} is {width} wide at its mouth
}
fact districts(region: region) -> n: count {
  cue districts
}
)";

const char* const kCityTeam = R"(
entity Harwick_City: city = "Harwick", "City of Harwick"
entity Harwick_Rovers: team = "Harwick", "Harwick Rovers"
entity Dunmore: city = "Dunmore"

fact population(city: city) -> people: count {
  cue residents
}
fact titles(team: team) -> n: count {
  cue titles
}
)";

const char* const kCompanyProduct = R"(
entity Corvane_Inc: company = "Corvane", "Corvane Inc"
entity Corvane_Phone: product = "Corvane", "the Corvane phone"

fact employees(company: company) -> staff: count {
  cue employs | employees
}
fact units_sold(product: product) -> units: count {
  pattern {product} sold {units} units
}
)";

}  // namespace

TEST_CASE("a name of a forest and a river fills a role of either kind", "[match][shared-alias]") {
  RuleReader r(kRules);
  // In the sentence: each role takes the entity of its kind.
  CHECK(r.read("The Ostra is 640 km long.") == Lines{"river_length(Ostra_River) = 640 km"});
  CHECK(r.read("The Ostra covers 5,500 km2.") == Lines{"forest_area(Ostra_Forest) = 5,500 km2"});
  // A pattern's capture too.
  CHECK(r.read("The Ostra is 3 km wide at its mouth.") == Lines{"river_mouth(Ostra_River) = 3 km"});
  // After another river, the shared name is still its own river, not the one before.
  CHECK(r.read("The Velk River is 300 km long. The Ostra is 640 km long.") ==
        Lines{"river_length(Velk_River) = 300 km", "river_length(Ostra_River) = 640 km"});
  // A role of neither kind does not take it.
  CHECK(r.read("The Ostra has 12 districts.").empty());
}

TEST_CASE("a name of two kinds resolves by the role's kind from context", "[match][shared-alias]") {
  RuleReader r(kRules);
  // A pronoun after a sentence that opens with the name.
  CHECK(r.read("The Ostra floods each spring. It is 640 km long.") == Lines{"river_length(Ostra_River) = 640 km"});
  CHECK(r.read("The Ostra floods each spring. It covers 5,500 km2.") ==
        Lines{"forest_area(Ostra_Forest) = 5,500 km2"});
  // A kind's noun opening the sentence means the nearest thing of its kind named before.
  CHECK(r.read("The Ostra floods each spring. The river is 640 km long.") ==
        Lines{"river_length(Ostra_River) = 640 km"});
  CHECK(r.read("The Ostra floods each spring. The forest covers 5,500 km2.") ==
        Lines{"forest_area(Ostra_Forest) = 5,500 km2"});
}

TEST_CASE("a title naming a name of two kinds is the topic of roles of both", "[match][shared-alias]") {
  RuleReader r(kRules);
  const std::string doc = "---\ntitle: Life along the Ostra\ndate: 2024-03-01\n---\n\n"
                          "Boats are common here.\n\nAt 640 km long, it is a busy waterway.\n\n"
                          "Timber is cut here too.\n\nIn all it covers 5,500 km2.\n";
  CHECK(r.read(doc) == Lines{"river_length(Ostra_River) = 640 km", "forest_area(Ostra_Forest) = 5,500 km2"});
}

TEST_CASE("a compared name of two kinds fills no role of either", "[match][shared-alias]") {
  RuleReader r(kRules);
  CHECK(r.read("The Velk River is 300 km long, shorter than the Ostra.") ==
        Lines{"river_length(Velk_River) = 300 km"});
}

TEST_CASE("a city and its team share a name", "[match][shared-alias]") {
  RuleReader r(kCityTeam);
  CHECK(r.read("Harwick has 310,000 residents.") == Lines{"population(Harwick_City) = 310,000"});
  CHECK(r.read("Harwick have 9 titles.") == Lines{"titles(Harwick_Rovers) = 9"});
  // "The city" after a sentence naming the team by the shared name means the city.
  CHECK(r.read("Harwick won again on Saturday. The city has 310,000 residents.") ==
        Lines{"population(Harwick_City) = 310,000"});
}

TEST_CASE("a company and its product share a name", "[match][shared-alias]") {
  RuleReader r(kCompanyProduct);
  CHECK(r.read("Corvane employs 12,000 people.") == Lines{"employees(Corvane_Inc) = 12,000"});
  CHECK(r.read("Corvane sold 40,000 units in May.") == Lines{"units_sold(Corvane_Phone) = 40,000"});
}

TEST_CASE("a near miss lists every entity a shared name names", "[match][shared-alias]") {
  RuleReader r(kRules);
  factlint::source::DiagnosticSink sink;
  auto document = factlint::doc::make_document("t.md", "The Ostra has 12 districts.", "md", sink);
  auto misses = r.matcher().near_misses(document);
  REQUIRE(misses.size() == 1);
  CHECK_THAT(misses[0].reason,
             Catch::Contains("the sentence names 'The Ostra' (Ostra_Forest, forest; Ostra_River, river), "
                             "which no role takes"));
}
