// Tests for the per-document limits of doc/limits.h, through the loader: the
// issue 14 inputs finish with a located warning, and only the offending part is
// lost. (Their speed is measured in bench/, not here; these inputs used to take
// minutes or gigabytes, so a regression shows up as a hung or killed test.)
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "doc/limits.h"
#include "doc/loader.h"
#include "doc/sentence_splitter.h"
#include "location_printer.h"

using factlint::doc::Document;
using factlint::doc::make_document;
using factlint::doc::Sentence;
using factlint::source::DiagnosticSink;
using factlint::source::Location;

namespace {

std::string rendered(const DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.sorted()) out += factlint::source::render(d);
  return out;
}

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

bool has_sentence(const Document& doc, const std::string& text) {
  for (const Sentence& s : doc.sentences) {
    if (doc.normalized.substr(s.begin, s.end - s.begin) == text) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("an html page of 20,000 unclosed <b> is flattened with a located warning", "[doc]") {
  DiagnosticSink sink;
  Document doc = make_document("deep.html", "<p>Before.</p>\n" + repeat("<b>", 20000) + "The border is 10 km long.",
                               "html", sink);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].severity == factlint::source::Severity::Warning);
  CHECK(sink.diagnostics()[0].location == Location{2, 601});
  CHECK(sink.diagnostics()[0].message ==
        "HTML elements nested more than 200 deep; the deeper tags are ignored and their text is read");
  CHECK(has_sentence(doc, "before."));
  CHECK(has_sentence(doc, "the border is 10 km long."));
}

TEST_CASE("a markdown line of 100,000 '>' is skipped with a located warning, the rest is read", "[doc]") {
  DiagnosticSink sink;
  std::string long_line = repeat("word ", 20000);
  Document doc = make_document("deep.md", "First line.\n\n" + repeat(">", 100000) + " " + long_line + "\n\nLast line.\n",
                               "md", sink);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].location == Location{3, 1});
  CHECK(sink.diagnostics()[0].message ==
        "line nests more than 32 block quotes or list items; lines this deep are skipped");
  CHECK(has_sentence(doc, "first line."));
  CHECK(has_sentence(doc, "last line."));
}

TEST_CASE("a markdown quote nested under the limit followed by a long line is read", "[doc]") {
  DiagnosticSink sink;
  std::string long_line = repeat("Word. ", 20000);
  Document doc = make_document("quote.md", repeat("> ", 30) + "Quoted.\n" + long_line + "\n", "md", sink);
  CHECK(sink.diagnostics().empty());
  CHECK(has_sentence(doc, "quoted."));
  CHECK(doc.sentences.size() == 20001);
}

TEST_CASE("deeply nested markdown list and link markers are read", "[doc]") {
  SECTION("list markers on one line") {
    DiagnosticSink sink;
    Document doc = make_document("lists.md", repeat("- ", 50000) + "x\n\nAfter.\n", "md", sink);
    REQUIRE(sink.diagnostics().size() == 1);
    CHECK(sink.diagnostics()[0].location == Location{1, 1});
    CHECK(has_sentence(doc, "after."));
  }
  SECTION("list items indented one level more each line") {
    DiagnosticSink sink;
    std::string text;
    for (int i = 0; i < 1000; ++i) text += std::string(2 * static_cast<std::size_t>(i), ' ') + "- item\n";
    Document doc = make_document("lists.md", text + "\nAfter.\n", "md", sink);
    CHECK(has_sentence(doc, "after."));
  }
  SECTION("link brackets") {
    DiagnosticSink sink;
    Document doc = make_document("links.md", repeat("[", 50000) + "x" + repeat("](y)", 50000) + "\n\nAfter.\n",
                                 "md", sink);
    CHECK(has_sentence(doc, "after."));
    Document open = make_document("links.md", repeat("[a](", 50000) + "\n\nAfter.\n", "md", sink);
    CHECK(has_sentence(open, "after."));
    // cmark-gfm alone takes minutes on these (CVE-2023-22486); images stay masked.
    Document images = make_document("images.md", "Before " + repeat("![[]()", 50000) + " after.\n", "md", sink);
    CHECK(images.normalized.find("before") != std::string::npos);
    CHECK(images.normalized.find("after.") != std::string::npos);
  }
}

TEST_CASE("a sentence without punctuation is cut at the limit with a located warning", "[doc]") {
  DiagnosticSink sink;
  Document doc = make_document("long.txt", "Short one.\n\n" + repeat("word ", 3000), "txt", sink);
  REQUIRE(sink.diagnostics().size() == 1);
  // With their count, one included (docs/limits.md).
  CHECK(rendered(sink).starts_with("long.txt:3:1: warning: sentence longer than 4000 bytes; read in parts of at "
                                   "most that size (1 such sentence in this document)\n"));
  REQUIRE(doc.sentences.size() == 5);
  CHECK(has_sentence(doc, "short one."));
  std::size_t words = 0;
  for (const Sentence& s : doc.sentences) {
    CHECK(s.end - s.begin <= factlint::doc::kMaxSentenceBytes);
    CHECK(doc.sentence_text(s).size() <= factlint::doc::kMaxSentenceBytes);
    std::string part = doc.normalized.substr(s.begin, s.end - s.begin);
    CHECK(part.front() != ' ');
    CHECK(part.back() != ' ');
    words += static_cast<std::size_t>(std::count(part.begin(), part.end(), ' ')) + 1;
  }
  CHECK(words == 2 + 3000);  // no word lost or split
}

TEST_CASE("cutting long sentences splits at spaces, or inside a word only at a character boundary", "[doc]") {
  using factlint::doc::cut_long_sentences;
  std::string text = "aaaa bbbb cccc";
  std::vector<Sentence> sentences{{0, text.size()}};
  CHECK(cut_long_sentences(sentences, text, 10) == std::vector<std::size_t>{0});
  REQUIRE(sentences.size() == 2);
  CHECK(text.substr(sentences[0].begin, sentences[0].end - sentences[0].begin) == "aaaa bbbb");
  CHECK(text.substr(sentences[1].begin, sentences[1].end - sentences[1].begin) == "cccc");

  std::string word = repeat("\xC3\xA9", 5);  // "ééééé", 10 bytes, no space
  std::vector<Sentence> one{{0, word.size()}};
  cut_long_sentences(one, word, 3);
  REQUIRE(one.size() == 5);
  for (const Sentence& s : one) CHECK(s.end - s.begin == 2);
}

TEST_CASE("lone CR line ends: front matter is read and line numbers are right", "[doc]") {
  DiagnosticSink sink;
  Document doc = make_document("cr.md", "---\rtitle: T\rdate: 2022-01-01\r---\rLine five.\rThe border is 10 km long.\r",
                               "md", sink);
  CHECK(sink.diagnostics().empty());
  CHECK(doc.meta.title == "T");
  CHECK(doc.meta.date == "2022-01-01");
  CHECK(doc.location(doc.normalized.find("line five")) == Location{5, 1});
  CHECK(doc.location(doc.normalized.find("10 km")) == Location{6, 15});
  CHECK(doc.source.line_count() == 7);
}

TEST_CASE("lone CR line ends in plain text end lines as LF does", "[doc]") {
  DiagnosticSink sink;
  Document cr = make_document("cr.txt", "Heading\rThe border is 10 km long.\r", "txt", sink);
  Document lf = make_document("lf.txt", "Heading\nThe border is 10 km long.\n", "txt", sink);
  CHECK(cr.sentences.size() == lf.sentences.size());
  CHECK(cr.location(cr.normalized.find("10 km")) == Location{2, 15});
}

TEST_CASE("a UTF-8 BOM before front matter: front matter is read and line numbers are right", "[doc]") {
  DiagnosticSink sink;
  Document doc = make_document("bom.md", "\xEF\xBB\xBF---\ntitle: T\ndate: 2022-01-01\n---\nThe border is 10 km long.\n",
                               "md", sink);
  CHECK(sink.diagnostics().empty());
  CHECK(doc.meta.title == "T");
  CHECK(doc.meta.date == "2022-01-01");
  CHECK(doc.normalized.find("title") == std::string::npos);
  CHECK(doc.location(doc.normalized.find("10 km")) == Location{5, 15});
}

TEST_CASE("a statement's excerpt is its sentence, or at most the cap around the match", "[doc]") {
  using factlint::doc::kMaxExcerptBytes;
  DiagnosticSink sink;
  SECTION("a short sentence is quoted whole") {
    Document doc = make_document("short.txt", "The border is 4,209 km long.", "txt", sink);
    std::size_t at = doc.normalized.find("4,209");
    CHECK(doc.excerpt(doc.sentences.at(0), at, at + 5) == "The border is 4,209 km long.");
  }
  SECTION("a long sentence is quoted around the match, cut at words") {
    Document doc = make_document("long.txt", repeat("Word ", 600) + "the border is 4,209 km long " + repeat("word ", 600),
                                 "txt", sink);
    REQUIRE(doc.sentences.size() == 2);  // cut at 4,000 bytes: the match is in the first part
    const Sentence& s = doc.sentences[0];
    std::size_t at = doc.normalized.find("4,209");
    REQUIRE(at < s.end);
    std::string excerpt = doc.excerpt(s, at, at + 5);
    CHECK(excerpt.size() <= kMaxExcerptBytes + 6);
    CHECK(excerpt.size() > kMaxExcerptBytes - 10);
    CHECK(excerpt.starts_with("...Word "));
    CHECK(excerpt.ends_with(" word..."));
    CHECK(excerpt.find("the border is 4,209 km long") != std::string::npos);
  }
  SECTION("a match at the start of a long sentence keeps the start") {
    Document doc = make_document("start.txt", "Border 4,209 km " + repeat("word ", 700), "txt", sink);
    std::size_t at = doc.normalized.find("4,209");
    std::string excerpt = doc.excerpt(doc.sentences.at(0), at, at + 5);
    CHECK(excerpt.starts_with("Border 4,209 km word"));
    CHECK(excerpt.ends_with(" word..."));
    CHECK(excerpt.size() <= kMaxExcerptBytes + 3);
  }
}
