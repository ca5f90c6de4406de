// A near miss names what stopped the sentence, not a figure beside it (docs/rules.md
// "Finding what your rules miss"): a missing role or a veto wins over a figure the
// fact's values pass over, and another fact's statement is the cause only when it read
// the cue's own value. Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;

namespace {

const char* const kRules = R"(
entity Gullway: ferry = "Gullway"
entity Puffin_Line: ferry = "Puffin Line"
entity Skerry_Bridge: bridge = "Skerry Bridge"
fact crates_carried(ferry: ferry) -> crates: count {
  cue crates | ferried
  unless hopes
  values 10,000 to 50 million
  scope per year
}
fact bridge_length(bridge: bridge) -> length: length {
  cue length
  values 5 km to 80 km
}
fact bridge_span_over_water(bridge: bridge) -> length: length {
  cue over water
  values 1 km to 60 km
}
fact crossings(ferry: ferry) -> trips: count {
  pattern {ferry} made {trips} crossings unless storm
  values 100 to 2,000
}
)";

// The reason of `fact`'s near miss in `text`, and whether it is on purpose (left out
// of the audit); "" when there is none.
struct Miss {
  std::string reason;
  bool on_purpose = false;
};
Miss miss_of(const RuleReader& r, const std::string& fact, const std::string& text) {
  for (const auto& m : r.matcher().near_misses_text(text, factlint::value::CivilDate{2024, 3, 1})) {
    if (m.fact == fact) return {m.reason, m.on_purpose};
  }
  return {};
}

}  // namespace

// Before: "passed over '2019': outside the fact's values", on purpose, so the audit
// listed nothing (a blind writer's report, session 17).
TEST_CASE("a cue with its value and no role says so, not that a year was passed over", "[match][cue][values]") {
  RuleReader r(kRules);
  const Miss m = miss_of(r, "crates_carried", "The operator ferried 2.6 million crates to the islands in 2019.");
  CHECK(m.reason == "a cue matched with a value, but its roles (ferry (ferry)) were not all named in the sentence, "
                    "the three before it or the document's title");
  CHECK_FALSE(m.on_purpose);
  // The value the cue had is the one passed over: that is the cause, as before.
  CHECK(miss_of(r, "crates_carried", "Gullway ferried 420 crates in 2019.").reason ==
        "passed over '420': outside the fact's values (10,000 to 50 million)");
}

TEST_CASE("a veto of the cue's value wins over a year the values pass over", "[match][cue][values]") {
  RuleReader r(kRules);
  // Before: "passed over '2019'".
  CHECK(miss_of(r, "crates_carried", "Gullway hopes it ferried 2.6 million crates in 2019.").reason ==
        "cue 'ferried' and the count value '2.6 million' are vetoed by 'hopes'");
  // A pattern's veto likewise. Before: "passed over '2019'".
  CHECK(miss_of(r, "crossings", "Puffin Line made 1,500 crossings in 2019 despite the storm.").reason ==
        "pattern #1 matched 'Puffin Line made 1,500 crossings', but is vetoed by its 'unless' word 'storm'");
}

// Before: "a cue matched with a value, but another statement read it first:
// bridge_span_over_water(Skerry_Bridge) = '11 km'", of a value the cue never had.
TEST_CASE("another fact's statement is the cause only when it read the cue's own value", "[match][cue]") {
  RuleReader r(kRules);
  CHECK(r.read("Its full length is 17.5 km, of which 11 km run over water, the Skerry Bridge office says.") ==
        std::vector<std::string>{"bridge_span_over_water(Skerry_Bridge) = 11 km"});
  CHECK(miss_of(r, "bridge_length",
                "Its full length is 17.5 km, of which 11 km run over water, the Skerry Bridge office says.")
            .reason ==
        "a cue matched with a value, but its roles (bridge (bridge)) were not all named in the sentence, the three "
        "before it or the document's title; the sentence names 'Skerry Bridge' (Skerry_Bridge, bridge) after the "
        "figure '11 km', which stands between it and the value '17.5 km': a name after another figure is that "
        "figure's, and fills no role of this one");
}

namespace {

const char* const kFieldRules = R"(
entity Lowland: country = "Lowland"
entity Brack: field = "Brack", "the Brack field"
entity Orion: carrier = "Orion"
entity Vela: carrier = "Vela"
fact field_discovered(field: field) -> year: year {
  cue discovered | discovery
}
fact fleet_rank(carrier: carrier) -> rank: ordinal {
  cue largest carrier | ranks
}
)";

}  // namespace

// Before: "after Brack" read as a comparison, so the field's year had no field.
TEST_CASE("'after' with a name and a verb is a clause, and the name takes the role", "[match][cue]") {
  RuleReader r(kFieldRules);
  CHECK(r.read("Lowland became a gas exporter after Brack was discovered in 1971.") ==
        std::vector<std::string>{"field_discovered(Brack) = 1971"});
  CHECK(r.read("Lowland became a gas exporter after the Brack field was discovered in 1971.") ==
        std::vector<std::string>{"field_discovered(Brack) = 1971"});
  // "second after Orion" is still a comparison: Orion takes no role.
  CHECK(r.read("Vela ranks second after Orion.") == std::vector<std::string>{"fleet_rank(Vela) = 2nd"});
  CHECK(r.read("Vela ranks second after Orion, which was founded in 1970.") ==
        std::vector<std::string>{"fleet_rank(Vela) = 2nd"});
  // And the near miss says why the compared name filled nothing. Before: the roles alone.
  CHECK(miss_of(r, "fleet_rank", "It ranks second after Orion.").reason ==
        "a cue matched with a value, but its roles (carrier (carrier)) were not all named in the sentence, the three "
        "before it or the document's title; the sentence names 'Orion' (Orion, carrier), but after 'after', so as "
        "what the figure is compared with, which fills no role");
}

namespace {

const char* const kGapRules = R"(
entity Lowland: country = "Lowland", "the Lowland cabinet"
macro budget_rules = (budget rule | levy rule)
fact rule_adopted(country: country) -> year: year {
  cue since ... @budget_rules
}
)";

}  // namespace

// Before: explain said only "no fact matched" (a blind writer's report, session 17).
TEST_CASE("a cue whose gap does not reach says so, and a value inside the gap is read", "[match][cue]") {
  RuleReader r(kGapRules);
  // The value inside the cue's gap is the cue's value, as any other.
  CHECK(r.read("Since 2004 Lowland has been bound by the budget rule.") ==
        std::vector<std::string>{"rule_adopted(Lowland) = 2004"});
  // Nine words between "since" and "budget rule": more than `...` skips.
  CHECK(miss_of(r, "rule_adopted", "Since 2004 the Lowland cabinet has always been bound by the budget rule.").reason ==
        "cue 'since ... @budget_rules' and the value '2004': the cue's words are farther apart than its gap allows "
        "(at most 8 words; 'gap 0..N' allows more, up to 50); a value inside the gap is read like any other");
  // Its words far apart with no value the cue would take: no such near miss.
  CHECK(miss_of(r, "rule_adopted", "Since the war Lowland has rewritten the levy code, the tax code, the trade code "
                                   "and the budget rule.")
            .reason.empty());
}

namespace {

const char* const kPatternRules = R"(
fact ferry_fare -> fare: money {
  pattern (ticket | fare) ... ferry 9 (now)? (costs | cost | is | was) {fare}
}
)";

}  // namespace

// Before: the words every match needs were worked out as pairwise unions only, capped,
// so behind "(ticket | fare) ..." each held "ticket"; a sentence with "ticket" and
// "costs" but no "ferry 9" was told "all its words are here" (a newcomer's report,
// session 20; the bundled corpus's audit said so 135 times).
TEST_CASE("a pattern's near miss names the words it lacks, not words behind an alternation's", "[match]") {
  RuleReader r(kPatternRules);
  CHECK(miss_of(r, "ferry_fare", "A single ticket bought on board costs €3.10.").reason.empty());
  CHECK(miss_of(r, "ferry_fare", "A single ticket bought on board for the 9:40 costs €3.10.").reason ==
        "pattern #1: the word 'ferri*' is missing");  // its stem: any form of it would do
  CHECK(miss_of(r, "ferry_fare", "A single ticket costs €3.10 on ferry 9.").reason ==
        "pattern #1: all its words are here, but not in its order, within its gaps or with its roles and value");
  CHECK(r.read("A single ticket on ferry 9 now costs €3.10.") == std::vector<std::string>{"ferry_fare = EUR 3.10"});
}

namespace {

const char* const kPatternGapRules = R"(
entity Tarn_Lake: lake = "Tarn Lake"
fact tarn_depth(lake: lake) -> depth: length {
  pattern {lake} ... {depth} deep
}
)";

}  // namespace

// Before: "all its words are here, but not in its order, within its gaps or with its roles
// and value", which did not say that `...` stops at 8 words (a blind writer's report, session 23).
TEST_CASE("a pattern whose gap does not reach says so", "[match][pattern]") {
  RuleReader r(kPatternGapRules);
  CHECK(r.read("Tarn Lake, they say, is 40 m deep.") == std::vector<std::string>{"tarn_depth(Tarn_Lake) = 40 m"});
  // Nine words between "Tarn Lake" and "40 m": more than `...` skips.
  CHECK(miss_of(r, "tarn_depth", "Tarn Lake, loved by anglers for its trout and its quiet shores, is 40 m deep.")
            .reason == "pattern #1: its words are farther apart than its gaps allow (at most 8 words; 'gap 0..N' "
                       "allows more, up to 50)");
  // In another order no wider gap helps, and the gap is not blamed.
  CHECK(miss_of(r, "tarn_depth", "Deep, at 40 m, is Tarn Lake.").reason.find("farther apart") == std::string::npos);
}
