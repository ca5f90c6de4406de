// A year that tells of another event than the figure's does not date it
// (docs/rules.md "Cues", step 5): a year of the main clause beside a relative clause
// told in the present, a year of a participle's phrase opening the sentence, a year
// of another verb before "and now"; and "now" in the figure's own words against a year
// of another clause. The sentences are written for these tests and found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Tarn_Crossing: bridge = "Tarn Crossing"
entity Mellow_Works: company = "Mellow Works"

fact daily_traffic(bridge: bridge) -> vehicles: count {
  cue vehicles
  scope per year
}
fact staff(company: company) -> people: count {
  cue employs | staff
  scope per year
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a relative clause told in the present is not dated by its main clause's event", "[match][time]") {
  testing::ScopedRuleReader f(kRules);  // read on 2024-03-01
  CHECK(f.read_scoped("The Tarn Crossing, which carries roughly 71,000 vehicles a day, opened on 9 March 1958.") ==
        Lines{"daily_traffic(Tarn_Crossing) = roughly 71,000 [2024]"});
  CHECK(f.read_scoped("Mellow Works, which employs 4,300 people, was founded in 1911.") ==
        Lines{"staff(Mellow_Works) = 4,300 [2024]"});
  // Told in the past, the relative clause may be of the main clause's time.
  CHECK(f.read_scoped("The Tarn Crossing, which carried roughly 31,000 vehicles a day, closed in 1990.") ==
        Lines{"daily_traffic(Tarn_Crossing) = roughly 31,000 [1990]"});
  // A year of its own stays.
  CHECK(f.read_scoped("The Tarn Crossing, which carries roughly 71,000 vehicles a day in 2023, opened in 1958.") ==
        Lines{"daily_traffic(Tarn_Crossing) = roughly 71,000 [2023]"});
}

TEST_CASE("an opening participle's year does not date a figure told in the present", "[match][time]") {
  testing::ScopedRuleReader f(kRules);  // read on 2024-03-01
  CHECK(f.read_scoped("Opened in 1958, the Tarn Crossing now carries roughly 71,000 vehicles a day.") ==
        Lines{"daily_traffic(Tarn_Crossing) = roughly 71,000 [2024]"});
  CHECK(f.read_scoped("Opened in 1958, the Tarn Crossing carries roughly 71,000 vehicles a day.") ==
        Lines{"daily_traffic(Tarn_Crossing) = roughly 71,000 [2024]"});
  CHECK(f.read_scoped("Founded in 1911, Mellow Works employs 4,300 people.") ==
        Lines{"staff(Mellow_Works) = 4,300 [2024]"});
  // Told in the past, the figure may be of that year.
  CHECK(f.read_scoped("Opened in 1958, the Tarn Crossing carried roughly 21,000 vehicles a day.") ==
        Lines{"daily_traffic(Tarn_Crossing) = roughly 21,000 [1958]"});
  CHECK(f.read_scoped("Founded in 1911, Mellow Works had a staff of 40.") == Lines{"staff(Mellow_Works) = 40 [1911]"});
  // The figure's own year goes first.
  CHECK(f.read_scoped("Opened in 1958, the Tarn Crossing carries roughly 71,000 vehicles a day in 2023.") ==
        Lines{"daily_traffic(Tarn_Crossing) = roughly 71,000 [2023]"});
}

TEST_CASE("now in the figure's own words beats another clause's year", "[match][time]") {
  testing::ScopedRuleReader f(kRules);  // read on 2024-03-01
  CHECK(f.read_scoped("The Tarn Crossing opened in 1958; it now carries roughly 71,000 vehicles a day.") ==
        Lines{"daily_traffic(Tarn_Crossing) = roughly 71,000 [2024]"});
  CHECK(f.read_scoped("Traffic slumped in 2020, but the Tarn Crossing currently carries roughly 71,000 vehicles a day.") ==
        Lines{"daily_traffic(Tarn_Crossing) = roughly 71,000 [2024]"});
  CHECK(f.read_scoped("The Tarn Crossing opened in 1958 and now carries roughly 71,000 vehicles a day.") ==
        Lines{"daily_traffic(Tarn_Crossing) = roughly 71,000 [2024]"});
  // Without "now", the other verb's year stands as before.
  CHECK(f.read_scoped("The Tarn Crossing opened in 1958 and carried roughly 21,000 vehicles a day.") ==
        Lines{"daily_traffic(Tarn_Crossing) = roughly 21,000 [1958]"});
  // A title naming a year: the document looks back at that year, and "now" is its time.
  CHECK(f.read_scoped("# Traffic review 2023\n\nThe Tarn Crossing opened in 1958; it now carries roughly 71,000 "
                      "vehicles a day.") == Lines{"daily_traffic(Tarn_Crossing) = roughly 71,000 [2023]"});
}
