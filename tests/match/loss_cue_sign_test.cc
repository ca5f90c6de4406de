// The sign of a money figure from the cue that took it: a loss cue makes it
// negative wherever the figure stands (match/change_sign.cc; docs/rules.md "Derived
// values"). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Halder: company = "Halder Group", "Halder"

fact operating_result(company: company) -> amount: money {
  cue operating loss | operating profit | net loss
  negative loss | deficit
}
fact loss_only(company: company) -> amount: money {
  cue write-down loss
  negative loss
  values 1 EUR to 10 billion EUR
}
)";

}  // namespace

// Before: a fact's `negative` word made a figure negative only within three words
// before it, so "the operating loss in 2022 was €310 million" read +€310 million.
TEST_CASE("a money figure taken by a cue that holds a negative word is negative", "[match]") {
  RuleReader f(kRules);
  CHECK(f.read("Halder's operating loss in 2022 was €310 million.") ==
        Lines{"operating_result(Halder) = EUR -310 million"});
  CHECK(f.read("For Halder, the net loss for the full year came to €0.4 billion.") ==
        Lines{"operating_result(Halder) = EUR -0.4 billion"});
  // A profit cue stays positive, and so does a figure after a word of a gain.
  CHECK(f.read("Halder's operating profit in 2022 was €310 million.") ==
        Lines{"operating_result(Halder) = EUR 310 million"});
  // Values that leave out negative figures keep the figure as written.
  CHECK(f.read("Halder booked a write-down loss in 2022 that came to €80 million.") ==
        Lines{"loss_only(Halder) = EUR 80 million"});
}

namespace {

const char* const kGrowthRules = R"(
entity Halder: company = "Halder Group", "Halder"

fact growth(company: company) -> growth: percent {
  cue grew | growth
  negative down | fell
  scope per year
}
)";

}  // namespace

TEST_CASE("a figure after 'down from' is where the change started, not a fall", "[match]") {
  RuleReader f(kGrowthRules);
  CHECK(f.read("Halder grew 3.1 percent in 2021, down from 5.4 percent the year before.") ==
        Lines{"growth(Halder) = 3.1%", "growth(Halder) = 5.4%"});
  // A negative word right before the figure still signs it.
  CHECK(f.read("Halder's growth was down 2 percent in 2021.") == Lines{"growth(Halder) = -2%"});
}

// Before: a table's row header "Operating loss" gave its cell as written, +€310 million,
// against the sentences that state the same loss as -€310 million.
TEST_CASE("a table cell under a header that holds a negative word is negative", "[match][table]") {
  RuleReader f(kRules);
  CHECK(f.read_markdown("# Halder Group\n\n| Key figures, 2022 | |\n|---|---|\n| Operating loss | €310 million |\n") ==
        Lines{"operating_result(Halder) = EUR -310 million"});
  CHECK(f.read_markdown("# Halder Group\n\n| Year | Operating loss (€ million) |\n|---|---|\n| 2022 | 310 |\n") ==
        Lines{"operating_result(Halder) = EUR -310 million"});
  // A header naming a profit, or both ("Operating profit (loss)"), gives the sign as written.
  CHECK(f.read_markdown("# Halder Group\n\n| Key figures, 2022 | |\n|---|---|\n| Operating profit | €310 million |\n") ==
        Lines{"operating_result(Halder) = EUR 310 million"});
  CHECK(f.read_markdown(
            "# Halder Group\n\n| Key figures, 2022 | |\n|---|---|\n| Operating profit (loss) | €310 million |\n") ==
        Lines{"operating_result(Halder) = EUR 310 million"});
}
