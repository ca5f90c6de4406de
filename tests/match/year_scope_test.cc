// The year a statement is scoped to where the year written nearest is not its own
// (docs/rules.md "Cues", steps 5 and 7): an answer dated by its question, a year that
// only bounds the time a figure held, a year of another clause's event, a timeline's
// label dating a day and month. The sentences are written for these tests and found
// in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Orwen_Ferries: operator = "Orwen Ferries", "Orwen"
entity Veland: country = "Veland"
entity Brask_Fund: fund = "Brask Fund"
entity Kell_Bridge: bridge = "Kell Bridge"

fact cars_carried(operator: operator) -> cars: count {
  cue cars
  scope per year
}
fact spending_share(country: country) -> share: percent {
  cue spend
  scope per year
}
fact fund_value(fund: fund) -> value: money {
  cue worth
  scope per year
}
fact drivers_rescued(bridge: bridge) -> drivers: count {
  cue rescued
  scope per year
}
fact bridge_opening(bridge: bridge) -> day: date {
  cue opens
}
)";

// Published on 2024-03-01.
struct Fixture : testing::ScopedRuleReader {
  Fixture() : ScopedRuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("an answer naming no year takes its question's year", "[match][time]") {
  Fixture f;
  CHECK(f.read("Orwen Ferries had a calm winter.\n\n**How many cars did Orwen carry last year?**\n\n"
               "Roughly 1.4 million, more than ever.") == Lines{"cars_carried(Orwen_Ferries) = roughly 1.4 million [2023]"});
  CHECK(f.read("Orwen Ferries had a calm winter.\n\n**And how many cars did Orwen carry in 2021?**\n\n"
               "About 900,000.") == Lines{"cars_carried(Orwen_Ferries) = about 900,000 [2021]"});
  // The answer's own year goes first.
  CHECK(f.read("Orwen Ferries had a calm winter.\n\n**How many cars did Orwen carry last year?**\n\n"
               "In 2022 it was roughly 1.4 million.") == Lines{"cars_carried(Orwen_Ferries) = roughly 1.4 million [2022]"});
  // A question naming no year leaves the answer's year as it was.
  CHECK(f.read("Orwen Ferries had a calm winter.\n\n**How many cars does Orwen carry?**\n\n"
               "Roughly 1.4 million.") == Lines{"cars_carried(Orwen_Ferries) = roughly 1.4 million [2024]"});
}

TEST_CASE("a year that bounds the time a figure held is not its year", "[match][time]") {
  Fixture f;
  // "until 2017": the figure held before 2017, not in it; no other year, so the
  // publication year, as for a sentence naming none.
  CHECK(f.read("Until 2017, the budget law let Veland spend 5 percent of its reserve.") ==
        Lines{"spending_share(Veland) = 5% [2024]"});
  CHECK(f.read("In 2012 the budget law let Veland spend 5 percent of its reserve until 2017.") ==
        Lines{"spending_share(Veland) = 5% [2012]"});
  // A decade after "until the (late)" bounds the time as much: no forecast of the 2030s,
  // the label's year dates the figure.
  CHECK(f.read("**2023.** Orwen Ferries still carries 1.2 million cars and means to keep its fleet until the late "
               "2030s.") == Lines{"cars_carried(Orwen_Ferries) = 1.2 million [2023]"});
  CHECK(f.read("**2023.** Orwen Ferries still carries 1.2 million cars and means to keep its fleet until the "
               "2030s.") == Lines{"cars_carried(Orwen_Ferries) = 1.2 million [2023]"});
  // A span's end still dates it (leaving it out lost a held-out verdict).
  CHECK(f.read("Between 2009 and 2017 the amount Veland may spend rose to 5 percent.") ==
        Lines{"spending_share(Veland) = 5% [2017]"});
  // A year of its own stays.
  CHECK(f.read("In 2017 the budget law let Veland spend 5 percent of its reserve.") ==
        Lines{"spending_share(Veland) = 5% [2017]"});
}

TEST_CASE("a timeline's label dates a day and month of a date fact", "[match][time]") {
  Fixture f;
  CHECK(f.read("**1994.** The Kell Bridge opens on 6 May.\n\n**1995.** Tolls rise.") ==
        Lines{"bridge_opening(Kell_Bridge) = 1994-05-06"});
  CHECK(f.read("**1994.** The Kell Bridge opens on 6 July.\n\n**1995.** Tolls rise.") ==
        Lines{"bridge_opening(Kell_Bridge) = 1994-07-06"});
}

TEST_CASE("a past event's figure takes the year of the day the sentence before tells", "[match][time]") {
  Fixture f;
  CHECK(f.read("A storm shut the Kell Bridge on 11 September 2008. Crews rescued 32 drivers from the deck.") ==
        Lines{"drivers_rescued(Kell_Bridge) = 32 [2008]"});
  CHECK(f.read("A storm shut the Kell Bridge in September 2008. Crews rescued 32 drivers from the deck.") ==
        Lines{"drivers_rescued(Kell_Bridge) = 32 [2008]"});
  // Not a figure told in the present, nor across a paragraph, nor after a year alone.
  CHECK(f.read("A storm shut the Kell Bridge on 11 September 2008. Crews on the Kell Bridge rescue 32 drivers "
               "a year.") == Lines{"drivers_rescued(Kell_Bridge) = 32 [2024]"});
  CHECK(f.read("A storm shut the Kell Bridge on 11 September 2008.\n\nCrews rescued 32 drivers from the deck.") ==
        Lines{"drivers_rescued(Kell_Bridge) = 32 [2024]"});
  CHECK(f.read("A storm shut the Kell Bridge in 2008. Crews rescued 32 drivers from the deck.") ==
        Lines{"drivers_rescued(Kell_Bridge) = 32 [2024]"});
  // "until February 2009" bounds how long the bridge stayed shut: the rescue is the storm's.
  CHECK(f.read("A storm shut the Kell Bridge on 11 September 2008. Crews rescued 32 drivers from the deck, and the "
               "Kell Bridge stayed partly shut until February 2009.") ==
        Lines{"drivers_rescued(Kell_Bridge) = 32 [2008]"});
  // Nor a time counted from the publication date: its sentence frames nothing so.
  CHECK(f.read("A storm shut the Kell Bridge last spring. Crews rescued 32 drivers from the deck.") ==
        Lines{"drivers_rescued(Kell_Bridge) = 32 [2024]"});
  // Nor when the sentence before names two years.
  CHECK(f.read("A storm shut the Kell Bridge on 11 September 2008, and again in 2010. Crews rescued 32 drivers "
               "from the deck.") == Lines{"drivers_rescued(Kell_Bridge) = 32 [2024]"});
}

// Before: "not ... until February 2009" (the date reader takes "not until" for the
// time a thing happened, no bound) gave its year to the rescue (session 23, the
// channel-tunnel topic's misses).
TEST_CASE("a month's year after 'until' bounds a time, as a year alone does", "[match][time]") {
  Fixture f;
  CHECK(f.read("A storm shut the Kell Bridge on 11 September 2008. Crews rescued 32 drivers from the deck, though "
               "full service was not restored until February 2009.") ==
        Lines{"drivers_rescued(Kell_Bridge) = 32 [2008]"});
  CHECK(f.read("The budget law let Veland spend 5 percent of its reserve, though not until 3 March 2017.") ==
        Lines{"spending_share(Veland) = 5% [2024]"});
  // A month's year without "until" dates the figure.
  CHECK(f.read("Crews on the Kell Bridge rescued 32 drivers in February 2009.") ==
        Lines{"drivers_rescued(Kell_Bridge) = 32 [2009]"});
}

TEST_CASE("a clause saying 'now' after ', and' holds at the time of writing", "[match][time]") {
  factlint::testing::RuleReader r(R"(
entity Ashford: town = "Ashford"
fact concerts(town: town) -> concerts: count {
  cue concerts
  scope per year
}
)");
  CHECK(r.read_scoped("In 2019 Ashford's hall drew 90,000 people, and it now stages 420 concerts a year.") ==
        std::vector<std::string>{"concerts(Ashford) = 420 [2024]"});
  // The year of its own clause still dates it.
  CHECK(r.read_scoped("Ashford's hall drew 90,000 people in 2019, and it staged 380 concerts in 2021.") ==
        std::vector<std::string>{"concerts(Ashford) = 380 [2021]"});
  CHECK(r.read_scoped("In 2019 Ashford's hall drew 90,000 people and staged 380 concerts.") ==
        std::vector<std::string>{"concerts(Ashford) = 380 [2019]"});
}

TEST_CASE("a fiscal year dates its figure before a date of an event in the same clause", "[match][time]") {
  factlint::testing::RuleReader r(R"(
entity Ashford: town = "Ashford"
fact town_budget(town: town) -> amount: money {
  cue budget
  scope per year
}
)");
  CHECK(r.read_scoped("Ashford's budget, which for fiscal year 2021 was approved in May 2020, came to $41 million.") ==
        std::vector<std::string>{"town_budget(Ashford) = USD 41 million [2021]"});
  CHECK(r.read_scoped("Ashford's budget was approved in May 2020 at $41 million.") ==
        std::vector<std::string>{"town_budget(Ashford) = USD 41 million [2020]"});
}
