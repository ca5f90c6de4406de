// A range of dates whose first date borrows its year from the second ("from 19 March to
// 18 September 2021") gives `range start` the first date, and a `duration from dates`
// read from two dates is scoped by the year the dates name, not the publication year
// (docs/rules.md "One end of a range", "Durations from two dates"). A blind writer's
// eruption got its end as its start and the publication year as its scope
// (FEEDBACK-session-22.md, iceland). Sentences written for these tests.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/rule_reader.h"

namespace factlint::match {
namespace {

const char* kOpened = R"(entity Fair = "Lakeside Fair"
fact fair_opened(fair: entity) -> day: date {
  cue fair ran | fair was held
  range start
}
)";

const char* kClosure = R"(entity Bridge = "Old Mill Bridge"
fact closure(site: entity) -> length: duration {
  cue closed
  duration from dates
  scope per year
}
)";

}  // namespace

TEST_CASE("range start takes the first date when it borrows the second's year", "[match][years]") {
  testing::ScopedRuleReader f(kOpened);  // read on 2024-03-01
  for (const char* text : {"The Lakeside Fair ran from 19 March to 18 September 2021.",
                           "The Lakeside Fair ran from March 19 to September 18, 2021.",
                           "The Lakeside Fair ran March 19 - September 18, 2021."}) {
    CAPTURE(text);
    CHECK(f.read(text) == std::vector<std::string>{"fair_opened(Fair) = 2021-03-19"});
  }
  CHECK(f.read("The Lakeside Fair was held between 3 and 9 May 2019.") ==
        std::vector<std::string>{"fair_opened(Fair) = 2019-05-03"});
}

TEST_CASE("a duration from dates is scoped by the year its dates name", "[match][years]") {
  testing::ScopedRuleReader f(kClosure);  // read on 2024-03-01
  CHECK(f.read_scoped("The Old Mill Bridge was closed from March to September 2021.") ==
        std::vector<std::string>{"closure(Bridge) = 6 mo [2021]"});
  CHECK(f.read_scoped("The Old Mill Bridge was closed from 19 March to 18 September 2021.") ==
        std::vector<std::string>{"closure(Bridge) = 183 d [2021]"});
  // Dates across two years name no one year: the sentence's or the publication's, as before.
  CHECK(f.read_scoped("The Old Mill Bridge was closed from February 2020 to July 2022.") ==
        std::vector<std::string>{"closure(Bridge) = 29 mo [2024]"});
}

}  // namespace factlint::match
