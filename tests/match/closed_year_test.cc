// "The year" a story names after it closed (match/closed_year.h): told in the past
// before December, the year's end is the last one; early in a year, so is the whole
// year. Documents written for these tests only.
#include "match/closed_year.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/loader.h"
#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Brindle: trust = "Brindle Trust", "the trust"
fact trust_assets(trust: trust) -> assets: money {
  cue assets | worth | stood at
  scope per year
}
fact trust_gain(trust: trust) -> gain: percent {
  cue gained
  scope per year
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
  // "fact(key) = value [scope, source]" per statement.
  std::vector<std::string> read(const std::string& body, const std::string& date) const {
    source::DiagnosticSink sink;
    doc::Document d = doc::make_document("t.md", "---\ndate: " + date + "\n---\n# Brindle Trust\n\n" + body, "md", sink);
    std::vector<std::string> out;
    for (const match::Statement& s : matcher().run(d)) {
      out.push_back(s.key + " = " + s.value.display + " [" + s.scope + ", " + s.scope_source + "]");
    }
    return out;
  }
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a year's end told in the past, the year unnamed, is the last year's end", "[match][scope]") {
  Fixture f;
  // February, July: the end of the year, past, can only be the last one.
  CHECK(f.read("At year-end the trust stood at $41 million.\n", "2019-02-11") ==
        Lines{"trust_assets(Brindle) = USD 41 million [2018, year just closed]"});
  CHECK(f.read("By the end of the year the trust's assets were $41 million.\n", "2019-07-11") ==
        Lines{"trust_assets(Brindle) = USD 41 million [2018, year just closed]"});
  // A month of that year in the paragraph keeps it.
  CHECK(f.read("Markets fell in December. At year-end the trust stood at $41 million.\n", "2019-02-11") ==
        Lines{"trust_assets(Brindle) = USD 41 million [2018, year just closed]"});
  // Told in the present, the year is the one under way.
  CHECK(f.read("The trust's assets are $41 million at year-end.\n", "2019-02-11") ==
        Lines{"trust_assets(Brindle) = USD 41 million [2019, publication date]"});
  // Another year named before it in the paragraph: that year's end, not the last one.
  CHECK(f.read("The trust began lending in 2009. At year-end it stood at $41 million.\n", "2019-02-11") ==
        Lines{"trust_assets(Brindle) = USD 41 million [2019, publication date]"});
  // Told in December, the year's end may be this one's.
  CHECK(f.read("At year-end the trust stood at $41 million.\n", "2019-12-30") ==
        Lines{"trust_assets(Brindle) = USD 41 million [2019, publication date]"});
}

TEST_CASE("the whole year told in the past early in a year is the last one", "[match][scope]") {
  Fixture f;
  CHECK(f.read("The trust gained 6.2 percent for the year.\n", "2019-03-02") ==
        Lines{"trust_gain(Brindle) = 6.2% [2018, year just closed]"});
  // Later in the year, "for the year" may be the year so far: the publication date stands.
  CHECK(f.read("The trust gained 6.2 percent for the year.\n", "2019-09-02") ==
        Lines{"trust_gain(Brindle) = 6.2% [2019, publication date]"});
}
