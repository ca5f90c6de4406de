// A compared figure that leaves its unit to the figure before it (match/compared_unit.h),
// in sentences written for these tests.
#include "match/compared_unit.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "doc/normalizer.h"
#include "lang/parse.h"
#include "match/matcher.h"

using namespace factlint;

namespace {

// The bare compared figures of `sentence` read as `type`, as "words = display".
std::vector<std::string> bare(value::Type type, const std::string& sentence) {
  const std::string text = doc::normalize(sentence).text;
  const std::vector<value::ValueMatch> readings = value::scan_values(type, text, {});
  std::vector<std::string> out;
  for (const value::ValueMatch& m : match::compared_without_unit(type, text, readings, {})) {
    out.push_back(text.substr(m.begin, m.end - m.begin) + " = " + m.value.display);
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a compared figure takes the unit written with the figure before it", "[match][compared-unit]") {
  CHECK(bare(value::Type::Mass, "Freight fell to 12.5 million tonnes, from 14.1 million the year before.") ==
        Lines{"14.1 million = 14.1 million t"});
  CHECK(bare(value::Type::Length, "The queue grew to 38 km, up from about 30 a year earlier.") ==
        Lines{"about 30 = about 30 km"});
  CHECK(bare(value::Type::Volume, "Storage stood at 41 billion cubic metres against 37 billion in 2019.") ==
        Lines{"37 billion = 37 billion m3"});
}

TEST_CASE("a compared figure with a unit or a noun of its own is left alone", "[match][compared-unit]") {
  // Its own unit: read already, nothing to add.
  CHECK(bare(value::Type::Mass, "Freight fell to 12.5 million tonnes, from 14.1 million tonnes in 2019.").empty());
  // A noun after it says what it counts.
  CHECK(bare(value::Type::Length, "The trail runs 38 km, from 12 villages to the coast.").empty());
  // No comparison opens it.
  CHECK(bare(value::Type::Length, "The trail runs 38 km and 12 more the year before.").empty());
  // A count, a percentage, money: no unit words after the number to lend.
  CHECK(bare(value::Type::Count, "Staff rose to 4,000 people, from 3,500 the year before.").empty());
  CHECK(bare(value::Type::Money, "Sales rose to $5 billion, from 4 billion the year before.").empty());
}

TEST_CASE("a bare compared figure is a statement of the year it is dated by", "[match][compared-unit]") {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("freight.facts", R"(
entity Kiel_Canal: canal = "Kiel Canal"
fact freight(canal: canal) -> cargo: mass {
  cue freight | cargo
  scope per year
}
)",
                                                                    sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  std::vector<std::string> read;
  for (const match::Statement& s : matcher.run_text("Freight on the Kiel Canal fell to 12.5 million tonnes in 2020, "
                                                    "from 14.1 million the year before.",
                                                    value::CivilDate{2021, 3, 1})) {
    read.push_back(s.key + " = " + s.value.display + " [" + s.scope + "]");
  }
  CHECK(read == Lines{"freight(Kiel_Canal) = 12.5 million t [2020]", "freight(Kiel_Canal) = 14.1 million t [2019]"});
}
