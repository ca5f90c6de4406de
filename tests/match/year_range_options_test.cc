// `split start`, `range start` / `range end` and `duration from dates`: years and
// dates read as a fact's author says (docs/rules.md "Split years", "One end of a
// range", "Durations from two dates"). Sentences written for these tests.
#include <string>

#include <catch2/catch.hpp>

#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "source/diagnostic.h"
#include "support/rule_reader.h"

namespace factlint::match {
namespace {

std::string enrollment(const std::string& option) {
  return R"(entity Harbourton = "Harbourton"
fact enrollment(city: entity) -> students: count {
  cue students
  scope per year
)" + option + R"(}
)";
}

TEST_CASE("split start names a split year by the year it starts", "[match][years]") {
  const auto start = testing::parsed_rules(enrollment("  split start\n"));
  const auto by_end = testing::parsed_rules(enrollment(""));
  for (const char* text : {"In the 2023-24 school year Harbourton taught 41,000 students.",
                           "In 2023/24 Harbourton taught 41,000 students.",
                           "In 2023\u20132024 Harbourton taught 41,000 students.",
                           "During the 2023-2024 school year, Harbourton taught 41,000 students."}) {
    CAPTURE(text);
    auto found = testing::undated_statements(start, text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].scope == "2023");
    auto ended = testing::undated_statements(by_end, text);
    REQUIRE(ended.size() == 1);
    CHECK(ended[0].scope == "2024");
  }
  // A single year is itself either way.
  auto plain = testing::undated_statements(start, "In 2022 Harbourton taught 40,500 students.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].scope == "2022");
}

const char* kTookOffice = R"(entity Rossi = "Elena Rossi"
fact took_office(person: entity) -> year: year {
  cue mayor
  range start
}
)";

TEST_CASE("range start takes the first year of a range", "[match][years]") {
  const auto rules = testing::parsed_rules(kTookOffice);
  for (const char* text : {"Elena Rossi served as mayor from 2014 to 2021.", "Elena Rossi, mayor (2014-2021), opened the bridge.",
                           "Elena Rossi was mayor between 2014 and 2021."}) {
    CAPTURE(text);
    auto found = testing::undated_statements(rules, text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].value.display == "2014");
  }
  std::string ending = kTookOffice;
  ending.replace(ending.find("range start"), 11, "range end");
  auto last = testing::undated_statements(testing::parsed_rules(ending), "Elena Rossi served as mayor from 2014 to 2021.");
  REQUIRE(last.size() == 1);
  CHECK(last[0].value.display == "2021");
  // A single year is read as it is.
  auto single = testing::undated_statements(rules, "Elena Rossi became mayor in 2014.");
  REQUIRE(single.size() == 1);
  CHECK(single[0].value.display == "2014");
}

TEST_CASE("range start on a date takes the first month", "[match][years]") {
  const auto rules = testing::parsed_rules(R"(entity Palace = "Harbourton Palace"
fact closed_on(site: entity) -> when: date {
  cue closed
  range start
}
)");
  auto found = testing::undated_statements(rules, "Harbourton Palace was closed from February 2020 to July 2022.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].value.display == "2020-02");
}

const char* kClosure = R"(entity Palace = "Harbourton Palace"
fact closure(site: entity) -> length: duration {
  cue closed
  duration from dates
}
)";

TEST_CASE("duration from dates reads the time between two dates", "[match][years]") {
  const auto rules = testing::parsed_rules(kClosure);
  auto months = testing::undated_statements(rules, "Harbourton Palace was closed from February 2020 to July 2022.");
  REQUIRE(months.size() == 1);
  auto written = testing::undated_statements(rules, "Harbourton Palace was closed for 29 months.");
  REQUIRE(written.size() == 1);
  CHECK(months[0].value.lo == Approx(written[0].value.lo));
  CHECK(months[0].value.hi == Approx(written[0].value.hi));
  auto years = testing::undated_statements(rules, "Harbourton Palace was closed from 2014 to 2021.");
  REQUIRE(years.size() == 1);
  auto seven = testing::undated_statements(rules, "Harbourton Palace was closed for 7 years.");
  REQUIRE(seven.size() == 1);
  CHECK(years[0].value.lo == Approx(seven[0].value.lo));
  // A sentence with its own duration states that one.
  auto own = testing::undated_statements(rules, "Harbourton Palace was closed for 30 months, from February 2020 to July 2022.");
  REQUIRE(own.size() == 1);
  CHECK(own[0].value.text == "30 months");
  // Without the option, two dates state no duration.
  std::string plain = kClosure;
  plain.erase(plain.find("  duration from dates\n"), std::string("  duration from dates\n").size());
  CHECK(testing::undated_statements(testing::parsed_rules(plain), "Harbourton Palace was closed from February 2020 to July 2022.").empty());
}

TEST_CASE("duration from dates reads no span from one period of the calendar", "[match][years]") {
  testing::ScopedRuleReader f(kClosure);  // read on 2024-03-01
  // "later this month" says when the palace closes, not for how long (was read as the
  // days left in the month).
  CHECK(f.read("Harbourton Palace closed its doors, and it reopens later this month.").empty());
  CHECK(f.read("Harbourton Palace was closed earlier this year.").empty());
  // Two dates joined by "to" are still a span.
  CHECK(f.read("Harbourton Palace was closed from February 2020 to July 2022.") ==
        std::vector<std::string>{"closure(Palace) = 29 mo"});
}

TEST_CASE("the year options are checked against the fact's type", "[lang][years]") {
  CHECK(testing::rule_errors(enrollment("  split start\n")) == 0);
  CHECK(testing::rule_errors(R"(entity H = "H"
fact f(city: entity) -> n: count {
  cue students
  split start
}
)") == 1);
  // One end of a range of figures is fine ("20 to 27 islands"); of ranks it means nothing.
  CHECK(testing::rule_errors(R"(entity H = "H"
fact f(city: entity) -> n: count {
  cue students
  range start
}
)") == 0);
  CHECK(testing::rule_errors(R"(entity H = "H"
fact f(city: entity) -> r: ordinal {
  cue largest
  range start
}
)") == 1);
  CHECK(testing::rule_errors(R"(entity H = "H"
fact f(city: entity) -> n: count {
  cue students
  duration from dates
}
)") == 1);
  CHECK(testing::rule_errors(R"(entity H = "H"
fact f(city: entity) -> y: year {
  cue mayor
  range middle
}
)") == 1);
}

}  // namespace
}  // namespace factlint::match
