// A weekday with a part of the day in the plural ("on friday nights", "monday
// mornings", "on friday and saturday nights") is a habit, no date. Sentences written
// for this test; the publication date is Tuesday 2023-03-14.
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {
constexpr const char* kRef = "2023-03-14";
}  // namespace

TEST_CASE("a weekday with a plural part of the day names no day", "[value]") {
  for (const char* text : {"the bar stays open late on friday and saturday nights",
                           "the ferry is crowded on monday mornings", "the library shuts on sunday afternoons",
                           "choir practice runs on tuesday, wednesday or thursday evenings"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Date, text, kRef));
  }
}

TEST_CASE("a weekday with a singular part of the day is still that day", "[value]") {
  // The most recent Friday on or before Tuesday 2023-03-14.
  for (const char* text : {"the bar caught fire on friday night", "on friday the bar caught fire",
                           "on friday and saturday the bar was shut"}) {
    CAPTURE(text);
    auto v = read(Type::Date, text, kRef);
    REQUIRE(v);
    CHECK(v->display == "2023-03-10");
  }
}
