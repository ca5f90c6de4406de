// The ids of quotation cores remembered across a wire quotation's copies
// (app/recent_core_ids.h): one id made per wording and speaker, whatever each copy is
// about, and the same ids as made afresh.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/comparison_index.h"
#include "app/quote_book.h"
#include "app/recent_core_ids.h"

using namespace factlint;

namespace {

int made = 0;

std::string counted_signature(const quote::QuoteCore& q) {
  ++made;
  return app::quote_signature(q);
}

std::string counted_entry_id(const quote::QuoteCore& q) {
  ++made;
  return app::quote_entry_id(q);
}

quote::Quote quotation(const std::string& document, const std::vector<std::string>& words, const std::string& speaker,
                       const std::string& about) {
  quote::Quote q;
  q.document = document;
  q.words = words;
  q.text = "x";
  q.speaker.name = speaker;
  q.about = about;
  return q;
}

}  // namespace

// Each paper names its own country in the wire story: the copies differ in whom they
// are about, never in their ids, and a paper's own quotation between two copies does
// not push the wire wording out.
TEST_CASE("a wire quotation's copies about different places make their id once", "[app]") {
  const std::vector<std::string> wire = {"we", "watch", "the", "ferry", "closely"};
  app::QuoteBook book;
  std::vector<quote::Quote> quotes;
  const std::vector<std::string> places = {"Norway", "Chile", "Oman", "Peru", "Fiji", "Laos"};
  for (std::size_t i = 0; i < places.size(); ++i) {
    const std::string document = "paper" + std::to_string(i) + ".md";
    quotes.push_back(quotation(document, wire, "Ana Lind", places[i]));
    quotes.push_back(quotation(document, {"a", "local", "word", std::to_string(i)}, "Ana Lind", ""));
  }
  book.add(std::move(quotes));
  made = 0;
  app::RecentCoreIds ids(counted_signature, app::RecentCoreIds::Of::Framed);
  for (const quote::QuoteCore& q : book.cores()) CHECK(ids.of(q) == app::quote_signature(q));
  // The wire wording once, each paper's own quotation once.
  CHECK(made == 1 + static_cast<int>(places.size()));
}

// An entry is a wording of several words whoever says it (quote_entry_id): each paper
// gives the wire words to its own minister, and the entry is made once. A quotation
// of one word is an entry per speaker.
TEST_CASE("a wording of several words given to many speakers makes its entry id once", "[app]") {
  const std::vector<std::string> wire = {"nothing", "has", "been", "decided"};
  app::QuoteBook book;
  std::vector<quote::Quote> quotes;
  const std::vector<std::string> ministers = {"minister of Norway", "minister of Chile", "minister of Oman"};
  for (const std::string& minister : ministers) {
    quotes.push_back(quotation(minister + ".md", wire, minister, ""));
    quotes.push_back(quotation(minister + ".md", {"never"}, minister, ""));
  }
  book.add(std::move(quotes));
  made = 0;
  app::RecentCoreIds ids(counted_entry_id, app::RecentCoreIds::Of::Words);
  for (const quote::QuoteCore& q : book.cores()) CHECK(ids.of(q) == app::quote_entry_id(q));
  CHECK(made == 1 + static_cast<int>(ministers.size()));
}

// A copy given to another speaker, or of another kind, is another id.
TEST_CASE("a wording given to another speaker is another id", "[app]") {
  const std::vector<std::string> wire = {"we", "watch", "the", "ferry", "closely"};
  app::QuoteBook book;
  std::vector<quote::Quote> quotes = {quotation("a.md", wire, "Ana Lind", "Oman"),
                                      quotation("a.md", wire, "Tomas Berg", "Oman"),
                                      quotation("a.md", wire, "", "Oman")};
  quotes.push_back(quotation("a.md", wire, "Ana Lind", "Peru"));
  quotes.back().kind = quote::QuoteKind::Title;
  book.add(std::move(quotes));
  made = 0;
  app::RecentCoreIds ids(counted_signature, app::RecentCoreIds::Of::Framed);
  for (const quote::QuoteCore& q : book.cores()) CHECK(ids.of(q) == app::quote_signature(q));
  CHECK(made == 4);
}
