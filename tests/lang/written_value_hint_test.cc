// Tests for lang/written_value_hint: what to say of a value that cannot be read.
#include "lang/written_value_hint.h"

#include <catch2/catch.hpp>

using factlint::lang::unreadable_value_hint;
using factlint::value::Type;

// Before: `decide --canonical "310 megawats"` and "2149" for a power said only that the
// value "cannot be read as power" (an analyst's report), where rule files suggest units.
TEST_CASE("a misspelt unit gets its nearest spelling, a bare number its missing unit", "[lang][value]") {
  CHECK(unreadable_value_hint(Type::Power, "310 megawats") == "; did you mean '310 megawatts'?");
  CHECK(unreadable_value_hint(Type::Length, "4,209 kilometres long") == "");
  CHECK(unreadable_value_hint(Type::Length, "4,209 kilomtres") == "; did you mean '4,209 kilometres'?");
  CHECK(unreadable_value_hint(Type::Power, "2149", "MW") == "; a power needs its unit, such as '2149 MW'");
  CHECK(unreadable_value_hint(Type::Power, "2149") == "; a power needs its unit");
  // Nothing to say: types without units, words that are no unit, short words.
  CHECK(unreadable_value_hint(Type::Count, "many many") == "");
  CHECK(unreadable_value_hint(Type::Power, "310 banana") == "");
  CHECK(unreadable_value_hint(Type::Length, "12 kn") == "");
}
