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
