// A name right after a cue that follows its value completes the cue's phrase: in
// "more than 40 species of owl and around 300 species of beetle" the owls are the 40's,
// though a figure of the fact's type comes after them (sentence_roles.cc). Before, a
// name followed by another figure yielded to a name before the match, and the 40 went
// to the first name of the list (great-barrier-reef, session 21). The sentences are
// written for these tests and found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Tarn_Forest: forest = "Tarn Forest"
entity Owls: group = "owls", "owl"
entity Beetles: group = "beetles", "beetle"
entity Ferns: group = "ferns", "fern"

fact species(forest: forest, group: group) -> species: count {
  cue species of
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a name right after the cue is its value's, in a list of three", "[match][roles]") {
  testing::RuleReader f(kRules);
  CHECK(f.read("Tarn Forest holds 12 species of fern, more than 40 species of owl and around 300 species of beetle.") ==
        Lines{"species(Tarn_Forest, Ferns) = 12", "species(Tarn_Forest, Owls) = more than 40",
              "species(Tarn_Forest, Beetles) = around 300"});
  CHECK(f.read("Tarn Forest holds 12 species of fern, 40 species of the owls and 300 species of beetle.") ==
        Lines{"species(Tarn_Forest, Ferns) = 12", "species(Tarn_Forest, Owls) = 40",
              "species(Tarn_Forest, Beetles) = 300"});
}
