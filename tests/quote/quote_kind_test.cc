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
