// What `rules lint` says of rule words that only word forms tell (match/rule_words_lint.h):
// a veto word that is another form of a cue word of its fact, a figure written in a cue.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lang/parse.h"
#include "match/rule_words_lint.h"
#include "source/diagnostic.h"

namespace {

// The messages of the warnings lint_rule_words gives for `text`.
std::vector<std::string> warnings(const std::string& text) {
  factlint::source::DiagnosticSink parse_sink;
  auto rules = factlint::lang::parse_rules_text("test.facts", text, parse_sink);
  REQUIRE(rules);
  factlint::source::DiagnosticSink sink;
  factlint::match::lint_rule_words(*rules, sink);
  std::vector<std::string> out;
  for (const auto& d : sink.diagnostics()) out.push_back(d.message);
  return out;
}

}  // namespace

// Before: no warning; `unless company` silently vetoed sentences with "listed companies"
// (a blind writer's report, session 17).
TEST_CASE("a veto word that is another form of a cue word of its fact is a warning", "[match][lint]") {
  const auto said = warnings(R"(
entity Kelpie: fund = "Kelpie"
fact equity_share(fund: fund) -> share: percent {
  cue listed companies | equities
  unless company | bonds
}
fact yearly_gain(fund: fund) -> gain: percent {
  cue return
  unless returned
}
)");
  REQUIRE(said.size() == 2);
  CHECK(said[0] ==
        "veto word 'company' of fact 'equity_share' also matches 'companies' of its cue 'listed companies' (a word "
        "matches its other forms): it vetoes the fact wherever 'companies' stands outside that cue's own match, next "
        "to another cue or in a gap; quote it ('\"company\"') to veto that form only, or veto a longer phrase");
  CHECK(said[1].rfind("veto word 'returned' of fact 'yearly_gain' also matches 'return' of its cue 'return'", 0) == 0);
}

TEST_CASE("a quoted veto word, the cue's own word or a phrase is no warning", "[match][lint]") {
  CHECK(warnings(R"(
entity Kelpie: fund = "Kelpie"
fact equity_share(fund: fund) -> share: percent {
  cue listed companies | equities
  unless "company" | a company
}
fact trade_target(fund: fund) -> share: percent {
  cue trade target | trade
  unless target
}
)")
            .empty());
}

// Before: no warning; "The 3 percent rule was set at 4 percent" read 3%.
TEST_CASE("a figure written in a cue is a warning", "[match][lint]") {
  const auto said = warnings(R"(
entity Kelpie: fund = "Kelpie"
macro levy_rule = (4 percent rule | levy rule)
fact levy(fund: fund) -> share: percent {
  cue 3 percent rule | spending rule
  cue @levy_rule
}
)");
  REQUIRE(said.size() == 2);
  CHECK(said[0] == "the figure '3' in cue '3 percent rule' of fact 'levy' is read as the fact's value when it is the "
                   "figure nearest the cue (\"the 3 percent rule was set at ...\" reads the 3): write a pattern that "
                   "has the figure as a word and captures the value ('{role} ... 3 percent rule ... {value}')");
  CHECK(said[1].rfind("the figure '4' in cue '@levy_rule' of fact 'levy'", 0) == 0);
}

// Before: no warning; `cue monthly active users | users` gave two statements from one
// phrase (a blind writer's report, session 19).
TEST_CASE("a cue alternative inside another of its fact's cues is a warning", "[match][lint][feedback20]") {
  const auto said = warnings(R"(
entity Kelpie: fund = "Kelpie"
fact members(fund: fund) -> members: count {
  cue paying members | members
}
fact deficit(fund: fund) -> deficit: money {
  cue funding gap
  cue annual funding gap
}
fact holders(fund: fund) -> holders: count {
  cue unit holders
  cue registered unit holders
}
)");
  REQUIRE(said.size() == 3);
  CHECK(said[0] ==
        "cue 'members' of fact 'members' also matches inside its cue 'paying members': each is a cue match of its own "
        "and takes its own figure, so one phrase gives two statements; leave 'members' out, or write it as a longer "
        "phrase that 'paying members' does not hold");
  CHECK(said[1].rfind("cue 'funding gap' of fact 'deficit' also matches inside its cue 'annual funding gap'", 0) == 0);
  CHECK(said[2].rfind("cue 'unit holders' of fact 'holders' also matches inside its cue 'registered unit holders'",
                      0) == 0);
}

// Both match at one word, where the longest match is the one cue match.
TEST_CASE("a cue that opens a longer cue, or is another form of it, is no warning", "[match][lint][feedback20]") {
  CHECK(warnings(R"(
entity Kelpie: fund = "Kelpie"
fact target(fund: fund) -> target: money {
  cue trade target | trade
  cue members ... paying | paid members
  cue funding gap | funding gaps
}
)").empty());
}

// Before: no warning; `unless footing` silently vetoed "746-foot towers" (footing ->
// foot; a blind writer's report, session 20).
TEST_CASE("a veto word that is another form of a unit word of its fact's value is a warning", "[match][lint]") {
  const auto said = warnings(R"(
entity Corran: bridge = "Corran Bridge"
fact tower_height(bridge: bridge) -> height: length {
  cue tall | high
  unless footing | feet | "footings" | metering
}
fact toll(bridge: bridge) -> toll: money {
  cue toll
  unless footing
}
)");
  REQUIRE(said.size() == 2);
  CHECK(said[0] ==
        "veto word 'footing' of fact 'tower_height' also matches the unit word 'foot' (a word matches its other "
        "forms): it vetoes every figure written with that unit (\"746-foot towers\"); quote it ('\"footing\"') to "
        "veto that form only");
  CHECK(said[1].rfind("veto word 'metering' of fact 'tower_height' also matches the unit word 'meter'", 0) == 0);
}
