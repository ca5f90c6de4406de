// A bare year before 1000 ("founded in 930") states a `year` fact only when the fact's
// `values` reach below the year 1000 (docs/rules.md "Years before 1000"); a year with
// its era ("AD 930") states it under any bounds that admit it. Other facts never read
// "930" as a year. Sentences written for these tests.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/rule_reader.h"

namespace factlint::match {
namespace {

std::string founded(const std::string& values) {
  return R"(entity Moot = "Ravenholm Moot"
fact moot_founded(assembly: entity) -> year: year {
  cue founded | first met | established
)" + values + R"(}
)";
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a bare early year states a year fact whose values reach below 1000", "[match][years]") {
  for (const char* values : {"  values AD 800 to 1100\n", "  values below 1100\n", "  values 850 AD to 1000\n"}) {
    CAPTURE(values);
    testing::RuleReader f(founded(values).c_str());
    CHECK(f.read("The Ravenholm Moot, founded in 930, still meets.") == Lines{"moot_founded(Moot) = 930"});
    CHECK(f.read("The Ravenholm Moot first met around 930.") == Lines{"moot_founded(Moot) = 930"});
    // No year before a noun, nor outside the bounds.
    CHECK(f.read("The Ravenholm Moot was founded in 930 villages at once.").empty());
    CHECK(f.read("The Ravenholm Moot was founded in 1130.").empty());
  }
}

TEST_CASE("without such values a bare early year states nothing; a written era always reads", "[match][years]") {
  for (const char* values : {"", "  values 1000 to 1100\n"}) {
    CAPTURE(values);
    testing::RuleReader f(founded(values).c_str());
    CHECK(f.read("The Ravenholm Moot, founded in 930, still meets.").empty());
  }
  testing::RuleReader any(founded("").c_str());
  CHECK(any.read("The Ravenholm Moot was founded in AD 930.") == Lines{"moot_founded(Moot) = 930"});
  CHECK(any.read("The Ravenholm Moot was founded in 930 CE.") == Lines{"moot_founded(Moot) = 930"});
}

TEST_CASE("a bare early bound says how to write an earlier year", "[match][years]") {
  std::string message;
  CHECK(testing::rule_errors(founded("  values 800 to 1100\n"), &message) == 1);
  CHECK(message.find("'800' cannot be read as 'year' (a figure is read as a year from 1000 to 2199; write an earlier "
                     "year with its era, 'AD 800')") != std::string::npos);
  CHECK(testing::rule_errors(founded("  values AD 800 to 1100\n")) == 0);
}

}  // namespace factlint::match
