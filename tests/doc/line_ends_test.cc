// Tests for reading lone carriage returns as line ends.
#include <catch2/catch.hpp>

#include <string>

#include "doc/line_ends.h"

TEST_CASE("lone carriage returns become line feeds and CRLF stays", "[doc]") {
  auto row = GENERATE(table<std::string, std::string>({
      {"a\rb\r\nc", "a\nb\r\nc"},
      {"\r", "\n"},
      {"\r\r\n\r", "\n\r\n\n"},
      {"no breaks", "no breaks"},
      {"", ""},
  }));
  std::string text = std::get<0>(row);
  CAPTURE(text);
  factlint::doc::read_lone_cr_as_lf(text);
  CHECK(text == std::get<1>(row));
}
