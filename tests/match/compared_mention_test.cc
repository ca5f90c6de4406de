// Which mentions a statement is compared with (docs/rules.md "Cues", step 3): words
// that mean a rival, and the same words used for a time or a maker, which do not.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "match/compared_mention.h"

namespace {

// Whether the last word of `text` (the mention) is compared with.
// With `next`, the word after the mention.
bool compared(const std::string& text, const std::string& next = "") {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  return factlint::match::compared_mention([&](int i) { return std::string_view(words[static_cast<std::size_t>(i)]); },
                                           static_cast<int>(words.size()) - 1, next);
}

}  // namespace

TEST_CASE("a rival after a comparison word is compared with", "[match]") {
  CHECK(compared("the second-largest line , behind msc"));
  CHECK(compared("it ranks second after the msc"));
  CHECK(compared("it came in just behind orion"));
  CHECK(compared("bigger than russia"));
  CHECK(compared("well ahead of saudi"));
  // The present tense as the past: a timeline's "In 2022 MSC overtakes Maersk".
  CHECK(compared("in 2022 orion overtakes vela"));
  CHECK(compared("orion surpasses the vela"));
  CHECK(compared("orion outstrips vela"));
  // "trails" and "lags" as "behind" (a blind rule writer's report, session 19).
  CHECK(compared("plover trails kestrel"));
  CHECK(compared("plover trailed kestrel"));
  CHECK(compared("plover lags kestrel"));
  // A figure set "against" a rival's (session 25): without it, "against" left the rival
  // free to take the subject's share.
  CHECK(compared("a 30 % share against vela"));
  CHECK(compared("its share stood at 30 % , against the vela"));
  CHECK(compared("a 30 % share against vela and orion"));
}

// Before: both were comparisons, so "17 came out a year after version 16" gave 17's
// role to nothing and "the agencies behind Webb" named no telescope (blind rule writers'
// reports, session 12).
TEST_CASE("after a span of time or behind its makers, a name is no rival", "[match]") {
  CHECK_FALSE(compared("it shipped a year after pg16"));
  CHECK_FALSE(compared("released two months after the pg16"));
  CHECK_FALSE(compared("launched shortly after orion"));
  CHECK_FALSE(compared("the three partner agencies behind webb"));
  CHECK_FALSE(compared("the team behind orion"));
}

// Before: "after" was a comparison whatever followed, so "after Brack was discovered in
// 1971" gave the field's year no field (a blind writer's report, session 17).
TEST_CASE("after a name with a verb right after it opens a clause, not a comparison", "[match]") {
  CHECK_FALSE(compared("lowland became a gas exporter after brack", "was"));
  CHECK_FALSE(compared("prices fell after the brack", "opened"));
  CHECK_FALSE(compared("output doubled after orion", "bought"));
  // No verb: still a comparison.
  CHECK(compared("it ranks second after orion", ","));
  CHECK(compared("it ranks second after orion", "in"));
  CHECK(compared("it ranks second after orion"));
  // Other comparison words are comparisons whatever follows.
  CHECK(compared("bigger than orion", "was"));
}

// "No river carries more water than the Serene": nothing outranks the name, so it is the
// subject ranked first, not a rival (docs/rules.md "Ranks without an ordinal"; session
// 18's blind writers). Before, the name after "than" filled no role.
TEST_CASE("after 'no ... than' the name is the one ranked first", "[match]") {
  CHECK_FALSE(compared("no river on earth carries a greater volume than the serene"));
  CHECK_FALSE(compared("none is bigger than orion"));
  CHECK(compared("orion carries more water than the serene"));
  CHECK(compared("it carries no more than the serene"));
  CHECK(compared("no . orion is bigger than vela"));
}

TEST_CASE("a 'no' of another clause or with no comparative leaves the name compared", "[match]") {
  CHECK(compared("it has no plans to grow , and is smaller than vela"));
  CHECK(compared("no rival of vela is near than orion"));
  CHECK_FALSE(compared("no port handles more cargo than orion"));
}

// Before: "longer than anything on the Harbour Line" gave the Harbour Line the
// figure of the tunnel it was compared with (london-underground, session 20).
TEST_CASE("a name holding what is compared, after 'than anything on', is compared with", "[match]") {
  CHECK(compared("longer than anything on the harbour"));
  CHECK(compared("deeper than everything in paris"));
  CHECK(compared("busier than anywhere in leeds"));
  // Without "than", the name is the place of the thing: no comparison.
  CHECK_FALSE(compared("the longest tunnel of anything on the harbour"));
}

// Before: "after Japan's Seikan tunnel" and the second of "after the Gotthard Base Tunnel
// in Switzerland and the Seikan Tunnel" were no comparisons, so a rank "second-longest
// ... after" them went to the rival (session 23, the channel-tunnel topic's misses).
TEST_CASE("a rival behind an owner's 's, or joined by 'and' to a compared rival, is compared with", "[match]") {
  CHECK(compared("the second-longest line after varnland 's orion"));
  CHECK(compared("it ranks third , behind the orion in varnland and the vela"));
  CHECK(compared("longer than orion or vela"));
  CHECK(compared("well ahead of the orion and vela"));
  // A verb between: the "and" joins clauses, not names.
  CHECK_FALSE(compared("prices fell after brack was found and orion"));
  CHECK_FALSE(compared("the plant opened in 1990 and orion"));
  CHECK_FALSE(compared("varnland 's orion"));
  CHECK_FALSE(compared("the pipeline and orion"));
}
