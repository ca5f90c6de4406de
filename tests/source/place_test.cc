// Tests for source/place.h: the one way positions are written for users.
#include "source/place.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using factlint::source::Location;
using factlint::source::Place;

TEST_CASE("a location is written line:column", "[source]") {
  CHECK(fmt::format("{}", Location{49, 184}) == "49:184");
}

TEST_CASE("a place is written path:line:column, as compilers write it", "[source]") {
  CHECK(fmt::format("{}", Place{"corpus/a.md", {49, 184}}) == "corpus/a.md:49:184");
  CHECK(fmt::format("at {}: error", Place{"rules/x.facts", {2, 1}}) == "at rules/x.facts:2:1: error");
}
