// Which value a cue match takes when a sentence holds several figures of its type
// (docs/rules.md "Cues", steps 4 and 5): a veto word belongs to the figure of its own
// phrase, and a dated series gives one statement per figure. Sentences
// written for these tests only.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "lang/parse.h"
#include "match/matcher.h"

using namespace factlint;

namespace {

struct Fixture {
  explicit Fixture(const char* text) {
    source::DiagnosticSink sink;
    rules = lang::parse_rules_text("choice.facts", text, sink);
    REQUIRE(rules);
    matcher.emplace(*rules);
  }
  // "fact(key) = value [scope]" for each statement, in order.
  std::vector<std::string> read(const std::string& text) const {
    std::vector<std::string> out;
    for (const match::Statement& s : matcher->run_text(text, value::CivilDate{2024, 3, 1})) {
      out.push_back(s.key + " = " + s.value.display + (s.scope.empty() ? "" : " [" + s.scope + "]"));
    }
    return out;
  }
  std::optional<lang::RuleSet> rules;
  std::optional<match::Matcher> matcher;
};

using Lines = std::vector<std::string>;

const char* const kVetoed = R"(
entity Acme: company = "Acme"
fact revenue(company: company) -> amount: money {
  cue revenue | sales
  unless profit
  scope per year
}
fact profit(company: company) -> amount: money {
  cue profit
  unless revenue | sales
  scope per year
}
)";

const char* const kPlain = R"(
entity Acme: company = "Acme"
fact revenue(company: company) -> amount: money {
  cue revenue | sales
  scope per year
}
fact profit(company: company) -> amount: money {
  cue profit
  scope per year
}
)";

}  // namespace

TEST_CASE("a veto word after the value that another figure stands nearer to vetoes that figure only", "[match][cue]") {
  Fixture f(kVetoed);
  // "unless revenue" keeps revenue figures out of profit: "revenue of $39.7 billion" is
  // the revenue's figure, not the profit's, so the profit stands; and "profit of $2.9
  // billion" is the profit's, so the revenue stands too.
  CHECK(f.read("Acme made a net profit of $2.9 billion on revenue of $39.7 billion in 2020.") ==
        Lines{"profit(Acme) = USD 2.9 billion [2020]", "revenue(Acme) = USD 39.7 billion [2020]"});
  // Between the cue and its value, before them, or nearest to the value, a veto holds.
  CHECK(f.read("Acme's sales, profit included, came to $4 billion.").empty());
  CHECK(f.read("Acme expects revenue of $50 billion in 2025.").empty());
  CHECK(f.read("Acme's revenue was $4 billion of sales profit.").empty());
  // Before the cue, a veto word followed by a figure of its own, between it and the
  // cue's value, is that figure's: the profit and the sales are both read.
  CHECK(f.read("Acme: profit of $3 billion and sales of $40 billion.") ==
        Lines{"profit(Acme) = USD 3 billion [2024]", "revenue(Acme) = USD 40 billion [2024]"});
}

TEST_CASE("a veto word belongs to the figure of its own phrase, before or after the value", "[match][cue]") {
  Fixture f(kVetoed);
  // After the value: "and" sets the revenue's phrase apart from the profit's, though
  // the revenue figure is fewer words from 'profit'.
  CHECK(f.read("Acme's revenue in 2023 was $12.5 billion and profit for the year $1.4 billion.") ==
        Lines{"revenue(Acme) = USD 12.5 billion [2023]", "profit(Acme) = USD 1.4 billion [2023]"});
  // Before the span: the profit's own figure stands between 'profit' and the revenue.
  CHECK(f.read("In 2021 Acme booked a profit of $0.8 billion on $9.6 billion of sales.") ==
        Lines{"profit(Acme) = USD 0.8 billion [2021]", "revenue(Acme) = USD 9.6 billion [2021]"});
  // A veto word with no figure of its own between it and the value still holds.
  CHECK(f.read("Acme's profit and sales came to $9 billion in 2022.").empty());
}

TEST_CASE("a veto word before a figure the cue prefers keeps vetoing the figures after it", "[match][cue]") {
  Fixture f(R"(
entity Rovers: club = "Rovers"
fact squad(club: club) -> players: count {
  cue players
  unless fined
}
)");
  // 'fined' is the 30's; the cue would take the 30 (right before it) over the 12, so
  // the 12 is not read in its place.
  CHECK(f.read("Rovers fined about 30 players, along with some 12 coaches.").empty());
  CHECK(f.read("Rovers named about 30 players, along with some 12 coaches.") ==
        Lines{"squad(Rovers) = about 30"});
}

TEST_CASE("each figure of a dated series is a statement of its own year", "[match][cue]") {
  Fixture f(kPlain);
  CHECK(f.read("Acme's revenue was $20 billion in 2019, $31 billion in 2021 and $45 billion in 2023.") ==
        Lines{"revenue(Acme) = USD 20 billion [2019]", "revenue(Acme) = USD 31 billion [2021]",
              "revenue(Acme) = USD 45 billion [2023]"});
  // A figure after the series that has no year of its own is not part of it.
  CHECK(f.read("Acme's revenue was $20 billion in 2019, $31 billion in 2021 and $45 billion in 2023, with $9 billion "
               "still owed.")
            .size() == 3);
}

TEST_CASE("a number among the cue's own words is not its value", "[match][cue]") {
  // A cue that names the fact with a number ("three-class") must take the figure the
  // sentence states, not the number of its own words; a gap's figure is still read.
  Fixture f(R"(
entity Jet: aircraft = "the Jet"
fact seating(of: aircraft) -> seats: count {
  cue three-class
  example "the Jet has 525 seats in a three-class layout" => of=Jet seats=525
}
fact crew(of: aircraft) -> people: count {
  cue crew ... members
  example "the Jet flies with a crew of 18 cabin members" => of=Jet people=18
}
fact size_rank(of: aircraft) -> rank: ordinal {
  cue largest
  example "the Jet is the second largest airliner" => of=Jet rank=2nd
}
)");
  CHECK(f.read("In a three-class layout, the Jet has 525 seats.") == Lines{"seating(Jet) = 525"});
  CHECK(f.read("The Jet seats 525 passengers in three classes.") == Lines{"seating(Jet) = 525"});
  CHECK(f.read("In its three-class version the Jet carries 525.") == Lines{"seating(Jet) = 525"});
  CHECK(f.read("The Jet flies with a crew of 18 cabin members.") == Lines{"crew(Jet) = 18"});
  // A superlative is a rank's value although it is the cue's word.
  CHECK(f.read("The Jet is the largest airliner.") == Lines{"size_rank(Jet) = 1st"});
}

namespace {

const char* const kCanal = R"(
entity Wenlock: canal = "Wenlock Canal"
fact canal_length(canal: canal) -> length: length {
  cue long | length
  unless locks | branches | smaller
}
fact canal_boats(canal: canal) -> boats: count {
  cue boats
  unless smaller
  scope per year
}
)";

}  // namespace

TEST_CASE("a veto word that another number counts belongs to that number", "[match][cue]") {
  Fixture f(kCanal);
  // "16 locks", "two branches": the veto words name what 16 and two count, not the length.
  CHECK(f.read("The Wenlock Canal, 58 km long with 16 locks, was finished in 1911.") ==
        Lines{"canal_length(Wenlock) = 58 km"});
  CHECK(f.read("The Wenlock Canal is 58 km long in two branches.") == Lines{"canal_length(Wenlock) = 58 km"});
  // A veto word of the value's own phrase still vetoes, and so does one after a year,
  // which dates it rather than counting it ("the 1911 locks").
  CHECK(f.read("The Wenlock Canal locks are 58 km long.").empty());
  CHECK(f.read("The Wenlock Canal is 58 km long with 1911 locks.").empty());
  // Nor is a word that goes on into a longer phrase only the number's ("16 locks built
  // by hand" may describe the canal too).
  CHECK(f.read("The Wenlock Canal, 58 km long with 16 locks built by hand, opened in 1911.").empty());
}

TEST_CASE("a veto word after a comma past the value is another phrase's, unless it speaks of a forecast",
          "[match][cue]") {
  Fixture f(kCanal);
  CHECK(f.read("In 2023 the Wenlock Canal saw 3,400 boats, counting smaller craft.") ==
        Lines{"canal_boats(Wenlock) = 3,400 [2023]"});
  // Without the comma the word is still the value's phrase's.
  CHECK(f.read("In 2023 the Wenlock Canal saw 3,400 boats and smaller craft.").empty());
  // A forecast word keeps vetoing past a comma: it speaks for the whole clause.
  CHECK(f.read("In 2026 the Wenlock Canal sees 3,400 boats, officials expect.").empty());
}

// Before: the main clause's "would" vetoed a figure in the aside before it (a
// newcomer's report, session 20: the conflict was hidden).
TEST_CASE("a forecast word after an aside set off by commas is the main clause's, not the aside's figure's",
          "[match][cue]") {
  Fixture f(kCanal);
  CHECK(f.read("In 2023 the Wenlock Canal, which saw 3,400 boats, would close for repairs.") ==
        Lines{"canal_boats(Wenlock) = 3,400 [2023]"});
  CHECK(f.read("In 2023 the Wenlock Canal, with 3,400 boats, was expected to close.") ==
        Lines{"canal_boats(Wenlock) = 3,400 [2023]"});
  // A forecast inside the aside is the figure's own; and without the aside, the clause's.
  CHECK(f.read("In 2023 the Wenlock Canal, which will see 3,400 boats, closed for repairs.").empty());
  CHECK(f.read("In 2026 the Wenlock Canal sees 3,400 boats, officials expect.").empty());
}

TEST_CASE("a veto word before ', and' is the joined clause's, unless it speaks of a forecast", "[match][cue]") {
  Fixture f(kCanal);
  CHECK(f.read("It counted fewer smaller craft, and Wenlock Canal saw 3,400 boats in 2023.") ==
        Lines{"canal_boats(Wenlock) = 3,400 [2023]"});
  CHECK(f.read("It counted fewer smaller craft and Wenlock Canal saw 3,400 boats in 2023.").empty());
  CHECK(f.read("Officials now expect more, and Wenlock Canal sees 3,400 boats in 2026.").empty());
}

namespace {

const char* const kGrain = R"(
entity Norland: country = "Norland"
fact grain_exports(country: country) -> quantity: mass {
  cue grain
  unless imported
  scope per year
}
)";

}  // namespace

TEST_CASE("a figure compared with a vetoed figure is vetoed with it", "[match][cue]") {
  Fixture f(kGrain);
  // The cue's own figure is an import (its veto word too far from the cue to reach the
  // comparison), so is the figure it is compared with: not the 2023 exports.
  CHECK(f.read("Norland imported a record 41 million tonnes of Baltic feed grain in 2023, up from 38 million "
               "tonnes the year before.")
            .empty());
  CHECK(f.read("Norland imported a record 41 million tonnes of Baltic feed grain in 2023 (2022: 38 million tonnes).")
            .empty());
  // Not vetoed, both figures are statements, each of its own year.
  CHECK(f.read("Norland exported a record 41 million tonnes of Baltic feed grain in 2023, up from 38 million "
               "tonnes the year before.") ==
        Lines{"grain_exports(Norland) = 41 million t [2023]", "grain_exports(Norland) = 38 million t [2022]"});
}

namespace {

const char* const kFleet = R"(
entity Gannet: company = "Gannet Lines"
fact fleet(company: company) -> vessels: count {
  cue vessels | ships
  unless methanol | scrubbers
  scope per year
}
)";

}  // namespace

TEST_CASE("a veto word in a phrase that narrows the counted things is the value's, however far", "[match][cue]") {
  Fixture f(kFleet);
  CHECK(f.read("By the end of 2023 Gannet Lines had 13 vessels able to sail on green methanol in service.").empty());
  CHECK(f.read("In 2023 Gannet Lines ran 21 ships fitted with exhaust gas scrubbers.").empty());
  // Past a comma the phrase is another one, and without such a phrase the window is as before.
  CHECK(f.read("In 2023 Gannet Lines ran 130 ships, and it plans to buy more that burn green methanol.") ==
        Lines{"fleet(Gannet) = 130 [2023]"});
  CHECK(f.read("In 2023 Gannet Lines operated 130 vessels with a mixed fleet, some on green methanol.") ==
        Lines{"fleet(Gannet) = 130 [2023]"});
}

// An investor's fact sheet wrote "Hybrid vehicles sold, 2023 (Toyota and Lexus,
// excluding plug-in hybrids): 3.56 million" and a rule vetoing "plug-in" read nothing.
TEST_CASE("a veto word in a phrase that says what the figure leaves out does not veto", "[match][cue]") {
  Fixture f(kFleet);
  CHECK(f.read("In 2023 Gannet Lines ran 130 ships (excluding methanol ships).") == Lines{"fleet(Gannet) = 130 [2023]"});
  CHECK(f.read("In 2023 Gannet Lines ran 130 ships excluding its methanol tankers.") ==
        Lines{"fleet(Gannet) = 130 [2023]"});
  CHECK(f.read("In 2023 Gannet Lines ran 130 ships other than methanol tankers.") ==
        Lines{"fleet(Gannet) = 130 [2023]"});
  // Named as what the figure is, the word vetoes as before.
  CHECK(f.read("In 2023 Gannet Lines ran 130 ships with scrubbers.").empty());
}

TEST_CASE("a number word after 'the' names a group already met, it counts nothing", "[match][cue]") {
  Fixture f(kFleet);
  CHECK(f.read("Gannet Lines cut its costs in 2023 once the two ships were merged.").empty());
  CHECK(f.read("In 2023 Gannet Lines sold those three vessels to a rival.").empty());
  // A count it is without "the", or in digits.
  CHECK(f.read("In 2023 Gannet Lines ran two ships on the northern loop.") == Lines{"fleet(Gannet) = 2 [2023]"});
  CHECK(f.read("In 2023 Gannet Lines ran the 130 ships of its fleet.") == Lines{"fleet(Gannet) = 130 [2023]"});
}

namespace {

const char* const kValves = R"(
entity Tern: engine = "Tern engine"
fact valve_count(engine: engine) -> valves: count {
  cue valve
}
)";

}  // namespace

TEST_CASE("'one' that picks one thing of a group counts nothing", "[match][cue]") {
  Fixture f(kValves);
  // At the clause's opening, before the cue's noun: one of the valves, not their number.
  CHECK(f.read("The Tern engine runs hot. One valve sticks when the oil is cold.").empty());
  CHECK(f.read("The Tern engine runs hot. One intake valve sticks when the oil is cold.").empty());
  CHECK(f.read("The Tern engine runs hot.\n\n| Part | Size |\n|---|---|\n| One valve | 4 cm |\n").empty());
  // A pronoun after a determiner, with a word between or not.
  CHECK(f.read("The Tern engine lost a valve in 2019 and an older one now holds the seal.").empty());
  CHECK(f.read("The Tern engine runs hot, and this valve is the last one we fitted.").empty());
  // "one" elsewhere, and "1" in digits, count.
  CHECK(f.read("The Tern engine has one valve.") == Lines{"valve_count(Tern) = 1"});
  CHECK(f.read("The Tern engine runs hot. 1 valve serves it.") == Lines{"valve_count(Tern) = 1"});
  CHECK(f.read("The Tern engine runs hot. Sixteen valves serve it.") == Lines{"valve_count(Tern) = 16"});
}

TEST_CASE("a number after a preposition and a stage's noun names the stage, it counts nothing", "[match][cue]") {
  Fixture f(kValves);
  CHECK(f.read("The Tern engine has a bad valve in phase 3 of the tests.").empty());
  CHECK(f.read("The Tern engine lost a valve by week 12 of the trial.").empty());
  // Without the preposition the figure counts.
  CHECK(f.read("The Tern engine had 3 valves replaced each week.") == Lines{"valve_count(Tern) = 3"});
}

TEST_CASE("a number after 'parts of' counts things only in part, it states no count", "[match][cue]") {
  Fixture f(kValves);
  CHECK(f.read("For the Tern engine a local shop cast major parts of two valves.").empty());
  CHECK(f.read("For the Tern engine a local shop cast pieces of three valves.").empty());
  // The things themselves are counted.
  CHECK(f.read("For the Tern engine a local shop cast two valves.") == Lines{"valve_count(Tern) = 2"});
}

namespace {

const char* const kSuppliers = R"(
entity Tern: engine = "Tern engine"
fact supplier_count(engine: engine) -> suppliers: count {
  cue suppliers
}
)";

}  // namespace

TEST_CASE("before the cue, a figure that counts some of another group is that group's", "[match][cue]") {
  Fixture f(kSuppliers);
  CHECK(f.read("The Tern engine maker cast the block and three of the pistons with outside suppliers.").empty());
  // A cue right after the group says what the counted ones are; after the cue, or
  // without the partitive, the figure is read.
  CHECK(f.read("For the Tern engine, three of the firms became suppliers.") == Lines{"supplier_count(Tern) = 3"});
  CHECK(f.read("The Tern engine has suppliers: three of the firms we know.") == Lines{"supplier_count(Tern) = 3"});
  CHECK(f.read("The Tern engine maker cast the block with three outside suppliers.") ==
        Lines{"supplier_count(Tern) = 3"});
}

namespace {

const char* const kCanalCost = R"(
entity Velm: canal = "Velm Canal"
fact canal_cost(canal: canal) -> cost: money {
  cue cost
  unless widening
}
)";

}  // namespace

TEST_CASE("a subject that names a thing vetoed in the sentences before is that thing", "[match][cue]") {
  Fixture f(kCanalCost);
  // "The scheme" is the widening scheme: its cost is not the canal's.
  CHECK(f.read("The Velm Canal opened in 1890. In 2010 voters backed a widening scheme for the Velm Canal. "
               "The scheme cost $900 million.")
            .empty());
  // Another scheme named last, or no scheme named before, leaves the figure the canal's.
  CHECK(f.read("The Velm Canal opened in 1890. In 2010 voters backed a widening scheme, then a building scheme. "
               "The scheme cost $900 million.") == Lines{"canal_cost(Velm) = USD 900 million"});
  CHECK(f.read("The Velm Canal opened in 1890. The scheme cost $90 million.") == Lines{"canal_cost(Velm) = USD 90 million"});
  // A new paragraph starts afresh.
  CHECK(f.read("The Velm Canal opened in 1890. In 2010 voters backed a widening scheme for the Velm Canal.\n\n"
               "The scheme cost $900 million.") == Lines{"canal_cost(Velm) = USD 900 million"});
}

namespace {

const char* const kDeaths = R"(
entity Orm: mountain = "Mount Orm"
fact deaths(mountain: mountain) -> people: count {
  cue died
  unless "so far"
}
)";

}  // namespace

TEST_CASE("'the' and a role's kind count as one word in a veto's reach, as a name does", "[match][cue]") {
  Fixture f(kDeaths);
  CHECK(f.read("Mount Orm is steep. Nine people have died on the mountain so far.").empty());
  CHECK(f.read("Mount Orm is steep. Nine people have died on Mount Orm so far.").empty());
  // Other words are words of their own: the veto is out of reach.
  CHECK(f.read("Mount Orm is steep. Nine people have died on the north col so far.") == Lines{"deaths(Orm) = 9"});
  CHECK(f.read("Mount Orm is steep. Nine people have died on the mountain since 1950.") == Lines{"deaths(Orm) = 9"});
}

TEST_CASE("a figure that states a difference between two figures is not the value", "[match][cue]") {
  const char* const kRules = R"(
entity Ashford: town = "Ashford"
entity Acme: company = "Acme"
fact residents(town: town) -> people: count {
  cue residents | census count
  scope per year
}
fact revenue(company: company) -> amount: money {
  cue revenue
  scope per year
}
fact tower_height(town: town) -> height: length {
  cue tower
}
)";
  Fixture f(kRules);
  // "N below the ...", "N short of ...", "N more than ...": how far one figure is from another.
  CHECK(f.read("Ashford's estimate for 2023 is 61,250, about 3,400 below the 2021 census count.") ==
        Lines{"residents(Ashford) = 61,250 [2023]"});
  CHECK(f.read("Ashford ended 2022 some 900 residents short of its peak.").empty());
  CHECK(f.read("Ashford counted 1,100 more residents than in 2020.").empty());
  CHECK(f.read("Acme's revenue in 2022 was $4.1 billion, $600 million more than the year before.") ==
        Lines{"revenue(Acme) = USD 4.1 billion [2022]"});
  CHECK(f.read("Acme booked revenue of $2.2 billion in 2021, $300 million higher than analysts had pencilled in.") ==
        Lines{"revenue(Acme) = USD 2.2 billion [2021]"});
  // A length keeps "above": a height above the ground is the height itself; a
  // comparative still makes it a difference.
  CHECK(f.read("The Ashford tower rises 84 m above the market square.") == Lines{"tower_height(Ashford) = 84 m"});
  CHECK(f.read("The Ashford tower is 84 m tall, 9 m taller than the church.") == Lines{"tower_height(Ashford) = 84 m"});
  // "more than" before a figure is a bound, read as ever.
  CHECK(f.read("Ashford had more than 60,000 residents in 2020.") == Lines{"residents(Ashford) = more than 60,000 [2020]"});
}

TEST_CASE("a figure with 'more', 'fewer', 'additional' or 'extra' after it is an amount added, not a level",
          "[match][cue]") {
  const char* const kRules = R"(
entity Ashford: town = "Ashford"
entity Acme: company = "Acme"
fact residents(town: town) -> people: count {
  cue residents
  scope per year
}
fact revenue(company: company) -> amount: money {
  cue revenue
  scope per year
}
)";
  Fixture f(kRules);
  // Without the rule: 4,000 and 2,500 residents, USD 90 million of revenue.
  CHECK(f.read("The new estate in Ashford has room for 4,000 more residents in 2023.").empty());
  CHECK(f.read("Ashford planners asked in 2022 for 2,500 additional residents to be housed.").empty());
  CHECK(f.read("Acme's revenue in 2021 got $90 million extra from licences.").empty());
  CHECK(f.read("Ashford ended 2021 with 700 fewer residents.").empty());
  // The level beside it is still read; "more or less" is a hedge, not an addition.
  CHECK(f.read("Ashford had 61,000 residents in 2023, 1,200 more residents than planned.") ==
        Lines{"residents(Ashford) = 61,000 [2023]"});
  CHECK(f.read("Ashford had 61,000 residents in 2023, more or less.") == Lines{"residents(Ashford) = 61,000 [2023]"});
}

TEST_CASE("a number after the noun of a numbered place names the place", "[match][cue]") {
  const char* const kRules = R"(
entity Ashford: town = "Ashford"
fact bus_trips(town: town) -> trips: count {
  cue trips | ride
}
)";
  Fixture f(kRules);
  CHECK(f.read("In Ashford the café is on floors 12 to 14, and the lift ride up is free.").empty());
  CHECK(f.read("Ashford's shuttle leaves from gate 7 and the ride takes ten minutes.").empty());
  CHECK(f.read("Ashford buses made 4,500 trips from the depot.") == Lines{"bus_trips(Ashford) = 4,500"});
}

TEST_CASE("a relative clause between a subject and its cue leaves the subject's veto word in reach", "[match][cue]") {
  const char* const kRules = R"(
entity Ashford: town = "Ashford"
fact town_area(town: town) -> area: area {
  cue covers
  unless district
}
)";
  Fixture f(kRules);
  CHECK(f.read("Ashford's wider district, which takes in the water meadows and two old mills, covers about 30 hectares.")
            .empty());
  CHECK(f.read("Ashford, which grew around two old mills, covers about 12 hectares.") ==
        Lines{"town_area(Ashford) = about 12 ha"});
}

// Session 25 (a blind writer's report, session 24): in a list of figures each followed
// by its label, a cue that ends one item ("74.1% in poor condition") took the figure
// opening the next item, as near in words but past a comma.
TEST_CASE("on a tie, the figure with no separator between it and the cue is the value", "[match][cue]") {
  const char* const kRules = R"(
entity Ashford: town = "Ashford"
fact poor_share(town: town) -> share: percent {
  cue poor repair
}
fact trade(town: town) -> amount: money {
  cue trade reached
}
)";
  Fixture f(kRules);
  CHECK(f.read("Of Ashford's roads, 12% are new, 61% in poor repair, 27% closed.") ==
        Lines{"poor_share(Ashford) = 61%"});
  CHECK(f.read("Ashford's roads are 12% new, 61% in poor repair; 27% are closed.") ==
        Lines{"poor_share(Ashford) = 61%"});
  // After "and" a figure may be the cue's own, its verb left unsaid: the one after it.
  CHECK(f.read("In 2019 about 12% of Ashford's roads were in poor repair and in 2023 about 61%.") ==
        Lines{"poor_share(Ashford) = about 61%"});
  // Nothing between on either side: the figure after the cue, as before.
  CHECK(f.read("Ashford's £4 million trade reached £9 million.") == Lines{"trade(Ashford) = GBP 9 million"});
}

// Session 25 (a blind writer's report, session 24): "the biggest audience since 2012"
// gave a date fact "2012/..", the year a record is measured from.
TEST_CASE("a year a record or a count is measured from is no date of the fact's event", "[match][cue]") {
  const char* const kRules = R"(
entity Ashford: town = "Ashford"
fact fair_opened(town: town) -> date: date {
  cue fair opened
}
fact fair_year(town: town) -> year: year {
  cue fair began
}
)";
  Fixture f(kRules);
  CHECK(f.read("Ashford's fair opened to its biggest crowd since 2012.").empty());
  CHECK(f.read("Ashford's fair began its fifth season since 2019.").empty());
  // No rank or count before "since": the start of what holds since then.
  CHECK(f.read("Ashford's fair opened in May 2012.") == Lines{"fair_opened(Ashford) = 2012-05"});
  CHECK(f.read("Ashford's fair began in 2019.") == Lines{"fair_year(Ashford) = 2019"});
}
