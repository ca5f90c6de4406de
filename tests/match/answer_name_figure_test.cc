// A question and its answer (docs/rules.md "Cues", step 7) when the question names an
// entity whose name holds a figure ("Pier 2"), or holds a cue word that is also a veto
// word's form. Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Pier_2: terminal = "Pier 2"
entity North_Pier: terminal = "North Pier"
entity Gate_7: gate = "Gate 7"

fact pier_capacity(pier: terminal) -> passengers: count {
  cue capacity | "handle" | designed for
  unless handled
}
)";

}  // namespace

// Before: the question's "2" (of "Pier 2") was a figure of its own, so the next
// sentence was no answer (a blind writer's report, session 18).
TEST_CASE("a figure inside a name in a question is no figure of the question", "[match][cue]") {
  RuleReader f(kRules);
  CHECK(f.read("What is Pier 2 designed for? Roughly 31 million passengers a year.") ==
        Lines{"pier_capacity(Pier_2) = roughly 31 million"});
  // The answer's own name figure is no answer either (before: a capacity of 2).
  CHECK(f.read("What is the capacity of North Pier? From Gate 7 on, it takes 18 million passengers a year.") ==
        Lines{"pier_capacity(North_Pier) = 18 million"});
  // A question with a figure of its own is still answered by nothing.
  CHECK(f.read("Is the capacity of North Pier 20 million? Roughly 31 million passengers a year.").empty());
}

// Before: `unless handled` vetoed the question through its cue word "handle" (a word
// form of "handled"), though in a cue match a veto word that is a cue word vetoes
// nothing.
TEST_CASE("a veto word that is the question's cue word does not veto its answer", "[match][cue]") {
  RuleReader f(kRules);
  CHECK(f.read("What can North Pier handle? About 12 million passengers a year.") ==
        Lines{"pier_capacity(North_Pier) = about 12 million"});
  // Another veto word in the question still vetoes.
  CHECK(f.read("How many passengers has North Pier handled, against its capacity? About 12 million.").empty());
}
