// A rank by exclusion whose subject stands after "than" ("Only A, B and C are more
// visited than D"): the name there is the thing ranked, no thing compared, so it fills
// the role (match/compared_mention.h; docs/rules.md "Ranks without an ordinal").
// Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Skara: site = "Skara"
entity Velo: site = "Velo"
ignore entity Other_sites: site = "Brisk", "Tollo", "Marra"

fact visit_rank(site: site) -> rank: ordinal {
  cue visited | busier
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

// Before: no statement; the name after "than" was a thing compared and filled no role.
TEST_CASE("the name after than is the thing a rank by exclusion ranks", "[match][rank]") {
  Fixture f;
  CHECK(f.read("Only Brisk, Tollo and Marra are more visited than Skara.") == Lines{"visit_rank(Skara) = 4th"});
  CHECK(f.read("Only two other sites are busier than Velo.") == Lines{"visit_rank(Velo) = 3rd"});
}

TEST_CASE("a comparison without a rank by exclusion still compares the name after than", "[match][rank]") {
  Fixture f;
  // "the only" picks one thing; a plain comparison names a rival.
  CHECK(f.read("The only site more visited than Skara is Brisk.").empty());
  CHECK(f.read("Velo is the top site. Brisk is more visited than Skara.").empty());
}
