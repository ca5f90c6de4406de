// A fact that says when its fiscal year ends (`fiscal year ends June`, docs/rules.md
// "Fiscal years"): a fiscal year named without its number is read against the
// publication date, or a date the sentence gives. Before, each took the publication
// year. Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lang/parse.h"
#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kJune = R"(
entity Ridgeport = "Ridgeport"
fact city_budget(city: entity) -> amount: money {
  cue budget
  scope per year
  fiscal year ends June
}
)";

// The same fact without the declaration.
const char* const kPlain = R"(
entity Ridgeport = "Ridgeport"
fact city_budget(city: entity) -> amount: money {
  cue budget
  scope per year
}
)";

// The scope years of the statements of `text`, published on `date`.
Lines years(const RuleReader& r, const std::string& text, factlint::value::CivilDate date) {
  Lines out;
  for (const auto& s : r.statements(text, date)) out.push_back(s.scope);
  return out;
}

}  // namespace

TEST_CASE("a fiscal year named without its number is the one the publication date falls in", "[match][fiscal]") {
  RuleReader june(kJune);
  const factlint::value::CivilDate october{2024, 10, 9};
  const factlint::value::CivilDate march{2024, 3, 12};
  CHECK(years(june, "Ridgeport's budget for this fiscal year is $3.1 billion.", october) == Lines{"2025"});
  CHECK(years(june, "Ridgeport's budget for the current fiscal year is $3.1 billion.", march) == Lines{"2024"});
  CHECK(years(june, "Ridgeport's budget last fiscal year came to $2.9 billion.", october) == Lines{"2024"});
  CHECK(years(june, "Ridgeport's budget for the previous fiscal year came to $2.9 billion.", march) ==
        Lines{"2023"});
  CHECK(years(june, "Ridgeport's budget for next fiscal year is set at $3.4 billion.", march) == Lines{"2025"});
  // Without the declaration, as before: the publication year.
  RuleReader plain(kPlain);
  CHECK(years(plain, "Ridgeport's budget for this fiscal year is $3.1 billion.", october) == Lines{"2024"});
}

TEST_CASE("a figure told at the time of writing is of the fiscal year under way", "[match][fiscal]") {
  // A blind writer's "this year's budget", in a November story about a year ending in
  // September, was filed a fiscal year early.
  RuleReader june(kJune);
  const factlint::value::CivilDate october{2024, 10, 9};
  const factlint::value::CivilDate march{2024, 3, 12};
  CHECK(years(june, "This year's budget for Ridgeport is $3.1 billion.", october) == Lines{"2025"});
  CHECK(years(june, "Ridgeport's budget for the current year is $3.1 billion.", october) == Lines{"2025"});
  CHECK(years(june, "Ridgeport's budget is $3.1 billion.", october) == Lines{"2025"});
  CHECK(years(june, "Ridgeport's budget is $3.0 billion.", march) == Lines{"2024"});
  // A year written still goes first; without the declaration, the publication year.
  CHECK(years(june, "Ridgeport's budget for 2023 was $2.7 billion.", october) == Lines{"2023"});
  RuleReader plain(kPlain);
  CHECK(years(plain, "This year's budget for Ridgeport is $3.1 billion.", october) == Lines{"2024"});
  CHECK(years(plain, "Ridgeport's budget is $3.1 billion.", october) == Lines{"2024"});
}

TEST_CASE("a fiscal year named by the month it ends or begins", "[match][fiscal]") {
  RuleReader june(kJune);
  const factlint::value::CivilDate october{2024, 10, 9};
  const factlint::value::CivilDate march{2024, 3, 12};
  CHECK(years(june, "Ridgeport's budget in the fiscal year that ended in June was $2.9 billion.", october) ==
        Lines{"2024"});
  CHECK(years(june, "Ridgeport's budget in the fiscal year that ended in June was $2.8 billion.", march) ==
        Lines{"2023"});
  CHECK(years(june, "Ridgeport's budget for the fiscal year that ends in June is $3.0 billion.", march) ==
        Lines{"2024"});
  CHECK(years(june, "Ridgeport adopted a budget of $3.2 billion for the fiscal year beginning July 1.", march) ==
        Lines{"2025"});
  CHECK(years(june, "Ridgeport adopted a budget of $3.2 billion for the fiscal year beginning July 1, 2022.",
              october) == Lines{"2023"});
  CHECK(years(june, "Ridgeport's budget for the fiscal year that ended June 30, 2021 was $2.5 billion.", october) ==
        Lines{"2021"});
}

TEST_CASE("without the declaration, a fiscal year that names its own month is still read", "[match][fiscal]") {
  // A budget adopted in June "for the fiscal year that starts on July 1" was filed under
  // the year it was adopted in, against a statement of that fiscal year's own number.
  RuleReader plain(kPlain);
  const factlint::value::CivilDate june{2024, 6, 20};
  const factlint::value::CivilDate march{2024, 3, 12};
  CHECK(years(plain, "Ridgeport adopted a budget of $3.2 billion for the fiscal year that starts on July 1.", june) ==
        Lines{"2025"});
  CHECK(years(plain, "Ridgeport's budget in the fiscal year that ended in June was $2.8 billion.", march) ==
        Lines{"2023"});
  // Whether the one "ending in June" is the last or the next depends on the month the
  // fact's fiscal years end in; so does "this fiscal year": the publication year.
  CHECK(years(plain, "Ridgeport's budget for the fiscal year ending in June is $3.0 billion.", {2024, 10, 9}) ==
        Lines{"2024"});
  // A paragraph that names its year tells of that year, not of the publication date.
  CHECK(years(plain,
              "In 2019 the council met early. Ridgeport adopted a budget of $3.2 billion for the fiscal year that "
              "starts on July 1.",
              june) == Lines{"2019"});
}

TEST_CASE("the end of the fiscal year is the last one to have ended", "[match][fiscal]") {
  RuleReader june(kJune);
  CHECK(years(june, "At the end of the fiscal year Ridgeport's budget stood at $2.8 billion.", {2024, 3, 12}) ==
        Lines{"2023"});
  CHECK(years(june, "At the end of the fiscal year Ridgeport's budget stood at $2.8 billion.", {2024, 8, 2}) ==
        Lines{"2024"});
}

TEST_CASE("a date the sentence gives dates the telling", "[match][fiscal]") {
  RuleReader june(kJune);
  CHECK(years(june, "In November 2019 Ridgeport's budget for the current fiscal year stood at $2.2 billion.",
              {2024, 3, 12}) == Lines{"2020"});
}

TEST_CASE("'fiscal year ends' takes a month, under 'scope per year'", "[lang][fiscal]") {
  auto errors = [](const std::string& text) {
    factlint::source::DiagnosticSink sink;
    factlint::lang::parse_rules_text("fiscal.facts", text, sink);
    std::string out;
    for (const auto& d : sink.diagnostics()) {
      if (d.severity == factlint::source::Severity::Error) out += d.message + "\n";
    }
    return out;
  };
  CHECK(errors(kJune).empty());
  std::string bad = kJune;
  bad.replace(bad.find("June"), 4, "Juny");
  CHECK(errors(bad).find("'fiscal year ends Juny' names no month") != std::string::npos);
  std::string day = kJune;
  day.replace(day.find("June"), 4, "Jun 30");
  CHECK(errors(day).empty());
  std::string unscoped = kJune;
  unscoped.replace(unscoped.find("  scope per year\n"), 17, "");
  CHECK(errors(unscoped).find("has no 'scope per year'") != std::string::npos);
}
