// A sentence that stated a fact once but left a second figure of its type unread is a
// near miss the audit lists (docs/rules.md "Finding what your rules miss"): before, it
// gave a statement, so the audit listed nothing and the figure it missed looked like a
// phrasing the rules never reached. Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "match/left_unread.h"
#include "support/rule_reader.h"

using factlint::testing::RuleReader;

namespace {

const char* const kRules = R"(
entity North_Shelf: shelf = "North Shelf"
entity South_Shelf: shelf = "South Shelf"
fact kelp_cover(shelf: shelf) -> share: percent {
  cue kelp cover
}
fact survey_year(shelf: shelf) -> year: year {
  cue surveyed
}
fact diver_count(shelf: shelf) -> divers: count {
  cue divers
}
)";

// `fact`'s near misses in `text` that left a figure unread, each "reason @column".
std::vector<std::string> unread(const RuleReader& r, const std::string& fact, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& m : r.matcher().near_misses_text(text, factlint::value::CivilDate{2024, 3, 1})) {
    if (m.fact != fact || !factlint::match::left_a_figure_unread(m)) continue;
    CHECK(m.value_here);
    CHECK_FALSE(m.on_purpose);
    out.push_back(m.reason + " @" + std::to_string(m.location.column));
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a second figure of the fact's type no statement read is a near miss", "[match][audit]") {
  RuleReader r(kRules);
  const std::string text = "Divers logged kelp cover of 41% on the North Shelf and 29% further out last spring.";
  REQUIRE(r.read(text) == Lines{"kelp_cover(North_Shelf) = 41%"});
  CHECK(unread(r, "kelp_cover", text) ==
        Lines{"the sentence gave a statement ('41%'), but left a second percent value, '29%', unread (a list of "
              "figures or the other end of a change) @56"});
}

TEST_CASE("a figure of another clause, the same figure again or a date is no second figure", "[match][audit]") {
  RuleReader r(kRules);
  // Another clause: the figure is of what that clause is about.
  CHECK(unread(r, "kelp_cover", "Kelp cover on the North Shelf is 41%; the water there is 12% saltier.").empty());
  // The same figure said again.
  CHECK(unread(r, "kelp_cover", "Kelp cover on the North Shelf is 41%, a full 41% of the seabed.").empty());
  // "one" is mostly a pronoun, and a vague figure none to read.
  CHECK(unread(r, "diver_count", "The North Shelf drew 40 divers, one from each club.").empty());
  // A sentence that states one date names others for other events.
  CHECK(unread(r, "survey_year", "The North Shelf was surveyed in 2019, two years after the storm of 2017.").empty());
}
