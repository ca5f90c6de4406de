// A cue or pattern that names a role's entity (`cue lorries => route=Northern_freight`)
// and a role's fallback entity (`region: region = Calder`): docs/rules.md "A cue that
// names a role's entity" and "A role's fallback entity". Sentences written for these
// tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kFerries = R"(
entity Gull_cars: route = "Gull Car Ferry", "the car ferry"
entity Gull_freight: route = "Gull Freight", "the freight ferry"
ignore entity Rival_routes: route = "Tern Line"
entity Brightwater: company = "Brightwater", "Brightwater Holdings"

fact vehicles_moved(route: route) -> vehicles: count {
  cue saloons | family cars => route=Gull_cars
  cue lorries | articulated trucks => route=Gull_freight
  cue vehicles
  scope per year
}
fact freight_crossings(route: route) -> vehicles: count {
  pattern {vehicles} lorries crossed the strait => route=Gull_freight
  scope per year
}
)";

}  // namespace

// Before: the route stayed open (the company is no route), so the topic or nothing
// took it; there was no way to say that lorries are the freight ferry's.
TEST_CASE("a cue that fixes a role gives its entity when the sentence names none", "[match][context]") {
  RuleReader r(kFerries);
  CHECK(r.read("Brightwater moved 640,000 lorries across the strait in 2022.") ==
        Lines{"vehicles_moved(Gull_freight) = 640,000"});
  const auto st = r.statements("Brightwater moved 640,000 lorries across the strait in 2022.");
  REQUIRE(st.size() == 1);
  CHECK(st[0].key == "vehicles_moved(Gull_freight)");
  CHECK(st[0].scope == "2022");
  REQUIRE(st[0].role_sources.size() == 1);
  CHECK(st[0].role_sources[0] == "cue lorries");
  // Nothing named at all: still the cue's entity, not nothing.
  CHECK(r.read("Across the strait, 1.9 million saloons were carried in 2021.") ==
        Lines{"vehicles_moved(Gull_cars) = 1.9 million"});
  // The sentences before name the car ferry: the lorries are still the freight ferry's.
  CHECK(r.read("The Gull Car Ferry sails hourly. It moved 310,000 lorries in 2020.") ==
        Lines{"vehicles_moved(Gull_freight) = 310,000"});
  // A cue without `=>` takes the role as ever, from the sentence or the context.
  CHECK(r.read("The Gull Car Ferry moved 2.2 million vehicles in 2019.") ==
        Lines{"vehicles_moved(Gull_cars) = 2.2 million"});
}

// Before: both figures went to the entity nearest each cue, Gull Freight.
TEST_CASE("a sentence naming both entities gives each cue its own", "[match][context]") {
  RuleReader r(kFerries);
  CHECK(r.read("In 2022 the Gull Car Ferry and Gull Freight moved 1.4 million saloons and 520,000 lorries.") ==
        Lines{"vehicles_moved(Gull_cars) = 1.4 million", "vehicles_moved(Gull_freight) = 520,000"});
}

TEST_CASE("a sentence naming another entity for a fixed role gives nothing, and says why", "[match][context]") {
  RuleReader r(kFerries);
  // The car ferry named, not the freight one: writer and rule disagree.
  CHECK(r.read("The Gull Car Ferry moved 75,000 lorries in 2018.").empty());
  // A rival route declared of the role's kind takes its own lorries (and is ignored).
  CHECK(r.read("The Tern Line moved 800,000 lorries in 2018.").empty());
  factlint::source::DiagnosticSink sink;
  auto document = factlint::doc::make_document("t.md", "The Gull Car Ferry moved 75,000 lorries in 2018.", "md", sink);
  auto misses = r.matcher().near_misses(document);
  REQUIRE(misses.size() == 1);
  CHECK(misses[0].on_purpose);
  CHECK(misses[0].reason ==
        "dropped: its route is 'Gull Car Ferry' (Gull_cars), but its cue 'lorries' gives that role Gull_freight "
        "(`=> route=Gull_freight`)");
}

// Before: a pattern had to capture every role (or resolve it from context).
TEST_CASE("a pattern that fixes a role need not capture it", "[match][context]") {
  RuleReader r(kFerries);
  const auto st = r.statements("Last year 58,000 lorries crossed the strait, the port said.");
  bool found = false;
  for (const auto& s : st) {
    if (s.fact != "freight_crossings") continue;
    found = true;
    CHECK(s.key == "freight_crossings(Gull_freight)");
    REQUIRE(s.role_sources.size() == 1);
    CHECK(s.role_sources[0] == "pattern");
  }
  CHECK(found);
}

namespace {

const char* const kRegions = R"(
entity Calder: region = "Calder"
entity Mossvale: region = "Mossvale"
ignore entity Far_regions: region = "Orrin Coast"
entity Calder_trust: trust = "Calder's heritage trust", "the heritage trust"

fact levy_rate(region: region = Calder) -> rate: percent {
  cue levy
}
fact levy_plain(region: region) -> rate: percent {
  cue duty
}
)";

}  // namespace

// Before: a role typed by its kind dropped the statement when nothing named a region.
TEST_CASE("a role's fallback entity fills it when the document names none", "[match][context]") {
  RuleReader r(kRegions);
  CHECK(r.read("Calder's heritage trust says the levy is 4 percent.") == Lines{"levy_rate(Calder) = 4%"});
  const auto st = r.statements("Calder's heritage trust says the levy is 4 percent.");
  REQUIRE(st.size() == 1);
  REQUIRE(st[0].role_sources.size() == 1);
  CHECK(st[0].role_sources[0] == "fallback");
  // Without a fallback, nothing (as before).
  CHECK(r.read("Calder's heritage trust says the duty is 4 percent.").empty());
  // Another region named takes it under its own key: the role is not tied.
  CHECK(r.read("Mossvale set the levy at 3 percent.") == Lines{"levy_rate(Mossvale) = 3%"});
  // The document names another region elsewhere: the fallback does not guess.
  CHECK(r.read("Mossvale is inland.\n\nLater on.\n\nMore text here.\n\nYet more.\n\n"
               "The heritage trust says the levy is 4 percent.")
            .empty());
  // An ignored region named elsewhere is no other region.
  CHECK(r.read("The Orrin Coast is far.\n\nLater on.\n\nMore text here.\n\nYet more.\n\n"
               "The heritage trust says the levy is 4 percent.") == Lines{"levy_rate(Calder) = 4%"});
}
