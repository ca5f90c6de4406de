// `ignore entity`: found like any entity, so it takes the figures stated of it, but
// none of its statements is reported (docs/rules.md "Ignored entities"). Sentences
// written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "lang/parse.h"
#include "match/matcher.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Brenner: peak = "Brenner Peak", "Brenner"
ignore entity Other_peaks: peak = "Ostra", "Mount Ostra", "Varn Peak"

fact summit_height(peak: peak) -> height: length {
  cue high | tall | height
}
)";

struct Fixture {
  Fixture() {
    source::DiagnosticSink sink;
    rules = lang::parse_rules_text("ignored.facts", kRules, sink);
    REQUIRE(rules);
    matcher.emplace(*rules);
  }
  std::vector<std::string> read(const std::string& text) const {
    std::vector<std::string> out;
    for (const match::Statement& s : matcher->run_text(text, value::CivilDate{2024, 3, 1})) {
      out.push_back(s.key + " = " + s.value.display);
    }
    return out;
  }
  std::optional<lang::RuleSet> rules;
  std::optional<match::Matcher> matcher;
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("an ignored entity takes its figures and reports none", "[match][context]") {
  Fixture f;
  CHECK(f.read("Brenner Peak stands 4,120 m high.") == Lines{"summit_height(Brenner) = 4,120 m"});
  // Its own sentence, and a pronoun after it: no statement, and never Brenner's.
  CHECK(f.read("Brenner Peak is the local favourite. Mount Ostra stands 4,480 m high.").empty());
  CHECK(f.read("Brenner Peak is popular. Mount Ostra is steeper. It is 4,480 m high.").empty());
  // Both in one sentence: each figure goes to its own peak; only Brenner's is reported.
  CHECK(f.read("Brenner Peak is 4,120 m high, while Varn Peak is 3,900 m high.") ==
        Lines{"summit_height(Brenner) = 4,120 m"});
}
