// A veto's reach counts a written date with its comma as one word ("June 30,
// 2023,"). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Halder: company = "Halder Group", "Halder"

fact staff(company: company) -> staff: count {
  cue employees
  unless June | March
}
)";

}  // namespace

// Before: "June 30," and "2023," took up the veto's six words before the figure, and
// "June" was taken as the word of the figure "30", so `unless June` let it through.
TEST_CASE("a date with a comma before its year is one word for vetoes", "[match]") {
  RuleReader f(kRules);
  CHECK(f.read("As of June 30, 2023, Halder had 4,100 employees.").empty());
  CHECK(f.read("As of March 31, 2023, Halder had 4,100 employees.").empty());
  CHECK(f.read("As of December 31, 2023, Halder had 4,300 employees.") == Lines{"staff(Halder) = 4,300"});
}
