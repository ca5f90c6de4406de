// Tests for the scare-quote and title rule (checker/quote/quote_kind.cc).
#include <catch2/catch.hpp>

#include "quote_support.h"

using namespace factlint::quote;
using namespace factlint::quote::testing;

TEST_CASE("short unattributed labels are scare quotes", "[quote]") {
  auto quotes = quotes_of("The port's \u201Crecovery\u201D has been slow, and the \u201Cnew normal\u201D is quieter.");
  CHECK(quote_starting(quotes, "recovery").kind == QuoteKind::ScareQuote);
  CHECK(quote_starting(quotes, "new normal").kind == QuoteKind::ScareQuote);
}

TEST_CASE("a short quote with a speaker is speech", "[quote]") {
  auto quotes = quotes_of("Hale called the plan \u201Creckless\u201D on Tuesday.");
  CHECK(quote_starting(quotes, "reckless").kind == QuoteKind::Speech);
}

TEST_CASE("quoted titles are not speech", "[quote]") {
  auto quotes = quotes_of(
      "The report, titled \u201Ca harbour for everyone and for every season,\u201D came out. "
      "She reviewed \u201CThe Long Winter Fleet\u201D last year.");
  CHECK(quote_starting(quotes, "a harbour").kind == QuoteKind::Title);
  CHECK(quote_starting(quotes, "the long").kind == QuoteKind::Title);
}

TEST_CASE("a long unattributed quote is speech with an unknown speaker", "[quote]") {
  auto quotes = quotes_of("Posters read \u201Cthe sea belongs to all of us\u201D in red letters.");
  const Quote& q = quote_starting(quotes, "the sea");
  CHECK(q.kind == QuoteKind::Speech);
  CHECK_FALSE(q.speaker.known());
}

// Before: a docs page's click "Save changes and close the editor window" was speech with
// an unknown speaker, and a rewording on another page failed CI as an altered quote.
TEST_CASE("interface labels in documentation are not speech", "[quote]") {
  auto quotes = quotes_of(
      "To finish, click \"save changes and close the editor window\" at the bottom. "
      "Then open the \"advanced network and proxy settings for this machine\" tab and choose "
      "\"use the system proxy when one is set\". "
      "Posters read \"the sea belongs to all of us and nobody else\" in red letters.");
  CHECK(quote_starting(quotes, "save changes").kind == QuoteKind::Title);
  CHECK(quote_starting(quotes, "advanced network").kind == QuoteKind::Title);
  CHECK(quote_starting(quotes, "use the system").kind == QuoteKind::Title);
  CHECK(quote_starting(quotes, "the sea").kind == QuoteKind::Speech);
}
