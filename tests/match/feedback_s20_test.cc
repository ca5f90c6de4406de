// Misreadings blind writers reported up to session 19 (tests/generalization/
// FEEDBACK-session-18.md and FEEDBACK-session-19.md), each fixed in general in session
// 20. Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using factlint::testing::ScopedRuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kPassRules = R"(
entity Orrin: company = "Orrin Foods", "Orrin"

fact sales(company: company) -> amount: money {
  cue sales
  unless third quarter | winter
}
fact staff(company: company) -> staff: count {
  cue staff
  unless seasonal
}
)";

}  // namespace

// Before: a veto word of the first figure between the cue and a second figure dropped
// the second too, though `values` would have passed over the first to it.
TEST_CASE("a veto word of a figure the cue passes over does not veto the next figure", "[match][feedback20]") {
  RuleReader f(kPassRules);
  CHECK(f.read("Orrin reported sales of $2.6 billion for the third quarter and $9.9 billion for the full year.") ==
        Lines{"sales(Orrin) = USD 9.9 billion"});
  CHECK(f.read("Orrin booked sales of $310 million over the winter, and about $1.4 billion in all.") ==
        Lines{"sales(Orrin) = about USD 1.4 billion"});
  CHECK(f.read("Orrin's staff numbered 400 during the seasonal peak and 2,150 over the whole year.") ==
        Lines{"staff(Orrin) = 2,150"});
  // The first figure's veto word must stand in a phrase of time or place of its own.
  CHECK(f.read("Orrin's staff numbered 400 seasonal pickers and 2,150 in all.").empty());
  // The second figure must say it is the whole: two parts are not.
  CHECK(f.read("Orrin reported sales of $2.6 billion for the third quarter and $3.1 billion for the fourth.").empty());
  // Another phrase between the two figures keeps the veto: the second may be anything.
  CHECK(f.read("Orrin reported sales of $2.6 billion for the third quarter, with costs of $1.9 billion.").empty());
  // The second figure's own words name another part, or say another thing: still vetoed.
  CHECK(f.read("Orrin's staff numbered 400 seasonal pickers and 1,750 permanent workers.").empty());
  CHECK(f.read("Orrin's staff numbered 400 seasonal pickers, and 150 were new.").empty());
  // A veto word right after the figure the cue takes still vetoes it.
  CHECK(f.read("Orrin reported sales of $2.6 billion for the third quarter.").empty());
  // With no figure before it, a veto word between the cue and its value holds.
  CHECK(f.read("Orrin's winter sales reached $310 million.").empty());
}

namespace {

const char* const kSeriesRules = R"(
entity Tarn: region = "Tarnvale", "Tarn"

fact herd(region: region) -> herd: count {
  cue cattle
  scope per year
}
fact hives(region: region) -> hives: count {
  cue beehives
}
fact forest_share(region: region) -> share: percent {
  cue forest cover
}
)";

}  // namespace

// Before: "from X in Y1 to Z in Y2" gave the first figure alone (and, for a fact of no
// year, gave the earlier figure as the fact's).
TEST_CASE("a change from one dated figure to another gives each its year, or the later alone", "[match][feedback20]") {
  ScopedRuleReader f(kSeriesRules);
  CHECK(f.read("Tarnvale's cattle herd shrank from 412,000 head in 1991 to 188,500 in 2022.") ==
        Lines{"herd(Tarn) = 412,000 [1991]", "herd(Tarn) = 188,500 [2022]"});
  CHECK(f.read("Tarn's cattle numbers climbed from about 90,000 in 1975 to roughly 240,000 in 2015.") ==
        Lines{"herd(Tarn) = about 90,000 [1975]", "herd(Tarn) = roughly 240,000 [2015]"});
  // A fact of no year: the later end is its figure.
  CHECK(f.read("Tarnvale's beehives fell from 31,000 in 1990 to 12,400 in 2023.") == Lines{"hives(Tarn) = 12,400"});
  // Undated ends are one change, read as its later end (the value reader's "from ... to").
  CHECK(f.read("Tarnvale's forest cover rose from 22% to 29%.") == Lines{"forest_share(Tarn) = 29%"});
  // Without a year of its own the later figure is left alone, as before.
  CHECK(f.read("Tarnvale's cattle herd shrank from 412,000 head in 1991 to 188,500.") ==
        Lines{"herd(Tarn) = 412,000 [1991]"});
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
          "[match][feedback20]") {
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

namespace {

const char* const kShareRules = R"(
entity Tarn: region = "Tarnvale", "Tarn"

fact renters(region: region) -> share: percent {
  cue rent their homes
}
)";

}  // namespace

// Before: a percent fact's cue read nothing in "one in six".
TEST_CASE("a percent fact reads a share of things given in words", "[match][feedback20]") {
  RuleReader f(kShareRules);
  CHECK(f.read("In Tarnvale, one in six households rent their homes.") == Lines{"renters(Tarn) = 16.7%"});
  CHECK(f.read("In Tarnvale, about a third of households rent their homes.") == Lines{"renters(Tarn) = about 33.3%"});
}
