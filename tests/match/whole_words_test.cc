// A phrase found in raw sentence text as whole words (match/whole_words.h), shared by
// the "since" clause and the year-just-closed rules.
#include <catch2/catch.hpp>

#include "match/whole_words.h"

using factlint::match::holds_whole_words;

TEST_CASE("a phrase counts only with no word character on either side", "[match]") {
  CHECK(holds_whole_words("sales so far rose", "so far"));
  CHECK(holds_whole_words("so far", "so far"));
  CHECK(holds_whole_words("at year-end, it stood", "year-end"));
  CHECK_FALSE(holds_whole_words("so farmers", "so far"));
  // An apostrophe or a hyphen joins a word: "the year's first half" is no whole year.
  CHECK_FALSE(holds_whole_words("for the year's first half", "for the year"));
  CHECK_FALSE(holds_whole_words("for the year-on-year change", "for the year"));
  CHECK_FALSE(holds_whole_words("the end of the yearbook", "end of the year"));
  // A later occurrence is found past an earlier one that is part of a word.
  CHECK(holds_whole_words("so farmers said so far", "so far"));
}
