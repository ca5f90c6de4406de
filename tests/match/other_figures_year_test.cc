// A time phrase dates only the figure whose clause or phrase holds it (docs/rules.md
// "Cues", step 5): another figure's year in a clause of its own, the year a record is
// measured from, and a year past a comma when the value's own phrase names one.
// Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;

namespace {

const char* const kRules = R"(
entity Dunmore: town = "Dunmore"
fact ferry_fare(town: town) -> fare: money {
  cue fare
  scope per year
}
fact town_budget(town: town) -> amount: money {
  cue budget
  scope per year
}
fact firefighters(town: town) -> staff: count {
  cue firefighters
  scope per year
}
fact fish_landings(town: town) -> catch: mass {
  cue landed
  scope per year
}
entity Kelso: town = "Kelso"
fact port_rank(town: town) -> rank: ordinal {
  pattern {town} (was | came) {rank} with
  cue busiest
  scope per year
}
fact harbour_dues(town: town) -> amount: money {
  cue harbour dues
  scope per year
}
)";

// "key [scope] = value" per statement, published on 2025-07-01.
std::vector<std::string> scoped(const RuleReader& r, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : r.statements(text, {2025, 7, 1})) out.push_back(s.key + " [" + s.scope + "] = " + s.value.display);
  return out;
}

}  // namespace

TEST_CASE("another figure's year in a clause of its own does not date the value", "[match][time]") {
  RuleReader r(kRules);
  // Before: the 2030 of the planned fare dated the fare of today, which was then dropped
  // as a forecast.
  CHECK(scoped(r, "Dunmore's ferry fare is $6.40, and the harbour board hopes to cut it to $5 by 2030.") ==
        std::vector<std::string>{"ferry_fare(Dunmore) [2025] = USD 6.40"});
  // A year that frames both clauses still dates both; one figure's year in a list still
  // dates the other ("In 2023 revenue was ... and profit ...").
  CHECK(scoped(r, "In 2023 Dunmore's ferry fare was $6.40, and the harbour board kept it there.") ==
        std::vector<std::string>{"ferry_fare(Dunmore) [2023] = USD 6.40"});
}

TEST_CASE("the year a record is measured from is not the figure's", "[match][time]") {
  RuleReader r(kRules);
  // Before: [1980].
  CHECK(scoped(r, "Dunmore has 140 firefighters, its fewest since the 1980s.") ==
        std::vector<std::string>{"firefighters(Dunmore) [2025] = 140"});
  CHECK(scoped(r, "Dunmore now employs 140 firefighters, the highest number since 2011.") ==
        std::vector<std::string>{"firefighters(Dunmore) [2025] = 140"});
  // An ordinal or "N times" counts from the year too (before: [1960] and [2016]), on
  // either side of the value.
  CHECK(scoped(r, "Its 140 firefighters fought Dunmore's third big fire since the 1960s.") ==
        std::vector<std::string>{"firefighters(Dunmore) [2025] = 140"});
  CHECK(scoped(r, "Flooded four times since 2016, Dunmore now has 140 firefighters.") ==
        std::vector<std::string>{"firefighters(Dunmore) [2025] = 140"});
  // "since" alone still says from when the figure holds.
  CHECK(scoped(r, "Dunmore has employed 140 firefighters since 2019.") ==
        std::vector<std::string>{"firefighters(Dunmore) [2019] = 140"});
}

TEST_CASE("a year after 'since' is no item of a list of years", "[match][time]") {
  RuleReader r(kRules);
  // Before: [2016] and [2022], as if "since 2016, and in 2022" listed two years.
  CHECK(scoped(r, "The ferry has been late four times since 2016, and in 2022 Dunmore's fare rose to $6.") ==
        std::vector<std::string>{"ferry_fare(Dunmore) [2022] = USD 6"});
  // A list of years is still one.
  CHECK(scoped(r, "Dunmore's ferry fare was $6 in 2021, 2022 and 2023.") ==
        std::vector<std::string>{"ferry_fare(Dunmore) [2021] = USD 6", "ferry_fare(Dunmore) [2022] = USD 6",
                                 "ferry_fare(Dunmore) [2023] = USD 6"});
}

TEST_CASE("a year in the value's own phrase goes before one past a comma", "[match][time]") {
  RuleReader r(kRules);
  // Before: [2025], the year the budget was adopted.
  CHECK(scoped(r, "Dunmore's budget, approved in May 2025, comes to $48 million for fiscal 2026.") ==
        std::vector<std::string>{"town_budget(Dunmore) [2026] = USD 48 million"});
  CHECK(scoped(r, "In 2024, Dunmore's budget came to $45 million.") ==
        std::vector<std::string>{"town_budget(Dunmore) [2024] = USD 45 million"});
}

TEST_CASE("a fiscal year followed by its end date is named by the year it ends", "[match][time]") {
  RuleReader r(kRules);
  // Before: [2024] with "which ended", [2023] without it (a blind writer's report).
  CHECK(scoped(r, "Dunmore's budget for fiscal 2024 ended March 2025 came to $48 million.") ==
        std::vector<std::string>{"town_budget(Dunmore) [2025] = USD 48 million"});
  CHECK(scoped(r, "In fiscal 2024, which ended in March 2025, Dunmore's budget came to $48 million.") ==
        std::vector<std::string>{"town_budget(Dunmore) [2025] = USD 48 million"});
  // An apposition restating it as a span that ends then (before: [2024], the number written).
  CHECK(scoped(r, "In fiscal 2024, the twelve months to March 2025, Dunmore's budget came to $48 million.") ==
        std::vector<std::string>{"town_budget(Dunmore) [2025] = USD 48 million"});
  CHECK(scoped(r, "Dunmore's budget for fiscal 2024 (the year ended June 2025) came to $48 million.") ==
        std::vector<std::string>{"town_budget(Dunmore) [2025] = USD 48 million"});
  // Without an end date the fiscal year is the year written.
  CHECK(scoped(r, "Dunmore's budget for fiscal 2024 came to $48 million.") ==
        std::vector<std::string>{"town_budget(Dunmore) [2024] = USD 48 million"});
}

TEST_CASE("a paragraph framed by 'By the end of 2021' or 'In late 2019' dates its later sentences", "[match][time]") {
  RuleReader r(kRules);
  // Before: [2025], the publication year (a blind writer's report).
  CHECK(scoped(r, "By the end of 2021, the town had rebuilt its fire station. Dunmore had 140 firefighters.") ==
        std::vector<std::string>{"firefighters(Dunmore) [2021] = 140"});
  CHECK(scoped(r, "In late 2019, the town rebuilt its fire station. Dunmore had 140 firefighters.") ==
        std::vector<std::string>{"firefighters(Dunmore) [2019] = 140"});
  // "At the end of the day" frames no year.
  CHECK(scoped(r, "At the end of the day, the town rebuilt its fire station. Dunmore has 140 firefighters.") ==
        std::vector<std::string>{"firefighters(Dunmore) [2025] = 140"});
}

TEST_CASE("a figure of another measure claims its own year", "[match][time]") {
  RuleReader r(kRules);
  // Before: the dues took [2023], the year of the compared 3,900 tonnes beside them.
  CHECK(scoped(r, "Boats landed 4,200 tonnes at Dunmore in 2024, up from 3,900 tonnes in 2023, and harbour dues "
                  "rose to $1.7 million.") ==
        std::vector<std::string>{"fish_landings(Dunmore) [2024] = 4,200 t",
                                 "fish_landings(Dunmore) [2023] = 3,900 t",
                                 "harbour_dues(Dunmore) [2024] = USD 1.7 million"});
  // So with "compared with": the compared year dates nothing after it.
  CHECK(scoped(r, "Boats landed 4,200 tonnes at Dunmore in 2024 compared with 3,900 tonnes in 2023, while harbour "
                  "dues reached $1.7 million.") ==
        std::vector<std::string>{"fish_landings(Dunmore) [2024] = 4,200 t", "fish_landings(Dunmore) [2023] = 3,900 t",
                                 "harbour_dues(Dunmore) [2024] = USD 1.7 million"});
  // A year the other figure shares with nothing between still dates both.
  CHECK(scoped(r, "In 2022 boats landed 4,000 tonnes at Dunmore and harbour dues came to $1.5 million.") ==
        std::vector<std::string>{"fish_landings(Dunmore) [2022] = 4,000 t",
                                 "harbour_dues(Dunmore) [2022] = USD 1.5 million"});
}

TEST_CASE("a sentence naming no year takes the year of the sentence it continues", "[match][time]") {
  RuleReader r(kRules);
  // Before: Kelso's rank took the publication year, [2025].
  CHECK(scoped(r, "Dunmore handled 900 ships in 2023, making it the busiest port on the coast. Kelso was second "
                  "with 610.") ==
        std::vector<std::string>{"port_rank(Dunmore) [2023] = 1st", "port_rank(Kelso) [2023] = 2nd"});
  // Not across a paragraph, nor a figure said to hold now.
  CHECK(scoped(r, "Dunmore handled 900 ships in 2023, making it the busiest port on the coast.\n\nKelso was second "
                  "with 610.") ==
        std::vector<std::string>{"port_rank(Dunmore) [2023] = 1st", "port_rank(Kelso) [2025] = 2nd"});
  CHECK(scoped(r, "Dunmore handled 900 ships in 2023, making it the busiest port on the coast. Kelso now is second "
                  "with 610.") ==
        std::vector<std::string>{"port_rank(Dunmore) [2023] = 1st", "port_rank(Kelso) [2025] = 2nd"});
}
