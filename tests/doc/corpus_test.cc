// Loading the bundled corpus: metadata, and known statements found at the right
// line and column of the real files.
#include <catch2/catch.hpp>

#include <string>

#include "doc/document_finder.h"
#include "doc/loader.h"
#include "location_printer.h"

using factlint::doc::Document;
using factlint::doc::find_documents;
using factlint::doc::load_document;
using factlint::source::DiagnosticSink;
using factlint::source::Location;

namespace {

const std::string kCorpus = std::string(FACTLINT_SOURCE_DIR) + "/corpus";

struct Expected {
  const char* file;
  const char* title;
  const char* publisher;
  const char* date;
  const char* url;
  const char* phrase;  // as it appears in the normalized text
  Location at;         // where it starts in the file
  const char* sentence_start;
};

const Expected kCorpusFiles[] = {
    {"2022-03-15-policy-blog-flocking-together-or-apart.txt",
     "Flocking Together or Apart: The China-Russia Partnership", "unknown (policy blog)", "2022-03-15", "",
     "sino-soviet split in 1960", {17, 101}, "China and Russia are currently enjoying closer relations"},
    {"2022-09-20-csmonitor-united-front-china-russia-alliance.txt",
     "United front: Understanding China and Russia's deepening alliance", "The Christian Science Monitor",
     "2022-09-20",
     "https://www.csmonitor.com/World/Asia-Pacific/2022/0920/"
     "United-front-Understanding-China-and-Russia-s-deepening-alliance",
     "40 one-on-one meetings", {55, 135}, "In part, the agreement reflected a convergence"},
    {"2023-04-15-student-policy-review-russia-china-relations.txt",
     "Russia-China Relations Are Defined By One Common Goal: Challenging U.S. Power",
     "unknown (student policy review)", "2023-04-15", "", "annexed crimea", {13, 50},
     "From 2014, when Russia first invaded Ukraine"},
    {"2023-11-17-mit-news-foreign-policy-scholars-china-russia.txt",
     "Foreign policy scholars examine the China-Russia relationship", "MIT News", "2023-11-17", "",
     "10th-largest trade partner", {47, 351}, "Indeed, while Russia is only China\u2019s 10th-largest"},
    {"2024-03-29-cfr-china-russia-authoritarian-powers.txt",
     "China and Russia: Exploring Ties Between Two Authoritarian Powers", "Council on Foreign Relations",
     "2024-03-29", "", "forty-two different occasions", {25, 115},
     "Since Xi came to power, he and Putin have met on forty-two"},
};

}  // namespace

TEST_CASE("the bundled corpus holds the five seed articles and no README", "[doc]") {
  DiagnosticSink sink;
  auto paths = find_documents({kCorpus}, sink);
  REQUIRE(paths.size() == 5);
  for (std::size_t i = 0; i < paths.size(); ++i) {
    CHECK(paths[i] == kCorpus + "/" + kCorpusFiles[i].file);
  }
  CHECK(sink.diagnostics().empty());
}

TEST_CASE("each corpus article loads with its metadata and a known statement in place", "[doc]") {
  for (const Expected& e : kCorpusFiles) {
    CAPTURE(e.file);
    DiagnosticSink sink;
    auto doc = load_document(kCorpus + "/" + e.file, sink);
    REQUIRE(doc.has_value());
    CHECK(sink.diagnostics().empty());
    CHECK(doc->meta.title == e.title);
    CHECK(doc->meta.publisher == e.publisher);
    CHECK(doc->meta.date == e.date);
    CHECK(doc->meta.url == e.url);
    REQUIRE(doc->date().has_value());

    std::size_t at = doc->normalized.find(e.phrase);
    REQUIRE(at != std::string::npos);
    CHECK(doc->location(at) == e.at);
    auto sentence = std::find_if(doc->sentences.begin(), doc->sentences.end(),
                                 [&](const auto& s) { return s.begin <= at && at < s.end; });
    REQUIRE(sentence != doc->sentences.end());
    CHECK(doc->sentence_text(*sentence).starts_with(e.sentence_start));
    CHECK(doc->sentence_text(*sentence).back() == '.');
  }
}

TEST_CASE("corpus page furniture lines are sentences of their own", "[doc]") {
  DiagnosticSink sink;
  auto doc = load_document(kCorpus + "/2023-11-17-mit-news-foreign-policy-scholars-china-russia.txt", sink);
  REQUIRE(doc.has_value());
  std::vector<std::string> texts;
  for (const auto& s : doc->sentences) texts.push_back(doc->sentence_text(s));
  for (const char* furniture : {"Skip to content \u2193", "Press Inquiries", "Caption:", "Related Articles",
                                "More MIT News", "Foreign policy scholars examine the China-Russia relationship"}) {
    CAPTURE(furniture);
    CHECK(std::find(texts.begin(), texts.end(), furniture) != texts.end());
  }
}

TEST_CASE("corpus sentences keep Mr., U.S. and Sept. 16 inside them", "[doc]") {
  DiagnosticSink sink;
  auto doc = load_document(kCorpus + "/2022-09-20-csmonitor-united-front-china-russia-alliance.txt", sink);
  REQUIRE(doc.has_value());
  std::vector<std::string> texts;
  for (const auto& s : doc->sentences) texts.push_back(doc->sentence_text(s));
  auto has = [&](const std::string& start) {
    return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return t.starts_with(start); });
  };
  CHECK(has("Russian President Vladimir Putin (left) and Chinese leader Xi Jinping (right) walk together during "
            "the Shanghai Cooperation Organization summit in Samarkand, Uzbekistan, Sept. 16, 2022."));
  CHECK(has("Mr. Xi\u2019s decision to meet Mr. Putin"));
  CHECK(has("That divide created an opening for the U.S. to establish formal diplomatic relations"));
  CHECK_FALSE(has("Xi\u2019s decision"));
  CHECK_FALSE(has("S. to establish"));
}
