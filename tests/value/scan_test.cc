// Tests for scan.cc: order of readings, word boundaries, types kept apart.
#include "value_test_support.h"

#include <iterator>
#include <random>
#include <string>

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("readings come sorted by start, longest first", "[value]") {
  const std::string text =
      "russia is only china's 10th-largest trade partner, and the second-largest is number one";
  auto matches = scan_values(Type::Ordinal, text, {});
  REQUIRE(matches.size() >= 4);
  for (std::size_t i = 1; i < matches.size(); ++i) {
    const auto& a = matches[i - 1];
    const auto& b = matches[i];
    CHECK((a.begin < b.begin || (a.begin == b.begin && a.end > b.end)));
  }
}

TEST_CASE("every reading starts and ends on a word boundary and matches its text", "[value]") {
  const std::string text =
      "on sept. 16, 2022, putin and xi met for the 39th time; trade rose 26% to $190bn, "
      "over 40 deals worth 240 billion yuan ($35bn) were signed along the 2,600-mile "
      "(4,184 km) border, two years after 2020, from 1961 to 1989 the split lasted.";
  ParseContext context;
  context.reference_date = parse_iso_date("2022-09-20");
  for (Type type : {Type::Ordinal, Type::Count, Type::Number, Type::Percent, Type::Length,
                    Type::Money, Type::Year, Type::YearRange, Type::Date}) {
    CAPTURE(type_name(type));
    auto matches = scan_values(type, text, context);
    CHECK_FALSE(matches.empty());
    for (const auto& m : matches) {
      CAPTURE(m.value.text);
      CHECK(m.begin < m.end);
      CHECK(m.end <= text.size());
      CHECK(text.substr(m.begin, m.end - m.begin) == m.value.text);
      CHECK(m.value.type == type);
      const bool starts = m.begin == 0 || !std::isalnum(static_cast<unsigned char>(text[m.begin - 1]));
      const bool ends = m.end == text.size() || !std::isalnum(static_cast<unsigned char>(text[m.end]));
      CHECK(starts);
      CHECK(ends);
    }
  }
}

TEST_CASE("only readings of the requested type are returned", "[value]") {
  const std::string text = "the 2,600-mile border";
  CHECK(scan_values(Type::Money, text, {}).empty());
  CHECK(scan_values(Type::Percent, text, {}).empty());
  CHECK(scan_values(Type::Mass, text, {}).empty());
  CHECK(scan_values(Type::Ordinal, text, {}).empty());
  CHECK_FALSE(scan_values(Type::Length, text, {}).empty());
}

TEST_CASE("first_value is the leftmost-longest reading", "[value]") {
  auto first = first_value(Type::Count, "more than 40 and 50", {});
  REQUIRE(first);
  CHECK(first->value.text == "more than 40");
  CHECK(first->begin == 0);
  CHECK_FALSE(first_value(Type::Count, "no numbers here", {}));
  CHECK_FALSE(first_value(Type::Length, "", {}));
}

TEST_CASE("a qualified figure is also offered without its qualifier", "[value]") {
  auto matches = scan_values(Type::Count, "over 40 people", {});
  REQUIRE(matches.size() == 2);
  CHECK(matches[0].value.text == "over 40");
  CHECK(matches[1].value.text == "40");
  CHECK(matches[1].value.lo_inclusive);
}

TEST_CASE("decades are read as decades, not as years in a word", "[value]") {
  // "the 1960s band" names the decade the band belongs to: one reading, the decade.
  auto matches = scan_values(Type::Year, "the 1960s band", {});
  REQUIRE(matches.size() == 2);
  CHECK(matches[0].value.text == "the 1960s");
  CHECK(matches[1].value.text == "1960s");
  CHECK(scan_values(Type::Count, "the 1960s band", {}).empty());
}

TEST_CASE("scanning a long document reads every repeated phrase", "[value]") {
  std::string text;
  const std::string chunk = "china and russia share a 2,600-mile (4,184 km) border, 40 officials said; ";
  for (int i = 0; i < 4000; ++i) text += chunk;
  auto matches = scan_values(Type::Length, text, {});
  CHECK(matches.size() == 2 * 4000);
  // The lengths' figures are no counts (a figure with its unit is a measure).
  auto counts = scan_values(Type::Count, text, {});
  CHECK(counts.size() == 4000);
}

TEST_CASE("a figure of hundreds of digits is no value and no crash", "[value]") {
  const std::string huge(400, '9');
  for (Type type : {Type::Count, Type::Number, Type::Length, Type::Money, Type::Year,
                    Type::Date, Type::Ordinal, Type::Percent}) {
    CAPTURE(type_name(type));
    CHECK_NOTHROW(scan_values(type, huge + " km and $" + huge + "bn and " + huge + "th " +
                                        huge + "% 1." + huge, {}));
  }
  CHECK(scan_values(Type::Count, huge, {}).empty());
}

TEST_CASE("scanning survives odd bytes and truncated phrases", "[value]") {
  const std::string odd[] = {"$", "-", "--", "no.", "#", "(", "1,", "1.", "between 3 and",
                             "from 1961 to", "top", "2,600-", "2,600 (", "2,600-mile (4,184",
                             "\xff\xfe", "\xe2\x82\xac", "sept.", "q", "h", "-$5", "last",
                             "earlier this", "1960'", "40-", "%", "a", "an", "and"};
  ParseContext context;
  context.reference_date = parse_iso_date("2022-09-20");
  for (const std::string& text : odd) {
    for (Type type : {Type::Ordinal, Type::Count, Type::Number, Type::Percent, Type::Length,
                      Type::Area, Type::Money, Type::Year, Type::YearRange, Type::Date}) {
      CAPTURE(text, type_name(type));
      for (const auto& m : scan_values(type, text, context)) CHECK(m.end <= text.size());
    }
  }
}

TEST_CASE("random sentences of tricky tokens keep every scanner invariant", "[value]") {
  const char* vocabulary[] = {
      "over", "more", "than", "about", "between", "and", "from", "to", "-", "2,600", "-mile",
      "mile", "km", "(", ")", "4184", "kilometers", "$", "240bn", "us$", "yuan", "1.5", "million",
      "forty", "two", "hundred", "a", "dozen", "half", "10th", "largest", "second", "top", "five",
      "no.", "1", "1961", "1989", "the", "1960s", "last", "february", "2022", "sept.", "16,",
      "on", "thursday", "ago", "years", "earlier", "this", "month", "%", "per", "cent", "or",
      "so", "-odd", "several", "dozens", "of", "q3", "summer", "'90s", ",", ".", "€", "5m"};
  std::mt19937 rng(23);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(vocabulary) - 1);
  std::uniform_int_distribution<int> glue(0, 3);
  ParseContext context;
  context.reference_date = parse_iso_date("2022-09-20");
  for (int i = 0; i < 400; ++i) {
    std::string text;
    for (int w = 0; w < 12; ++w) {
      if (!text.empty() && glue(rng) != 0) text += ' ';
      text += vocabulary[pick(rng)];
    }
    for (Type type : {Type::Ordinal, Type::Count, Type::Number, Type::Percent, Type::Length,
                      Type::Money, Type::Year, Type::YearRange, Type::Date}) {
      CAPTURE(text, type_name(type));
      auto matches = scan_values(type, text, context);
      for (std::size_t k = 0; k < matches.size(); ++k) {
        const auto& m = matches[k];
        REQUIRE(m.begin < m.end);
        REQUIRE(m.end <= text.size());
        CHECK(text.substr(m.begin, m.end - m.begin) == m.value.text);
        CHECK(m.value.type == type);
        CHECK(m.value.lo <= m.value.hi);
        if (k > 0) {
          const auto& p = matches[k - 1];
          CHECK((p.begin < m.begin || (p.begin == m.begin && p.end > m.end)));
        }
      }
    }
  }
}

TEST_CASE("thousands set off by spaces are one figure, never its last group", "[value]") {
  // "12 250 km" was read as 250 km: a silent misread of SI-style grouping.
  auto length = first_value(Type::Length, "the network has 12 250 km of track", {});
  REQUIRE(length);
  CHECK(length->value.text == "12 250 km");
  CHECK(length->value.lo == 12250000);
  auto area = first_value(Type::Area, "it covers 3 027 km2", {});
  REQUIRE(area);
  CHECK(area->value.lo == Approx(3027e6));
  // A year before a count stays a year: groups follow one to three leading digits only.
  auto years = scan_values(Type::Year, "in 2019 250 people died", {});
  REQUIRE(years.size() == 1);
  CHECK(years[0].value.text == "2019");
  // Not three digits after the space: two numbers, the first alone.
  auto two = first_value(Type::Count, "rooms 3 0270 and more", {});
  REQUIRE(two);
  CHECK(two->value.text == "3");
}

TEST_CASE("a spaced group hyphened to a word is a compound modifier, not a thousands group", "[value]") {
  // "32 700-megawatt turbines" was read as 32,700 MW: a misread, worse than a miss.
  auto power = scan_values(Type::Power, "the hall holds 32 700-megawatt turbines", {});
  REQUIRE(power.size() == 1);
  CHECK(power[0].value.text == "700-megawatt");
  CHECK(power[0].value.lo == Approx(700e6));
  auto count = first_value(Type::Count, "the hall holds 32 700-megawatt turbines", {});
  REQUIRE(count);
  CHECK(count->value.text == "32");
  auto length = first_value(Type::Length, "it has 12 250-km lines", {});
  REQUIRE(length);
  CHECK(length->value.text == "250-km");
  // A spaced group with its unit after a space is still one figure.
  auto spaced = first_value(Type::Length, "a canal of 12 250 km-long reaches", {});
  REQUIRE(spaced);
  CHECK(spaced->value.lo == 12250000);
}

// Types of one family share where readings may start (issue 10: a document read for
// several types walks its text once per family), so same_starts must never pair types
// whose readings can start at different words: their scans would then miss readings.
TEST_CASE("types that share reading starts find the same starts and the same readings", "[value]") {
  const std::string text =
      "the first 40 ships, a dozen more, about 26% of $190bn, 2,600 km and 4 gb, version 2.1; "
      "from 1961 to 1989, the 1990s, on sept. 16, 2022, last month, q3, several hundred, "
      "the second-largest, number one, 25-year, 98.6 °f, 38 bcm a year, v2, us$5 and no. 3.";
  ParseContext context;
  context.reference_date = parse_iso_date("2022-09-20");
  std::size_t shared = 0, apart = 0;
  for (std::size_t a = 0; a < kTypeCount; ++a) {
    for (std::size_t b = 0; b < kTypeCount; ++b) {
      const auto ta = static_cast<Type>(a);
      const auto tb = static_cast<Type>(b);
      CAPTURE(type_name(ta), type_name(tb));
      const std::vector<std::uint32_t> starts = reading_starts(ta, text);
      if (!same_starts(ta, tb)) {
        apart += reading_starts(tb, text) != starts;
        continue;
      }
      ++shared;
      CHECK(reading_starts(tb, text) == starts);
      // Read at another type's starts, a type reads what it reads alone.
      const ScanResult alone = scan(tb, text, context);
      const ScanResult at = scan(tb, text, starts, context);
      REQUIRE(at.matches.size() == alone.matches.size());
      for (std::size_t i = 0; i < at.matches.size(); ++i) {
        CHECK(at.matches[i].begin == alone.matches[i].begin);
        CHECK(at.matches[i].end == alone.matches[i].end);
        CHECK(at.matches[i].value.text == alone.matches[i].value.text);
      }
      CHECK(at.unread.size() == alone.unread.size());
    }
  }
  CHECK(shared > kTypeCount);  // the amount types do share
  CHECK(apart > 0);            // and the families' starts do differ on this text
}
