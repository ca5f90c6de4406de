// A title that names more entities of a role's kind than the fact has roles to fill
// singles none of them out: the document's most-named entity of the kind is its topic
// then (match/context_roles.cc, document_topic; docs/rules.md "Roles resolved from
// context"). Before, the title's first-named took the role: "Our coffee goes to
// Vellmar and Ostrava" made every undated coffee figure Vellmar's, or dropped it
// (session 22, kenya). Documents written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/loader.h"
#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Corvia: country = "Corvia"
entity Vellmar: country = "Vellmar"
entity Ostrava: country = "Ostrava"
entity Rennick: country = "Rennick"
ignore entity Elsewhere: country = "Harlow", "Mistra"
fact coffee_exports(country: country) -> amount: mass {
  cue shipped
  scope per year
}
fact trade(a: country, b: country) -> value: money {
  cue trade
  resolve a, b from context
  scope per year
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
  // "fact(key) = value {role sources}" per statement.
  std::vector<std::string> read(const std::string& text) const {
    source::DiagnosticSink sink;
    doc::Document d = doc::make_document("t.md", text, "md", sink);
    if (d.meta.date.empty()) d.meta.date = "2024-03-01";
    std::vector<std::string> out;
    for (const match::Statement& s : matcher().run(d)) {
      std::string sources;
      for (const std::string& source : s.role_sources) sources += "{" + source + "}";
      out.push_back(s.key + " = " + s.value.display + sources);
    }
    return out;
  }
};

using Lines = std::vector<std::string>;

const std::string kBody =
    "Corvia had a good harvest. Prices in Corvia held up, and Corvia's growers were paid on time.\n\n"
    "## Exports\n\nWe shipped 410,000 tonnes of green beans in 2023.\n";

}  // namespace

TEST_CASE("a title naming several countries leaves a one-country fact to the most-named", "[match][title][session22]") {
  Fixture f;
  CHECK(f.read("# Our coffee goes to Vellmar and Ostrava\n\n" + kBody) ==
        Lines{"coffee_exports(Corvia) = 410,000 t{most-named}"});
}

TEST_CASE("a title naming as many countries as the roles still chooses them", "[match][title][session22]") {
  Fixture f;
  // One country for one role: the title's, though the body names Corvia more.
  CHECK(f.read("# Coffee from Vellmar\n\n" + kBody) == Lines{"coffee_exports(Vellmar) = 410,000 t{title}"});
  // Two countries for two roles: both the title's.
  CHECK(f.read("# Vellmar and Ostrava\n\nCorvia grew. Corvia sold. Corvia paid.\n\n## Trade\n\n"
               "Their trade reached $4 billion in 2023.\n") ==
        Lines{"trade(Vellmar, Ostrava) = USD 4 billion{title}{title}"});
}

TEST_CASE("two names of one ignored entity in a title are two things", "[match][title][session22]") {
  Fixture f;
  CHECK(f.read("# Our coffee goes to Harlow and Mistra\n\n" + kBody) ==
        Lines{"coffee_exports(Corvia) = 410,000 t{most-named}"});
  // One name of it is one thing: the title's, and the statement is dropped as an ignored entity's.
  CHECK(f.read("# Our coffee goes to Harlow\n\n" + kBody).empty());
}
