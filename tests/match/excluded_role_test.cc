// `not` on a role (docs/rules.md "A role that excludes a kind or an entity"): a kind
// after it keeps a clause about a thing of that kind from giving the role an entity
// from context, the topic or a fallback; an entity after it has its statements of the
// fact dropped while it keeps its keys in the others. Sentences written for these
// tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Lexica: atlas = "Lexica"
entity Gazetta: atlas = "Gazetta"
entity Lexica_Welsh: edition = "Welsh Lexica", "Lexica Cymraeg"
kind edition = "version"

fact daily_readers(atlas: atlas not edition) -> readers: count {
  cue readers
}
fact daily_readers_any(atlas: atlas) -> readers: count {
  cue visitors
}
fact sheet_count(atlas: atlas = Lexica not edition) -> sheets: count {
  cue maps
}

entity Corran_Bridge: bridge = "Corran Bridge"
entity Ferry_Bridge: bridge = "Ferry Bridge"

fact toll(bridge: bridge not Ferry_Bridge) -> toll: money {
  cue toll
}
fact opened(bridge: bridge) -> opened: year {
  cue opened
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

// Before: the atlas role took Lexica from the sentence before, so the edition's figure
// became the whole atlas's.
TEST_CASE("a clause about a thing of an excluded kind gives the role nothing from context", "[match][context]") {
  Fixture f;
  // "The regional edition": "the" and the kind's word; the same role without `not` takes
  // Lexica. (Not "The Welsh edition": a capitalized word the rules do not know stops the
  // search for the role before `not` is asked, so it proves nothing.)
  CHECK(f.read("Lexica went online in 2009. The regional edition now has 40,000 readers a day.").empty());
  CHECK(f.read("Lexica went online in 2009. The regional edition now has 40,000 visitors a day.") ==
        Lines{"daily_readers_any(Lexica) = 40,000"});
  // A noun a `kind` declaration gives the kind, and a name of an entity of the kind.
  CHECK(f.read("Lexica went online in 2009. The regional version now has 40,000 readers a day.").empty());
  CHECK(f.read("Lexica went online in 2009. Welsh Lexica now has 40,000 readers a day.").empty());
  // Nor from a fallback.
  CHECK(f.read("Atlases are popular. The regional edition shows 3,100 maps.").empty());
  CHECK(f.read("Atlases are popular. The collection shows 3,100 maps.") == Lines{"sheet_count(Lexica) = 3,100"});
}

TEST_CASE("a clause that names no thing of the excluded kind is read as ever", "[match][context]") {
  Fixture f;
  // The sentence before names the edition: the atlas is still found further back.
  CHECK(f.read("Lexica went online in 2009. Welsh Lexica has 9,000 articles. The site as a whole has 2 million "
               "readers a day.") == Lines{"daily_readers(Lexica) = 2 million"});
  // The atlas named in the clause itself takes the role.
  CHECK(f.read("Gazetta, unlike the Welsh edition, has 700,000 readers a day.") ==
        Lines{"daily_readers(Gazetta) = 700,000"});
}

TEST_CASE("an entity after not has its statements of the fact dropped, and keeps the others", "[match][context]") {
  Fixture f;
  CHECK(f.read("The Ferry Bridge toll is $8.").empty());
  CHECK(f.read("The Corran Bridge toll is $9.") == Lines{"toll(Corran_Bridge) = USD 9"});
  CHECK(f.read("The Ferry Bridge opened in 1936.") == Lines{"opened(Ferry_Bridge) = 1936"});
  // Its figure is its own: not the Corran Bridge's from the sentence before.
  CHECK(f.read("The Corran Bridge is older. The Ferry Bridge toll is $8.").empty());
}

TEST_CASE("not names a kind other than the role's or an entity the role could take", "[lang]") {
  std::string said;
  CHECK(testing::rule_errors(R"(
entity Lexica: atlas = "Lexica"
entity Lexica_Welsh: edition = "Welsh Lexica"
fact a(atlas: atlas not atlas) -> n: count { cue readers }
fact b(atlas: atlas not Lexica_Welsh) -> n: count { cue readers }
fact c(atlas: atlas not editon) -> n: count { cue readers }
fact d(atlas: atlas) -> n: count not edition { cue readers }
)",
                              &said) == 4);
  CHECK(said.find("cannot exclude its own kind 'atlas'") != std::string::npos);
  CHECK(said.find("takes a 'atlas', never 'Lexica_Welsh' (a 'edition')") != std::string::npos);
  CHECK(said.find("unknown entity kind or entity 'editon'") != std::string::npos);
  CHECK(said.find("excludes nothing") != std::string::npos);
}
