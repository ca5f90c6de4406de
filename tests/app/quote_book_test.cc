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

// Statements are read back through a window of the temporary file kept from read to
// read: whatever the order asked (a group's rarer wordings jump ahead, a finding's
// next group starts again from the front), across the part written to the file and
// the part still in memory, and for a record longer than the window.
TEST_CASE("a book reads back every quotation's statement in any order, a long one included", "[app]") {
  app::QuoteBook book;
  std::vector<match::Statement> expected;
  auto add = [&](const std::string& text, const std::string& path) {
    std::vector<quote::Quote> quotes = quotes_of(text, path);
    REQUIRE(quotes.size() == 1);
    expected.push_back(quote::quote_statement(quotes.front()));
    book.add(std::move(quotes));
  };
  std::string long_quotation;
  for (int i = 0; i < 4000; ++i) long_quotation += "tide " + std::to_string(i) + " rises, ";
  for (int i = 0; i < 3000; ++i) {
    const std::string n = std::to_string(i);
    add("\u201CThe ferry number " + n + " leaves the harbour at dawn on day " + n + ",\u201D said Tomas Berg.",
        "notes/" + n + ".txt");
    if (i == 1500) add("\u201C" + long_quotation + "and falls.\u201D said Tomas Berg.", "notes/long.txt");
  }
  REQUIRE(expected[1501].document == "notes/long.txt");
  REQUIRE(expected[1501].text.size() > 16 * 1024);  // longer than the window read at once
  const std::vector<quote::QuoteCore> cores(book.cores().begin(), book.cores().end());
  std::vector<std::size_t> order;
  for (std::size_t i = cores.size(); i-- > 0;) order.push_back(i);                 // backwards
  for (std::size_t i = 0; i < cores.size(); i += 37) order.push_back(i);            // far apart
  for (std::size_t i = 0; i + 1 < cores.size(); i += 2) order.push_back(i + 1);     // every other one
  for (std::size_t i : order) {
    CAPTURE(i);
    const match::Statement s = book.statement_of(cores[i]);
    REQUIRE(s.document == expected[i].document);
    REQUIRE(s.text == expected[i].text);
    REQUIRE(s.begin == expected[i].begin);
  }
}
