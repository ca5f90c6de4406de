// A figure counted over a span shorter than a year is that span's, not the year's
// (docs/rules.md "Cues", step 4). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Harbour: port = "Port of Velm", "Velm"
entity Tunnel: tunnel = "Grey Tunnel"
fact ferry_calls(port: port) -> calls: count {
  cue ferry calls | ferries called
  scope per year
}
fact deaths(port: port) -> deaths: count {
  cue died
  scope per year
}
fact revenue(port: port) -> amount: money {
  cue revenue
  scope per year
}
fact tide_level(port: port) -> level: length {
  cue tide
  scope per year
}
fact daily_calls(port: port) -> calls: count {
  cue calls a day
}
fact crossing_days(tunnel: tunnel) -> time: duration {
  cue crossing
}
)";

}  // namespace

TEST_CASE("a figure beside a span shorter than a year is no statement of a total", "[match][cue][span]") {
  RuleReader r(kRules);
  // After the cue and its value, before them, or between them.
  CHECK(r.read("At Velm, 14 people died in one night in 2023.").empty());
  CHECK(r.read("At Velm, in a single day 14 people died.").empty());
  CHECK(r.read("Velm's revenue in the fourth quarter was $9 million.").empty());
  CHECK(r.read("Velm counted 412 ferry calls within two weeks.").empty());
  CHECK(r.read("Velm saw 3,100 ferry calls during its busiest month.").empty());
  CHECK(r.read("Velm counts up to 60 ferry calls on an average weekday.").empty());
  // Without the span, the same sentences are statements.
  CHECK(r.read("At Velm, 14 people died in 2023.") == Lines{"deaths(Harbour) = 14"});
  CHECK(r.read("Velm's revenue was $9 million.") == Lines{"revenue(Harbour) = USD 9 million"});
}

TEST_CASE("a figure told 'every' or 'each' such span is a rate, no total", "[match][cue][span]") {
  RuleReader r(kRules);
  // Without the rule: 30 and 12 deaths of the year.
  CHECK(r.read("At Velm, some 30 people died every month in 2023.").empty());
  CHECK(r.read("At Velm about 12 people died each week last year.").empty());
  // "every year" is no shorter span.
  CHECK(r.read("At Velm, 14 people died every year.") == Lines{"deaths(Harbour) = 14"});
}

TEST_CASE("a span that opens the clause frames its figures however far they stand", "[match][cue][span]") {
  RuleReader r(kRules);
  CHECK(r.read("In the last month of the season the busy Port of Velm, on the north shore, counted 1,120 ferry calls.")
            .empty());
  // A clause of its own after ';' is not framed.
  CHECK(r.read("In the last month it was quiet; the Port of Velm counted 13,400 ferry calls in 2023.") ==
        Lines{"ferry_calls(Harbour) = 13,400"});
}

TEST_CASE("a span belongs to its own figure, not to the one the cue takes", "[match][cue][span]") {
  RuleReader r(kRules);
  // "in one night" is the 3's, nearest to it; the cue takes 40, whose own phrase it is not.
  CHECK(r.read("At Velm 40 people died in 2023, and 3 in one night.") == Lines{"deaths(Harbour) = 40"});
}

TEST_CASE("a span says nothing of a level, a duration or a span the cue names", "[match][cue][span]") {
  RuleReader r(kRules);
  // A level is what it is on any day.
  CHECK(r.read("The tide at Velm rose to 4.2 m in one night.") == Lines{"tide_level(Harbour) = 4.2 m"});
  // A duration's own words are its value.
  CHECK(r.read("The crossing of the Grey Tunnel takes 2 days.") == Lines{"crossing_days(Tunnel) = 2 d"});
  // The fact is about days: `cue calls a day`.
  CHECK(r.read("Velm handles 40 calls a day in a single day of summer.") == Lines{"daily_calls(Harbour) = 40"});
  // "in its day" is its time, and "the day" counts nothing.
  CHECK(r.read("In its day Velm counted 900 ferry calls.") == Lines{"ferry_calls(Harbour) = 900"});
}

TEST_CASE("explain names the span that kept a figure out", "[match][cue][span]") {
  RuleReader r(kRules);
  const auto misses = r.matcher().near_misses_text("At Velm, 14 people died in one night in 2023.");
  REQUIRE(misses.size() == 1);
  CHECK(misses[0].fact == "deaths");
  CHECK(misses[0].reason == "cue 'died' and the count value '14' are of a span shorter than a year: 'in one night'");
}

TEST_CASE("a figure hyphened to a noun is a property, never a span's total", "[match][cue][span]") {
  RuleReader r(R"(
entity Stair: lock = "Orrin Locks"
fact lock_steps(lock: lock) -> steps: count {
  cue level | levels | step | steps
}
)");
  // Without the rule "in four hours" made the five levels a count of four hours.
  CHECK(r.read("Barges pass the Orrin Locks' five-level flight in four hours.") ==
        Lines{"lock_steps(Stair) = 5"});
  CHECK(r.read("The Orrin Locks lift barges up a three-step staircase within two hours.") ==
        Lines{"lock_steps(Stair) = 3"});
  // A figure not hyphened to its noun is still the span's.
  CHECK(r.read("The Orrin Locks lift barges five steps in one day.") == Lines{});
}

TEST_CASE("'for the first quarter' names a span as 'in the first quarter' does", "[match][cue][span]") {
  RuleReader r(kRules);
  // Without the rule the quarter's figures, a forecast's too, were read as the year's.
  CHECK(r.read("For the first quarter of 2023 the Port of Velm reported 2,900 ferry calls and $4 million of revenue.")
            .empty());
  CHECK(r.read("Velm's revenue for the third quarter was $9 million.").empty());
  CHECK(r.read("For the first half of 2023, Velm counted 1,120 ferry calls.").empty());
  // After the clause's subject it frames the clause too, a list's later figures included.
  CHECK(r.read("The Port of Velm's guidance for the first quarter of 2023 is $4 million of revenue and 2,900 ferry "
               "calls.")
            .empty());
  // "for" before "a", "one" or a number says how long or what a price buys, and a level
  // is what it is on any day. "For the first time" names no span.
  CHECK(r.read("Velm's revenue was $9 million for a year of 412 ferry calls.") ==
        Lines{"revenue(Harbour) = USD 9 million", "ferry_calls(Harbour) = 412"});
  CHECK(r.read("For the first quarter the tide at Velm rose to 4.2 m.") == Lines{"tide_level(Harbour) = 4.2 m"});
  CHECK(r.read("For the first time, Velm counted 13,400 ferry calls in 2023.") == Lines{"ferry_calls(Harbour) = 13,400"});
}
