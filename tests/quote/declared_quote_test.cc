// Tests for declared quotes and the quote options (checker/quote/quote_comparator.cc,
// docs/quotes.md "Declared quotes" and "Options"): every quotation matching a
// declaration is judged against its verified wording and speaker.
#include <catch2/catch.hpp>

#include "quote/quote_comparator.h"
#include "quote_support.h"

using namespace factlint::quote;
using namespace factlint::quote::testing;
using factlint::compare::Verdict;

namespace {

factlint::lang::QuoteDecl declared(const std::string& name, const std::string& speaker, const std::string& text) {
  factlint::lang::QuoteDecl d;
  d.name = name;
  d.speaker = speaker;
  d.text = text;
  d.has_text = true;
  return d;
}

std::vector<Quote> read_all(const std::vector<std::string>& texts) {
  std::vector<Quote> all;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    auto quotes = quotes_of(texts[i], "doc" + std::to_string(i) + ".txt");
    all.insert(all.end(), quotes.begin(), quotes.end());
  }
  return all;
}

const QuoteFinding* declared_finding(const std::vector<QuoteFinding>& findings, const std::string& name) {
  for (const QuoteFinding& f : findings) {
    if (f.declaration == name) return &f;
  }
  return nullptr;
}

const auto kDecl = declared("ferry", "Okafor", "The ferry will run every day of the winter.");

}  // namespace

TEST_CASE("quotations with the verified words are consistent with the declaration", "[quote]") {
  auto quotes = read_all({"\u201CThe ferry will run every day of the winter,\u201D Minister Okafor said.",
                          "Okafor said: \"the ferry will run every day of the winter.\""});
  auto findings = compare_quotes(quotes, {}, {kDecl});
  const QuoteFinding* f = declared_finding(findings, "ferry");
  REQUIRE(f != nullptr);
  CHECK(f->reason == "consistent");
  CHECK(f->verdict == Verdict::Consistent);
  CHECK(f->speaker == "Okafor");
  // Claimed by the declaration, the quotations form no second, undeclared finding.
  CHECK(findings.size() == 1);
}

TEST_CASE("a changed word against the verified text is an altered quote with the diff", "[quote]") {
  auto quotes = read_all({"\u201CThe ferry will run every day of the summer,\u201D Minister Okafor said."});
  auto findings = compare_quotes(quotes, {}, {kDecl});
  const QuoteFinding* f = declared_finding(findings, "ferry");
  REQUIRE(f != nullptr);
  CHECK(f->reason == "altered-quote");
  CHECK(f->verdict == Verdict::Conflicting);
  CHECK(f->explanation.find("'winter' -> 'summer'") != std::string::npos);
  REQUIRE(f->variants.size() == 1);
  CHECK(f->variants[0].deviates);
}

TEST_CASE("a cut of the verified text is a truncated quote, conflicting when it drops a negation", "[quote]") {
  auto plain = compare_quotes(read_all({"Okafor said the ferry \u201Cwill run every day\u201D, whatever the weather."}),
                              {}, {kDecl});
  REQUIRE(declared_finding(plain, "ferry") != nullptr);
  CHECK(declared_finding(plain, "ferry")->reason == "truncated-quote");
  CHECK(declared_finding(plain, "ferry")->verdict == Verdict::Consistent);

  auto negation = declared("no_close", "Okafor", "We will not close the harbour this winter.");
  auto cut = compare_quotes(read_all({"Okafor said they would \u201Cclose the harbour this winter.\u201D"}), {},
                            {negation});
  REQUIRE(declared_finding(cut, "no_close") != nullptr);
  CHECK(declared_finding(cut, "no_close")->reason == "truncated-quote");
  CHECK(declared_finding(cut, "no_close")->verdict == Verdict::Conflicting);
}

TEST_CASE("the verified words given to another known speaker are a misattribution", "[quote]") {
  auto quotes = read_all({"\u201CThe ferry will run every day of the winter,\u201D said Erik Lindqvist."});
  auto findings = compare_quotes(quotes, {}, {kDecl});
  const QuoteFinding* f = declared_finding(findings, "ferry");
  REQUIRE(f != nullptr);
  CHECK(f->reason == "misattributed-quote");
  CHECK(f->explanation.find("given to Lindqvist") != std::string::npos);
}

TEST_CASE("an unknown speaker is not a misattribution of a declared quote", "[quote]") {
  auto quotes = read_all({"\u201CThe ferry will run every day of the winter,\u201D officials say."});
  auto findings = compare_quotes(quotes, {}, {kDecl});
  REQUIRE(declared_finding(findings, "ferry") != nullptr);
  CHECK(declared_finding(findings, "ferry")->reason == "consistent");
}

TEST_CASE("a declaration no quotation matches is not reported", "[quote]") {
  auto quotes = read_all({"\u201CThe bridge opens in May,\u201D said Erik Lindqvist."});
  auto findings = compare_quotes(quotes, {}, {kDecl});
  CHECK(declared_finding(findings, "ferry") == nullptr);
  CHECK(findings.size() == 1);
}

TEST_CASE("quotations of documents matching --quote-ignore take no part", "[quote]") {
  std::vector<Quote> quotes;
  for (auto [text, path] : {std::pair<std::string, std::string>{"\u201CThe ferry runs at dawn,\u201D said Tomas Berg.",
                                                                "corpus/a.txt"},
                            {"Tomas Berg said: \"the ferry runs at noon.\"", "corpus/archive/b.txt"}}) {
    auto q = quotes_of(text, path);
    quotes.insert(quotes.end(), q.begin(), q.end());
  }
  QuoteOptions all;
  REQUIRE(compare_quotes(quotes, all).size() == 1);
  CHECK(compare_quotes(quotes, all)[0].reason == "altered-quote");
  QuoteOptions ignoring;
  ignoring.ignore = {"corpus/archive/**"};
  auto findings = compare_quotes(quotes, ignoring);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].reason == "single-source");
  ignoring.ignore = {"archive"};  // a name without '/': any folder of that name
  CHECK(compare_quotes(quotes, ignoring)[0].reason == "single-source");
}

TEST_CASE("an attributed one-word quotation matches a longer quotation holding the word", "[quote]") {
  auto quotes = read_all({"\u201CThe walkout is unnecessary and reckless,\u201D said Erik Lindqvist.",
                          "\u201CUnnecessary,\u201D Lindqvist said of the walkout."});
  auto findings = compare_quotes(quotes, {});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].reason == "truncated-quote");
  // An unattributed one-word label does not: it is a scare quote.
  auto labels = compare_quotes(read_all({"\u201CThe walkout is unnecessary and reckless,\u201D said Erik Lindqvist.",
                                         "Commuters faced an \u201Cunnecessary\u201D delay on Monday."}),
                               {});
  REQUIRE(labels.size() == 1);
  CHECK(labels[0].reason == "single-source");
}

TEST_CASE("similar wordings: 75% of the shorter in order, single words only when allowed", "[quote]") {
  std::vector<std::string> four{"we", "stand", "together", "always"};
  CHECK(similar_wordings(four, {"we", "stand", "together", "forever"}, false));
  CHECK_FALSE(similar_wordings(four, {"we", "run", "apart", "never"}, false));
  CHECK_FALSE(similar_wordings(four, {"stand"}, false));
  CHECK(similar_wordings(four, {"stand"}, true));
  CHECK(similar_wordings({"stand"}, {"stand"}, false));
}

TEST_CASE("a surname alone and the full name are not two speakers", "[quote]") {
  auto quotes = read_all({"\u201CThe tide turns at noon,\u201D said Tomas Berg.",
                          "\u201CThe tide turns at noon,\u201D Berg said."});
  auto findings = compare_quotes(quotes, {});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].reason == "consistent");
}

TEST_CASE("a one-word quotation never makes another speaker's long quote a misattribution", "[quote]") {
  auto quotes = read_all({"\u201CThe walkout is unnecessary and reckless,\u201D said Erik Lindqvist.",
                          "\u201CUnnecessary,\u201D Minister Okafor said of the walkout."});
  for (const QuoteFinding& f : compare_quotes(quotes, {})) CHECK(f.reason == "single-source");
}
