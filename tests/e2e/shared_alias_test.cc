// One name for things of different kinds through the binary (docs/rules.md "One name
// for things of different kinds"): explain says which entity the name was taken as and
// why, and lint rejects one name on two entities of one kind, with its place.
// Sentences written for these tests only.
#include <catch2/catch.hpp>

#include "run_binary.h"

using namespace factlint::testing;

namespace {

const char* const kRules = R"(entity Ostra_Forest: forest = "Ostra Forest", "the Ostra"
entity Ostra_River: river = "Ostra River", "the Ostra"
fact river_length(river: river) -> length: length {
  cue long
  example "The Ostra is 640 km long." => river=Ostra_River length="640 km"
}
)";

}  // namespace

// Before: the name was the forest's, declared first, and the river's role took nothing.
TEST_CASE("explain --text says which entity a shared name was taken as, and why", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/r.facts", kRules);
  RunResult lint = run_factlint("rules lint --werror " + dir + "/r.facts");
  CHECK(lint.exit_code == 0);
  RunResult r = run_factlint("explain --rules " + dir + "/r.facts --text 'The Ostra is 640 km long.'");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("river_length(Ostra_River) = '640 km'") != std::string::npos);
  CHECK(r.out.find("{river} = Ostra_River ('The Ostra', a name Ostra_Forest (forest) shares: the role takes a river)") !=
        std::string::npos);
  // From context: the role's entity, where it came from, and why this one of the name's.
  RunResult c = run_factlint("explain --rules " + dir + "/r.facts --text 'The Ostra floods each spring. It is 640 km long.'");
  CHECK(c.out.find("{river} = Ostra_River (from the sentence at line 1; Ostra_River shares a name with Ostra_Forest "
                   "(forest): the role takes a river)") != std::string::npos);
}

// Before: a warning only, and statements went to the entity declared first.
TEST_CASE("rules lint rejects one name on two entities of one kind, at the alias", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/r.facts", std::string(kRules) + "entity Ostra_Delta: river = \"the Ostra\"\n");
  RunResult r = run_factlint("rules lint " + dir + "/r.facts");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("r.facts:7:29: error: alias 'the Ostra' of entity 'Ostra_Delta' also names entity 'Ostra_River' "
                   "of the same kind 'river'") != std::string::npos);
}
