// "for the year" points back to the year the sentence before names (match/the_year.h;
// docs/rules.md "Cues", step 5). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::ScopedRuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Orle: company = "Orle Mills"
fact revenue(company: company) -> amount: money {
  cue revenue
  scope per year
}
)";

}  // namespace

// Before: the revenue took the publication year, 2024.
TEST_CASE("'for the year' is the year the sentence before names", "[match][scope]") {
  ScopedRuleReader r(kRules);
  CHECK(r.read("Orle Mills shipped 4,100 looms in 2019, a record. Revenue for the year came to $310 million.") ==
        Lines{"revenue(Orle) = USD 310 million [2019]"});
  CHECK(r.read("Orle Mills shipped 4,100 looms in 2019. That year revenue rose to $310 million.") ==
        Lines{"revenue(Orle) = USD 310 million [2019]"});
}

TEST_CASE("'the year' that says which year of its own, or a sentence of several years, points back to none",
          "[match][scope]") {
  ScopedRuleReader r(kRules);
  // "the year before", "the year to March": not the year just named.
  CHECK(r.read("Orle Mills shipped 4,100 looms in 2019. Revenue for the year to March came to $310 million.") ==
        Lines{"revenue(Orle) = USD 310 million [2024]"});
  // Two years before: which one is unsaid.
  CHECK(r.read("Orle Mills shipped 4,100 looms in 2019 and 3,900 in 2018. Revenue for the year came to $310 "
               "million.") == Lines{"revenue(Orle) = USD 310 million [2024]"});
  // A new paragraph starts afresh: not 2019, but the year just closed, as a story told
  // in March 2024 means by "for the year" (match/closed_year.h).
  CHECK(r.read("Orle Mills shipped 4,100 looms in 2019.\n\nRevenue for the year came to $310 million.") ==
        Lines{"revenue(Orle) = USD 310 million [2023]"});
}
