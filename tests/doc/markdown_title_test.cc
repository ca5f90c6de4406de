// Tests for doc/markdown_title: the opening level-1 heading of a Markdown body titles
// a document whose front matter gives no title.
#include "doc/markdown_title.h"

#include <catch2/catch.hpp>

using factlint::doc::markdown_title;

TEST_CASE("a Markdown body's opening level-1 heading is its title", "[doc]") {
  CHECK(markdown_title("# Harbour tolls rise again\n\nThe port said.\n") == "Harbour tolls rise again");
  CHECK(markdown_title("\n\n  # Harbour tolls rise again ##\nText.") == "Harbour tolls rise again");
  CHECK(markdown_title("Harbour tolls rise again\n========\n\nText.") == "Harbour tolls rise again");
  CHECK(markdown_title("# The *new* toll for `ferries` on [the Sound](https://example.org/sound)\n") ==
        "The new toll for ferries on the Sound");
  CHECK(markdown_title("# Tolls rise #\r\nText.\r\n") == "Tolls rise");
  CHECK(markdown_title("# C# is no closing mark\n") == "C# is no closing mark");
}

TEST_CASE("a body opening with anything but a level-1 heading has no title from it", "[doc]") {
  CHECK(markdown_title("The port said tolls rise.\n\n# A heading later\n").empty());
  CHECK(markdown_title("## A level-2 heading\n").empty());
  CHECK(markdown_title("#hashtag, no heading\n").empty());
  CHECK(markdown_title("    # indented code\n").empty());
  CHECK(markdown_title("- a list item\n======\n").empty());
  CHECK(markdown_title("Text and a rule\n---\n").empty());
  CHECK(markdown_title("# ##\n").empty());
  CHECK(markdown_title("").empty());
  CHECK(markdown_title("\n\n").empty());
}
