// Tests for the guards run before gumbo and cmark-gfm: what is flattened or
// skipped, what is kept, and that offsets never move.
#include <catch2/catch.hpp>

#include <string>

#include "doc/nesting_guard.h"

using factlint::doc::flatten_deep_html;
using factlint::doc::skip_deep_markdown_lines;

TEST_CASE("html start tags past the depth limit are masked with their end tags", "[doc]") {
  std::string page = "<b><i><u>x</u></i></b>";
  std::optional<std::size_t> first = flatten_deep_html(page, 2);
  CHECK(page == "<b><i>   x    </i></b>");
  REQUIRE(first);
  CHECK(*first == 6);
}

TEST_CASE("html within the depth limit is left alone", "[doc]") {
  std::string page =
      "<html><head><title><b><b><b></title><script>if (a<b) x = '<div>';</script></head>"
      "<body><!-- <div><div><div> --><p>one<p>two<li>three<br><img src='a>b'>"
      "<div><span>x</span></div><br/></body></html>";
  std::string before = page;
  CHECK_FALSE(flatten_deep_html(page, 4));
  CHECK(page == before);
}

TEST_CASE("html elements closed implicitly do not count as nesting", "[doc]") {
  std::string page;
  for (int i = 0; i < 1000; ++i) page += "<p>para<li>item<td>cell";
  std::string before = page;
  CHECK_FALSE(flatten_deep_html(page, 10));
  CHECK(page == before);
}

TEST_CASE("twenty thousand unclosed <b> are flattened to the limit", "[doc]") {
  std::string page;
  for (int i = 0; i < 20000; ++i) page += "<b>";
  page += "text";
  std::optional<std::size_t> first = flatten_deep_html(page, 200);
  REQUIRE(first);
  CHECK(*first == 600);
  CHECK(page.size() == 60004);
  CHECK(page.find("<b>", 600) == std::string::npos);
  CHECK(page.substr(597, 3) == "<b>");
  CHECK(page.substr(60000) == "text");
}

TEST_CASE("markdown lines nesting past the limit are masked, others kept", "[doc]") {
  std::string text = "> > > deep\nok\n- - x\n1. 2) > y\n";
  std::optional<std::size_t> first = skip_deep_markdown_lines(text, 0, 2);
  CHECK(text == "          \nok\n- - x\n         \n");
  REQUIRE(first);
  CHECK(*first == 0);
}

TEST_CASE("markdown nesting by indentation, emphasis and numbers is not counted as markers", "[doc]") {
  std::string text = "        - a\n*emphasis* and 10.5 km\n-not a list\n>quote\n";
  std::string before = text;
  CHECK_FALSE(skip_deep_markdown_lines(text, 0, 1));
  CHECK(text == before);
}

TEST_CASE("markdown guard starts after the front matter", "[doc]") {
  std::string text = "> > > a\n> > > b\n";
  std::optional<std::size_t> first = skip_deep_markdown_lines(text, 8, 2);
  CHECK(text == "> > > a\n       \n");
  REQUIRE(first);
  CHECK(*first == 8);
}

TEST_CASE("image openers are hidden from cmark-gfm, CDATA is not", "[doc]") {
  using factlint::doc::hide_image_openers;
  std::string text = "![a](b) <![CDATA[x]]> ![[]() !x";
  CHECK(hide_image_openers(text, 0) == 2);
  CHECK(text == "x[a](b) <![CDATA[x]]> x[[]() !x");
  std::string front = "![x]\n![y]";
  CHECK(hide_image_openers(front, 5) == 1);
  CHECK(front == "![x]\nx[y]");
}
