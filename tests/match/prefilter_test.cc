// The prefilter (matcher.h): a pattern or cue runs only on sentences holding one of
// its words, or on every sentence when a match could read none. It may only save
// work, never change what is found.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"

using namespace factlint;

namespace {

match::Matcher matcher_for(const std::optional<lang::RuleSet>& rules) {
  REQUIRE(rules);
  return match::Matcher(*rules);
}

std::string filler(int sentences) {
  std::string text;
  for (int i = 0; i < sentences; ++i) text += "Officials met again on Tuesday in a quiet hall. ";
  return text;
}

}  // namespace

TEST_CASE("sentences without a pattern's or cue's words are never run", "[match][prefilter]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("p.facts", R"(
entity China = "China"
entity Russia = "Russia"
fact border(a: entity, b: entity) -> length: length symmetric {
  pattern {a} and {b} share a {length} border
  cue frontier
}
)",
                                      sink);
  match::Matcher matcher = matcher_for(rules);
  source::DiagnosticSink load;
  doc::Document document = doc::make_document(
      "p.txt", filler(500) + "China and Russia share a 4,209 km border. Their frontier is 4,209 km long. " + filler(500),
      "txt", load);
  match::MatchStats stats;
  auto found = matcher.run(document, &stats);
  REQUIRE(found.size() == 2);
  CHECK(found[0].value.display == "4,209 km");
  // Two sentences hold "border" or "frontier": a handful of passes, not one per sentence.
  CHECK(stats.passes < 20);
}

TEST_CASE("a pattern that can match without any word runs on every sentence", "[match][prefilter]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("p.facts", R"(
entity China = "China"
fact founded(who: entity) -> when: year {
  pattern {who} ... {when}
}
)",
                                      sink);
  match::Matcher matcher = matcher_for(rules);
  source::DiagnosticSink load;
  doc::Document document = doc::make_document("p.txt", filler(50) + "China rose after 1949.", "txt", load);
  match::MatchStats stats;
  auto found = matcher.run(document, &stats);
  REQUIRE(found.size() == 1);
  CHECK(found[0].value.display == "1949");
  CHECK(stats.passes >= 51);
}

TEST_CASE("values are read only in sentences a pattern or cue can reach", "[match][prefilter]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("p.facts", R"(
entity Chile = "Chile"
fact tesulmi(of: entity) -> v: count {
  pattern {of} 's tesulmi ... {v} people
  window 1
}
fact frontier(of: entity) -> v: length {
  cue frontier
}
)",
                                      sink);
  match::Matcher matcher = matcher_for(rules);
  // Figures everywhere, but words of a rule in two places only: the pattern's value
  // lies in the next sentence (its window), the cue's in a continued sentence.
  std::string noise;
  for (int i = 0; i < 300; ++i) noise += "In 2019 some 4,000 people walked 12 km to a hall. ";
  const std::string text = noise + "Chile's tesulmi grew. It reached 5,000 people. " + noise +
                           "Chile guards its frontier closely. Officials say so. It is 6,435 km long. " + noise;
  source::DiagnosticSink load;
  doc::Document document = doc::make_document("p.txt", text, "txt", load);
  match::MatchStats stats;
  auto found = matcher.run(document, &stats);
  REQUIRE(found.size() == 2);
  CHECK(found[0].value.display == "5,000");
  CHECK(found[1].value.display == "6,435 km");
  // Only the sentences around the two holding a rule's word were read for values.
  CHECK(stats.value_bytes > 0);
  CHECK(stats.value_bytes < text.size() / 20);
}

// Issue 10: with 1,000 facts, each pattern's clause lists were built and sorted in
// every document, the common words' ("the", "was") too, for facts it never names:
// the cost grew with the rules.
TEST_CASE("a fact whose words a document does not all hold costs it no sentence list", "[match][prefilter]") {
  std::string text = "entity Chile = \"Chile\"\n";
  auto word = [](int f) { return std::string("zork") + char('a' + f / 26) + char('a' + f % 26); };
  for (int f = 0; f < 200; ++f) {
    text += "fact f" + std::to_string(f) + "(of: entity) -> v: count {\n  pattern the " + word(f) +
            " of {of} (was|is|stood at) {v}\n}\nfact g" + std::to_string(f) + "(of: entity) -> v: count {\n  cue " +
            word(f) + "s\n}\n";
  }
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("p.facts", text, sink);
  REQUIRE_FALSE(sink.has_errors());
  match::Matcher matcher = matcher_for(rules);
  std::string prose;
  for (int i = 0; i < 50; ++i) prose += "The rate of Chile was 4,000 and the figure of Chile is 12. ";
  source::DiagnosticSink load;
  SECTION("no fact named") {
    doc::Document document = doc::make_document("p.txt", prose, "txt", load);
    match::MatchStats stats;
    CHECK(matcher.run(document, &stats).empty());
    CHECK(stats.sentence_lists == 0);
  }
  SECTION("one fact named: its lists only") {
    doc::Document document = doc::make_document("p.txt", prose + "The " + word(7) + " of Chile was 5,000.", "txt", load);
    match::MatchStats stats;
    auto found = matcher.run(document, &stats);
    REQUIRE(found.size() == 1);
    CHECK(found[0].fact == "f7");
    CHECK(stats.sentence_lists > 0);
    CHECK(stats.sentence_lists < 20);  // f7's clauses alone, not a list for each of 200 facts
  }
}
