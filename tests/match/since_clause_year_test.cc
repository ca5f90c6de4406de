// A year in a clause opened by "since" that has a verb of its own dates that clause's
// event, the start a figure counts from, not the figure: "3,100 members have joined
// since the club opened in 1998" is a count of the time of writing (was 1998's).
// "since 1998" alone keeps its documented meaning (docs/rules.md "Cues", step 5).
// The sentences are written for these tests and found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Kestrel: club = "Kestrel Rowing Club", "the club"

fact members(club: club) -> members: count {
  cue members | joined
  scope per year
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a year in a 'since' clause with its own verb dates that clause's event", "[match][time]") {
  testing::ScopedRuleReader f(kRules);  // read on 2024-03-01
  CHECK(f.read("More than 3,100 members have joined the club since its founders rowed out in May 1998.") ==
        Lines{"members(Kestrel) = more than 3,100 [2024]"});
  CHECK(f.read("Since the boathouse opened in 1998, 3,100 members have joined the club.") ==
        Lines{"members(Kestrel) = 3,100 [2024]"});
  // "since 1998" with no verb of its own says from when the figure holds, as before.
  CHECK(f.read("The club has had 3,100 members since 1998.") == Lines{"members(Kestrel) = 3,100 [1998]"});
  CHECK(f.read("The club has had 3,100 members since the end of 1998.") == Lines{"members(Kestrel) = 3,100 [1998]"});
  // A year outside the "since" clause still dates the figure.
  CHECK(f.read("In 2019 the club had 3,100 members.") == Lines{"members(Kestrel) = 3,100 [2019]"});
}

// Before: "since 1998" dated the total 1998, though the sentence says it counts up to
// the time of writing.
TEST_CASE("a year after 'since' is a running total's start when the sentence says up to when it counts",
          "[match][time]") {
  testing::ScopedRuleReader f(kRules);  // read on 2024-03-01
  CHECK(f.read("Members to date: 3,100 have joined the club since 1998.") == Lines{"members(Kestrel) = 3,100 [2024]"});
  CHECK(f.read("So far 3,100 members have joined the club since 1998.") == Lines{"members(Kestrel) = 3,100 [2024]"});
}
