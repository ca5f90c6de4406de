// A figure between a determiner and a noun measures that noun, not the fact (docs/rules.md
// "Cues", step 2). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Gull: canal = "Gull Canal"
fact canal_cost(canal: canal) -> cost: money {
  cue cost
}
fact canal_length(canal: canal) -> length: length {
  cue length | stretches
}
fact canal_staff(canal: canal) -> staff: count {
  cue work | employs
}
fact basin_count(canal: canal) -> basins: count {
  cue basin | basins
}
)";

}  // namespace

TEST_CASE("a figure that measures another noun is not the fact's", "[match][cue][attributive]") {
  RuleReader r(kRules);
  // Without the rule: the lighthouse's $300 million as the canal's cost, the tunnel's
  // 12 km as its length.
  CHECK(r.read("The Gull Canal cost more than planned, including its own $300 million lighthouse.").empty());
  CHECK(r.read("The length of the Gull Canal takes in its 12 km tunnel.").empty());
  CHECK(r.read("The Gull Canal employs the region's 300 lock keepers.").empty());
  // Before the cue, a figure with a noun of its own counts that noun, determiner or not.
  CHECK(r.read("The Gull Canal was cut into three building zones, with the upper basin first.").empty());
  // A cue after "before", "after", "until" or "since" names another event: the figure
  // counts its own noun up to then.
  CHECK(r.read("The Gull Canal took some 400 survey trips before its first basin.").empty());
  CHECK(r.read("The Gull Canal needed 70 dredging weeks after the basins opened.").empty());
  // A cue after "from" names where the noun comes from, not what it does.
  CHECK(r.read("The Gull Canal's 14 m ceiling comes from its length.").empty());
  CHECK(r.read("The Gull Canal's 30 pump gates came from the basin works.").empty());
}

TEST_CASE("a figure that measures a cue's noun, a role's kind or a cue's subject is the fact's",
          "[match][cue][attributive]") {
  RuleReader r(kRules);
  CHECK(r.read("The Gull Canal stretches through the hills as a 40 km canal.") ==
        Lines{"canal_length(Gull) = 40 km"});
  CHECK(r.read("The Gull Canal came in at a $2 billion cost.") == Lines{"canal_cost(Gull) = USD 2 billion"});
  CHECK(r.read("Of the 900 people who work on the Gull Canal, most are pilots.") ==
        Lines{"canal_staff(Gull) = 900"});
  CHECK(r.read("The Gull Canal has three large basins.") == Lines{"basin_count(Gull) = 3"});
  CHECK(r.read("The Gull Canal had three large basins before 1900.") == Lines{"basin_count(Gull) = 3"});
  // A cue after "of" or "in" is still the figure's: "kinds of basins", "were in basins".
  CHECK(r.read("The Gull Canal has 12 kinds of basin.") == Lines{"basin_count(Gull) = 12"});
  // No determiner before it: "a record", "an estimated" describe the figure itself.
  CHECK(r.read("The Gull Canal cost an estimated $2 billion.") == Lines{"canal_cost(Gull) = an estimated USD 2 billion"});
}

TEST_CASE("explain says a figure measures another noun", "[match][cue][attributive]") {
  RuleReader r(kRules);
  const auto misses = r.matcher().near_misses_text("The length of the Gull Canal takes in its 12 km tunnel.");
  REQUIRE(misses.size() == 1);
  CHECK(misses[0].fact == "canal_length");
  CHECK(misses[0].reason == "the length value '12 km' measures the noun after it, not what cue 'length' names");
}

namespace {

// Sentences written for these tests only.
const char* const kHyphened = R"(
entity Kestrel: aircraft = "Kestrel 9", "the Kestrel"
fact engine_count(of: aircraft) -> engines: count {
  cue engine | engines
}
fact fleet(of: aircraft) -> planes: count {
  cue aircraft | planes | in service
}
)";

}  // namespace

TEST_CASE("a figure hyphened to a participle counts what the participle names", "[match][cue][attributive]") {
  RuleReader r(kHyphened);
  // The cue names the participle's noun: the figure is its value (it was not read at all).
  CHECK(r.read("The Kestrel 9 is a four-engined jet.") == Lines{"engine_count(Kestrel) = 4"});
  CHECK(r.read("Unlike most long-haul types, the Kestrel is three-engined.") == Lines{"engine_count(Kestrel) = 3"});
  CHECK(r.read("The Kestrel 9 is a 4-engined airliner.") == Lines{"engine_count(Kestrel) = 4"});
  // Another cue's noun: the figure counts engines, not aircraft (it was 4 aircraft when
  // read); the count after it is the fleet's.
  CHECK(r.read("The four-engined Kestrel 9 has 120 aircraft in service.") ==
        Lines{"engine_count(Kestrel) = 4", "fleet(Kestrel) = 120"});
  CHECK(r.read("The Kestrel 9 is a four-engined aircraft.") == Lines{"engine_count(Kestrel) = 4"});
  // A figure hyphened to a noun is as before: "a 130-plane fleet" counts the fleet's planes.
  CHECK(r.read("The Kestrel 9 flies with a 130-plane fleet.") == Lines{"fleet(Kestrel) = 130"});
}

TEST_CASE("explain says a figure counts what its participle names", "[match][cue][attributive]") {
  RuleReader r(kHyphened);
  const auto misses = r.matcher().near_misses_text("The Kestrel 9 is a four-engined aircraft.");
  REQUIRE(misses.size() == 1);
  CHECK(misses[0].fact == "fleet");
  CHECK(misses[0].reason ==
        "the count value 'four' counts what the word hyphened to it names, not what cue 'aircraft' names");
}

TEST_CASE("a unit written out in the plural is the figure's own noun", "[match][cue][attributive]") {
  RuleReader r(kRules);
  // Before: "the length value '64 kilometres' measures the noun after it" ("wind").
  CHECK(r.read("The length of the Gull Canal: its 64 kilometres wind past nine villages.") ==
        Lines{"canal_length(Gull) = 64 km"});
  // A unit that modifies a noun stays singular or short: still the noun's figure.
  CHECK(r.read("The length of the Gull Canal takes in its 12 kilometre tunnel.").empty());
}
