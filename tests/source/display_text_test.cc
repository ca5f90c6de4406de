// Tests for source/display_text: untrusted text made safe for terminals and CI logs.
#include <catch2/catch.hpp>

#include <random>

#include "source/diagnostic.h"
#include "source/display_text.h"
#include "source/source_file.h"

using namespace factlint;
using source::break_workflow_commands;
using source::printable;

TEST_CASE("terminal controls become visible escapes", "[source][display]") {
  CHECK(printable("plain text, «quoted», 中文") == "plain text, «quoted», 中文");
  CHECK(printable("a\x1b[2Jb") == "a\\x1b[2Jb");
  CHECK(printable("title\x1b]0;pwned\x07") == "title\\x1b]0;pwned\\x07");
  CHECK(printable("one\ntwo\r\tthree") == "one\\ntwo\\r\\tthree");
  CHECK(printable("del\x7f") == "del\\x7f");
  CHECK(printable("c1 \xC2\x9B" "31m") == "c1 \\u009b31m");             // U+009B, the 8-bit CSI
  CHECK(printable("abc\xE2\x80\xAE" "cba") == "abc\\u202ecba");         // right-to-left override
  CHECK(printable("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("printable_lines keeps line breaks and tabs", "[source][display]") {
  CHECK(source::printable_lines("a\n\tb\x1b") == "a\n\tb\\x1b");
}

TEST_CASE("an excerpt stops after its length with an ellipsis", "[source][display]") {
  CHECK(source::printable_excerpt("abcdef", 3) == "abc…");
  CHECK(source::printable_excerpt("abc", 3) == "abc");
  CHECK(source::printable_excerpt("ééé", 2) == "éé…");
}

TEST_CASE("no output line can start a workflow command", "[source][display]") {
  CHECK(break_workflow_commands("::error file=a::boom\n") == "\\::error file=a::boom\n");
  CHECK(break_workflow_commands("ok\n   ::warning::x\n") == "ok\n   \\::warning::x\n");
  CHECK(break_workflow_commands("\xC2\xA0::notice::x") == "\xC2\xA0\\::notice::x");  // NBSP is trimmed by the runner
  CHECK(break_workflow_commands("text ::not at the start") == "text ::not at the start");
  CHECK(break_workflow_commands("a ##[error]b") == "a ##\\[error]b");
  CHECK(break_workflow_commands("::x\n##[y", source::kXmlBreak) == "&#58;:x\n##&#91;y");
  CHECK(break_workflow_commands("  \"s\": \"##[error]\"", source::kJsonBreak) == "  \"s\": \"#\\u0023[error]\"");
}

TEST_CASE("no random line survives break_workflow_commands as a command", "[source][display]") {
  // Property: whatever the text, no line of the result starts (after blanks) with "::"
  // and none contains "##[".
  std::mt19937 rng(14);
  const std::string alphabet[] = {":", "#", "[", " ", "\t", "\n", "a", "\xC2\xA0", "::", "##["};
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    int n = static_cast<int>(rng() % 20);
    for (int i = 0; i < n; ++i) text += alphabet[rng() % std::size(alphabet)];
    std::string out = break_workflow_commands(text);
    INFO("input: " << text);
    REQUIRE(out.find("##[") == std::string::npos);
    std::size_t start = 0;
    while (start <= out.size()) {
      std::size_t end = out.find('\n', start);
      std::string line = out.substr(start, end == std::string::npos ? std::string::npos : end - start);
      std::size_t first = 0;
      while (first < line.size()) {
        if (line[first] == ' ' || line[first] == '\t') {
          ++first;
        } else if (line.compare(first, 2, "\xC2\xA0") == 0) {
          first += 2;
        } else {
          break;
        }
      }
      REQUIRE(line.compare(first, 2, "::") != 0);
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
}

TEST_CASE("a diagnostic quotes a short, printable window of a long line", "[source][display]") {
  std::string line = std::string(100000, 'x') + "\x1b[31mHERE" + std::string(100000, 'y');
  source::SourceFile file("doc.md", line + "\n");
  std::size_t at = 100000;
  std::string out = source::render(source::make_diagnostic(source::Severity::Warning, {&file, at, at + 4}, "look"));
  CHECK(out.size() < 600);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find("doc.md:1:100001: warning: look\n…") == 0);
  // The caret still points at the escape, whose printable form is wider than one column.
  std::size_t second = out.find('\n') + 1;
  std::size_t third = out.find('\n', second) + 1;
  std::string quoted = out.substr(second, third - second - 1);
  std::string caret = out.substr(third);
  CHECK(quoted.find("\\x1b[31mHERE") != std::string::npos);
  CHECK(caret.find('^') == quoted.find("\\x1b") - 2);  // the "…" is 3 bytes, one column
}

TEST_CASE("a diagnostic's path and message are printable", "[source][display]") {
  source::Diagnostic d;
  d.path = "evil\n::error::x.md";
  d.message = "bad \x1b[2J";
  std::string out = source::render(d);
  CHECK(out == "evil\\n::error::x.md: error: bad \\x1b[2J\n");
}

// The report's cut titles (report::ReportInput::source_label) are cut here, at a word,
// not by a second loop of their own.
TEST_CASE("an excerpt cut at a word ends after the last whole word of its second half", "[source]") {
  using factlint::source::ExcerptCut;
  using factlint::source::printable_excerpt;
  const std::string title = "China and Russia: Exploring Ties Between Two Powers";
  CHECK(printable_excerpt(title, 43, ExcerptCut::AtWord) == "China and Russia: Exploring Ties Between\u2026");
  CHECK(printable_excerpt(title, 43) == "China and Russia: Exploring Ties Between Tw\u2026");
  CHECK(printable_excerpt(title, 44, ExcerptCut::AtWord) == "China and Russia: Exploring Ties Between Two\u2026");
  CHECK(printable_excerpt("Unbreakablewordsandmore words", 10, ExcerptCut::AtWord) == "Unbreakabl\u2026");
  CHECK(printable_excerpt(title, 200, ExcerptCut::AtWord) == title);
  CHECK(printable_excerpt("A\x1b[31m title at a word", 12, ExcerptCut::AtWord) == "A\\x1b[31m title\u2026");
}
