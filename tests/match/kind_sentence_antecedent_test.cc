// A sentence opening with "the" and a kind means the one thing of that kind the
// document names, however far back. Sentences written for these tests, found in no
// corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "match/role_source.h"
#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kDams = R"(
entity Kestrel: dam = "Kestrel Dam"
entity Plover: dam = "Plover Dam"
fact dam_height(dam: dam) -> height: length {
  cue high | tall
  compare within 1%
}
)";

const char* const kFarBack =
    "We spent a week by the Kestrel Dam last spring.\n\n"
    "The weather was kind. The boats were slow. Lunch was good. We met a guide. The lake was calm.\n\n";

}  // namespace

// Before: a blog that names its dam once and then opens a sentence with "the dam" gave
// its figures to no dam once the name was more than three sentences back (the topic
// needed two names, a kind's subject six sentences at most).
TEST_CASE("a sentence opening with 'the' and a kind means the one thing of that kind the document names",
          "[match][topic]") {
  RuleReader r(kDams);
  CHECK(r.read(std::string(kFarBack) + "Then the dam itself. It is 95 metres high.") ==
        Lines{"dam_height(Kestrel) = 95 m"});
  // Without "the dam", or with a second dam named, the figure has no dam.
  CHECK(r.read(std::string(kFarBack) + "Then the wall. It is 95 metres high.").empty());
  // "the dam" inside a sentence is no subject that opens it, but a mention of the one
  // dam the story names, which makes that dam the topic (match/definite_kind.h; before
  // session 23 the figure had no dam).
  CHECK(r.read(std::string(kFarBack) + "We walked along the dam. It is 95 metres high.") ==
        Lines{"dam_height(Kestrel) = 95 m"});
  CHECK(r.read(std::string(kFarBack) + "The Plover Dam is upstream. The sky was grey. The road was long. "
                                       "The car was old.\n\nThen the dam itself. It is 95 metres high.")
            .empty());
}

// Before: the source was "line 5 by its kind", which explain printed as "which 'the its
// kind' refers to" (a blind writer's report). The source names the noun the sentence
// opens with, and explain says what it did.
TEST_CASE("a role from the one thing of its kind says which noun named it", "[match][topic][explain]") {
  RuleReader r(kDams);
  const auto statements = r.statements(std::string(kFarBack) + "Then the dam itself. It is 95 metres high.");
  REQUIRE(statements.size() == 1);
  CHECK(statements[0].role_sources == std::vector<std::string>{"line 5 as dam"});
  CHECK(factlint::match::role_source_text("line 5 as dam") ==
        "from the sentence at line 5, which opens with 'the dam', the one thing of that kind the document names");
  // A noun a sentence of its own opens with, as before.
  CHECK(factlint::match::role_source_text("line 12 by automaker") ==
        "from the sentence at line 12, which 'the automaker' refers to");
  // A store written before the noun was kept.
  CHECK(factlint::match::role_source_text("line 5 by its kind").find("'the its kind'") == std::string::npos);
}
