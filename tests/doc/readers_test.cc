// Tests for the format readers: markup removed, positions kept in the original.
#include <catch2/catch.hpp>

#include <string>

#include "doc/loader.h"
#include "location_printer.h"

using factlint::doc::Document;
using factlint::doc::make_document;
using factlint::source::DiagnosticSink;
using factlint::source::Location;

namespace {

Document doc_of(const std::string& text, const std::string& extension) {
  DiagnosticSink sink;
  return make_document("t." + extension, text, extension, sink);
}

Location find(const Document& doc, const std::string& needle) {
  std::size_t at = doc.normalized.find(needle);
  REQUIRE(at != std::string::npos);
  return doc.location(at);
}

std::string trimmed(const std::string& s) {
  std::size_t b = s.find_first_not_of(' ');
  std::size_t e = s.find_last_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}  // namespace

TEST_CASE("markdown markup is removed and positions stay those of the file", "[doc]") {
  std::string text =
      "---\n"
      "title: \"A: B\"\n"
      "---\n"
      "## Trade *partners* ##\n"
      "\n"
      "Russia is **China's** 10th-largest [trade partner](https://x.org/a_b \"t\").\n"
      "<!-- note: 2,600-mile -->\n"
      "\n"
      "* Item with `code` and \\*stars\\*\n"
      "\n"
      "```\n"
      "fenced 2,600-mile\n"
      "```\n"
      "> Quoted **text**\n"
      "> on two lines\n"
      "\n"
      "![chart](c.png) snake_case stays\n";
  Document doc = doc_of(text, "md");
  CHECK(trimmed(doc.normalized) ==
        "trade partners russia is china's 10th-largest trade partner. item with code and *stars* quoted text "
        "on two lines snake_case stays");
  CHECK(doc.normalized.find("title") == std::string::npos);
  CHECK(doc.normalized.find("x.org") == std::string::npos);
  CHECK(find(doc, "trade partners") == Location{4, 4});
  CHECK(find(doc, "partners") == Location{4, 11});
  CHECK(find(doc, "china's") == Location{6, 13});
  CHECK(find(doc, "10th") == Location{6, 23});
  CHECK(find(doc, "trade partner.") == Location{6, 37});
  CHECK(find(doc, "item") == Location{9, 3});
  CHECK(find(doc, "*stars*") == Location{9, 25});
  CHECK(find(doc, "quoted") == Location{14, 3});
  CHECK(find(doc, "on two") == Location{15, 3});
  CHECK(find(doc, "snake_case") == Location{17, 17});
}

TEST_CASE("markdown emphasis inside a word does not split it", "[doc]") {
  Document doc = doc_of("Russia is **10th**-largest.\n", "md");
  CHECK(trimmed(doc.normalized) == "russia is 10th-largest.");
}

TEST_CASE("html gives the visible body text with entities decoded", "[doc]") {
  std::string text =
      "<html><head><title>Skip</title><style>p{}</style></head><body>\n"
      "<header><nav><a href=\"/\">Home</a></nav></header>\n"
      "<h1>China &amp; Russia</h1>\n"
      "<p>Russia is only China&rsquo;s <b>10th</b>-largest trade partner.\n"
      "It shares a border.</p><script>var no = 1;</script>\n"
      "<footer>Copyright</footer></body></html>\n";
  Document doc = doc_of(text, "html");
  CHECK(trimmed(doc.normalized) ==
        "china & russia russia is only china's 10th-largest trade partner. it shares a border.");
  CHECK(find(doc, "china &") == Location{3, 5});
  CHECK(find(doc, "& russia") == Location{3, 11});
  CHECK(find(doc, "'s 10th") == Location{4, 24});
  CHECK(find(doc, "10th") == Location{4, 36});
  CHECK(find(doc, "it shares") == Location{5, 1});
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentence_text(doc.sentences[0]) == "China & Russia");
  CHECK(doc.sentence_text(doc.sentences[1]) == "Russia is only China\u2019s 10th-largest trade partner.");
}

TEST_CASE("html chrome outside the article is not read: asides, banners, related boxes", "[doc]") {
  // A saved news page (a newcomer's report): the cookie banner and the newsletter box
  // stated budgets, the related box a length.
  std::string page =
      "<html><body><div class=\"cookie-banner\">Our budget for cookies is 0.</div>\n"
      "<main><h1>Budget set</h1><p>The city budget is 1.25 billion.</p>\n"
      "<aside class=\"related\">From the archive: the tram is 30 km long.</aside>\n"
      "<div class=\"newsletter-signup\">Our budget is 1 million.</div>\n"
      "<p hidden>Draft: 2 billion.</p><p>It passed.</p></main>\n"
      "<div id=\"comments\">A reader says 3 billion.</div></body></html>\n";
  Document doc = doc_of(page, "html");
  CHECK(trimmed(doc.normalized) == "budget set the city budget is 1.25 billion. it passed.");
  CHECK(find(doc, "the city budget") == Location{2, 29});
  // Without <main> or <article> the whole body is read, chrome still left out; class
  // words are whole words ("header-title" is no "head...").
  Document plain = doc_of("<body><p class=\"lead header-title\">A lead.</p><div class=\"ad-slot\">Buy.</div>"
                          "<p>Text.</p></body>", "html");
  CHECK(trimmed(plain.normalized) == "a lead. text.");
  // Two articles are both read, in order.
  Document two = doc_of("<body><article><p>One.</p></article><p>Between.</p><article><p>Two.</p></article></body>",
                        "html");
  CHECK(trimmed(two.normalized) == "one. two.");
}

TEST_CASE("html block elements end sentences, inline elements do not", "[doc]") {
  Document doc = doc_of("<ul><li>Related Articles</li><li>More <i>MIT</i> News</li></ul><p>Text</p>", "html");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentence_text(doc.sentences[0]) == "Related Articles");
  CHECK(doc.sentence_text(doc.sentences[1]) == "More MIT News");
  CHECK(doc.sentence_text(doc.sentences[2]) == "Text");
}

TEST_CASE("front matter sets metadata in any format and is not text", "[doc]") {
  std::string front = "---\ntitle: 'Quoted: title'\npublisher: \"MIT News\"\ndate: 2023-11-17\nurl: https://x.org\n---\n";
  for (const char* extension : {"txt", "md", "html"}) {
    CAPTURE(extension);
    Document doc = doc_of(front + "Body text.\n", extension);
    CHECK(doc.meta.title == "Quoted: title");
    CHECK(doc.meta.publisher == "MIT News");
    CHECK(doc.meta.date == "2023-11-17");
    CHECK(doc.meta.url == "https://x.org");
    CHECK(trimmed(doc.normalized) == "body text.");
    CHECK(find(doc, "body") == Location{7, 1});
  }
}

TEST_CASE("markdown pipe tables give one sentence per cell and drop the delimiter row", "[doc]") {
  Document doc = doc_of("| Partner | Rank |\n|---|:--:|\n| Russia | 10th |\n", "md");
  std::vector<std::string> texts;
  for (const auto& s : doc.sentences) texts.push_back(doc.sentence_text(s));
  CHECK(texts == std::vector<std::string>{"Partner", "Rank", "Russia", "10th"});
  CHECK(find(doc, "10th") == Location{3, 12});
}

// Before: HTML blocks in Markdown were masked, so a docs page's <table> and
// <div class="note"> stated nothing (a newcomer's report).
TEST_CASE("markdown html blocks are read as html, tables and all, at their own positions", "[doc]") {
  Document doc = doc_of("# Limits\n\n<table>\n<tr><th>Setting</th><th>Value</th></tr>\n"
                        "<tr><td>Port</td><td>7421</td></tr>\n</table>\n\n"
                        "<div class=\"note\">Released on March 3, 2025 &amp; still <b>current</b>.</div>\n\n"
                        "Prose *after* it.\n",
                        "md");
  std::vector<std::string> texts;
  for (const auto& s : doc.sentences) texts.push_back(doc.sentence_text(s));
  CHECK(texts == std::vector<std::string>{"Limits", "Setting", "Value", "Port", "7421",
                                          "Released on March 3, 2025 & still current.", "Prose after it."});
  CHECK(find(doc, "7421") == Location{5, 22});
  CHECK(find(doc, "march 3") == Location{8, 31});
  CHECK(find(doc, "current") == Location{8, 60});
  CHECK(find(doc, "after") == Location{10, 8});
  REQUIRE(doc.tables.size() == 1);
  REQUIRE(doc.tables[0].rows.size() == 2);
  CHECK(doc.tables[0].rows[0].header);
  const auto& cell = doc.tables[0].rows[1].cells.at(1);
  CHECK(doc.normalized.substr(cell.begin, cell.end - cell.begin) == "7421");
  // A comment block and a block quote's HTML state nothing, as before.
  Document quiet = doc_of("<!-- factlint-ignore -->\n\n> <div>Quoted 12 km.</div>\n", "md");
  CAPTURE(quiet.normalized);
  CHECK(quiet.normalized.find("12 km") == std::string::npos);
}

TEST_CASE("setext headings lose their underline", "[doc]") {
  Document doc = doc_of("Shared worldviews\n=================\n\nText here.\n", "md");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentence_text(doc.sentences[0]) == "Shared worldviews");
}

TEST_CASE("a heading's section number is not part of its text", "[doc]") {
  Document doc = doc_of("## 3. Why the ferry runs late\n\n### 12) Costs\n\n## 2019\n\n## 1.5 tonnes\n\nText.\n", "md");
  REQUIRE(doc.sentences.size() == 5);
  CHECK(doc.sentence_text(doc.sentences[0]) == "Why the ferry runs late");
  CHECK(doc.sentence_text(doc.sentences[1]) == "Costs");
  // A year, and a figure with decimals, are the heading's own words.
  CHECK(doc.sentence_text(doc.sentences[2]) == "2019");
  CHECK(doc.sentence_text(doc.sentences[3]) == "1.5 tonnes");
}

TEST_CASE("html numeric entities and a bare ampersand map to their own positions", "[doc]") {
  Document doc = doc_of("<p>AT&T said &#8220;hi&#x201D; &amp more</p>", "html");
  CHECK(trimmed(doc.normalized) == "at&t said \"hi\" & more");
  CHECK(find(doc, "&t") == Location{1, 6});
  CHECK(find(doc, "\"hi") == Location{1, 14});
  CHECK(find(doc, "hi") == Location{1, 21});
  CHECK(find(doc, "\" &") == Location{1, 23});
  CHECK(find(doc, "& more") == Location{1, 32});
  CHECK(find(doc, "more") == Location{1, 37});
}

TEST_CASE("the html head gives metadata that front matter does not", "[doc]") {
  std::string head =
      "<html><head><title>\n  China and Russia\n</title>"
      "<meta property=\"og:site_name\" content=\"Council on Foreign Relations\">"
      "<meta property=\"article:published_time\" content=\"2024-03-29T10:00:00Z\">"
      "<link rel=\"canonical\" href=\"https://www.cfr.org/x\"></head><body><p>Text.</p></body></html>";
  Document doc = doc_of(head, "html");
  CHECK(doc.meta.title == "China and Russia");
  CHECK(doc.meta.publisher == "Council on Foreign Relations");
  CHECK(doc.meta.date == "2024-03-29");
  CHECK(doc.meta.url == "https://www.cfr.org/x");
  CHECK(trimmed(doc.normalized) == "text.");

  Document fronted = doc_of("---\ntitle: From front matter\n---\n" + head, "html");
  CHECK(fronted.meta.title == "From front matter");
  CHECK(fronted.meta.publisher == "Council on Foreign Relations");
}

TEST_CASE("unclosed markdown brackets, backticks and comments are read as prose", "[doc]") {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "[a <!-- c ";
  text += "`end.\n";
  Document doc = doc_of(text, "md");
  // 50 KB without a sentence end: read in parts (kMaxSentenceBytes), the last one ends it.
  REQUIRE(doc.sentences.size() > 1);
  CHECK(doc.sentence_text(doc.sentences.back()).ends_with("[a <!-- c `end."));
}

TEST_CASE("deeply nested html is read without recursion", "[doc]") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "<div><span>";
  text += "Deep text.";
  Document doc = doc_of(text, "html");
  REQUIRE(doc.sentences.size() == 1);
  CHECK(doc.sentence_text(doc.sentences[0]) == "Deep text.");
}
