// A table's or a fact sheet's measure named only in its heading (docs/rules.md "Facts in
// tables"): a row's first cell read with its column's header ("Northern" under
// "district"), and label lines under the heading whose labels name a thing of the
// fact's role. Documents and rules written for these tests.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Larkton: town = "Larkton"
entity North_Ward: district = "northern district", "the north side"
entity South_Ward: district = "southern district", "the south side"

fact tree_canopy(district: district) -> share: percent {
  cue canopy | tree cover
  scope per year
}
fact district_budget(district: district) -> amount: money {
  cue budget
  scope per year
}
)";

struct Fixture {
  Fixture() {
    source::DiagnosticSink sink;
    rules = lang::parse_rules_text("labels.facts", kRules, sink);
    REQUIRE(rules);
    matcher.emplace(*rules);
  }
  // "fact(key) = value [scope, source]" per statement, in document order.
  std::vector<std::string> read(const std::string& text) const {
    source::DiagnosticSink sink;
    doc::Document d = doc::make_document("t.md", text, "md", sink);
    d.meta.date = "2024-03-01";
    std::vector<std::string> out;
    for (const match::Statement& s : matcher->run(d)) {
      out.push_back(s.key + " = " + s.value.display + (s.scope.empty() ? "" : " [" + s.scope + "]"));
    }
    return out;
  }
  std::optional<lang::RuleSet> rules;
  std::optional<match::Matcher> matcher;
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a row's first cell names its thing together with its column's header", "[match][table]") {
  Fixture f;
  CHECK(f.read("# Larkton street trees\n\nA survey of Larkton.\n\n## Canopy over two years\n\n"
               "| district | 2021 | 2023 |\n|---|---|---|\n| Northern | 18% | 21% |\n| Southern | 25% | 24% |\n"
               "| Eastern | 30% | 31% |\n") ==
        Lines{"tree_canopy(North_Ward) = 18% [2021]", "tree_canopy(North_Ward) = 21% [2023]",
              "tree_canopy(South_Ward) = 25% [2021]", "tree_canopy(South_Ward) = 24% [2023]"});
  // Without the header, "Northern" names no district.
  CHECK(f.read("# Larkton street trees\n\nA survey of Larkton.\n\n## Canopy over two years\n\n"
               "| | 2021 |\n|---|---|\n| Northern | 18% |\n")
            .empty());
}

TEST_CASE("label lines under a heading that names their measure state it for the thing each label names",
          "[match][label]") {
  Fixture f;
  CHECK(f.read("# Larkton street trees\n\nA survey of Larkton.\n\n## Tree canopy by district\n\n"
               "- **Northern district (river to ring road):** 21% (2021: 18%)\n"
               "- **Southern district:** 24%\n- **Streets surveyed:** 87%\n\nMore words on the survey.\n") ==
        Lines{"tree_canopy(North_Ward) = 21% [2024]", "tree_canopy(North_Ward) = 18% [2021]",
              "tree_canopy(South_Ward) = 24% [2024]"});
  // A heading that names no measure of the fact gives none.
  CHECK(f.read("# Larkton street trees\n\nA survey of Larkton.\n\n## Parks by district\n\n"
               "- **Northern district:** 21%\n- **Southern district:** 24%\n")
            .empty());
  // A heading with a veto word ("target") gives none either.
  CHECK(f.read("# Larkton street trees\n\nA survey of Larkton.\n\n## Canopy targets by district\n\n"
               "- **Northern district:** 30%\n")
            .empty());
}
