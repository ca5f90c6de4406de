// Word forms: inflections, irregular verbs and British/American spellings meet on one
// stem; quoted words, other units and short words do not.
#include "match/word_forms.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "lang/parse.h"
#include "match/matcher.h"

using namespace factlint;
using match::spelling_variants;
using match::word_stem;

namespace {

// Whether a rule word would match a document word, as the pattern compiler has it.
bool meets(const std::string& rule_word, const std::string& text_word) {
  const std::vector<std::string> stems = match::rule_word_stems(rule_word);
  if (stems.empty()) return rule_word == text_word;
  return std::find(stems.begin(), stems.end(), word_stem(text_word)) != stems.end();
}

}  // namespace

TEST_CASE("inflections of a rule word meet on its stem", "[match][word-forms]") {
  for (const char* form : {"climb", "climbs", "climbed", "climbing"}) CHECK(meets("climb", form));
  for (const char* form : {"total", "totals", "totalled", "totaled", "totalling"}) CHECK(meets("totalled", form));
  for (const char* form : {"border", "borders"}) CHECK(meets("border", form));
  CHECK(meets("deliveries", "delivery"));
  CHECK(meets("supplies", "supplied"));
  // A base ending doubled, which the stemmer undoubles in its inflections only.
  for (const char* form : {"add", "adds", "added", "adding"}) CHECK(meets("add", form));
  for (const char* form : {"staff", "staffs", "staffed", "staffing"}) CHECK(meets("staff", form));
  for (const char* form : {"hop", "hops", "hopped", "hopping"}) CHECK(meets("hop", form));
  CHECK_FALSE(meets("add", "addition"));
}

TEST_CASE("irregular verb forms meet their base", "[match][word-forms]") {
  CHECK(meets("rise", "rose"));
  CHECK(meets("rise", "risen"));
  CHECK(meets("rises", "rose"));
  CHECK(meets("fall", "fell"));
  CHECK(meets("grow", "grew"));
  CHECK(meets("stand", "stood"));
  CHECK(meets("is", "was"));
  CHECK(meets("has", "had"));
  CHECK_FALSE(meets("rise", "fall"));
}

TEST_CASE("British and American spellings meet", "[match][word-forms]") {
  CHECK(meets("kilometre", "kilometers"));
  CHECK(meets("kilometer", "kilometres"));
  CHECK(meets("neighbour", "neighbors"));
  CHECK(meets("neighbor", "neighbouring"));
  CHECK(meets("organise", "organized"));
  CHECK(meets("defence", "defense"));
  CHECK(meets("centre", "center"));
  CHECK(meets("programme", "program"));
  CHECK(meets("labour", "labor"));
}

TEST_CASE("different words stay apart", "[match][word-forms]") {
  CHECK_FALSE(meets("tonne", "ton"));  // different units, not spellings
  CHECK_FALSE(meets("ton", "tonnes"));
  CHECK_FALSE(meets("four", "for"));
  CHECK_FALSE(meets("hour", "hor"));
  CHECK_FALSE(meets("export", "import"));
  CHECK_FALSE(meets("trade", "trader"));
  // A base ending doubled whose undoubled stem is a preposition: `unless inn` must not
  // veto every sentence with "in" (a blind writer's veto did), nor `off` meet "of".
  for (const char* form : {"inn", "inns"}) CHECK(meets("inn", form));
  CHECK_FALSE(meets("inn", "in"));
  CHECK(meets("off", "off"));
  CHECK_FALSE(meets("off", "of"));
}

TEST_CASE("a rule word meets its inflections, not the words derived from its root", "[match][word-forms]") {
  // The stemmer gives all of these "oper": a rule about operators must not read "the
  // airline operated 14 flights" (a blind rule writer's report, session 8).
  for (const char* form : {"operator", "operators"}) CHECK(meets("operator", form));
  for (const char* form : {"operated", "operation", "operational"}) CHECK_FALSE(meets("operator", form));
  for (const char* form : {"operate", "operates", "operated", "operating"}) CHECK(meets("operate", form));
  CHECK_FALSE(meets("operate", "operator"));
  CHECK_FALSE(meets("product", "production"));
  CHECK_FALSE(meets("export", "exporter"));
  CHECK_FALSE(meets("nation", "national"));
  CHECK_FALSE(meets("rough", "roughly"));
  CHECK_FALSE(meets("organise", "organ"));
  // The spellings the stemmer rewrites still meet: y and ies, a dropped e, a doubled consonant.
  for (const char* form : {"capacity", "capacities"}) CHECK(meets("capacity", form));
  for (const char* form : {"study", "studies", "studied", "studying"}) CHECK(meets("study", form));
  for (const char* form : {"hope", "hopes", "hoped", "hoping"}) CHECK(meets("hope", form));
  for (const char* form : {"trade", "trades", "traded", "trading"}) CHECK(meets("trade", form));
  for (const char* form : {"stop", "stops", "stopped", "stopping"}) CHECK(meets("stop", form));
  for (const char* form : {"deliver", "delivers", "delivered", "delivering"}) CHECK(meets("deliver", form));
  for (const char* form : {"decline", "declines", "declined", "declining"}) CHECK(meets("decline", form));
}

TEST_CASE("digits, punctuation and possessives are their own stem", "[match][word-forms]") {
  CHECK(word_stem("2,600") == "2,600");
  CHECK(word_stem("'s") == "'s");
  CHECK(word_stem("u.s.") == "u.s.");
  CHECK(spelling_variants("km") == std::vector<std::string>{"km"});
}

TEST_CASE("pattern words match inflections; quoted words only as written", "[match][word-forms]") {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("words.facts", R"(
entity China = "China"
entity Russia = "Russia"
fact trade(a: entity, b: entity) -> amount: money symmetric {
  pattern trade between {a} and {b} climbs to {amount}
}
fact border(a: entity, b: entity) -> length: length symmetric {
  pattern {a} and {b} "share" a {length} border
}
)",
                                                                    sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  CHECK(matcher.run_text("Trade between China and Russia climbed to $240 billion.").size() == 1);
  CHECK(matcher.run_text("Trades between China and Russia climbing to $240 billion.").size() == 1);
  CHECK(matcher.run_text("China and Russia share a 4,209 km border.").size() == 1);
  CHECK(matcher.run_text("China and Russia shared a 4,209 km border.").empty());
}

TEST_CASE("the words a comparative is made from", "[match][word-forms]") {
  using match::comparative_bases;
  using Words = std::vector<std::string>;
  CHECK(comparative_bases("wider") == Words{"wide", "wid"});
  CHECK(comparative_bases("deeper") == Words{"deepe", "deep"});
  CHECK(comparative_bases("bigger") == Words{"big", "bigge", "bigg"});
  CHECK(comparative_bases("heavier") == Words{"heavy", "heavie", "heavi"});
  CHECK(comparative_bases("taller") == Words{"tal", "talle", "tall"});
  CHECK(comparative_bases("over").empty());
  CHECK(comparative_bases("higher2").empty());
}

TEST_CASE("a rule word matches a limit written with its comparative, not a comparison", "[match][word-forms]") {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("limits.facts", R"(
entity Kestrel: class = "Kestrel class"
fact max_beam(class: class) -> beam: length {
  cue beam | wide
}
)",
                                                                    sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  auto beam_of = [&](const std::string& text) -> std::string {
    for (const match::Statement& s : matcher.run_text(text)) {
      if (s.fact == "max_beam") return text.substr(s.value_begin, s.value_end - s.value_begin);
    }
    return "";
  };
  CHECK(beam_of("Boats of the Kestrel class are no wider than 14.5 m.") == "14.5 m");
  CHECK(beam_of("Boats of the Kestrel class must be not wider than 14.5 m.") == "14.5 m");
  CHECK(beam_of("Boats of the Kestrel class, 14.5 m wide, fit the lock.") == "14.5 m");
  // A comparison states a difference, or another thing's figure: no limit.
  CHECK(beam_of("Boats of the Kestrel class are 2 m wider than the old ones.").empty());
  CHECK(beam_of("Boats of the Kestrel class are wider than 14.5 m.").empty());
}
