// A sentence about a named thing the rules do not know (match/sentence_subject.h):
// context never credits its figures, nor a pronoun sentence's after it, to a fact's
// entity. Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "doc/loader.h"
#include "match/document_index.h"
#include "match/entity_index.h"
#include "match/sentence_subject.h"
#include "match/vocabulary.h"
#include "rule_builders.h"
#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity China: country  = "China"
entity Russia: country = "Russia"
entity Power_of_Siberia: pipeline = "Power of Siberia"
entity Orion: telescope = "Orion Telescope", "Orion"

fact pipeline_capacity(line: pipeline) -> volume: flow {
  cue capacity | carry
}
fact bilateral_trade(a: country, b: country) -> amount: money symmetric {
  cue trade | commerce
  scope per year
}
fact telescope_cost(scope: telescope) -> cost: money {
  cue cost
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a figure of a named thing no entity stands for is not credited by context", "[match][context]") {
  Fixture f;
  // Its own sentence opens with the other name.
  CHECK(f.read("The Power of Siberia pipeline opened in December 2019. Nord Stream can carry 55 bcm a year.").empty());
  CHECK(f.read("The Orion Telescope reached orbit in May. The Kestrel Array cost $2.1 billion.").empty());
  // A one-word name: the document writes it capitalized inside a sentence too.
  CHECK(f.read("Orion will outlast Kestrel by far. Kestrel cost $900 million to build.").empty());
  // A pronoun sentence right after it means the other thing.
  CHECK(f.read("The Orion Telescope reached orbit in May. Kestrel Array launched in 1990. It cost $4.7 billion.")
            .empty());
}

TEST_CASE("context still fills roles when the subject is a common word, a time or the entity", "[match][context]") {
  Fixture f;
  CHECK(f.read("The Power of Siberia pipeline opened in 2019. It can carry 38 bcm a year.") ==
        Lines{"pipeline_capacity(Power_of_Siberia) = 38 bcm/y"});
  CHECK(f.read("China and Russia signed a pact. Commerce between the two hit $240 billion in 2023.") ==
        Lines{"bilateral_trade(China, Russia) = USD 240 billion"});
  CHECK(f.read("The Power of Siberia pipeline opened in 2019. December figures show the line can carry 38 bcm a "
               "year.") == Lines{"pipeline_capacity(Power_of_Siberia) = 38 bcm/y"});
  CHECK(f.read("The Orion Telescope reached orbit in May. The Orion team says it cost $9.7 billion.") ==
        Lines{"telescope_cost(Orion) = USD 9.7 billion"});
  // A nationality before a common noun is an adjective, not a name.
  CHECK(f.read("China and Russia met in May; Kestrel officials came too. Kestrelian officials waited for Kestrelian "
               "guests. Commerce between the two hit $240 billion in 2023.") ==
        Lines{"bilateral_trade(China, Russia) = USD 240 billion"});
  // So is one after a common word that opens the sentence: "After Kestrelian talks",
  // "Two Kestrelian envoys", "The Kestrelian delegation" open with no name.
  CHECK(f.read("China and Russia met in May; Kestrel officials came after. After Kestrelian talks ended, two envoys "
               "left. Commerce between the two hit $240 billion in 2023.") ==
        Lines{"bilateral_trade(China, Russia) = USD 240 billion"});
  CHECK(f.read("China and Russia met in May; Kestrel officials came too. Two Kestrelian envoys left. Commerce "
               "between the two hit $240 billion in 2023.") ==
        Lines{"bilateral_trade(China, Russia) = USD 240 billion"});
  // A name it is still, when a capitalized word follows ("Two Kestrelian Envoys").
  CHECK(f.read("China and Russia met in May; Kestrel officials came after. After Kestrel Envoys left, two came. "
               "Commerce between the two hit $240 billion in 2023.")
            .empty());
  // A title's words, written in lowercase elsewhere, are no name.
  CHECK(f.read("China and Russia agreed new terms. New Terms. Commerce between the two hit $240 billion in 2023.") ==
        Lines{"bilateral_trade(China, Russia) = USD 240 billion"});
  // An entity of another kind is no other topic: a person acts for a country.
  CHECK(f.read("China and Russia met in May. The Orion Telescope flew over. Commerce between the two hit $240 "
               "billion in 2023.") == Lines{"bilateral_trade(China, Russia) = USD 240 billion"});
}

TEST_CASE("another thing's sentence in an earlier paragraph does not take a new paragraph's figures",
          "[match][context]") {
  Fixture f;
  // The new paragraph goes back to what the document is about (Orion, named twice).
  CHECK(f.read("The Orion Telescope reached orbit in May. Orion is the largest of its kind.\n\n"
               "The Kestrel Array is smaller.\n\n"
               "The build cost $9.7 billion.") == Lines{"telescope_cost(Orion) = USD 9.7 billion"});
  // In the same paragraph the other thing is still what the sentence after it means.
  CHECK(f.read("The Orion Telescope reached orbit in May. Orion is the largest of its kind.\n\n"
               "The Kestrel Array is smaller. The build cost $9.7 billion.")
            .empty());
  // Before: a sentence after the other thing's, in its paragraph, hid the paragraph break
  // from the search, so the new paragraph's figure was dropped.
  CHECK(f.read("The Orion Telescope reached orbit in May. Orion is the largest of its kind.\n\n"
               "The Kestrel Array is smaller. It was built in Chile.\n\n"
               "The build cost $9.7 billion.") == Lines{"telescope_cost(Orion) = USD 9.7 billion"});
}

TEST_CASE("a label line's label is a field, not another thing", "[match][context]") {
  Fixture f;
  // "OPEX" is written capitalized inside a sentence too, so it read as a name: the
  // label line "OPEX: $2 billion" stopped the cost line after it from taking the
  // telescope named before (a fact sheet's key figures).
  const std::string sheet =
      "The Orion Telescope is the largest yet.\n\n"
      "- **OPEX:** $2 billion a decade\n"
      "- **Cost:** $9.7 billion\n\n"
      "Ground teams say OPEX is the harder number.";
  CHECK(f.read(sheet) == Lines{"telescope_cost(Orion) = USD 9.7 billion"});
  // A label of no figure may be a thing's name: "Kestrel Array: the telescope ...".
  CHECK(f.read("The Orion Telescope reached orbit in May. Kestrel Array: the telescope that changed astronomy. It "
               "cost $4.7 billion.")
            .empty());
  // Without the colon it is a sentence about that thing, as before.
  CHECK(f.read("The Orion Telescope is the largest yet. OPEX Review found overruns. It cost $9.7 billion. Ground "
               "teams say OPEX is the harder number.")
            .empty());
}

TEST_CASE("a label of a few words with lowercase ones is a field too", "[match][context]") {
  Fixture f;
  // Before: "Ground Station upkeep" read as a name, and the cost line after it lost the
  // telescope named before (a blind writer's fact sheet).
  const std::string sheet =
      "The Orion Telescope is the largest yet.\n\n"
      "- Ground Station upkeep: $40 million a year\n"
      "- Cost: $9.7 billion\n";
  CHECK(f.read(sheet) == Lines{"telescope_cost(Orion) = USD 9.7 billion"});
}

TEST_CASE("a sentence opening with a common word and an acronym names a measure, not a thing", "[match][context]") {
  Fixture f;
  // Before: "Annual OPEX" opened a sentence about another thing, and the cost in the
  // next sentence lost the telescope (a blind writer's "Nominal GDP ...").
  CHECK(f.read("The Orion Telescope reached orbit in May. Annual OPEX is a worry. It cost $9.7 billion.") ==
        Lines{"telescope_cost(Orion) = USD 9.7 billion"});
  // A name of two capitalized words still opens a sentence about another thing.
  CHECK(f.read("The Orion Telescope reached orbit in May. Kestrel Array is a rival. It cost $4.7 billion.").empty());
}

// Before: "KenGen operates ..." gave its figure to the document's country, because the
// document wrote "KenGen" only at a sentence's start (an analyst's report).
TEST_CASE("a word with a capital inside it is a name even at a sentence's start only", "[match][context]") {
  Fixture f;
  CHECK(f.read("The Orion Telescope reached orbit in May. KestrelNet cost $2.1 billion.").empty());
  CHECK(f.read("The Orion Telescope reached orbit in May. SkyWatch cost $2.1 billion to build.").empty());
  // A capitalized common word is no name: the figure stays the telescope's.
  CHECK(f.read("The Orion Telescope reached orbit in May. Construction cost $2.1 billion.") ==
        Lines{"telescope_cost(Orion) = USD 2.1 billion"});
}

TEST_CASE("a maker's possessive and a model's designation open a sentence about that model", "[match][context]") {
  Fixture f;
  CHECK(f.read("The Orion Telescope reached orbit in May. Kestrel's KX-2, which the new one was built to beat, cost $2.1 "
               "billion.")
            .empty());
  CHECK(f.read("The Orion Telescope reached orbit in May. Kestrel's 310-200 cost $2.1 billion.").empty());
  CHECK(f.read("The Orion Telescope reached orbit in May. Kestrel's K9 cost $2.1 billion.").empty());
  // No designation after the possessive (a year, a compound adjective, a common noun):
  // the sentence may well be about the telescope.
  CHECK(f.read("The Orion Telescope reached orbit in May. Kestrel's 2019 audit put the cost at $2.1 billion.") ==
        Lines{"telescope_cost(Orion) = USD 2.1 billion"});
  CHECK(f.read("The Orion Telescope reached orbit in May. Kestrel's two-year audit put the cost at $2.1 billion.") ==
        Lines{"telescope_cost(Orion) = USD 2.1 billion"});
  CHECK(f.read("The Orion Telescope reached orbit in May. Today's K9 estimate put the cost at $2.1 billion.") ==
        Lines{"telescope_cost(Orion) = USD 2.1 billion"});
}

TEST_CASE("a sentence about what the writer owns is about another thing", "[match][context]") {
  Fixture f;
  CHECK(f.read("The Orion Telescope reached orbit in May. My telescope's mount cost $2,100.").empty());
  CHECK(f.read("The Orion Telescope reached orbit in May. My old scope's upkeep cost $300.").empty());
  // "My" without a possessive after it leaves the sentence to context.
  CHECK(f.read("The Orion Telescope reached orbit in May. My guess: its upkeep cost $2.1 billion.") ==
        Lines{"telescope_cost(Orion) = USD 2.1 billion"});
}

TEST_CASE("'its' after 'but' means the named subject of the clause before it", "[match][context]") {
  Fixture f;
  CHECK(f.read("The Orion Telescope reached orbit in May. Oddly, it was not the dearest: the Kestrel Array was "
               "cheaper to build, but its upkeep cost $2.1 billion.")
            .empty());
  CHECK(f.read("The Orion Telescope reached orbit in May. Few noticed, since the Kestrel K-9 was cheaper to build, "
               "but its upkeep cost $2.1 billion.")
            .empty());
  // A pronoun or a common noun as that subject, or the entity itself, leaves "its" to context.
  CHECK(f.read("The Orion Telescope reached orbit in May. It was cheaper to build, but its upkeep cost $2.1 billion.") ==
        Lines{"telescope_cost(Orion) = USD 2.1 billion"});
  CHECK(f.read("The Orion Telescope reached orbit in May. The mirror was cheap to make, but its upkeep cost $2.1 "
               "billion.") == Lines{"telescope_cost(Orion) = USD 2.1 billion"});
}

namespace {

const char* const kCanalRules = R"(
entity Velm_Canal: canal = "Velm Canal"
entity Orm_Locks: locks = "Orm Locks", "Orm"
fact canal_cost(canal: canal) -> cost: money {
  cue cost | costs
}
)";

}  // namespace

TEST_CASE("a name between 'The' and a noun describes the noun, the sentence's subject", "[match][context]") {
  testing::RuleReader r(kCanalRules);
  const std::string about = "The Velm Canal crosses the plain. The Velm Canal has two flights of locks. ";
  // The visitor centre at Orm Locks is no canal: its price is not the canal's cost.
  CHECK(r.read(about + "The Orm visitor centre costs $17 for adults.").empty());
  // The entity itself as the subject, or a name a role takes, still lets context fill the role.
  CHECK(r.read(about + "The Velm Canal visitor centre costs $17 for adults.") == Lines{"canal_cost(Velm_Canal) = USD 17"});
  CHECK(r.read(about + "Orm Locks stand at the top. The building work cost $40 million.") ==
        Lines{"canal_cost(Velm_Canal) = USD 40 million"});
  // So does a part or a property of the name, before "of": the upper gate is the locks'.
  CHECK(r.read(about + "The upper gate of the Orm Locks cost $3 million.").empty());
  CHECK(r.read(about + "The upper reach of the Velm Canal cost $3 million.") == Lines{"canal_cost(Velm_Canal) = USD 3 million"});
}

// capitalized_openings takes the document's lowercase words from the index when
// sentence_subjects has kept them there (issue 10: one walk over the tokens, not one per
// fact): its answer is the same either way. Sentences written for this test.
TEST_CASE("capitalized openings are the same with the subjects' lowercase flags kept or not", "[match][context]") {
  lang::RuleSet rules;
  rules.entities.push_back(match::testing::entity("Kestrel", {"Kestrel"}));
  match::Vocabulary vocabulary;
  match::EntityIndex entities(rules, vocabulary);
  for (const char* text : {"Norway came first in 2024. The fund grew. Halvard sold it.",
                           "Tarn Valley grew fast. tarn fishing rose. Tarn closed in May. Kestrel flew on.",
                           "Marrow rose. Chinese buyers left. Orla-based firms stayed. Orla kept 40%.",
                           "What now? Pellam said so. Pellam, then Quist. Quist rose while pellam fell.", ""}) {
    CAPTURE(text);
    source::DiagnosticSink sink;
    const doc::Document document = doc::make_document("t.txt", text, "txt", sink);
    match::DocumentIndex index(document, vocabulary, entities, {});
    const std::vector<char> walked = match::capitalized_openings(document, index);
    const std::vector<int> subjects = match::sentence_subjects(document, index, &index.lowercase_spellings);
    CHECK(index.lowercase_spellings.size() == static_cast<std::size_t>(index.spelling_count));
    CHECK(subjects == match::sentence_subjects(document, index));
    CHECK(match::capitalized_openings(document, index) == walked);
    if (std::string_view(text).starts_with("Norway")) CHECK(walked == std::vector<char>{1, 0, 1});
  }
}
