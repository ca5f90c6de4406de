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
