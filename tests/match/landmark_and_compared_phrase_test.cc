// Phrases hung on a name that are about another thing than the clause's subject: a
// place phrase names a landmark ("Vell Dam, upstream of the Orrin Dam, ..."), and a
// relative clause after a compared name describes that name ("longer than the Sarn
// Metro, which is ...") (docs/rules.md "Appositives and relative clauses"). Sentences
// written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Orrin: dam = "Orrin Dam"
ignore entity Other_dams: dam = "Vell Dam"
entity Calder: town = "Calder"
entity Brack: railway = "Brack Metro"
ignore entity Other_metros = "Sarn Metro"
fact dam_height(dam: dam) -> height: length {
  cue high | height
}
fact dam_units(dam: dam) -> units: count {
  cue units | turbines
}
fact route_length(railway: railway) -> length: length {
  cue long | length
}
)";

}  // namespace

TEST_CASE("a landmark of a place phrase fills no role", "[match][cue][attached]") {
  RuleReader r(kRules);
  // Without the rule each figure went to the Orrin Dam, the nearest dam of the clause
  // (the first two) or the only entity named (the third, an undeclared dam).
  CHECK(r.read("Vell Dam, upstream of the Orrin Dam, is 212.5 m high.") == Lines{});
  CHECK(r.read("The Vell Dam, 40 km downstream of the Orrin Dam, has 19 units.") == Lines{});
  CHECK(r.read("Tassin Dam, just north of the Orrin Dam, is 131 m high.") == Lines{});
  CHECK(r.read("Tassin Dam, close to the Orrin Dam, has 12 turbines.") == Lines{});
  // A landmark is no role from the sentences before either.
  CHECK(r.read("Tassin Dam, near the Orrin Dam, opened in 1990. It is 131 m high.") == Lines{});
}

TEST_CASE("a place phrase on the subject leaves it its figures", "[match][cue][attached]") {
  RuleReader r(kRules);
  CHECK(r.read("The Orrin Dam, near Calder, is 181 m high.") == Lines{"dam_height(Orrin) = 181 m"});
  CHECK(r.read("The Orrin Dam, 38 km upstream of Calder, has 32 units.") == Lines{"dam_units(Orrin) = 32"});
  CHECK(r.read("The Orrin Dam is 181 m high, upstream of the Vell Dam.") == Lines{"dam_height(Orrin) = 181 m"});
}

TEST_CASE("a relative clause on a compared name holds that name's figure", "[match][cue][attached]") {
  RuleReader r(kRules);
  // Without the rule the compared metro's length went to the Brack Metro.
  CHECK(r.read("The Brack Metro is longer than the Sarn Metro, which is 226 km long.") == Lines{});
  CHECK(r.read("The Brack Metro is longer than the Ulm Metro, which is 85 km long.") == Lines{});
  CHECK(r.read("Compared with the Ulm Metro, which is 85 km long, the Brack Metro is big.") == Lines{});
  // The subject's own figures stay its own.
  CHECK(r.read("The Brack Metro, which is longer than the Sarn Metro, is 402 km long.") ==
        Lines{"route_length(Brack) = 402 km"});
  CHECK(r.read("The Brack Metro is 402 km long, longer than the Sarn Metro.") ==
        Lines{"route_length(Brack) = 402 km"});
  // "More than" is a quantity, no rival: the relative clause is the name's before it.
  CHECK(r.read("More than half of the Brack Metro, which is 402 km long, runs underground.") ==
        Lines{"route_length(Brack) = 402 km"});
}

namespace {

const char* const kRivalRules = R"(
entity Brack: railway = "Brack Metro"
entity Ulm: railway = "Ulm Metro"
fact route_length(railway: railway) -> length: length {
  cue long | length
}
fact route_opened(railway: railway) -> when: date {
  cue opened
}
)";

}  // namespace

TEST_CASE("a relative clause on a known name compared with holds that name's figure", "[match][cue][attached]") {
  RuleReader r(kRivalRules);
  // Without the rule "ahead of" and "behind" kept the Ulm Metro from the role, and the
  // figure of the clause hung on it went to the Brack Metro.
  CHECK(r.read("The Brack Metro is well ahead of the Ulm Metro, which is 85 km long.") == Lines{});
  CHECK(r.read("The Brack Metro ranks second, behind the Ulm Metro, which opened in 1998.") == Lines{});
  CHECK(r.read("The Brack Metro now trails the Ulm Metro, which opened in 1998 and is 85 km long.") == Lines{});
  // The subject's own figures stay its own, and a name not compared keeps its phrase.
  CHECK(r.read("The Brack Metro, which is 402 km long, runs well ahead of the Ulm Metro.") ==
        Lines{"route_length(Brack) = 402 km"});
  CHECK(r.read("The Brack Metro meets the Ulm Metro, which is 85 km long, at the river.") ==
        Lines{"route_length(Ulm) = 85 km"});
}
