// Which value a cue match takes when a sentence holds several figures of its type
// (docs/rules.md "Cues", steps 4 and 5): a veto word after the value belongs to the
// figure nearest it, and a dated series gives one statement per figure. Sentences
// written for these tests only.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "lang/parse.h"
#include "match/matcher.h"

using namespace factlint;

namespace {

struct Fixture {
  explicit Fixture(const char* text) {
    source::DiagnosticSink sink;
    rules = lang::parse_rules_text("choice.facts", text, sink);
    REQUIRE(rules);
    matcher.emplace(*rules);
  }
  // "fact(key) = value [scope]" for each statement, in order.
  std::vector<std::string> read(const std::string& text) const {
    std::vector<std::string> out;
    for (const match::Statement& s : matcher->run_text(text, value::CivilDate{2024, 3, 1})) {
      out.push_back(s.key + " = " + s.value.display + (s.scope.empty() ? "" : " [" + s.scope + "]"));
    }
    return out;
  }
  std::optional<lang::RuleSet> rules;
  std::optional<match::Matcher> matcher;
};

using Lines = std::vector<std::string>;

const char* const kVetoed = R"(
entity Acme: company = "Acme"
fact revenue(company: company) -> amount: money {
  cue revenue | sales
  unless profit
  scope per year
}
fact profit(company: company) -> amount: money {
  cue profit
  unless revenue | sales
  scope per year
}
)";

const char* const kPlain = R"(
entity Acme: company = "Acme"
fact revenue(company: company) -> amount: money {
  cue revenue | sales
  scope per year
}
fact profit(company: company) -> amount: money {
  cue profit
  scope per year
}
)";

}  // namespace

TEST_CASE("a veto word after the value that another figure stands nearer to vetoes that figure only", "[match][cue]") {
  Fixture f(kVetoed);
  // "unless revenue" keeps revenue figures out of profit: "revenue of $39.7 billion" is
  // the revenue's figure, not the profit's, so the profit stands.
  CHECK(f.read("Acme made a net profit of $2.9 billion on revenue of $39.7 billion in 2020.") ==
        Lines{"profit(Acme) = USD 2.9 billion [2020]"});
  // Between the cue and its value, before them, or nearest to the value, a veto holds.
  CHECK(f.read("Acme's sales, profit included, came to $4 billion.").empty());
  CHECK(f.read("Acme expects revenue of $50 billion in 2025.").empty());
  CHECK(f.read("Acme's revenue was $4 billion of sales profit.").empty());
  // Before the cue a veto always holds, even where another figure stands nearer to it
  // ("China sent 3,200 troops, along with 900 pieces of equipment" must not give 900):
  // the profit is read, the sales figure is not.
  CHECK(f.read("Acme: profit of $3 billion and sales of $40 billion.") == Lines{"profit(Acme) = USD 3 billion [2024]"});
}

TEST_CASE("each figure of a dated series is a statement of its own year", "[match][cue]") {
  Fixture f(kPlain);
  CHECK(f.read("Acme's revenue was $20 billion in 2019, $31 billion in 2021 and $45 billion in 2023.") ==
        Lines{"revenue(Acme) = USD 20 billion [2019]", "revenue(Acme) = USD 31 billion [2021]",
              "revenue(Acme) = USD 45 billion [2023]"});
  // A figure after the series that has no year of its own is not part of it.
  CHECK(f.read("Acme's revenue was $20 billion in 2019, $31 billion in 2021 and $45 billion in 2023, with $9 billion "
               "still owed.")
            .size() == 3);
}

TEST_CASE("a number among the cue's own words is not its value", "[match][cue]") {
  // A cue that names the fact with a number ("three-class") must take the figure the
  // sentence states, not the number of its own words; a gap's figure is still read.
  Fixture f(R"(
entity Jet: aircraft = "the Jet"
fact seating(of: aircraft) -> seats: count {
  cue three-class
  example "the Jet has 525 seats in a three-class layout" => of=Jet seats=525
}
fact crew(of: aircraft) -> people: count {
  cue crew ... members
  example "the Jet flies with a crew of 18 cabin members" => of=Jet people=18
}
fact size_rank(of: aircraft) -> rank: ordinal {
  cue largest
  example "the Jet is the second largest airliner" => of=Jet rank=2nd
}
)");
  CHECK(f.read("In a three-class layout, the Jet has 525 seats.") == Lines{"seating(Jet) = 525"});
  CHECK(f.read("The Jet seats 525 passengers in three classes.") == Lines{"seating(Jet) = 525"});
  CHECK(f.read("In its three-class version the Jet carries 525.") == Lines{"seating(Jet) = 525"});
  CHECK(f.read("The Jet flies with a crew of 18 cabin members.") == Lines{"crew(Jet) = 18"});
  // A superlative is a rank's value although it is the cue's word.
  CHECK(f.read("The Jet is the largest airliner.") == Lines{"size_rank(Jet) = 1st"});
}
