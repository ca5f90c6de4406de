// Tests for attribution (checker/quote/attribution.cc): every pattern the module
// reads, pronouns and titles, entities, and speakers left unknown.
#include <catch2/catch.hpp>

#include "quote_support.h"

using namespace factlint::quote;
using namespace factlint::quote::testing;

TEST_CASE("speakers are read after and before the quote", "[quote]") {
  struct Case {
    const char* text;
    const char* first_words;
    const char* speaker;
  };
  const Case cases[] = {
      {"\u201CThe tide tables are wrong,\u201D said Ingrid Hale.", "the tide", "Ingrid Hale"},
      {"\u201CThe tide tables are wrong,\u201D Ingrid Hale said.", "the tide", "Ingrid Hale"},
      {"\u201CThe tide tables are wrong,\u201D says Ingrid Hale, a professor at the naval school.", "the tide",
       "Ingrid Hale"},
      {"Ingrid Hale said that \u201Cthe tide tables are wrong.\u201D", "the tide", "Ingrid Hale"},
      {"Ingrid Hale told reporters: \u201CThe tide tables are wrong.\u201D", "the tide", "Ingrid Hale"},
      {"According to Ingrid Hale, \u201Cthe tide tables are wrong.\u201D", "the tide", "Ingrid Hale"},
      {"\u201CThe tide tables are wrong\u201D according to Ingrid Hale.", "the tide", "Ingrid Hale"},
      {"In Ingrid Hale\u2019s words, \u201Cthe tide tables are wrong.\u201D", "the tide", "Ingrid Hale"},
      {"\u201CThe tide tables are wrong,\u201D writes harbour engineer Ingrid Hale.", "the tide", "Ingrid Hale"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto quotes = quotes_of(c.text);
    CHECK(quote_starting(quotes, c.first_words).speaker.name == c.speaker);
  }
}

TEST_CASE("a declared entity is the speaker under any of its aliases", "[quote]") {
  auto quotes = quotes_of("\u201CThe fund stays open,\u201D Minister Okafor said.");
  const Quote& q = quote_starting(quotes, "the fund");
  CHECK(q.speaker.name == "Okafor");
  CHECK(q.speaker.entity);
}

TEST_CASE("who a quote is about is kept: X called Y his \"...\"", "[quote]") {
  auto quotes = quotes_of("Okafor has even called Lindqvist his \u201Cmost patient ally\u201D in the talks.");
  const Quote& q = quote_starting(quotes, "most patient");
  CHECK(q.speaker.name == "Okafor");
  CHECK(q.about == "Lindqvist");
}

TEST_CASE("pronouns and surnames resolve to the person named before", "[quote]") {
  auto quotes = quotes_of(
      "\u201CThe ferry will run all winter,\u201D said Tomas Berg, who runs the port.\n\n"
      "\u201CWe have the crews for it,\u201D he added. Later Berg said \u201Cthe fares stay the same.\u201D");
  CHECK(quote_starting(quotes, "we have").speaker.name == "Tomas Berg");
  CHECK(quote_starting(quotes, "we have").speaker.how == "pronoun");
  CHECK(quote_starting(quotes, "the fares").speaker.name == "Tomas Berg");
}

TEST_CASE("a title resolves to the last person named with it", "[quote]") {
  auto quotes = quotes_of(
      "Swedish Prime Minister Erik Lindqvist met the delegation. The Swedish minister later said "
      "\u201Cthe border stays open.\u201D");
  const Quote& q = quote_starting(quotes, "the border");
  CHECK(q.speaker.name == "Lindqvist");
  CHECK(q.speaker.how == "title");
}

TEST_CASE("a pronoun with nobody named before stays unknown", "[quote]") {
  auto quotes = quotes_of("\u201CThe lights went out at nine,\u201D she said.");
  const Quote& q = quote_starting(quotes, "the lights");
  CHECK_FALSE(q.speaker.known());
  CHECK(q.speaker.how == "pronoun");
}

TEST_CASE("the next quote of the same paragraph continues the speaker", "[quote]") {
  auto quotes = quotes_of("\u201CThe nets were empty,\u201D Hale said. \u201CSo we sailed further north.\u201D");
  CHECK(quote_starting(quotes, "so we").speaker.name == "Hale");
  CHECK(quote_starting(quotes, "so we").speaker.how == "continuation");
}

TEST_CASE("an unnamed group is an attribution with no speaker", "[quote]") {
  auto quotes = quotes_of("The harbour is \u201Ca quiet success story,\u201D say analysts.");
  const Quote& q = quote_starting(quotes, "a quiet");
  CHECK_FALSE(q.speaker.known());
  CHECK(q.speaker.how == "group");
  CHECK(q.kind == QuoteKind::Speech);
}

TEST_CASE("the interruption of an interrupted quote names its speaker", "[quote]") {
  auto quotes = quotes_of("\u201COur boats are old,\u201D Ingrid Hale said, \u201Cbut they float.\u201D");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].speaker.name == "Ingrid Hale");
}

TEST_CASE("a pronoun before 'called' means someone named before it, not the one it calls", "[quote]") {
  auto quotes = quotes_of(
      "Erik Lindqvist has run the port since 2019. He called Okafor \u201Ca tough negotiator and an honest partner\u201D "
      "last year.");
  const Quote& q = quote_starting(quotes, "a tough negotiator");
  CHECK(q.speaker.name == "Lindqvist");
  CHECK(q.about == "Okafor");
}

TEST_CASE("a name set off by commas before the verb speaks, as the subject or its appositive", "[quote]") {
  // "The harbour master, Ingrid Hale, said": the comma before "said" sent the reader to
  // the sentence's first name, which had to be a person the document named before.
  struct Case {
    const char* text;
    const char* speaker;
  };
  const Case cases[] = {
      {"The harbour master, Ingrid Hale, said: \u201CThe tide tables are wrong.\u201D", "Ingrid Hale"},
      {"Later the port\u2019s chief engineer, Ingrid Hale, told reporters: \u201CThe tide tables are wrong.\u201D",
       "Ingrid Hale"},
      {"Ingrid Hale, the harbour master, said: \u201CThe tide tables are wrong.\u201D", "Ingrid Hale"},
      {"Ingrid Hale, the harbour master of Tromsvik, said: \u201CThe tide tables are wrong.\u201D", "Ingrid Hale"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(quote_starting(quotes_of(c.text), "the tide").speaker.name == c.speaker);
  }
  // A group set off by commas is still no person.
  CHECK(quote_starting(quotes_of("After the storm, officials, said: \u201CThe tide tables are wrong.\u201D"),
                       "the tide").speaker.name.empty());
}

// Before: the description after the verb was the speaker, no person was found for it,
// and the quote was "unknown" (a newcomer's report, session 20: wire copy's order).
TEST_CASE("a description after the verb and then a name: the name speaks", "[quote]") {
  for (const char* text : {"\u201CThe tide tables are wrong,\u201D said the port\u2019s chief engineer, Ingrid Hale.",
                           "\u201CThe tide tables are wrong,\u201D said the harbour master, Ingrid Hale.",
                           "\u201CThe tide tables are wrong,\u201D says the town\u2019s new harbour master, Ingrid Hale, "
                           "who took over in May."}) {
    CAPTURE(text);
    CHECK(quote_starting(quotes_of(text), "the tide").speaker.name == "Ingrid Hale");
  }
  // What follows the comma is no name: the description stays the speaker's only trace.
  CHECK(quote_starting(quotes_of("\u201CThe tide tables are wrong,\u201D said the harbour master, adding that "
                                 "nobody had checked them."),
                       "the tide")
            .speaker.name.empty());
}
