// Tests for source/source_file: lines and code-point columns.
#include "source/source_file.h"

#include <catch2/catch.hpp>

using factlint::source::Location;
using factlint::source::SourceFile;

TEST_CASE("offsets map to 1-based lines and columns", "[source]") {
  SourceFile f("a.txt", "one\ntwo three\n\nfour");
  CHECK(f.location(0) == Location{1, 1});
  CHECK(f.location(4) == Location{2, 1});
  CHECK(f.location(8) == Location{2, 5});
  CHECK(f.location(14) == Location{3, 1});
  CHECK(f.location(15) == Location{4, 1});
  CHECK(f.line_count() == 4);
}

TEST_CASE("columns count code points, not bytes", "[source]") {
  // "“" and "—" are three bytes each in UTF-8.
  SourceFile f("a.txt", "“Quote” — 2,600-mile");
  std::size_t offset = f.text().find("2,600");
  CHECK(f.location(offset) == Location{1, 11});
}

TEST_CASE("offsets past the end clamp to the end", "[source]") {
  SourceFile f("a.txt", "ab\ncd");
  CHECK(f.location(999) == Location{2, 3});
}

TEST_CASE("line text excludes the newline and a carriage return", "[source]") {
  SourceFile f("a.txt", "first\r\nsecond\n");
  CHECK(f.line_text(0) == "first");
  CHECK(f.line_text(8) == "second");
}

// Lines are indexed by memchr over the whole text: a newline at any offset, the last
// byte included, starts the next line there.
TEST_CASE("a newline at any offset starts a line after it", "[source]") {
  for (std::size_t at = 0; at < 40; ++at) {
    std::string text(40, 'x');
    text[at] = '\n';
    SourceFile file("a.md", text);
    INFO("at " << at);
    CHECK(file.line_count() == 2);
    CHECK(file.line_start(2) == at + 1);
    CHECK(file.location(at + 1) == Location{2, 1});
  }
  CHECK(SourceFile("a.md", "").line_count() == 1);
  CHECK(SourceFile("a.md", "\n\n").line_start(3) == 2);
}

// Columns in long lines are counted from marks every few kilobytes (a document written as
// one long line asked for thousands of columns, each counted from the line's start):
// they must be the columns counted from the start, across marks and multi-byte letters.
TEST_CASE("columns in long lines agree with counting from the line's start", "[source]") {
  std::string line;
  for (int i = 0; i < 3000; ++i) line += i % 7 == 0 ? "\xC3\xA9t\xC3\xA9 " : "word ";  // some two-byte letters
  const std::string text = "short first line\n" + line + "\n" + line + "\nend";
  factlint::source::SourceFile file("long.txt", text);
  const std::size_t second = text.find('\n') + 1;
  const std::size_t third = text.find('\n', second) + 1;
  for (std::size_t offset : {second, second + 4095, second + 4096, second + 4097, second + 9000, third - 1, third,
                             third + 8192, third + 12001}) {
    const std::size_t start = offset >= third ? third : second;
    const int expected = factlint::source::count_code_points(std::string_view(text).substr(start, offset - start)) + 1;
    CAPTURE(offset);
    CHECK(file.location(offset).column == expected);
  }
  CHECK(file.location(third + 10).line == 3);
}
