// Tests for comparing quotes across documents (checker/quote/quote_comparator.cc):
// one case per reason, and the order-independence of the result.
#include <catch2/catch.hpp>

#include <algorithm>

#include "quote/quote_comparator.h"
#include "quote/quote_findings.h"
#include "quote_support.h"

using namespace factlint::quote;
using namespace factlint::quote::testing;
using factlint::compare::Verdict;

namespace {

std::vector<QuoteFinding> compare_texts(const std::vector<std::string>& texts) {
  std::vector<Quote> all;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    auto quotes = quotes_of(texts[i], "doc" + std::to_string(i) + ".txt");
    all.insert(all.end(), quotes.begin(), quotes.end());
  }
  return compare_quotes(all, {});
}

const QuoteFinding& only(const std::vector<QuoteFinding>& findings) {
  REQUIRE(findings.size() == 1);
  return findings[0];
}

}  // namespace

TEST_CASE("the same words in two documents are consistent whatever the typography", "[quote]") {
  auto f = compare_texts({"\u201CThe ferry runs at dawn,\u201D said Tomas Berg.",
                          "Tomas Berg said: \"the ferry runs at dawn.\""});
  CHECK(only(f).reason == "consistent");
  CHECK(only(f).verdict == Verdict::Consistent);
  CHECK(only(f).speaker == "Tomas Berg");
}

TEST_CASE("British and American spellings of the same words are the same quote", "[quote]") {
  auto same = compare_texts({"\u201CThe harbour has stabilised,\u201D said Amara Osei.",
                             "Amara Osei said: \"The harbor has stabilized.\""});
  CHECK(only(same).reason == "consistent");
  auto cut = compare_texts({"\u201CThe harbour has stabilised and the fleet is back,\u201D said Amara Osei.",
                            "Amara Osei said \u201Cthe harbor has stabilized.\u201D"});
  CHECK(only(cut).reason == "truncated-quote");
  CHECK(only(cut).explanation.find("drops 'and the fleet is back' at the end") != std::string::npos);
  // Another word is still another word.
  auto altered = compare_texts({"\u201CThe harbour has stabilised,\u201D said Amara Osei.",
                                "Amara Osei said: \"The harbor has destabilized.\""});
  CHECK(only(altered).reason == "altered-quote");
}

TEST_CASE("a contiguous part is a truncated quote with what was cut", "[quote]") {
  auto f = compare_texts({"Okafor called Lindqvist his \u201Cclosest friend and rival\u201D at the summit.",
                          "Okafor described Lindqvist as his \u201Cclosest friend.\u201D The talks went on."});
  const QuoteFinding* t = nullptr;
  for (const auto& x : f) {
    if (x.reason == "truncated-quote") t = &x;
  }
  REQUIRE(t != nullptr);
  CHECK(t->verdict == Verdict::Consistent);
  CHECK(t->speaker == "Okafor");
  CHECK(t->about == "Lindqvist");
  CHECK(t->explanation.find("drops 'and rival' at the end") != std::string::npos);
}

TEST_CASE("a truncation that removes a negation conflicts", "[quote]") {
  auto f = compare_texts({"\u201CWe will not close the north quay,\u201D said Ingrid Hale.",
                          "Ingrid Hale said they would \u201Cclose the north quay.\u201D"});
  CHECK(only(f).reason == "truncated-quote");
  CHECK(only(f).verdict == Verdict::Conflicting);
  CHECK(only(f).explanation.find("negation") != std::string::npos);
}

TEST_CASE("a changed word is an altered quote with a word diff", "[quote]") {
  auto f = compare_texts({"\u201CThe repairs will take two years,\u201D said Ingrid Hale.",
                          "\u201CThe repairs will take ten years,\u201D said Ingrid Hale."});
  CHECK(only(f).reason == "altered-quote");
  CHECK(only(f).verdict == Verdict::Conflicting);
  CHECK(only(f).explanation.find("'two' -> 'ten'") != std::string::npos);
}

TEST_CASE("the same words given to different speakers are misattributed", "[quote]") {
  auto f = compare_texts({"\u201CNo ship leaves before the inspection,\u201D said Ingrid Hale.",
                          "\u201CNo ship leaves before the inspection,\u201D said Tomas Berg."});
  CHECK(only(f).reason == "misattributed-quote");
  CHECK(only(f).verdict == Verdict::Conflicting);
}

TEST_CASE("an unknown speaker is never a misattribution", "[quote]") {
  auto f = compare_texts({"\u201CNo ship leaves before the inspection,\u201D said Ingrid Hale.",
                          "Signs read \u201Cno ship leaves before the inspection\u201D at the gate."});
  CHECK(only(f).reason == "consistent");
}

TEST_CASE("a quote in one document is single-source; scare quotes alone are not reported", "[quote]") {
  auto f = compare_texts({"\u201CThe nets came up full,\u201D said Tomas Berg of the \u201Cgood year\u201D."});
  CHECK(only(f).reason == "single-source");
  CHECK(only(f).verdict == Verdict::SingleSource);
}

TEST_CASE("a scare quote joins the attributed quote it matches in another document", "[quote]") {
  auto f = compare_texts({"Okafor said the fund had \u201Cno ceiling\u201D at all.",
                          "The fund\u2019s \u201Cno ceiling\u201D promise was repeated."});
  CHECK(only(f).reason == "consistent");
  CHECK(only(f).variants.size() == 2);
}

TEST_CASE("the findings do not depend on the order of the documents", "[quote]") {
  std::vector<std::string> texts = {"\u201CThe repairs will take two years,\u201D said Ingrid Hale.",
                                    "\u201CThe repairs will take ten years,\u201D said Ingrid Hale.",
                                    "\u201CWe sail at dawn,\u201D said Tomas Berg."};
  // Reversed, the documents get other paths, so the reference wording of a tie may
  // change; the reasons and the wordings found may not.
  auto summary = [](const std::vector<QuoteFinding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) {
      std::vector<std::string> wordings;
      for (const auto& v : f.variants) wordings.push_back(joined(v.words));
      std::sort(wordings.begin(), wordings.end());
      std::string line = f.reason;
      for (const auto& x : wordings) line += " | " + x;
      out.push_back(line);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  auto a = compare_texts(texts);
  std::reverse(texts.begin(), texts.end());
  CHECK(summary(a) == summary(compare_texts(texts)));
  CHECK(a.size() == 2);
}

TEST_CASE("quotes under the minimum word count are ignored", "[quote]") {
  std::vector<Quote> all = quotes_of("\u201CWe sail at dawn,\u201D said Tomas Berg.");
  QuoteOptions options;
  options.min_words = 5;
  CHECK(compare_quotes(all, options).empty());
  options.min_words = 4;
  CHECK(compare_quotes(all, options).size() == 1);
}

// Found at scale (issue 10's benchmark): a quote carried word for word by more
// documents than a shingle may list (shingle_index.h) became one single-source
// finding per document instead of one finding for all of them.
TEST_CASE("a quotation repeated in hundreds of documents is one finding, and its variants join it", "[quote]") {
  std::vector<std::string> texts;
  for (int i = 0; i < 300; ++i) texts.push_back("\"The ferry runs at dawn,\" said Tomas Berg.");
  texts.push_back("\"The ferry runs at dawn every day,\" said Tomas Berg.");
  texts.push_back("\"Ferries are late,\" said Ana Ruiz.");
  auto f = compare_texts(texts);
  REQUIRE(f.size() == 2);
  const auto ferry = std::find_if(f.begin(), f.end(), [](const QuoteFinding& x) { return x.speaker == "Tomas Berg"; });
  REQUIRE(ferry != f.end());
  std::size_t statements = 0;
  for (const auto& v : ferry->variants) statements += v.quotes.size();
  CHECK(statements == 301);
  CHECK(ferry->reason == "truncated-quote");
}

// A group's documents are counted along the group sorted by document (issue 10: a
// wire quotation's group names most of a corpus): a document quoting twice is one.
TEST_CASE("a document quoting the same words twice counts once", "[quote]") {
  const std::string twice =
      "\u201CThe ferry runs at dawn,\u201D said Tomas Berg. Later: \u201CThe ferry runs at dawn,\u201D said Tomas Berg.";
  const std::string once = "Tomas Berg said: \"the ferry runs at dawn.\"";
  CHECK(only(compare_texts({twice})).reason == "single-source");
  CHECK(only(compare_texts({once, twice, once})).explanation == "the same words in 3 documents");
  CHECK(only(compare_texts({twice, twice})).explanation == "the same words in 2 documents");

  factlint::lang::QuoteDecl declared;
  declared.name = "ferry";
  declared.text = "The ferry runs at dawn";
  declared.speaker = "Tomas Berg";
  std::vector<Quote> all;
  for (const auto& [text, path] : std::vector<std::pair<std::string, std::string>>{{twice, "a.txt"}, {once, "b.txt"}}) {
    for (Quote& q : quotes_of(text, path)) all.push_back(std::move(q));
  }
  const std::vector<QuoteFinding> found = compare_quotes(all, {}, {declared});
  CHECK(only(found).explanation.find("3 quotations in 2 documents use the verified words") != std::string::npos);
}

// compare_quotes sorts its findings by wording; to_findings sorts them by key, which
// names the speaker first. A caller keeping something per group (the store's group
// results, app/comparison_index.h) pairs them through `from`, never by place.
TEST_CASE("to_findings says which quotation finding each finding was made from", "[quote]") {
  const std::vector<QuoteFinding> found =
      compare_texts({"\u201CWinter tolls will double on the coast road,\u201D said Jonas Ek.",
                     "\u201CAll the ferries will be repainted by spring,\u201D said Petra Voss."});
  REQUIRE(found.size() == 2);
  REQUIRE(found[0].speaker == "Petra Voss");  // by wording: "all the ferries ..." before "winter tolls ..."
  std::vector<std::size_t> from;
  const std::vector<factlint::compare::Finding> findings = to_findings(found, &from);
  REQUIRE(findings.size() == 2);
  REQUIRE(from.size() == 2);
  CHECK(findings[0].key.find("Jonas Ek") != std::string::npos);  // by key: "quote(Jonas Ek)" first
  CHECK(from == std::vector<std::size_t>{1, 0});
  for (std::size_t k = 0; k < findings.size(); ++k) {
    CAPTURE(findings[k].key);
    CHECK(findings[k].key.find(found[from[k]].speaker) != std::string::npos);
  }
}
