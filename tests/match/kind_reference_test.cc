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

namespace {

// Writers call one carmaker "the automaker", "the company" and "the group" too; a
// `kind` declaration lists those nouns (docs/rules.md "Entity kinds").
const char* const kNounRules = R"(
entity Harlow: carmaker = "Harlow Motors"
entity Pellam: carmaker = "Pellam Cars"
entity Marrow_Bank: lender = "Marrow Bank"
kind carmaker = "automaker", "company", "group"
kind lender = "bank"
fact staff(maker: carmaker) -> people: count {
  cue employees
}
)";

}  // namespace

// Before: only "The carmaker" named the carmaker; "The automaker" after a sentence about
// the undeclared "Dunmere" stopped at that sentence, and the figure was dropped.
TEST_CASE("a noun declared for a kind names the nearest thing of that kind", "[match][cue][kind]") {
  RuleReader r(kNounRules);
  const std::string before = "Harlow Motors was founded in Dunmere. Dunmere is a port town. ";
  CHECK(r.read(before + "The automaker had 41,000 employees.") == Lines{"staff(Harlow) = 41,000"});
  CHECK(r.read(before + "The group's 41,000 employees voted.") == Lines{"staff(Harlow) = 41,000"});
  CHECK(r.read(before + "The company itself had 41,000 employees.") == Lines{"staff(Harlow) = 41,000"});
  // The kind's own word still does.
  CHECK(r.read(before + "The carmaker had 41,000 employees.") == Lines{"staff(Harlow) = 41,000"});
  // The nearest carmaker named, past another paragraph's thing.
  CHECK(r.read("Harlow Motors came first.\n\nPellam Cars was founded in Dunmere. Dunmere is a port town. The "
               "automaker had 9,300 employees.") == Lines{"staff(Pellam) = 9,300"});
  // A noun no `kind` gives the carmaker is read as before.
  CHECK(r.read(before + "The firm had 41,000 employees.").empty());
  // A noun of another kind names that kind's thing, not the carmaker's.
  CHECK(r.read(before + "The bank had 41,000 employees.").empty());
}

// Before: the sentence opening with Marrow Bank named no word of the carmaker's kind,
// so "It" meant the bank and the figure was dropped.
TEST_CASE("a declared noun in the sentence before is a thing of its kind a pronoun may mean", "[match][cue][kind]") {
  RuleReader r(kNounRules);
  CHECK(r.read("Harlow Motors builds vans. Marrow Bank lent the automaker money. It had 41,000 employees.") ==
        Lines{"staff(Harlow) = 41,000"});
}

// explain says which noun led to the sentence the role came from.
TEST_CASE("a role found by a kind's noun says so in its source", "[match][cue][kind]") {
  RuleReader r(kNounRules);
  const auto statements = r.statements("Harlow Motors was founded in Dunmere.\nDunmere is a port town.\nThe "
                                       "automaker had 41,000 employees.");
  REQUIRE(statements.size() == 1);
  CHECK(statements[0].role_sources == std::vector<std::string>{"line 1 by automaker"});
}

TEST_CASE("a title naming its thing by its kind names the one entity of that kind", "[match][cue][kind]") {
  const char* const kOne = R"(
entity Velm_Canal: canal = "Velm Canal"
entity Brackwater: company = "Brackwater Lines"
fact canal_length(canal: canal) -> length: length {
  cue long
}
)";
  auto read = [](const char* rules_text, const std::string& text) {
    factlint::source::DiagnosticSink sink;
    auto rules = factlint::lang::parse_rules_text("title.facts", rules_text, sink);
    REQUIRE(rules);
    factlint::match::Matcher matcher(*rules);
    factlint::doc::Document d = factlint::doc::make_document("t.md", text, "md", sink);
    d.meta.date = "2024-03-01";
    Lines out;
    for (const factlint::match::Statement& s : matcher.run(d)) out.push_back(s.key + " = " + s.value.display);
    return out;
  };
  // A fact sheet that never names the canal: its title says which canal.
  CHECK(read(kOne, "# The canal at a glance\n\nLocks: 4\n\nIt is 12 km long.\n") ==
        Lines{"canal_length(Velm_Canal) = 12 km"});
  CHECK(read(kOne, "# Boats and barges\n\nLocks: 4\n\nIt is 12 km long.\n").empty());
  // Two canals declared: the kind says not which.
  CHECK(read(kRules, "# The canal at a glance\n\nLocks: 4\n\nIt is 12 km long.\n").empty());
}
