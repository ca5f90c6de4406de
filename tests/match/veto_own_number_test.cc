// A veto that writes "one" itself ("in one", "one accident") says "a single": its own
// phrase, no figure it could describe; it vetoes the value of its clause, and the
// figure of another phrase stays (docs/rules.md "Cues", step 4; blind writers'
// feedback, session 20). The sentences are written for these tests and found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Harl_Viaduct: bridge = "Harl Viaduct"

fact builders_lost(bridge: bridge) -> deaths: count {
  cue died | were killed
  unless in one | one collapse
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a veto that names a number itself vetoes its own clause's value", "[match][cue]") {
  testing::RuleReader f(kRules);
  CHECK(f.read("The Harl Viaduct took six years. Of the 14 men who died building it, 9 were killed in one collapse.") ==
        Lines{"builders_lost(Harl_Viaduct) = 14"});
  CHECK(f.read("The Harl Viaduct took six years. Nine men were killed in one collapse.").empty());
  CHECK(f.read("The Harl Viaduct took six years. 14 men died building it.") == Lines{"builders_lost(Harl_Viaduct) = 14"});
}
