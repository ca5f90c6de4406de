// A year a figure closes ("ended 2024 with 3,150 staff", "at the end of 2024") is the
// figure's own, before a year "in" an earlier phrase gives another event (docs/rules.md
// "Cues", step 5). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

namespace {

const char* const kRules = R"(
entity Pellow: firm = "Pellow Logistics", "Pellow"

fact staff(firm: firm) -> staff: count {
  cue employees
  scope per year
}
fact members(firm: firm) -> members: count {
  cue members
  scope per year
}
)";

using Lines = std::vector<std::string>;

}  // namespace

// Before: "in 2022" (a year after "in") beat "ended 2023", so the 3,150 went to 2022 and
// the 3,900 compared with it to 2021: a false conflict with the year 2022's own 3,900.
TEST_CASE("a year the figure's clause closes dates the figure", "[match][time]") {
  factlint::testing::ScopedRuleReader f(kRules);
  CHECK(f.read("Despite a slow start in 2022, Pellow ended 2023 with 3,150 employees.") ==
        Lines{"staff(Pellow) = 3,150 [2023]"});
  CHECK(f.read("Following a merger in 2021, Pellow finished 2022 with 41,000 members.") ==
        Lines{"members(Pellow) = 41,000 [2022]"});
  CHECK(f.read("Despite a slow start in 2022, Pellow closed 2023 with 41,000 members.") ==
        Lines{"members(Pellow) = 41,000 [2023]"});
  CHECK(f.read("Despite job cuts in 2022, Pellow had 3,150 employees at the end of 2023.") ==
        Lines{"staff(Pellow) = 3,150 [2023]"});
  // The figure compared with it is the year before.
  CHECK(f.read("Despite a slow start in 2022, Pellow ended 2023 with 3,150 employees, against 3,900 a year "
               "earlier.") == Lines{"staff(Pellow) = 3,150 [2023]", "staff(Pellow) = 3,900 [2022]"});
}

TEST_CASE("a year after 'in' still dates a figure no closing year names", "[match][time]") {
  factlint::testing::ScopedRuleReader f(kRules);
  CHECK(f.read("Pellow had 3,150 employees in 2022.") == Lines{"staff(Pellow) = 3,150 [2022]"});
  CHECK(f.read("The fiscal year ended, and in 2022 Pellow had 3,150 employees.") ==
        Lines{"staff(Pellow) = 3,150 [2022]"});
}
