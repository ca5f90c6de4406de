// Tests for ordinal_reader.cc: ranks in digits and words, "number one",
// superlatives, "top five", and the time unit "second".
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("ordinals read in digits and words", "[value]") {
  struct Case {
    const char* input;
    const char* text;
    double lo;
    double hi;
  };
  const Case cases[] = {
      {"10th", nullptr, 10, 10},
      {"1st", nullptr, 1, 1},
      {"2nd", nullptr, 2, 2},
      {"3rd", nullptr, 3, 3},
      {"21st", nullptr, 21, 21},
      {"22nd", nullptr, 22, 22},
      {"101st", nullptr, 101, 101},
      {"first", nullptr, 1, 1},
      {"second", nullptr, 2, 2},
      {"third", nullptr, 3, 3},
      {"fifth", nullptr, 5, 5},
      {"eighth", nullptr, 8, 8},
      {"ninth", nullptr, 9, 9},
      {"tenth", nullptr, 10, 10},
      {"twelfth", nullptr, 12, 12},
      {"nineteenth", nullptr, 19, 19},
      {"twentieth", nullptr, 20, 20},
      {"twenty-first", nullptr, 21, 21},
      {"twenty first", nullptr, 21, 21},
      {"forty-second", nullptr, 42, 42},
      {"ninety-ninth", nullptr, 99, 99},
      {"hundredth", nullptr, 100, 100},
      {"10th-largest", nullptr, 10, 10},
      {"10th largest", nullptr, 10, 10},
      {"second-largest", nullptr, 2, 2},
      {"second largest", nullptr, 2, 2},
      {"sixth-biggest", nullptr, 6, 6},
      {"seventh-biggest", nullptr, 7, 7},
      {"fourth-largest", nullptr, 4, 4},
      {"third-highest", nullptr, 3, 3},
      {"twenty-first-largest", nullptr, 21, 21},
      {"number-one", nullptr, 1, 1},
      {"number one", nullptr, 1, 1},
      {"number 1", nullptr, 1, 1},
      {"number-two", nullptr, 2, 2},
      {"no. 2", nullptr, 2, 2},
      {"no.2", nullptr, 2, 2},
      {"no 2", nullptr, 2, 2},
      {"#1", nullptr, 1, 1},
      {"largest", nullptr, 1, 1},
      {"biggest", nullptr, 1, 1},
      {"greatest", nullptr, 1, 1},
      {"top", nullptr, 1, 1},
      {"top five", nullptr, 1, 5},
      {"top-five", nullptr, 1, 5},
      {"top 10", nullptr, 1, 10},
      {"top-10", nullptr, 1, 10},
      {"top three", nullptr, 1, 3},
      {"russia is only china's 10th-largest trade partner", "10th-largest", 10, 10},
      {"china has become russia's number-one trading partner", "number-one", 1, 1},
      {"china is russia's largest trading partner", "largest", 1, 1},
      {"one of its top five partners", "top five", 1, 5},
      {"the september 16th meeting", "16th", 16, 16},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    auto v = read(Type::Ordinal, c.input);
    REQUIRE(v);
    CHECK(v->text == std::string(c.text ? c.text : c.input));
    CHECK(v->lo == c.lo);
    CHECK(v->hi == c.hi);
    CHECK(v->unit.empty());
    CHECK_FALSE(v->approx);
  }
}

TEST_CASE("a rank with a superlative also offers the bare ordinal", "[value]") {
  auto matches = scan_values(Type::Ordinal, "10th-largest trade partner", {});
  REQUIRE(matches.size() == 2);
  CHECK(matches[0].value.text == "10th-largest");
  CHECK(matches[1].value.text == "10th");
  CHECK(matches[0].begin == matches[1].begin);
  CHECK(matches[0].end > matches[1].end);
  auto spaced = scan_values(Type::Ordinal, "the second largest partner", {});
  REQUIRE(spaced.size() == 2);  // never "largest" = 1 inside "second largest"
  CHECK(spaced[0].value.lo == 2);
  CHECK(spaced[1].value.lo == 2);
}

TEST_CASE("ordinals display with their English suffix", "[value]") {
  struct Case {
    const char* input;
    const char* display;
  };
  const Case cases[] = {{"first", "1st"},   {"second", "2nd"},   {"third", "3rd"},
                        {"fourth", "4th"},  {"eleventh", "11th"}, {"twelfth", "12th"},
                        {"13th", "13th"},   {"twenty-first", "21st"}, {"22th", "22nd"},
                        {"top five", "top 5"}, {"largest", "1st"}, {"111th", "111th"}};
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(read(Type::Ordinal, c.input)->display == c.display);
  }
}

TEST_CASE("second as a unit of time is no rank", "[value]") {
  for (const char* text : {"wait a second", "a second or two later", "per second",
                           "30 second delay", "a split second", "one second", "every second",
                           "in half a second", "seconds", "on top of that", "top-notch",
                           "the 10", "tenths", "firstly", "1960s", "number of people",
                           "no. of people"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Ordinal, text));
  }
  auto term = read(Type::Ordinal, "a second term");
  REQUIRE(term);
  CHECK(term->lo == 2);
  CHECK(read(Type::Ordinal, "for the second time")->lo == 2);
}

TEST_CASE("ordinals past a hundred in words are read whole, never as their last word", "[value]") {
  struct Case {
    const char* text;
    double rank;
  };
  for (const Case& c : {Case{"one hundred and fifth", 105}, Case{"a hundred and first", 101},
                        Case{"two hundred twenty-first", 221}, Case{"three thousand and third", 3003},
                        Case{"five hundredth", 500}, Case{"one thousand two hundred and tenth", 1210}}) {
    CAPTURE(c.text);
    auto v = read(Type::Ordinal, c.text);
    REQUIRE(v);
    CHECK(v->text == c.text);
    CHECK(v->lo == c.rank);
  }
  // Not ranks: a count of first-time buyers; an ordinal word after a scale it does not finish.
  CHECK_FALSE(read(Type::Ordinal, "a thousand first-time buyers"));
  CHECK_FALSE(read(Type::Ordinal, "one hundred and twelve thousandth"));
}

TEST_CASE("a superlative that names a group is no rank", "[value]") {
  for (const char* text : {"one of the largest", "one of its biggest", "among the highest", "two of the longest"}) {
    CAPTURE(text);
    CHECK(scan_values(Type::Ordinal, text, {}).empty());
  }
  auto largest = scan_values(Type::Ordinal, "the largest of them", {});
  REQUIRE(largest.size() == 1);
  CHECK(largest[0].value.lo == 1);
}

TEST_CASE("a superlative after a possessive, a list or an ordinal's 'of' names a group", "[value]") {
  // Only the explicit rank is read: the superlative is the group it ranks in.
  for (const char* text : {"ranks 14th among the world's longest dams", "14th on the list of the busiest ports",
                           "ninth, by tonnage, of the region's largest ports", "14th of the longest dams"}) {
    CAPTURE(text);
    auto all = scan_values(Type::Ordinal, text, {});
    REQUIRE(all.size() == 1);
    CHECK(all[0].value.lo != 1);
  }
  for (const char* text : {"one of Europe's busiest ports", "among the nation's tallest towers",
                           "one of the farmers' largest markets"}) {
    CAPTURE(text);
    CHECK(scan_values(Type::Ordinal, text, {}).empty());
  }
  // A possessive alone, or "of" with no rank before it, still makes rank 1.
  for (const char* text : {"the world's longest dam", "the pride of the region's largest port"}) {
    CAPTURE(text);
    auto all = scan_values(Type::Ordinal, text, {});
    REQUIRE(all.size() == 1);
    CHECK(all[0].value.lo == 1);
  }
}

TEST_CASE("superlatives of weight, depth, width and speed make a rank", "[value]") {
  for (const char* text : {"the heaviest ship afloat", "the most massive object ever launched",
                           "the deepest lake", "the widest estuary", "the fastest lift",
                           "the most visited museum"}) {
    CAPTURE(text);
    auto v = read(Type::Ordinal, text);
    REQUIRE(v);
    CHECK(v->lo == 1);
  }
  auto third = read(Type::Ordinal, "the third-heaviest ship afloat");
  REQUIRE(third);
  CHECK(third->lo == 3);
  CHECK_FALSE(read(Type::Ordinal, "one of the fastest lifts"));
}

TEST_CASE("'most' and an adjective after 'the' or a possessive is a first place", "[value]") {
  // A blind writer's "most-visited" and "most popular" were no ranks: only the listed
  // superlatives were.
  for (const char* text : {"the world's most-visited art museum", "the most popular attraction",
                           "its most expensive ticket", "the nation's most successful club"}) {
    CAPTURE(text);
    auto v = read(Type::Ordinal, text);
    REQUIRE(v);
    CHECK(v->lo == 1);
  }
  auto second = read(Type::Ordinal, "the second-most popular attraction");
  REQUIRE(second);
  CHECK(second->lo == 2);
  // Not a quantifier before a noun, a predicate, or a group.
  for (const char* text : {"most tourists arrive by train", "the most traffic on record",
                           "the lake is most popular with anglers", "one of the most popular parks",
                           "among the region's most visited sites", "most of the collection"}) {
    CAPTURE(text);
    CHECK(scan_values(Type::Ordinal, text, {}).empty());
  }
  auto listed = scan_values(Type::Ordinal, "ranks 14th among the world's most visited museums", {});
  REQUIRE(listed.size() == 1);
  CHECK(listed[0].value.lo == 14);
}

TEST_CASE("a rank written without an ordinal is read as the place it says", "[value]") {
  // Issue 8: first on a list, nothing bigger, or the things named ahead of it counted.
  struct Case {
    const char* input;
    const char* text;
    double rank;
  };
  const Case cases[] = {
      {"the harbour heads the list of container ports", "heads the list", 1},
      {"the carrier topped the rankings again", "topped the rankings", 1},
      {"it is the region's leading grain exporter", "leading", 1},
      {"the leading maker of ferries", "leading", 1},
      {"the top-ranked university", "top-ranked", 1},
      {"no other dam in asia is taller", "no other dam in asia is taller", 1},
      {"no pension fund was larger", "no pension fund was larger", 1},
      {"none is more visited", "none is more visited", 1},
      {"only the ostrava and lindholm bridges are longer", "only the ostrava and lindholm bridges are longer", 3},
      {"only the ostrava bridge is longer", "only the ostrava bridge is longer", 2},
      {"only brackley, dunmore and harwick were busier", "only brackley, dunmore and harwick were busier", 4},
      {"only brackley, dunmore, and harwick were busier", "only brackley, dunmore, and harwick were busier", 4},
      {"only four lakes are deeper", "only four lakes are deeper", 5},
      {"only two other airports are busier than it", "only two other airports are busier", 3},
      // Another verb and a comparison that ends in "as" or "than" (session 18's blind writers).
      {"no other river carries as much water as the serene", "no other river carries as much water as", 1},
      {"no river on earth carries a greater volume of water than the serene river",
       "no river on earth carries a greater volume of water than", 1},
      {"no carrier flies more routes than kestrel air", "no carrier flies more routes than", 1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    auto v = read(Type::Ordinal, c.input);
    REQUIRE(v);
    CHECK(v->text == c.text);
    CHECK(v->lo == c.rank);
    CHECK(v->hi == c.rank);
  }
  // No place: a vague number ahead, a share, a bound on a measure, a group, a role.
  for (const char* text : {"only a few lakes are deeper", "only 5% of lakes are deeper", "only some are busier",
                           "no dam is taller than 200 m", "the only bridge that is longer", "a leading role",
                           "one of the leading exporters", "among the leading ports", "it is no longer open",
                           "no matter which is bigger", "only tunnels that are longer",
                           "no river carries more than 900 m3/s", "no airline has as many as 40 jets",
                           "no doubt carries more weight than before"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Ordinal, text));
  }
}
