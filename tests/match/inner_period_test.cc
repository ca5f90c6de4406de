// Year-scoped figures stated for an inner quarter belong to the quarter, not the
// year: counts at its end, sums over it (match/inner_period.cc). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Halder: company = "Halder Group", "Halder"

fact yearly_staff(company: company) -> staff: count {
  cue employees
  scope per year
}
fact headcount(company: company) -> staff: count {
  cue workers
}
)";

}  // namespace

// Before: a year-scoped count stated at the end of an inner quarter was read as the
// year's, so it conflicted with the year-end figure.
TEST_CASE("a year-scoped count at the end of an inner quarter is the quarter's", "[match]") {
  RuleReader f(kRules);
  CHECK(f.read("Halder had 4,100 employees at the end of the first quarter of 2023.").empty());
  CHECK(f.read("At the end of the third quarter, Halder had 4,100 employees.").empty());
  // The year's own end, a month's end (maybe a fiscal year's), and a fact without a
  // year scope are read.
  CHECK(f.read("Halder had 4,500 employees at the end of 2023.") == Lines{"yearly_staff(Halder) = 4,500"});
  CHECK(f.read("Halder had 4,500 employees at the end of March 2023.") == Lines{"yearly_staff(Halder) = 4,500"});
  CHECK(f.read("Halder had 4,100 workers at the end of the first quarter of 2023.") ==
        Lines{"headcount(Halder) = 4,100"});
}

namespace {

const char* const kQuarterRules = R"(
entity Orrin: company = "Orrin Foods", "Orrin"

fact yearly_sales(company: company) -> amount: money {
  cue sales
  scope per year
}
fact yearly_staff(company: company) -> staff: count {
  cue employees
  scope per year
}
fact sales_any(company: company) -> amount: money {
  cue turnover
}
)";

}  // namespace

// Before: a quarter beyond a veto's reach ("for the fourth quarter", or far after the
// figure) left a quarter's sum read as the year's.
TEST_CASE("a sum of a year-scoped fact over a quarter anywhere after it in its clause is the quarter's",
          "[match]") {
  RuleReader f(kQuarterRules);
  CHECK(f.read("Orrin booked sales of $2.6 billion for the fourth quarter of 2023.").empty());
  CHECK(f.read("Orrin booked sales of $2.6 billion from its stores across northern Europe in the third quarter.").empty());
  CHECK(f.read("Orrin booked sales of $880 million in Q2.").empty());
  CHECK(f.read("Orrin had 4,100 employees on its payroll across the whole group at the end of the first quarter.").empty());
  // The full year, the year's end, a quarter after a comma or after another figure, and
  // a fact of no year are read.
  CHECK(f.read("Orrin booked sales of $9.9 billion for the full year 2023.") ==
        Lines{"yearly_sales(Orrin) = USD 9.9 billion"});
  CHECK(f.read("Orrin had 4,500 employees at the end of the fourth quarter of 2023.") ==
        Lines{"yearly_staff(Orrin) = 4,500"});
  CHECK(f.read("Orrin booked sales of $9.9 billion in 2023, helped by a strong run in the fourth quarter.") ==
        Lines{"yearly_sales(Orrin) = USD 9.9 billion"});
  CHECK(f.read("Orrin booked turnover of $2.6 billion for the fourth quarter.") ==
        Lines{"sales_any(Orrin) = USD 2.6 billion"});
}
