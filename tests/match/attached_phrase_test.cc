// Appositives and relative clauses (docs/rules.md "Cues", "Appositives and relative
// clauses"): a phrase hung on a name describes that name, so the entities it names,
// its years and its vetoes stay inside it. Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Alder_Point: gauge = "Alder Point"
entity Fenwick: gauge = "Fenwick"
entity Marlow: gauge = "Marlow"
entity Velmar: country = "Velmar"
entity Ostra: country = "Ostra"
entity Brandt: company = "Brandt Corp", "Brandt"
entity Ostler: company = "Ostler Lines", "Ostler"

fact water_level(gauge: gauge) -> level: length {
  cue level | sank to | fell to
  scope per year
}
fact exporter_rank(country: country) -> rank: ordinal {
  cue exporter | exporters
  scope per year
}
fact grain_shipped(country: country) -> mass: mass {
  cue shipped
  scope per year
}
fact staff(company: company) -> people: count {
  cue employees | staff
}
fact brandt_staff(company: company) -> people: count {
  cue workers
  unless Ostler
}
fact line_rank(company: company) -> rank: ordinal {
  cue ferry (line | operator)
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
  // "fact(key) = value [scope]" for each statement, in order.
  std::vector<std::string> read(const std::string& text) const {
    std::vector<std::string> out;
    for (const match::Statement& s : statements(text)) {
      out.push_back(s.key + " = " + s.value.text + (s.scope.empty() ? "" : " [" + s.scope + "]"));
    }
    return out;
  }
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("an entity named inside an appositive yields to the name the appositive describes", "[match][cue]") {
  Fixture f;
  // Marlow is nearest the cue, but it only says where Alder Point lies.
  CHECK(f.read("The buoy at Alder Point, the shallow bend between Fenwick and Marlow that pilots dread, sank to 31 cm "
               "on Friday.") == Lines{"water_level(Alder_Point) = 31 cm [2024]"});
  CHECK(f.read("Alder Point, which lies between Fenwick and Marlow, sank to 31 cm in 2023.") ==
        Lines{"water_level(Alder_Point) = 31 cm [2023]"});
  // Without the appositive, the nearest name is still the one the level is of.
  CHECK(f.read("Between Fenwick and Marlow the level fell to 31 cm in 2023.") ==
        Lines{"water_level(Marlow) = 31 cm [2023]"});
}

TEST_CASE("a cue and its value inside a relative clause are about the name it describes", "[match][cue]") {
  Fixture f;
  // Brandt Corp is nearer the cue than Ostler Lines, but the clause describes Ostler Lines.
  CHECK(f.read("Ostler Lines, which has 4,200 employees, joined Brandt Corp last year.") ==
        Lines{"staff(Ostler) = 4,200"});
  CHECK(f.read("Ostler Lines joined Brandt Corp, which has 9,000 staff.") == Lines{"staff(Brandt) = 9,000"});
}

TEST_CASE("a year inside an appositive dates only the figures inside it", "[match][cue]") {
  Fixture f;
  // "third" takes the publication year, not the appositive's 2021; "largest" keeps 2021.
  CHECK(f.read("Velmar, the largest exporter in 2021, fell to third among exporters.") ==
        Lines{"exporter_rank(Velmar) = largest [2021]", "exporter_rank(Velmar) = third [2024]"});
  // A year of the main clause still dates the main clause's figure.
  CHECK(f.read("In 2023 Velmar, the largest exporter in 2021, fell to third among exporters.") ==
        Lines{"exporter_rank(Velmar) = largest [2021]", "exporter_rank(Velmar) = third [2023]"});
}

TEST_CASE("a past participle's phrase set off by commas dates only its own figures", "[match][attached]") {
  Fixture f;
  // Before: "founded in 1998" dated the grain shipped, as a blind writer's "The fiscal
  // rule, introduced in 2001, limits spending to 3 percent" was filed under 2001.
  CHECK(f.read("Velmar, founded in 1998, shipped 4 million tonnes of grain.") ==
        Lines{"grain_shipped(Velmar) = 4 million tonnes [2024]"});
  CHECK(f.read("Velmar, founded in 1998 and enlarged in 2006, shipped 4 million tonnes of grain.") ==
        Lines{"grain_shipped(Velmar) = 4 million tonnes [2024]"});
  CHECK(f.read("Velmar, built up in 1998, shipped 4 million tonnes of grain.") ==
        Lines{"grain_shipped(Velmar) = 4 million tonnes [2024]"});
  // Not closed by its own comma, a participle is no phrase: the year is the clause's.
  CHECK(f.read("Velmar shipped 4 million tonnes of grain, founded on its 2019 harvest.") ==
        Lines{"grain_shipped(Velmar) = 4 million tonnes [2019]"});
}

TEST_CASE("a veto word vetoes only the statements of its own phrase", "[match][cue]") {
  Fixture f;
  // "plans" is Velmar's relative clause's word, not the shipment's.
  CHECK(f.read("Velmar, which plans to double its exports, shipped 12 million tonnes in 2023.") ==
        Lines{"grain_shipped(Velmar) = 12 million tonnes [2023]"});
  // Ostra shipped its 3 million tonnes whatever Velmar plans.
  CHECK(f.read("Velmar plans to buy Ostra, which shipped 3 million tonnes in 2023.") ==
        Lines{"grain_shipped(Ostra) = 3 million tonnes [2023]"});
  // A veto naming the described name still vetoes what the phrase says of it.
  CHECK(f.read("Ostler Lines, which has 700 workers, joined Brandt Corp.").empty());
  CHECK(f.read("Brandt Corp, which has 900 workers, bought Ostler Lines.") == Lines{"brandt_staff(Brandt) = 900"});
  // Inside the phrase a veto word still vetoes its figure...
  CHECK(f.read("Ostra, which plans to have shipped 3 million tonnes by 2026, is small.").empty());
  // ...and a phrase after a figure describes the figure: "a target" vetoes it.
  CHECK(f.read("Velmar shipped 12 million tonnes, a target it set in 2020.").empty());
}

TEST_CASE("two attached phrases describe two things; a commenting phrase is about the clause's subject",
          "[match][cue]") {
  Fixture f;
  // The cue in Ostler Lines' appositive reads no superlative of the phrase after it,
  // and "the region's largest ferry line" there is the buyer, not the line bought.
  CHECK(f.read("Brandt Corp agreed to buy Ostler Lines, the ferry operator owned by a local family, for $2 billion, "
               "the biggest deal yet by the region's largest ferry line.") ==
        Lines{"line_rank(Brandt) = largest"});
  // An appositive of the line itself still ranks it.
  CHECK(f.read("Brandt Corp agreed to buy Ostler Lines, the third-largest ferry line, for $2 billion.") ==
        Lines{"line_rank(Ostler) = third-largest"});
}

// Before: ", the figure for 2021" was a phrase of its own, so its year dated nothing and
// the level took the publication year (a newcomer's report).
TEST_CASE("a comment naming the clause's own figure dates that figure", "[match][attached]") {
  Fixture f;
  CHECK(f.read("The level at Fenwick fell to 41 cm, the figure for 2021.") == Lines{"water_level(Fenwick) = 41 cm [2021]"});
  CHECK(f.read("The level at Fenwick fell to 41 cm, the 2021 figure.") == Lines{"water_level(Fenwick) = 41 cm [2021]"});
  // A comment about something else keeps its year; so does a phrase hung on a name.
  CHECK(f.read("The level at Fenwick fell to 41 cm, the lowest since 2019.") == Lines{"water_level(Fenwick) = 41 cm [2024]"});
}
