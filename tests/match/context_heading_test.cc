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

TEST_CASE("a role resolved from context may be named in the pattern's own words", "[match][context]") {
  // A railway named only inside the words the pattern matched ("Owl Loop") is the
  // role's: it was dropped, as no sentence before named a railway (a blind writer's
  // pattern, london-underground session 13). Sentences written for this test only.
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("own.facts", R"(
entity Loop: railway = "Loop", "Loop railway"
entity Spur: railway = "Spur line"
fact night_service(railway: railway) -> day: date {
  pattern owl loop ... began ... {day}
  resolve railway from context
}
)",
                                      sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  auto read = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const match::Statement& s : matcher.run_text(text, value::CivilDate{2024, 3, 1})) {
      out.push_back(s.key + " = " + s.value.display);
    }
    return out;
  };
  CHECK(read("Owl Loop services began on 19 August 2016.") ==
        std::vector<std::string>{"night_service(Loop) = 2016-08-19"});
  // A railway named before the match still comes first.
  CHECK(read("On the Spur line, Owl Loop services began on 19 August 2016.") ==
        std::vector<std::string>{"night_service(Spur) = 2016-08-19"});
}
