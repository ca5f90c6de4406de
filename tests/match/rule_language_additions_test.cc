// Four additions to the rule language (issue 8; blind writers' feedback, session 18):
// required words (`require`), an ignored entity scoped to some facts (`ignore entity
// ... for fact`), facts of current values only (`current only`) and a pattern's fixed
// value (`=> rank=1st`); docs/rules.md "Required words", "Ignoring an entity for some
// facts", "Current values only" and "A fixed value". Sentences written for these
// tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lang/dump.h"
#include "lang/parse.h"
#include "source/diagnostic.h"
#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

// The errors `rules` gives, one message each.
Lines errors_of(const std::string& rules) {
  factlint::source::DiagnosticSink sink;
  factlint::lang::parse_rules_text("test.facts", rules, sink);
  Lines out;
  for (const auto& d : sink.diagnostics()) {
    if (d.severity == factlint::source::Severity::Error) out.push_back(d.message);
  }
  return out;
}

bool any_holds(const Lines& lines, const std::string& part) {
  for (const std::string& l : lines) {
    if (l.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

// --- require -----------------------------------------------------------------------

const char* const kPledges = R"(
entity Lumen_Fund: fund = "Lumen Fund"
entity Vestland: donor = "Vestland"
entity Ostmark: donor = "Ostmark"
fact vestland_pledge(fund: fund = Lumen_Fund) -> amount: money {
  cue pledge | pledged
  require Vestland
}
)";

TEST_CASE("a required word keeps a fact's matches to sentences that hold it", "[match][require]") {
  RuleReader r(kPledges);
  CHECK(r.read("Vestland pledged $40 million to the Lumen Fund in 2019.") ==
        Lines{"vestland_pledge(Lumen_Fund) = USD 40 million"});
  // Before `require`, the cue read another donor's pledge as Vestland's.
  CHECK(r.read("Ostmark pledged $12 million to the Lumen Fund in 2019.").empty());
  // A pronoun opening the clause points back to the sentence before, as a role's context does.
  CHECK(r.read("Vestland is the fund's largest backer. In 2021 it pledged a further $25 million.") ==
        Lines{"vestland_pledge(Lumen_Fund) = USD 25 million"});
  CHECK(r.read("Ostmark is the fund's newest backer. In 2021 it pledged a further $25 million.").empty());
  // Another paragraph is no antecedent.
  CHECK(r.read("Vestland is the fund's largest backer.\n\nIn 2021 it pledged a further $25 million.").empty());
  // The near miss says why.
  CHECK(r.near_misses("Ostmark pledged $12 million to the Lumen Fund in 2019.") == Lines{"vestland_pledge"});
}

TEST_CASE("'require' captures nothing and is written once", "[lang][require]") {
  const std::string base = R"(
entity Lumen_Fund: fund = "Lumen Fund"
fact pledge(fund: fund) -> amount: money {
  cue pledge
)";
  CHECK(any_holds(errors_of(base + "  require {fund}\n}\n"), "'require' cannot capture roles"));
  CHECK(any_holds(errors_of(base + "  require Vestland\n  require Ostmark\n}\n"), "has two 'require' lines"));
  CHECK(errors_of(base + "  require Vestland | Ostmark\n}\n").empty());
}

// --- ignore entity ... for fact ------------------------------------------------------

const char* const kMalls = R"(
entity Skyport: airport = "Skyport"
entity Garden_Dome: complex = "Garden Dome"
ignore entity Other_projects: complex = "Harbour Tower", "Skyport" for complex_cost
fact complex_cost(complex: complex) -> cost: money {
  cue cost | costs
}
fact complex_opened(complex: complex) -> opened: date {
  cue opened | opening
}
fact airport_opened(airport: airport) -> opened: date {
  cue opened | opening
}
)";

TEST_CASE("an entity ignored for one fact fills no role of another", "[match][ignore-for]") {
  RuleReader r(kMalls);
  // The catch-all still drops the costs of the things it stands for...
  CHECK(r.read("The Harbour Tower cost $900 million.").empty());
  CHECK(r.read("The Garden Dome cost $1.2 billion.") == Lines{"complex_cost(Garden_Dome) = USD 1.2 billion"});
  // ...but takes no role of the other facts: before, complex_opened (declared first)
  // took it from the sentence before, was dropped, and kept the date from
  // airport_opened, whose airport came from that sentence too.
  CHECK(r.read("Skyport is the region's main gateway. It opened on 3 June 1984.") ==
        Lines{"airport_opened(Skyport) = 1984-06-03"});
}

TEST_CASE("'for' names facts that exist, on an ignored entity", "[lang][ignore-for]") {
  const std::string facts = R"(
fact complex_cost(complex: complex) -> cost: money {
  cue cost
}
)";
  CHECK(any_holds(errors_of("ignore entity Others: complex = \"Tower\" for complex_cots\n" + facts),
                  "unknown fact 'complex_cots' after 'for' of ignored entity 'Others'; did you mean 'complex_cost'?"));
  CHECK(any_holds(errors_of("entity Others: complex = \"Tower\" for complex_cost\n" + facts), "is not ignored"));
  CHECK(errors_of("ignore entity Others: complex = \"Tower\" for complex_cost\n" + facts).empty());
}

// --- current only ------------------------------------------------------------------

const std::string kTerminals = R"(
entity Skyport: airport = "Skyport"
fact terminal_count(airport: airport) -> terminals: count {
  cue terminal | terminals
  current only
}
)";

TEST_CASE("a current-only fact keeps no value told of a year before publication", "[match][current-only]") {
  RuleReader r(kTerminals.c_str());
  // Published 2024-03-01.
  CHECK(r.read("Skyport has four terminals.") == Lines{"terminal_count(Skyport) = 4"});
  CHECK(r.read("In 1995 Skyport had two terminals.").empty());
  CHECK(r.read("Skyport had two terminals until 2008.").empty());
  // "until" dates no figure (docs/rules.md, time), yet it tells a past value.
  CHECK(r.read("Skyport had only one terminal till the late 1990s.").empty());
  // "since" dates how long today's value has held.
  CHECK(r.read("Skyport has had four terminals since 2017.") == Lines{"terminal_count(Skyport) = 4"});
  CHECK(r.read("In 2024 Skyport has four terminals.") == Lines{"terminal_count(Skyport) = 4"});
}

TEST_CASE("'current only' is for a fact of no scope", "[lang][current-only]") {
  CHECK(any_holds(errors_of(R"(
fact terminal_count(airport: entity) -> terminals: count {
  cue terminals
  scope per year
  current only
}
)"),
                  "'current only' is for a fact of no scope"));
  CHECK(any_holds(errors_of(R"(
fact terminal_count(airport: entity) -> terminals: count {
  cue terminals
  current
}
)"),
                  "expected 'only'"));
}

// --- fixed values ------------------------------------------------------------------

const std::string kRivers = R"(
entity Serene: river = "Serene", "the Serene River"
fact discharge_rank(river: river) -> rank: ordinal {
  pattern no river in the world carries more water than {river} => rank=1st
}
)";

TEST_CASE("a pattern's fixed value is what each of its matches states", "[match][fixed-value]") {
  RuleReader r(kRivers.c_str());
  CHECK(r.read("No river in the world carries more water than the Serene River.") ==
        Lines{"discharge_rank(Serene) = 1st"});
}

TEST_CASE("a fixed value is read as the fact's type, on a pattern line only", "[lang][fixed-value]") {
  const std::string head = R"(
entity Serene: river = "Serene"
fact discharge_rank(river: river) -> rank: ordinal {
)";
  CHECK(any_holds(errors_of(head + "  pattern no river beats {river} => rank=soon\n}\n"),
                  "fixed value 'soon' cannot be read as 'ordinal'"));
  CHECK(any_holds(errors_of(head + "  cue carries more water => rank=1st\n}\n"),
                  "a 'pattern' line may fix the value"));
  CHECK(any_holds(errors_of(head + "  pattern {river} ranks {rank} => rank=1st\n}\n"),
                  "captures '{rank}' and fixes it"));
  CHECK(errors_of(head + "  pattern no river beats {river} => rank=\"1st\"\n}\n").empty());
}

// --- the ordinal reader ------------------------------------------------------------

const char* const kRank = R"(
entity Serene: river = "Serene", "the Serene River"
fact discharge_rank(river: river) -> rank: ordinal {
  cue water | discharge
}
)";

TEST_CASE("'no other river carries as much water as' ranks first", "[match][ranks]") {
  RuleReader r(kRank);
  CHECK(r.read("No other river carries as much water as the Serene.") == Lines{"discharge_rank(Serene) = 1st"});
  CHECK(r.read("No river on Earth carries a greater volume of water than the Serene River.") ==
        Lines{"discharge_rank(Serene) = 1st"});
  // Before a figure it bounds an amount: no rank.
  CHECK(r.read("No river in the region carries more water than 900 m3/s, the Serene included.").empty());
}

// --- as the rule set reads them back -------------------------------------------------

TEST_CASE("the four additions read back as written", "[lang][require][current-only][fixed-value][ignore-for]") {
  const std::string dumped = factlint::lang::dump(factlint::testing::parsed_rules(
      std::string(kPledges) + kTerminals + kRivers +
      "ignore entity Others: fund = \"Ostfund\" for vestland_pledge\n"));
  CHECK(dumped.find("  require vestland\n") != std::string::npos);
  CHECK(dumped.find("  current only\n") != std::string::npos);
  CHECK(dumped.find("{river} => rank=1st\n") != std::string::npos);
  CHECK(dumped.find("ignore entity Others = \"Ostfund\" for vestland_pledge\n") != std::string::npos);
}
