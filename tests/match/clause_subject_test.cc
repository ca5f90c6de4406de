// Two clauses of one sentence, each with its own subject and figure: each figure goes
// to its own clause's name (match/matcher.cc fill_entity_roles). Sentences written for
// these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Amber: line = "the Amber Line", "Amber Line"
entity Teal: line = "the Teal Line", "Teal Line"

fact line_length(line: line) -> len: length {
  cue long | length
}
)";

std::vector<std::string> read(const std::string& text) { return testing::RuleReader(kRules).read(text); }

using Lines = std::vector<std::string>;

}  // namespace

// Before: the first figure went to the name right after "and" (nearer its cue), so the
// Teal Line had two lengths, a false conflict (a newcomer's report).
TEST_CASE("a name with a figure of its own after the match is that figure's subject", "[match][cue]") {
  CHECK(read("The Amber Line is 23.4 km long and the Teal Line is 31 km long.") ==
        Lines{"line_length(Amber) = 23.4 km", "line_length(Teal) = 31 km"});
  // A name after the match with no figure of its own may still be the subject.
  CHECK(read("At 23.4 km long, the Amber Line is the shortest.") == Lines{"line_length(Amber) = 23.4 km"});
}
