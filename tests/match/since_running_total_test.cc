// A total run up to the time of writing is of that time, not of the year after
// "since": a present perfect of adding up ("has spent $40 million since 2005") or of a
// change to a level ("have doubled to 2 million since 2015"). Three blind writers
// (sessions 23 and 24) saw such totals filed under the start year, where totals of
// documents written in different years then conflict. A level held since a year and
// a change with no level keep that year. docs/rules.md "Cues", step 5. Sentences
// written for this test, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using Lines = std::vector<std::string>;

namespace {

const char* const kTrust = R"(
entity Harrow: trust = "Harrow Trust"
fact spending(trust: trust = Harrow) -> amount: money {
  cue spent | invested | raised
  scope per year
}
fact visits(trust: trust = Harrow) -> n: count {
  cue visits | visitors
  scope per year
}
fact staff(trust: trust = Harrow) -> n: count {
  cue employed | staff
  scope per year
}
)";

Lines read(const std::string& text) {
  return factlint::testing::RuleReader(kTrust).read_scoped(text, {2024, 5, 1});
}

}  // namespace

TEST_CASE("a total added up since a year is of the time of writing", "[match][scope][since]") {
  CHECK(read("The Harrow Trust has spent $40 million since 2005.") == Lines{"spending(Harrow) = USD 40 million [2024]"});
  CHECK(read("Since 2005, the Harrow Trust has invested $40 million.") ==
        Lines{"spending(Harrow) = USD 40 million [2024]"});
  CHECK(read("The Harrow Trust has already raised $3 million since 2019.") ==
        Lines{"spending(Harrow) = USD 3 million [2024]"});
}

TEST_CASE("a level reached since a year is of the time of writing", "[match][scope][since]") {
  CHECK(read("Visitor numbers at the Harrow Trust have doubled to 2 million since 2015.") ==
        Lines{"visits(Harrow) = 2 million [2024]"});
  CHECK(read("Visits to the Harrow Trust have risen to about 900,000 since 2019.") ==
        Lines{"visits(Harrow) = about 900,000 [2024]"});
}

// Session 25, from the session-24 writers' feedback: the same totals told in the
// passive, as a sum ("a total of", "cumulative") or with a verb of a sum ("amounts
// to") were still filed under the year after "since".
TEST_CASE("a total told in the passive or as a sum since a year is of the time of writing", "[match][scope][since]") {
  CHECK(read("$40 million has been spent by the Harrow Trust since 2005.") ==
        Lines{"spending(Harrow) = USD 40 million [2024]"});
  CHECK(read("Since 2005, $12 million have been invested in the Harrow Trust's gardens.") ==
        Lines{"spending(Harrow) = USD 12 million [2024]"});
  CHECK(read("Since 2005 the Harrow Trust spent a total of $40 million on its roofs.") ==
        Lines{"spending(Harrow) = USD 40 million [2024]"});
  CHECK(read("Cumulative visits to the Harrow Trust since 2001 reached 9 million.") ==
        Lines{"visits(Harrow) = 9 million [2024]"});
  CHECK(read("Money the Harrow Trust invested since 2005 amounts to $40 million.") ==
        Lines{"spending(Harrow) = USD 40 million [2024]"});
}

TEST_CASE("a level held since a year and a past total keep their year", "[match][scope][since]") {
  CHECK(read("The Harrow Trust has had 2 million visitors a year since 2015.") == Lines{"visits(Harrow) = 2 million [2015]"});
  CHECK(read("The Harrow Trust has employed 140 staff since 2019.") == Lines{"staff(Harrow) = 140 [2019]"});
  CHECK(read("The Harrow Trust spent $40 million in 2005.") == Lines{"spending(Harrow) = USD 40 million [2005]"});
  // A passive that adds nothing up still gives the level of its year.
  CHECK(read("The Harrow Trust has been led by 140 staff since 2019.") == Lines{"staff(Harrow) = 140 [2019]"});
}
