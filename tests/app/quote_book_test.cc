// A full run's quotations held as cores, the rest in a temporary file
// (app/quote_book.h): what the book gives back, before and after it is released.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/quote_book.h"
#include "doc/loader.h"
#include "quote/quote_findings.h"
#include "quote/quote_reader.h"

using namespace factlint;

namespace {

std::vector<quote::Quote> quotes_of(const std::string& text, const std::string& path) {
  source::DiagnosticSink sink;
  const doc::Document d = doc::make_document(path, text, "txt", sink);
  static const quote::EntityNames no_entities;
  return quote::read_quotes(d, no_entities);
}

}  // namespace

// After its findings are made the run releases the book: the cores and the strings
// they name are freed before the facts are compared (issue 10), and a suppressed or
// grouped quotation's statement can still be read.
TEST_CASE("a released book holds no core and still reads each quotation's statement", "[app]") {
  app::QuoteBook book;
  std::vector<quote::Quote> quotes = quotes_of("\u201CThe ferry runs at dawn,\u201D said Tomas Berg.", "a.txt");
  for (quote::Quote& q : quotes_of("Tomas Berg said: \"We will not sell the harbour.\"", "b.txt")) quotes.push_back(q);
  REQUIRE(quotes.size() == 2);
  std::vector<match::Statement> expected;
  for (const quote::Quote& q : quotes) expected.push_back(quote::quote_statement(q));
  book.add(std::vector<quote::Quote>{quotes[0]});
  book.add(std::vector<quote::Quote>{quotes[1]});
  REQUIRE(book.cores().size() == 2);
  CHECK(quote::document_of(book.cores()[1]) == "b.txt");
  CHECK(quote::speaker_of(book.cores()[0]) == quotes[0].speaker.name);
  const std::vector<quote::QuoteCore> kept(book.cores().begin(), book.cores().end());
  book.release();
  CHECK(book.cores().empty());
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const match::Statement s = book.statement_of(kept[i]);
    CHECK(s.document == expected[i].document);
    CHECK(s.text == expected[i].text);
    CHECK(s.begin == expected[i].begin);
  }
}
