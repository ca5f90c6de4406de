// A sentence opening with "the" and a role's kind ("The canal, 12 km long, ...") is about
// the nearest thing of that kind named before, even past a sentence about another
// thing (docs/rules.md "Cues", step 3). Documents written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Velm_Canal: canal = "Velm Canal"
entity Orle_Canal: canal = "Orle Canal"
entity Brackwater: company = "Brackwater Lines"
fact canal_length(canal: canal) -> length: length {
  cue long
}
fact staff(company: company) -> people: count {
  cue employees
}
)";

}  // namespace

// Before: the sentence opening with the undeclared "Marrow" stopped the search, so the
// canal's length had no canal and was dropped.
TEST_CASE("'the' and a role's kind name the nearest thing of that kind", "[match][cue][kind]") {
  RuleReader r(kRules);
  CHECK(r.read("Boats leave Marrow daily. Marrow is linked to the coast by the Velm Canal. The canal, 12 km long "
               "with four locks, opened late.") == Lines{"canal_length(Velm_Canal) = 12 km"});
  // Up to two words between "the" and the kind, and past a paragraph.
  CHECK(r.read("Brackwater Lines grew fast.\n\nBoats leave Marrow daily. Marrow liked it. The Danish shipping company "
               "had 4,100 employees.") == Lines{"staff(Brackwater) = 4,100"});
  // The nearest of its kind: the Orle Canal named last.
  CHECK(r.read("The Velm Canal came first. Boats leave Marrow daily. Marrow dug the Orle Canal. The canal is 9 km long.") ==
        Lines{"canal_length(Orle_Canal) = 9 km"});
}

TEST_CASE("a kind that is not the sentence's subject, or a name, refers to nothing", "[match][cue][kind]") {
  RuleReader r(kRules);
  // "Marrow", capitalized inside a sentence, is a name the rules do not know.
  const std::string before = "The Velm Canal came first, before the town of Marrow. ";
  // Not at the sentence's opening: Marrow's own sentence is about Marrow.
  CHECK(r.read(before + "Marrow is 12 km long, beside the canal.").empty());
  // A pronoun is no kind: "It" after Marrow's sentence is Marrow's.
  CHECK(r.read(before + "Marrow grew. It is 12 km long.").empty());
  // With the kind, the same sentence is the canal's.
  CHECK(r.read(before + "Marrow grew. The canal is 12 km long.") == Lines{"canal_length(Velm_Canal) = 12 km"});
  // A heading closes the section the kind looks in.
  CHECK(r.read(before + "\n\n## Marrow\n\nMarrow grew. The canal is 12 km long.").empty());
}
