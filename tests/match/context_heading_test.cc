// Roles no sentence near a statement names (docs/rules.md "Roles resolved from
// context"): the search back stops at a heading. Documents written for these tests only.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "lang/parse.h"
#include "match/matcher.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Acme: company = "Acme"
entity Rival: company = "Rival"
fact staff(company: company) -> people: count {
  cue employees | employed
}
)";

std::vector<std::string> keys(const std::string& text) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("topic.facts", kRules, sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  std::vector<std::string> out;
  for (const match::Statement& s : matcher.run_text(text, value::CivilDate{2024, 3, 1})) {
    out.push_back(s.key + " = " + s.value.display);
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("the search for a role named before stops at a heading", "[match][cue]") {
  // Past the heading, the document's most-named company: Acme, not the Rival named last.
  CHECK(keys("# Acme in 2024\n\nAcme sails far. Its network now runs with Rival.\n\n## People\n\nThe group had 5,000 "
             "employees.\n") == Lines{"staff(Acme) = 5,000"});
  // A heading that names the entity gives it.
  CHECK(keys("# Notes\n\nIts network now runs with Acme.\n\n## Rival's people\n\nThe group had 5,000 employees.\n") ==
        Lines{"staff(Rival) = 5,000"});
  // Without a heading between, the sentence before names it.
  CHECK(keys("# Acme in 2024\n\nIts network now runs with Rival.\n\nThe group had 5,000 employees.\n") ==
        Lines{"staff(Rival) = 5,000"});
}
