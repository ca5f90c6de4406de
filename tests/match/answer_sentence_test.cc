// A sentence with a fact's cue and no figure, and the next sentence that gives the
// figure with no cue: a question and its answer, or a statement that announces what
// the next one says (docs/rules.md "Cues", step 7). Documents written for these tests only.
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
fact canal_length(canal: canal) -> length: length {
  cue long
}
fact toll(canal: canal) -> fee: money {
  cue toll
  unless discount
}
fact locks(canal: canal) -> locks: count {
  cue locks
}
)";

}  // namespace

// Before: the answers gave nothing, their sentences holding no cue word and opening
// with no pronoun or name.
TEST_CASE("the answer to a question with the fact's cue is the fact's figure", "[match][cue][answer]") {
  RuleReader r(kRules);
  CHECK(r.read("The Velm Canal crosses the marsh.\n\n**How long is the Velm Canal?**\n\nAbout 12 km, from the "
               "harbour to the last lock.") == Lines{"canal_length(Velm_Canal) = about 12 km"});
  // A question may ask for a count: the answer's first figure that is no year.
  CHECK(r.read("And the locks of the Velm Canal? In 2020 there were 14, all of them manned.") ==
        Lines{"locks(Velm_Canal) = 14"});
}

TEST_CASE("a statement with the cue and no figure announces the next sentence's", "[match][cue][answer]") {
  RuleReader r(kRules);
  CHECK(r.read("The Velm Canal's toll is where the debate starts. The owners pay about $300 a barge, "
               "twice the old rate.") == Lines{"toll(Velm_Canal) = about USD 300"});
  CHECK(r.read("The Velm Canal's toll is where the debate starts. Dutch-owned barges pay about $300.") ==
        Lines{"toll(Velm_Canal) = about USD 300"});
}

TEST_CASE("an answer is read only where nothing else says what its figure is", "[match][cue][answer]") {
  RuleReader r(kRules);
  // A count, outside a question: a bare figure could count anything.
  CHECK(r.read("The Velm Canal's locks are old. Repairs took 14 months.").empty());
  // The cue's sentence has a figure of its own: the next sentence's is another thing's.
  // ("rose by $20" is the size of a change, no toll: docs/rules.md "Derived values".)
  CHECK(r.read("The Velm Canal's toll rose by $20. Shipowners pay about $300 a barge.").empty());
  CHECK(r.read("The Velm Canal's toll was $280. Shipowners pay about $300 a barge.") ==
        Lines{"toll(Velm_Canal) = USD 280"});
  // A veto word in either sentence drops it.
  CHECK(r.read("The Velm Canal's toll is where the debate starts. With a discount shipowners pay $300.").empty());
  CHECK(r.read("How long will the Velm Canal be? About 12 km.").empty());
  // After a statement, a sentence opening with a pronoun is a continued sentence or
  // nothing (step 6), and one opening with a word that may be a name may be on it.
  CHECK(r.read("The Velm Canal's toll is where the debate starts. It also paid $300 for a survey.").empty());
  CHECK(r.read("The Velm Canal's toll is where the debate starts. Brenner pays about $300 a barge.").empty());
  // A statement's next paragraph may be on anything; a question's is its answer.
  CHECK(r.read("The Velm Canal's toll is where the debate starts.\n\nShipowners pay about $300 a barge.").empty());
  // Names after the figure are not what the answer is about: "(the Orle Canal is 9 km)".
  CHECK(r.read("The Velm Canal crosses the marsh. How long is it? About 12 km (the Orle Canal is 9 km).") ==
        Lines{"canal_length(Velm_Canal) = about 12 km"});
  // A question about another thing of the rules.
  CHECK(r.read("The Velm Canal crosses the marsh. What toll does the Orle Canal ask? About $300.") ==
        Lines{"toll(Orle_Canal) = about USD 300"});
}

// Before: "How many locks does the Orle Canal have?" stated a vague count "many", and a
// question's own figure ("Is it 9 km long?") was read as said.
TEST_CASE("a question asserts nothing: its figure is none, and its answer is read", "[match][cue][answer]") {
  RuleReader r(kRules);
  CHECK(r.read("How many locks does the Orle Canal have?").empty());
  CHECK(r.read("Is the Orle Canal really 9 km long?").empty());
  CHECK(r.read("How many locks does the Orle Canal have? It has 12 locks.") == Lines{"locks(Orle_Canal) = 12"});
  CHECK(r.read("The Orle Canal is 9 km long.") == Lines{"canal_length(Orle_Canal) = 9 km"});
}

// Before: a "how many" question's vague "many" was taken for the question's own figure,
// so an answer without the cue ("In 2020 there were 14.") was never read; two blind
// writers' interviews lost every count this way.
TEST_CASE("a 'how many' question is answered by the next sentence's figure", "[match][cue][answer]") {
  RuleReader r(kRules);
  CHECK(r.read("How many locks does the Orle Canal have? In 2020 there were 14.") ==
        Lines{"locks(Orle_Canal) = 14"});
  CHECK(r.read("How many locks does the Velm Canal have today?\n\nSeven, after two were filled in.") ==
        Lines{"locks(Velm_Canal) = 7"});
  // A figure the question gives itself still means the next sentence answers something else.
  CHECK(r.read("How many of its 40 locks does the Orle Canal still use? In 2020 there were 14.").empty());
  // A statement's "many" is no figure (docs/rules.md "Numbers"), and no question: the
  // next sentence answers nothing.
  CHECK(r.read("The Orle Canal has many locks. In 2020 there were 14.").empty());
}

// Before: explain showed the answered question as a near miss beside the statement its
// answer gave, and an unanswered one as "roles were not all named".
TEST_CASE("a question is a near miss only when nothing answered it, and says so", "[match][cue][answer]") {
  RuleReader r(kRules);
  CHECK(r.near_misses("How many locks does the Orle Canal have? It has 12 locks.").empty());
  factlint::source::DiagnosticSink sink;
  auto document = factlint::doc::make_document("t.md", "How many locks does the Orle Canal have? Nobody knows.", "md",
                                               sink);
  auto misses = r.matcher().near_misses(document);
  REQUIRE(misses.size() == 1);
  // "many" is no count (docs/rules.md "Numbers"): the cue has no value to read.
  CHECK(misses[0].reason == "cue 'locks' is here, but no count value is");
}
