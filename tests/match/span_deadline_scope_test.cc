// The year of a figure told over a span of months, with a deadline beside it, on a
// fact sheet's label line or with an aside (docs/rules.md "Cues", step 5): a span dates
// a figure by the year it ends, as a span of years does, a payment's deadline dates
// nothing, a label line's date dates nothing of the line under it, and an "including"
// aside's years date nothing of a running total of times. The sentences are written for
// these tests and found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Verdant_Basin: region = "Verdant Basin"
entity Norland: country = "Norland"
entity Tarn_Airport: airport = "Tarn Airport"

fact cleared_area(region: region) -> area: area {
  cue cleared
  scope per year
}
fact pledge(country: country) -> amount: money {
  cue pledged
  scope per year
}
fact regional_awards(airport: airport) -> awards: count {
  cue "best regional airport"
  scope per year
}
fact destinations(airport: airport) -> cities: count {
  cue "cities served" | destinations
  scope per year
}
)";

// Published on 2024-03-01.
struct Fixture : testing::ScopedRuleReader {
  Fixture() : ScopedRuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a span of months across a new year dates a figure by the year it ends", "[match][time]") {
  Fixture f;
  // The span after the figure: its start, nearer the value, was taken before.
  CHECK(f.read("Loggers cleared 4,350 km2 of the Verdant Basin between September 2020 and June 2021.") ==
        Lines{"cleared_area(Verdant_Basin) = 4,350 km2 [2021]"});
  CHECK(f.read("Loggers cleared 4,350 km2 of the Verdant Basin from September 2020 to June 2021.") ==
        Lines{"cleared_area(Verdant_Basin) = 4,350 km2 [2021]"});
  CHECK(f.read("Loggers cleared 4,350 km2 of the Verdant Basin over the September 2020-June 2021 season.") ==
        Lines{"cleared_area(Verdant_Basin) = 4,350 km2 [2021]"});
  // Before the figure, as before.
  CHECK(f.read("From September 2020 to June 2021, loggers cleared 4,350 km2 of the Verdant Basin.") ==
        Lines{"cleared_area(Verdant_Basin) = 4,350 km2 [2021]"});
  // A span of years, as docs/rules.md has always said.
  CHECK(f.read("Loggers cleared 4,350 km2 of the Verdant Basin between 2017 and 2020.") ==
        Lines{"cleared_area(Verdant_Basin) = 4,350 km2 [2020]"});
  // A span inside one year, and a split year, are that year.
  CHECK(f.read("Loggers cleared 4,350 km2 of the Verdant Basin from February to October 2019.") ==
        Lines{"cleared_area(Verdant_Basin) = 4,350 km2 [2019]"});
  CHECK(f.read("Loggers cleared 4,350 km2 of the Verdant Basin in 2019/20.") ==
        Lines{"cleared_area(Verdant_Basin) = 4,350 km2 [2020]"});
}

TEST_CASE("the twelve months to a month with no year end in the last such month", "[match][time]") {
  Fixture f;
  // Published 2024-03-01: the last June is June 2023.
  CHECK(f.read("Loggers cleared 3,900 km2 of the Verdant Basin in the 12 months to June.") ==
        Lines{"cleared_area(Verdant_Basin) = 3,900 km2 [2023]"});
  CHECK(f.read("Loggers cleared 3,900 km2 of the Verdant Basin in the year to February.") ==
        Lines{"cleared_area(Verdant_Basin) = 3,900 km2 [2024]"});
  CHECK(f.read("Loggers cleared 3,900 km2 of the Verdant Basin in the year to June 2021.") ==
        Lines{"cleared_area(Verdant_Basin) = 3,900 km2 [2021]"});
}

TEST_CASE("a payment's deadline does not date the statement", "[match][time]") {
  Fixture f;
  CHECK(f.read("In 2011 Norland pledged $600 million to be paid by 2018.") ==
        Lines{"pledge(Norland) = USD 600 million [2011]"});
  CHECK(f.read("**2011.** Norland pledged $600 million to the reforestation fund, to be paid out in full by 2018.") ==
        Lines{"pledge(Norland) = USD 600 million [2011]"});
  // With no other year, the publication's, as for a sentence naming none.
  CHECK(f.read("Norland pledged $600 million, payable by 2018.") == Lines{"pledge(Norland) = USD 600 million [2024]"});
  // "by" a year with no payment before it still dates the figure.
  CHECK(f.read("By 2018 Norland had pledged $600 million.") == Lines{"pledge(Norland) = USD 600 million [2018]"});
}

TEST_CASE("a label line's date does not date the label line under it", "[match][time]") {
  Fixture f;
  CHECK(f.read("# Tarn Airport at a glance\n\nOpened: 4 May 1986\nCities served: 212\nTerminals: 2\n") ==
        Lines{"destinations(Tarn_Airport) = 212 [2024]"});
  CHECK(f.read("# Tarn Airport at a glance\n\n- **Opened:** 4 May 1986\n- **Destinations:** 212\n") ==
        Lines{"destinations(Tarn_Airport) = 212 [2024]"});
  // Prose still takes the date of the sentence before.
  CHECK(f.read("Tarn Airport reopened on 4 May 1986. It served 212 destinations.") ==
        Lines{"destinations(Tarn_Airport) = 212 [1986]"});
}

TEST_CASE("an aside's years do not date a running total of times", "[match][time]") {
  Fixture f;
  CHECK(f.read("Tarn Airport has been voted best regional airport 9 times, including five years running from "
               "2016 to 2020.") == Lines{"regional_awards(Tarn_Airport) = 9 [2024]"});
  // The clause's own year still dates it.
  CHECK(f.read("In 2022 Tarn Airport was voted best regional airport 9 times, including five years running from "
               "2016 to 2020.") == Lines{"regional_awards(Tarn_Airport) = 9 [2022]"});
  CHECK(f.read("Tarn Airport was voted best regional airport 9 times in 2021.") ==
        Lines{"regional_awards(Tarn_Airport) = 9 [2021]"});
}
