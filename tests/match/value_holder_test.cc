// A figure an indefinite noun phrase holds as its size, or by a participle phrase, is
// that new thing's, not a role the clause leaves to the context (docs/rules.md "Cues",
// step 3, "A new thing"). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Tarn: mountain = "Mount Tarn", "Tarn"
fact peak_height(mountain: mountain) -> height: length {
  cue high | height | peak | summit
}
entity Gull: canal = "Gull Canal"
fact canal_cost(canal: canal) -> cost: money {
  cue cost | costs
}
fact canal_length(canal: canal) -> length: length {
  cue long | length
}
)";

}  // namespace

TEST_CASE("a figure an indefinite phrase holds as its size is that new thing's", "[match][cue][holder]") {
  RuleReader r(kRules);
  // Without the rule: each figure went to Mount Tarn, named a sentence before.
  CHECK(r.read("Mount Tarn is popular. Guides ask clients to have climbed a peak over 6,000 metres.") ==
        Lines{});
  CHECK(r.read("Mount Tarn is popular. The club wants proof of another summit above 5,500 m first.") ==
        Lines{});
  CHECK(r.read("Mount Tarn is popular. The best view is from a high ridge above the lake at 4,120 m, "
               "where the path ends.") == Lines{});
}

TEST_CASE("explain says an indefinite phrase holds the figure", "[match][cue][holder]") {
  RuleReader r(kRules);
  const auto misses = r.matcher().near_misses_text("Guides ask clients to have climbed a peak over 6,000 metres.");
  REQUIRE(misses.size() == 1);
  CHECK(misses[0].fact == "peak_height");
  CHECK(misses[0].reason ==
        "a cue matched with 'over 6,000 metres', but an indefinite phrase before it holds that figure (a new thing, "
        "not your entity), and the clause names no entity for its roles");
}

TEST_CASE("a figure in a participle phrase hung on an indefinite phrase is that thing's", "[match][cue][holder]") {
  RuleReader r(kRules);
  // Without the rule: the lock's cost went to the canal named a sentence before.
  CHECK(r.read("The Gull Canal is busy. The board's answer is a lock on the east side, to be built "
               "in 2021 at an estimated cost of $40 million.") == Lines{});
}

TEST_CASE("a figure of the topic's own measure or predicate stays the topic's", "[match][cue][holder]") {
  RuleReader r(kRules);
  // "of" after the phrase: the figure's own measure.
  CHECK(r.read("Mount Tarn is popular. It rises to a height of 4,810 m.") ==
        Lines{"peak_height(Tarn) = 4,810 m"});
  CHECK(r.read("The Gull Canal is busy. It was finished at an estimated cost of $40 million.") ==
        Lines{"canal_cost(Gull) = USD 40 million"});
  // After "is", with a pronoun as subject: what the subject is.
  CHECK(r.read("Mount Tarn is popular. It is a peak over 4,800 m high.") ==
        Lines{"peak_height(Tarn) = over 4,800 m"});
  // "on", "in", "by" before a figure tie it to the verb, not to a phrase before them.
  CHECK(r.read("The Gull Canal is busy. It cost a fortune in 1904, about $40 million in all.") ==
        Lines{"canal_cost(Gull) = about USD 40 million"});
  // Named in its own clause, the entity takes the figure whatever phrase holds it.
  CHECK(r.read("Guides ask clients to have climbed Mount Tarn, a peak over 4,800 metres.") ==
        Lines{"peak_height(Tarn) = over 4,800 m"});
}

namespace {

const char* const kPronounRules = R"(
entity Ness: rock = "Ness Rock", "Ness"
entity Dunmore_Tower: building = "Dunmore Tower"
fact rock_height(rock: rock) -> height: length {
  cue height | high
}
)";

}  // namespace

TEST_CASE("a pronoun after a sentence that opens with an entity of another kind is that entity",
          "[match][cue][holder][pronoun]") {
  RuleReader r(kPronounRules);
  // Without the rule: the tower's height went to the rock named two sentences before.
  CHECK(r.read("Ness Rock rises over the river. Dunmore Tower, on the far bank, was finished in 1880. "
               "With a height of 157 m it was the tallest building of its day.") == Lines{});
}

TEST_CASE("a pronoun as an object after another thing's sentence may mean the topic", "[match][cue][holder][pronoun]") {
  RuleReader r(kPronounRules);
  // Before: "it" meant Dunmore Tower, and the rock's height was dropped.
  CHECK(r.read("Ness Rock rises over the river. Dunmore Tower was finished in 1880. "
               "At a height of 132 m, climbers find it hard going.") == Lines{"rock_height(Ness) = 132 m"});
  CHECK(r.read("Ness Rock rises over the river. Dunmore Tower was finished in 1880. "
               "Walkers who reach a height of 132 m on it see three counties.") == Lines{"rock_height(Ness) = 132 m"});
  // As a subject it still means the thing just named, and the near miss says so.
  const std::string text = "Ness Rock rises over the river. Dunmore Tower was finished in 1880. "
                           "At a height of 157 m, it was the tallest building of its day.";
  CHECK(r.read(text) == Lines{});
  const auto misses = r.matcher().near_misses_text(text, factlint::value::CivilDate{2024, 3, 1});
  REQUIRE(misses.size() == 1);
  CHECK(misses.front().reason ==
        "a cue matched with a value, but its roles (rock (rock)) were not all named in the sentence, the three before "
        "it or the document's title; 'it' may mean Dunmore_Tower (building), which the sentence before opens with");
}

TEST_CASE("a pronoun that may mean the topic keeps it", "[match][cue][holder][pronoun]") {
  RuleReader r(kPronounRules);
  // The sentence before names a word of the role's kind: "it" may mean the rock.
  CHECK(r.read("Ness Rock rises over the river. Dunmore Tower faces the rock across the water. "
               "With a height of 132 m it is the highest point for miles.") ==
        Lines{"rock_height(Ness) = 132 m"});
  // The sentence before opens with a possessive: its subject is what the entity owns.
  CHECK(r.read("Ness Rock rises over the river. Dunmore Tower's owners sold it in 1990. "
               "With a height of 132 m it is the highest point for miles.") ==
        Lines{"rock_height(Ness) = 132 m"});
  // A pronoun in brackets is an aside about something else.
  CHECK(r.read("Ness Rock rises over the river. Dunmore Tower was finished in 1880. "
               "The rock (it is slate) has a height of 132 m.") == Lines{"rock_height(Ness) = 132 m"});
}

namespace {

const char* const kRankRules = R"(
entity Avalon: country = "Avalon"
entity Brisk: country = "Brisk"
entity Corvo: country = "Corvo"
fact port_user_rank(country: country) -> rank: ordinal {
  cue user | users
}
)";

}  // namespace

TEST_CASE("in a continued sentence, a value after 'and' and a name is that name's", "[match][cue][holder][conjunct]") {
  RuleReader r(kRankRules);
  // Without the rule: both ranks went to Brisk, the sentence's first name.
  CHECK(r.read("Avalon was again the port's largest user. Brisk ranked second and Corvo third.") ==
        Lines{"port_user_rank(Avalon) = 1st", "port_user_rank(Brisk) = 2nd", "port_user_rank(Corvo) = 3rd"});
}

namespace {

const char* const kPactRules = R"(
entity Brill: pact = "Brill Accord", "the Accord"
fact pact_signed(pact: pact) -> year: year {
  cue signed
  compare exact
}
)";

}  // namespace

// Before: the charter's year went to the Brill Accord, named a sentence before.
TEST_CASE("a date in a participle phrase right after an indefinite phrase is that thing's", "[match][cue][holder]") {
  RuleReader r(kPactRules);
  CHECK(r.read("The Brill Accord shaped the valley. The council later set it aside, after a charter signed in "
               "1961.") == Lines{});
  CHECK(r.read("The Brill Accord shaped the valley. Farmers later worked under a new charter signed on 4 May 1961.") ==
        Lines{});
}

TEST_CASE("a date in a participle phrase stays the topic's when the phrase is its predicate", "[match][cue][holder]") {
  RuleReader r(kPactRules);
  CHECK(r.read("The Brill Accord shaped the valley. It is a pact signed in 1921.") ==
        Lines{"pact_signed(Brill) = 1921"});
  CHECK(r.read("The Brill Accord shaped the valley. It was signed in 1921.") == Lines{"pact_signed(Brill) = 1921"});
  CHECK(r.read("The Brill Accord, a pact signed in 1921, shaped the valley.") == Lines{"pact_signed(Brill) = 1921"});
}
