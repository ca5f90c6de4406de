// Year-scoped counts stated at the end of an inner quarter belong to the quarter,
// not the year (match/inner_period.cc). Sentences written for these tests, found in no corpus.
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
