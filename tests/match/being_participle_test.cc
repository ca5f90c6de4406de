// A phrase of "being" or "having been" and a past participle, set off by commas after a
// name, says what is done to that name: the thing it names in passing is not the
// clause's subject (docs/rules.md "Cues", "Appositives and relative clauses"; session
// 24, changi-airport: "Terminal 4, being built on the site of the former Budget
// Terminal, will add capacity ..." gave the capacity to the Budget Terminal).
// Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Pier_4: pier = "Pier 4"
entity Pier_2: pier = "Pier 2"
fact pier_length(pier: pier) -> length: length {
  cue long
}
)";

}  // namespace

TEST_CASE("a 'being' or 'having been' participle's phrase is hung on the name before it", "[match][attached]") {
  RuleReader r(kRules);
  CHECK(r.read("Pier 4, being built on the site of the old Pier 2, is 400 m long.") ==
        Lines{"pier_length(Pier_4) = 400 m"});
  CHECK(r.read("Pier 4, having been moved beside Pier 2, is 400 m long.") == Lines{"pier_length(Pier_4) = 400 m"});
  // The bare participle, as before.
  CHECK(r.read("Pier 4, built on the site of the old Pier 2, is 400 m long.") == Lines{"pier_length(Pier_4) = 400 m"});
}
