// A second predicate after "and" with no subject of its own is the sentence subject's:
// its figure goes to the name that opens the sentence, not to a name in the first
// predicate's object (match/shared_subject.h). Sentences written for these tests,
// found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Brennan: keeper = "Aoife Brennan", "Brennan"
entity Ostrowski: keeper = "Jan Ostrowski", "Ostrowski"

fact service(keeper: keeper) -> years: duration {
  cue served | in service | on duty
}
)";

std::vector<std::string> read(const std::string& text) { return testing::RuleReader(kRules).read(text); }

using Lines = std::vector<std::string>;

}  // namespace

// Before: the 40 years went to Ostrowski, nearer the cue, a false conflict.
TEST_CASE("a subjectless predicate after 'and' is the opening name's", "[match][cue]") {
  CHECK(read("Aoife Brennan passed the old record of Jan Ostrowski in May and became the first keeper to spend 40 years "
             "on duty.") == Lines{"service(Brennan) = 40 yr"});
  // A second predicate with a subject of its own keeps the nearest name.
  CHECK(read("Aoife Brennan retired in May and Jan Ostrowski has now served 40 years.") ==
        Lines{"service(Ostrowski) = 40 yr"});
  // With no "and", the nearest name still takes the figure.
  CHECK(read("Aoife Brennan praised Jan Ostrowski, who served 40 years.") == Lines{"service(Ostrowski) = 40 yr"});
}
