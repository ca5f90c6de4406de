// Dates and years a value's own words give (docs/rules.md "Cues", step 5, and
// "The publication date"): a weekday counted back from the publication date, a month
// without its year dated by its sentence or paragraph, and one value stated for a
// list of years. The sentences are written for these tests and found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Oslo: city = "Oslo"
entity Bergen: city = "Bergen"
entity Tarn_Gauge: gauge = "Tarn gauge", "Tarn"

fact gauge_low_date(gauge: gauge) -> day: date {
  cue (fell | dropped | sank | bottomed out) ... (on | in)
  scope per year
}
fact gauge_low_level(gauge: gauge) -> level: length {
  cue fell to | dropped to | sank to
  scope per year
}
fact happiness_rank(city: city) -> rank: ordinal {
  cue happiness | "happiest"
  scope per year
}
fact ferry_revenue(city: city) -> amount: money {
  cue ferry revenue
  scope per year
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
  // Published on Friday 2024-03-01.
  std::vector<std::string> read(const std::string& text, value::CivilDate date = {2024, 3, 1}) const {
    std::vector<std::string> out;
    for (const match::Statement& s : statements(text, date)) {
      out.push_back(s.key + " = " + s.value.display + (s.scope.empty() ? "" : " [" + s.scope + "]"));
    }
    return out;
  }
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a weekday is the day of that name on or before the publication date", "[match][time]") {
  Fixture f;
  CHECK(f.read("The Tarn gauge bottomed out on Wednesday.") == Lines{"gauge_low_date(Tarn_Gauge) = 2024-02-28 [2024]"});
  // A weekday that is the publication day is that day.
  CHECK(f.read("The Tarn gauge bottomed out on Friday.") == Lines{"gauge_low_date(Tarn_Gauge) = 2024-03-01 [2024]"});
  // Across a year's turn, the day and its year are last year's.
  CHECK(f.read("The Tarn gauge bottomed out on Sunday.", {2025, 1, 2}) ==
        Lines{"gauge_low_date(Tarn_Gauge) = 2024-12-29 [2024]"});
  // "next Wednesday" and a date written after the weekday keep their own meaning.
  CHECK(f.read("The Tarn gauge bottomed out on Wednesday, 3 May 2023.") ==
        Lines{"gauge_low_date(Tarn_Gauge) = 2023-05-03 [2023]"});
}

TEST_CASE("a weekday in a sentence or paragraph of another year is not read", "[match][time]") {
  Fixture f;
  // Counted back from 2024-03-01, "on Wednesday" would be 2024-02-28, which is no day
  // of 2019: the writer means a Wednesday the sentence does not give.
  CHECK(f.read("In 2019 the Tarn gauge bottomed out on Wednesday.").empty());
  // Not the last Wednesday of 2019 either.
  CHECK(f.read("**2019.** A dry year. The Tarn gauge bottomed out on Wednesday.").empty());
  // A frame of the publication's own year keeps it.
  CHECK(f.read("In 2024 the Tarn gauge bottomed out on Wednesday.") ==
        Lines{"gauge_low_date(Tarn_Gauge) = 2024-02-28 [2024]"});
}

TEST_CASE("a month without its year takes the year its sentence opens with", "[match][time]") {
  Fixture f;
  // Published in March 2024, "late in October" alone would be October 2023.
  CHECK(f.read("In 2018 the dry spell lasted for months, and the Tarn gauge bottomed out late in October.") ==
        Lines{"gauge_low_date(Tarn_Gauge) = 2018-10-21/2018-10-31 [2018]"});
  CHECK(f.read("In 2019 the Tarn gauge bottomed out in September.") ==
        Lines{"gauge_low_date(Tarn_Gauge) = 2019-09 [2019]"});
  // A year met after the date is when something else happened.
  CHECK(f.read("The Tarn gauge bottomed out in September, a month later than the 2019 low.") ==
        Lines{"gauge_low_date(Tarn_Gauge) = 2023-09 [2023]"});
}

TEST_CASE("a part of a month without its year takes its paragraph's year", "[match][time]") {
  Fixture f;
  CHECK(f.read("**2022.** Drought returns. The Tarn gauge sank to 32 cm in mid-August.") ==
        Lines{"gauge_low_level(Tarn_Gauge) = 32 cm [2022]", "gauge_low_date(Tarn_Gauge) = 2022-08-11/2022-08-20 [2022]"});
  // Without a frame, the most recent such month before the publication date.
  CHECK(f.read("The Tarn gauge bottomed out in early February.") ==
        Lines{"gauge_low_date(Tarn_Gauge) = 2024-02-01/2024-02-10 [2024]"});
}

TEST_CASE("a date's own year is its statement's scope", "[match][time]") {
  Fixture f;
  // In a story of 2024, the record set in 2018 is 2018's, not the publication year's.
  CHECK(f.read("The Tarn gauge bottomed out on 22 October 2018, a record that stands.") ==
        Lines{"gauge_low_date(Tarn_Gauge) = 2018-10-22 [2018]"});
  // Even when the sentence is about another year.
  CHECK(f.read("In 2023 the river was high; the Tarn gauge last bottomed out on 22 October 2018.") ==
        Lines{"gauge_low_date(Tarn_Gauge) = 2018-10-22 [2018]"});
}

TEST_CASE("a value stated for a list of years is a statement for each year", "[match][time]") {
  Fixture f;
  CHECK(f.read("Oslo, the happiest city in the survey, was ranked first in 2021, 2022 and 2023.") ==
        Lines{"happiness_rank(Oslo) = 1st [2021]", "happiness_rank(Oslo) = 1st [2022]",
              "happiness_rank(Oslo) = 1st [2023]"});
  CHECK(f.read("Bergen came third in the happiness index in 2017 and again in 2019.") ==
        Lines{"happiness_rank(Bergen) = 3rd [2017]", "happiness_rank(Bergen) = 3rd [2019]"});
  // A span of years, a figure for the years together, and a figure per year in turn
  // are no list.
  CHECK(f.read("Bergen came third in the happiness index between 2017 and 2019.").size() == 1);
  CHECK(f.read("Oslo's ferry revenue was $40 million in 2021 and 2022 combined.") ==
        Lines{"ferry_revenue(Oslo) = USD 40 million [2021]"});
  // Each figure of a dated series keeps its own year.
  CHECK(f.read("Oslo's ferry revenue was $40 million in 2021 and $45 million in 2022.") ==
        Lines{"ferry_revenue(Oslo) = USD 40 million [2021]", "ferry_revenue(Oslo) = USD 45 million [2022]"});
}

TEST_CASE("a paragraph opened by a month or an event of a year sets that year", "[match][time]") {
  Fixture f;
  // Before: a month or an event before the year left the paragraph without one, so
  // "in October" was October 2023 and the level the publication year's.
  CHECK(f.read("In the June 2019 survey the river was already low. The Tarn gauge bottomed out in October.") ==
        Lines{"gauge_low_date(Tarn_Gauge) = 2019-10 [2019]"});
  CHECK(f.read("In March 2017 the dams were opened. The Tarn gauge sank to 41 cm.") ==
        Lines{"gauge_low_level(Tarn_Gauge) = 41 cm [2017]"});
  CHECK(f.read("During the 2016 drought the barges stopped. The Tarn gauge sank to 38 cm.") ==
        Lines{"gauge_low_level(Tarn_Gauge) = 38 cm [2016]"});
  // A sentence that opens with a year's name as its subject frames nothing.
  CHECK(f.read("The 2016 report was short. The Tarn gauge sank to 38 cm.") ==
        Lines{"gauge_low_level(Tarn_Gauge) = 38 cm [2024]"});
  // "On" and a day (a blind writer's fire, "On 18 November 1996, ..."), never "On" and
  // a bare year.
  CHECK(f.read("On 18 November 2015, the dams were opened. The Tarn gauge sank to 41 cm.") ==
        Lines{"gauge_low_level(Tarn_Gauge) = 41 cm [2015]"});
  CHECK(f.read("On November 18, 2015, the dams were opened. The Tarn gauge sank to 41 cm.") ==
        Lines{"gauge_low_level(Tarn_Gauge) = 41 cm [2015]"});
  CHECK(f.read("On 2015 figures the dams were full. The Tarn gauge sank to 41 cm.") ==
        Lines{"gauge_low_level(Tarn_Gauge) = 41 cm [2024]"});
}

TEST_CASE("a month without its year takes the year of a month or an event its sentence opens with",
          "[match][time]") {
  Fixture f;
  // Before: October 2023, the most recent October before the publication date.
  CHECK(f.read("In the June 2019 survey the river was low, and the Tarn gauge bottomed out in October.") ==
        Lines{"gauge_low_date(Tarn_Gauge) = 2019-10 [2019]"});
}
