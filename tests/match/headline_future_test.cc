// A news headline says what will happen with a name, "to" and a verb, and no "will"
// ("Harbour Bridge to get $20 million repaint"): its figure is a plan, vetoed as "will"
// would veto it (docs/rules.md "Cues", step 4). Documents written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Kessel_Bridge: bridge = "Kessel Bridge"
fact repair_cost(bridge: bridge) -> cost: money {
  cue repaint | repairs
}
)";

const char* const kAllowed = R"(
entity Kessel_Bridge: bridge = "Kessel Bridge"
fact repair_cost(bridge: bridge) -> cost: money {
  cue repaint | repairs
  allow will
}
)";

}  // namespace

// Before: the heading's $20 million was read as the repaint's cost, against the $26
// million the repaint came to.
TEST_CASE("a heading's name, 'to' and a verb state a plan", "[match][cue]") {
  RuleReader r(kRules);
  CHECK(r.read_markdown("# Kessel Bridge to get $20 million repaint\n\nWork starts in May.\n").empty());
  // Said with "will", as before.
  CHECK(r.read_markdown("# Kessel Bridge will get $20 million repaint\n\nWork starts in May.\n").empty());
  // The same words in a sentence of the text are no headline.
  CHECK(r.read_markdown("# News\n\nThe council wants Kessel Bridge to get a $20 million repaint.\n") ==
        Lines{"repair_cost(Kessel_Bridge) = USD 20 million"});
  // `allow will` lifts it, as it lifts "will".
  RuleReader allowed(kAllowed);
  CHECK(allowed.read_markdown("# Kessel Bridge to get $20 million repaint\n\nWork starts in May.\n") ==
        Lines{"repair_cost(Kessel_Bridge) = USD 20 million"});
}

TEST_CASE("a heading's 'to' between places or after a verb is no plan", "[match][cue]") {
  RuleReader r(kRules);
  // A verb before "to": what happened.
  CHECK(r.read_markdown("# Kessel Bridge repairs rise to $26 million\n\nThe work ended in May.\n") ==
        Lines{"repair_cost(Kessel_Bridge) = USD 26 million"});
  // A name after "to": a route, not a verb.
  CHECK(r.read_markdown("# Kessel Bridge to Orme: $26 million repairs done\n\nThe work ended in May.\n") ==
        Lines{"repair_cost(Kessel_Bridge) = USD 26 million"});
}
