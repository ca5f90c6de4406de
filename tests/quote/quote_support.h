// Shared setup for quote tests: documents from text, rule entities, and lookups.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/loader.h"
#include "lang/ast.h"
#include "quote/quote_reader.h"
#include "quote/quote_words.h"

namespace factlint::quote::testing {

inline doc::Document document(const std::string& text, const std::string& path = "t.txt") {
  source::DiagnosticSink sink;
  return doc::make_document(path, text, "txt", sink);
}

inline lang::EntityDecl entity(const std::string& name, const std::string& kind, std::vector<std::string> aliases) {
  lang::EntityDecl e;
  e.name = name;
  e.kind = kind;
  e.aliases = std::move(aliases);
  return e;
}

// Two declared people and a country, the way a rule file would declare them.
inline const EntityNames& sample_entities() {
  static const EntityNames names({entity("Okafor", "person", {"Amara Okafor", "Minister Okafor", "Okafor"}),
                                  entity("Lindqvist", "person", {"Erik Lindqvist", "Mr. Lindqvist", "Lindqvist"}),
                                  entity("Norway", "country", {"Norway", "Oslo"})});
  return names;
}

inline std::vector<Quote> quotes_of(const std::string& text, const std::string& path = "t.txt") {
  return read_quotes(document(text, path), sample_entities());
}

// The quote whose comparison words start with `first_words`; fails the test when none does.
inline const Quote& quote_starting(const std::vector<Quote>& quotes, const std::string& first_words) {
  for (const Quote& q : quotes) {
    if (joined(q.words).rfind(first_words, 0) == 0) return q;
  }
  FAIL("no quote starts with '" << first_words << "'");
  return quotes.front();
}

}  // namespace factlint::quote::testing
