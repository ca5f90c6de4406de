// "the tunnel" names the one tunnel the rules declare, so it counts toward the
// document's topic (match/definite_kind.h; docs/rules.md "Cues", step 3). Documents
// written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
ignore entity Other_tunnels: tunnel = "Ashby Tunnel", "Dunmore Tunnel"
entity Harlow_Tunnel: tunnel = "Harlow Tunnel"
entity Pine_Rail: company = "Pine Rail"
fact tunnel_length(tunnel: tunnel) -> length: length {
  cue long
}
)";

// The length's sentence is under its own heading and names no tunnel: the search for
// one stops at the heading, and the document's topic is the last resort.
std::string story(const std::string& intro, const std::string& coda = "") {
  return "# A summer by train\n\n" + intro + "\n\n## Numbers\n\nIt is 12 km long, the guard told us.\n\n" + coda;
}

}  // namespace

// Before: a travel story that never names the tunnel gave its length to nothing.
TEST_CASE("'the tunnel' in a story that names no tunnel is the one tunnel the rules declare", "[match][topic]") {
  RuleReader r(kRules);
  CHECK(r.read(story("We took Pine Rail through the tunnel in July. The children loved it.")) ==
        Lines{"tunnel_length(Harlow_Tunnel) = 12 km"});
}

// Before: named once, the tunnel was no topic (a passing mention), however often the
// story went on with "the tunnel".
TEST_CASE("'the tunnel' counts as a mention of the tunnel the story names once", "[match][topic]") {
  RuleReader r(kRules);
  CHECK(r.read(story("The Harlow Tunnel opened in 1990. Pine Rail runs through the tunnel every hour.")) ==
        Lines{"tunnel_length(Harlow_Tunnel) = 12 km"});
}

TEST_CASE("'the tunnel' does not single out a tunnel among others the story names", "[match][topic]") {
  RuleReader r(kRules);
  // Other tunnels in view, and ours never named: "the tunnel" may be any of them.
  CHECK(r.read(story("The Ashby Tunnel and the Dunmore Tunnel are older. We took the tunnel in July.")).empty());
  // "the tunnel of" names its tunnel by a name of its own.
  CHECK(r.read(story("We rode Pine Rail to the tunnel of Brede in July.")).empty());
}
