// Tests for positions and text of documents: every position is in the original file.
#include <catch2/catch.hpp>

#include <string>

#include "doc/loader.h"
#include "location_printer.h"

using factlint::doc::Document;
using factlint::doc::make_document;
using factlint::source::DiagnosticSink;
using factlint::source::Location;

namespace {

Document doc_of(const std::string& text, const std::string& extension = "txt") {
  DiagnosticSink sink;
  return make_document("t." + extension, text, extension, sink);
}

// Line and column of the first occurrence of `needle` in the normalized text.
Location find(const Document& doc, const std::string& needle) {
  std::size_t at = doc.normalized.find(needle);
  REQUIRE(at != std::string::npos);
  return doc.location(at);
}

}  // namespace

TEST_CASE("columns count code points after curly quotes and dashes on the same line", "[doc]") {
  Document doc = doc_of("Title\n\u201CWe\u2019ve seen\u201D \u2014 Russia\u2019s 2,300\u2011mile border.\n");
  CHECK(find(doc, "we've") == Location{2, 2});
  CHECK(find(doc, "- russia's") == Location{2, 14});
  CHECK(find(doc, "russia's") == Location{2, 16});
  CHECK(find(doc, "2,300-mile") == Location{2, 25});
  CHECK(find(doc, "border") == Location{2, 36});
}

TEST_CASE("original text under a normalized range is the file's own bytes", "[doc]") {
  Document doc = doc_of("Russia\u2019s 2,600\u2011mile  \uFB01ne border");
  std::size_t at = doc.normalized.find("2,600-mile");
  REQUIRE(doc.normalized == "russia's 2,600-mile fine border");
  CHECK(doc.original_text(at, at + 10) == "2,600\u2011mile");
  std::size_t fi = doc.normalized.find("fi");
  CHECK(doc.original_text(fi, fi + 1) == "\uFB01");
  CHECK(doc.original_text(fi, fi + 4) == "\uFB01ne");
}

TEST_CASE("sentence text shows the visible text with whitespace collapsed", "[doc]") {
  Document doc = doc_of("Markdown *makes* a [link](http://x.org)\nacross lines.\n", "md");
  REQUIRE(doc.sentences.size() == 1);
  CHECK(doc.sentence_text(doc.sentences[0]) == "Markdown makes a link across lines.");
  CHECK(doc.location(doc.sentences[0].begin) == Location{1, 1});
}

TEST_CASE("the offset map has one entry per normalized byte plus the end", "[doc]") {
  Document doc = doc_of("---\ntitle: T\n---\nA \u201Cb\u201D c.\n", "md");
  CHECK(doc.to_original.size() == doc.normalized.size() + 1);
  CHECK(doc.to_visible.size() == doc.normalized.size() + 1);
  CHECK(doc.to_original.back() == doc.source.text().size());
  CHECK(std::is_sorted(doc.to_original.begin(), doc.to_original.end()));
}

TEST_CASE("the document date comes from valid metadata only", "[doc]") {
  Document doc = doc_of("---\ndate: 2022-09-20\n---\nText.\n");
  REQUIRE(doc.date().has_value());
  CHECK(doc.date()->year == 2022);
  CHECK(doc.date()->month == 9);
  CHECK(doc.date()->day == 20);
  doc.meta.date = "2022-02-30";
  CHECK_FALSE(doc.date().has_value());
}

TEST_CASE("a document no metadata dates takes the day its file's name opens with", "[doc]") {
  factlint::source::DiagnosticSink sink;
  // Before: undated, and its per-year facts made keys of no year (a newcomer's report).
  Document named = make_document("archive/2025-09-01-council-budget.txt", "Text.", "txt", sink);
  REQUIRE(named.date().has_value());
  CHECK(named.meta.date == "2025-09-01");
  // Front matter wins; "undated" stays undated; a name of no valid day gives nothing.
  CHECK(make_document("2025-09-01-a.md", "---\ndate: 2024-01-02\n---\nText.", "md", sink).meta.date == "2024-01-02");
  CHECK(make_document("2025-09-01-a.md", "---\ndate: undated\n---\nText.", "md", sink).meta.date == "undated");
  CHECK(make_document("2025-13-01-a.txt", "Text.", "txt", sink).meta.date.empty());
  CHECK(make_document("20250901report.txt", "Text.", "txt", sink).meta.date.empty());
  CHECK(make_document("2025-09-01x.txt", "Text.", "txt", sink).meta.date.empty());
}

TEST_CASE("a Markdown document without a title in its metadata takes its opening level-1 heading", "[doc]") {
  factlint::source::DiagnosticSink sink;
  // Before: a newcomer's Markdown files without front matter were listed by path alone.
  CHECK(make_document("a.md", "# Harbour tolls rise\n\nThe port said.", "md", sink).meta.title ==
        "Harbour tolls rise");
  CHECK(make_document("a.md", "---\ndate: 2024-01-02\n---\n# Harbour tolls rise\n", "md", sink).meta.title ==
        "Harbour tolls rise");
  // Front matter wins; a plain-text file's '#' line is no heading; nor is a later one.
  CHECK(make_document("a.md", "---\ntitle: Tolls\n---\n# Harbour tolls rise\n", "md", sink).meta.title == "Tolls");
  CHECK(make_document("a.txt", "# Harbour tolls rise\n", "txt", sink).meta.title.empty());
  CHECK(make_document("a.md", "The port said.\n\n# Harbour tolls rise\n", "md", sink).meta.title.empty());
}

TEST_CASE("the content hash is 16 hex digits of xxh3 over the original bytes", "[doc]") {
  Document a = doc_of("Same text.");
  Document b = doc_of("Same text.");
  Document c = doc_of("Other text.");
  CHECK(a.content_hash.size() == 16);
  CHECK(a.content_hash.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(a.content_hash == b.content_hash);
  CHECK(a.content_hash != c.content_hash);
}
