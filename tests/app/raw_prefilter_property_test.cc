// Property test of the raw-bytes prefilter (match/raw_prefilter.h): for generated
// documents full of what could fool a literal search (entities, ligatures, markup
// inside words, inflections, curly quotes), a document the prefilter declines gives,
// when read anyway, no statement, no quotation and no diagnostic; and a document it
// says no rule can state anything in gives no statement.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "match/raw_prefilter.h"
#include "quote/quote_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Chile: country = "Chile"
entity Peru: country = "Peru"
fact population(of: country) -> v: count {
  cue population
}
fact growth(of: country) -> v: percent {
  cue rise
}
fact border(of: country) -> v: length {
  pattern {of} 's border (was|is) {v}
}
)";

// Pieces of prose: the rules' words in many disguises, values, names, quotation
// marks and apostrophes, markup and neutral words.
const std::vector<std::string> kPieces = {
    "population", "Population", "POPULATIONS", "popu**la**tion", "popu&shy;lation", "popu\u00ADlation",
    "\uFF30opulation", "[popu](http://x)lation", "popu`la`tion", "rose", "rises", "risen", "rising", "RISE",
    "border", "bor\uFB00er", "Chile", "Peru", "Chile's", "Peru\u2019s", "'s", "was", "is", "of", "the", "in",
    "5,000", "12%", "300 km", "2,400", "\"We", "said\"", "\u201cno\u201d", "'no'", "don't", "&amp;", "&#112;",
    "caf\u00e9", "\u2014", "**calm**", "[link](http://x.org)", "`code`", "markets", "were", "calm", "officials",
    "met", "on", "Tuesday", "growth", "figures", "km", "percent", "\u00a0", "\u2026", "\U0001F600"};

std::string generated_document(std::mt19937& rng) {
  std::uniform_int_distribution<std::size_t> piece(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> words(3, 12);
  std::uniform_int_distribution<int> sentences(1, 6);
  std::uniform_int_distribution<int> odds(0, 99);
  std::string text = odds(rng) < 30 ? "---\ntitle: Generated\ndate: 2021-03-04\n---\n\n" : "";
  for (int s = sentences(rng); s > 0; --s) {
    for (int w = words(rng); w > 0; --w) {
      // Mostly neutral words, so that many documents hold nothing the rules need.
      std::string p = odds(rng) < 70 ? kPieces[kPieces.size() - 18 + piece(rng) % 12] : kPieces[piece(rng)];
      text += p;
      text += odds(rng) < 90 ? " " : "";
    }
    text += odds(rng) < 20 ? ".\n\n" : ". ";
  }
  return text;
}

}  // namespace

TEST_CASE("a document the raw prefilter declines holds nothing when read", "[app][raw_prefilter]") {
  source::DiagnosticSink rule_sink;
  auto rules = lang::parse_rules_text("p.facts", kRules, rule_sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  match::RawPrefilter prefilter(matcher, true);
  quote::EntityNames names(rules->entities);
  std::mt19937 rng(20261129);
  int declined = 0, statements = 0, quotes = 0, unmatched = 0;
  for (int i = 0; i < 3000; ++i) {
    const std::string text = generated_document(rng);
    const std::string path = i % 2 ? "gen.md" : "gen.txt";
    source::DiagnosticSink sink;
    std::optional<doc::Document> document = doc::load_document_text(path, text, sink);
    REQUIRE(document);
    std::size_t found = matcher.run(*document).size();
    std::size_t quoted = quote::read_quotes(*document, names).size();
    statements += static_cast<int>(found);
    quotes += static_cast<int>(quoted);
    if (!prefilter.may_state_facts(*document)) {
      ++unmatched;
      INFO(path << ": " << text);
      CHECK(found == 0);
    }
    source::DiagnosticSink gated_sink;
    std::optional<doc::Document> gated = doc::load_document_text(path, text, gated_sink, prefilter.gate());
    REQUIRE(gated);
    if (gated->text_read) continue;
    ++declined;
    INFO(path << ": " << text);
    CHECK(found == 0);
    CHECK(quoted == 0);
    CHECK(sink.diagnostics().size() == gated_sink.diagnostics().size());
    CHECK(gated->meta.title == document->meta.title);
    CHECK(gated->content_hash == document->content_hash);
  }
  // The property is not vacuous: documents of both kinds were made.
  CHECK(declined > 200);
  CHECK(unmatched > declined);
  CHECK(statements > 100);
  CHECK(quotes > 100);
}
