// Label lines of fact sheets ("Dam height: 181 m") written one under another with
// no punctuation: each is a sentence of its own (doc/label_lines.h).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/label_lines.h"
#include "doc/loader.h"

using namespace factlint;

namespace {

std::vector<std::string> sentences(const std::string& text, const std::string& extension) {
  source::DiagnosticSink sink;
  doc::Document document = doc::make_document("t." + extension, text, extension, sink);
  std::vector<std::string> out;
  for (const auto& s : document.sentences) out.push_back(document.sentence_text(s));
  return out;
}

}  // namespace

TEST_CASE("a label line is a capitalized short label, a colon, a space and a value", "[doc]") {
  CHECK(doc::is_label_line("Dam height: 181 m"));
  CHECK(doc::is_label_line("- **Crest length:** 2,335 m"));
  CHECK(doc::is_label_line("* Installed capacity: 22.5 GW"));
  CHECK(doc::is_label_line("3. Opened: 2003"));
  CHECK(doc::is_label_line("Note: the figures below"));
  CHECK_FALSE(doc::is_label_line("the height: 181 m"));                       // no capital
  CHECK_FALSE(doc::is_label_line("Work starts at 10:30 am"));                 // no space after ':'
  CHECK_FALSE(doc::is_label_line("Height:"));                                 // nothing after it
  CHECK_FALSE(doc::is_label_line("He said. Then: more"));                     // a sentence before it
  CHECK_FALSE(doc::is_label_line("One two three four five six seven eight: x"));  // too long a label
}

TEST_CASE("the break between label lines ends a sentence, a lowercase continuation does not", "[doc]") {
  CHECK(doc::label_line_break("Three Gorges fact sheet", "Dam height: 181 m"));
  CHECK(doc::label_line_break("Dam height: 181 m", "Crest elevation: 185 m"));
  CHECK(doc::label_line_break("Dam height: 181 m", "The dam is the world's largest"));
  CHECK_FALSE(doc::label_line_break("Note: the figures below", "are provisional"));
  CHECK_FALSE(doc::label_line_break("The dam was finished", "in 2006 after delays"));
}

// Before: "Dam height: 181 m\nCrest elevation: 185 m" in one paragraph was one sentence
// (a blind rule writer's fact sheet, session 9).
TEST_CASE("label lines in one paragraph are sentences of their own in Markdown and text", "[doc]") {
  const std::string sheet = "Fact sheet\nDam height: 181 m\nCrest elevation: 185 m\nUnits: 32\n";
  const std::vector<std::string> expected{"Fact sheet", "Dam height: 181 m", "Crest elevation: 185 m", "Units: 32"};
  CHECK(sentences(sheet, "md") == expected);
  // Plain text wrapped at a width keeps its label lines apart too.
  const std::string wrapped =
      "The dam on the river was built over many years by a large workforce and opened\n"
      "in stages between the years two thousand and three and two thousand and twelve,\n"
      "after which it was declared complete by the operating company in a ceremony.\n"
      "Dam height: 181 m\n"
      "Crest elevation: 185 m\n";
  const std::vector<std::string> got = sentences(wrapped, "txt");
  REQUIRE(got.size() == 3);
  CHECK(got[1] == "Dam height: 181 m");
  CHECK(got[2] == "Crest elevation: 185 m");
  // Prose wrapped mid-sentence stays one sentence.
  CHECK(sentences("The dam was finished\nin 2006 after delays.\n", "md").size() == 1);
}
