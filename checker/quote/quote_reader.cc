// One document's quotes, read in pipeline order.
#include "quote/quote_reader.h"

#include "quote/attribution.h"
#include "quote/quote_extractor.h"
#include "quote/quote_kind.h"

namespace factlint::quote {

std::vector<Quote> read_quotes(const doc::Document& document, const EntityNames& entities) {
  std::vector<Quote> quotes = extract_quotes(document);
  // Attribution reads the whole document (who is named where): not for nothing.
  if (quotes.empty()) return quotes;
  attribute(document, quotes, entities);
  classify_quote_kinds(document, quotes);
  return quotes;
}

}  // namespace factlint::quote
