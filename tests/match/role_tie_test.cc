// A role typed with an entity's name takes that entity only (docs/rules.md "A role tied
// to one entity"): another entity of its kind still takes its own figures, which are then
// dropped. Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Saltmarsh: line = "Saltmarsh line", "Saltmarsh"
entity Harbour: line = "Harbour line"

fact build_budget(line: Saltmarsh) -> cost: money {
  cue budget | cost
}
fact stations(line: line) -> n: count {
  cue stations
}
)";

}  // namespace

// Before: the only way was to veto the other lines' aliases in each fact (blind rule
// writers, sessions 11 and 12).
TEST_CASE("a role tied to one entity reports that entity's figures only", "[match][context]") {
  RuleReader r(kRules);
  CHECK(r.read("The Saltmarsh line's budget was $4.2 billion.") == Lines{"build_budget(Saltmarsh) = USD 4.2 billion"});
  // Another line of the kind takes its own figure, which goes: never the tied line's.
  CHECK(r.read("The Saltmarsh line opened in May. The Harbour line cost $900 million.").empty());
  // The topic still fills the tied role when the sentence names no line.
  CHECK(r.read("# Saltmarsh line\n\nThe Saltmarsh line is new. Its budget was $4.2 billion.") ==
        Lines{"build_budget(Saltmarsh) = USD 4.2 billion"});
  // A fact whose role is the kind keeps every line's figures.
  CHECK(r.read("The Harbour line has 14 stations.") == Lines{"stations(Harbour) = 14"});
}

// explain --text says why a tied role's other entity gives nothing (a newcomer's report).
TEST_CASE("a statement dropped by a role tie is a near miss on purpose that names the entity", "[match][context]") {
  RuleReader r(kRules);
  factlint::source::DiagnosticSink sink;
  auto document = factlint::doc::make_document("t.md", "The Harbour line cost $900 million.", "md", sink);
  auto misses = r.matcher().near_misses(document);
  REQUIRE(misses.size() == 1);
  CHECK(misses[0].on_purpose);
  CHECK(misses[0].reason ==
        "dropped: its line is 'Harbour line' (Harbour), and the fact ties that role to another entity");
}

namespace {

// A role tied to a thing the documents seldom name: a dam's reservoir.
const char* const kReservoir = R"(
entity Weir: dam = "Weir Dam"
entity Fenmere: reservoir = "Fenmere Reservoir", "Fenmere"
entity Other_lakes: reservoir = "Lake Oxley"
ignore entity Rival_dams = "Grand Spur Dam"

fact pool_level(reservoir: Fenmere) -> level: length {
  cue pool level | water level
}
fact dam_height(dam: dam) -> height: length {
  cue height
}
)";

}  // namespace

TEST_CASE("a tied role that nothing in the document fills takes its entity", "[match][context]") {
  RuleReader r(kReservoir);
  // A fact sheet about the dam never names the reservoir: the level is the tied
  // reservoir's (it was dropped, its role not found).
  CHECK(r.read("The Weir Dam is the valley's largest. Normal pool level: 175 m.") ==
        Lines{"pool_level(Fenmere) = 175 m"});
  CHECK(r.read("The Weir Dam holds back a long lake. The normal pool level is 175 m.") ==
        Lines{"pool_level(Fenmere) = 175 m"});
  // An ignored entity named elsewhere is no other reservoir.
  CHECK(r.read("The Grand Spur Dam is older.\n\nThe Weir Dam is the valley's largest. Normal pool level: 175 m.") ==
        Lines{"pool_level(Fenmere) = 175 m"});
  // A document that names another reservoir may mean it: nothing.
  CHECK(r.read("Lake Oxley lies upstream.\n\nThe Weir Dam is the valley's largest. The normal pool level is 175 m.")
            .empty());
  // A sentence about a thing the rules do not know stops it, as it stops the topic, and
  // so does a pronoun that means another thing ("it": the dam, which the role does not take).
  CHECK(r.read("Kessel Lake is upstream of the Weir Dam. Its water level is 90 m.").empty());
  CHECK(r.read("The Weir Dam is the valley's largest. Its water level is 90 m.").empty());
}
