// Tests for ruletest/rule_tests and report/test_report: examples, counterexamples, fixtures, coverage and the
// report formats, with rules written in the rule language and held in memory.
#include "ruletest/rule_tests.h"

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "lang/parse.h"
#include "report/test_report.h"
#include "source/diagnostic.h"
#include "support/temp_dir.h"

namespace factlint::ruletest {
namespace {

namespace fs = std::filesystem;

lang::RuleSet parse(const std::string& text) {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("rules/t.facts", text, sink);
  for (const auto& d : sink.diagnostics()) UNSCOPED_INFO(source::render(d));
  REQUIRE(rules);
  return std::move(*rules);
}

// A fresh directory holding `files` (name -> text).
std::string fixture_dir(const std::vector<std::pair<std::string, std::string>>& files) {
  fs::path dir = factlint::testing::fresh_temp_path("ruletest");
  for (const auto& [name, text] : files) std::ofstream(dir / name, std::ios::binary) << text;
  return dir.string();
}

const char* const kEntities = R"fl(
entity China  = "China", "Beijing"
entity Russia = "Russia", "Moscow"
entity Xi     = "Xi Jinping", "Xi"
entity Putin  = "Vladimir Putin", "Putin"
)fl";

std::string rules_with(const std::string& facts) { return kEntities + facts; }

const std::string kTrade = rules_with(R"fl(
fact trade_partner_rank(partner: entity, of: entity) -> rank: ordinal {
  pattern {partner} is {of} 's {rank} (trade|trading) partner
  pattern {of} 's {rank} (trade|trading) partner is {partner}
  EXAMPLES
}
)fl");

lang::RuleSet trade(const std::string& examples) {
  std::string text = kTrade;
  text.replace(text.find("EXAMPLES"), 8, examples);
  return parse(text);
}

TEST_CASE("an example whose statement has the expected roles and value passes", "[ruletest]") {
  lang::RuleSet rules = trade(R"(example "Moscow is Beijing's seventh-biggest trading partner" => partner=Russia of=China rank=7th)");
  TestRun run = run_rule_tests(rules, {});
  REQUIRE(run.cases.size() == 1);
  const CaseResult& c = run.cases[0];
  CHECK(c.passed);
  CHECK(c.kind == CaseKind::Example);
  CHECK(c.expected == "trade_partner_rank(Russia, China) = 7th");
  CHECK(c.place.path == "rules/t.facts");
  CHECK(c.place.location.line == 10);
  CHECK(c.place.location.column == 3);
  REQUIRE(c.actual.size() == 1);
  CHECK(c.actual[0].display == "7th");
  CHECK(run.fired.count({"trade_partner_rank", 0}) == 1);
  CHECK(run.passed() == 1);
  CHECK(run.failed() == 0);
}

TEST_CASE("a plain number is accepted as an expected ordinal", "[ruletest]") {
  lang::RuleSet rules = trade(R"(example "Russia is China's 10th trading partner" => partner=Russia of=China rank=10)");
  CHECK(run_rule_tests(rules, {}).cases.at(0).passed);
}

TEST_CASE("a failing example says what it expected and what it got", "[ruletest]") {
  SECTION("a different value") {
    lang::RuleSet rules = trade(R"(example "Russia is China's sixth trading partner" => partner=Russia of=China rank=7th)");
    TestRun run = run_rule_tests(rules, {});
    const CaseResult& c = run.cases.at(0);
    CHECK_FALSE(c.passed);
    CHECK(c.message ==
          "example failed: expected trade_partner_rank(Russia, China) = 7th, got "
          "trade_partner_rank(Russia, China) = 6th ('Russia is China's sixth trading partner')");
    CHECK(run.fired.empty());
  }
  SECTION("roles the other way round") {
    lang::RuleSet rules = trade(R"(example "Russia is China's sixth trading partner" => partner=China of=Russia rank=6th)");
    CHECK_FALSE(run_rule_tests(rules, {}).cases.at(0).passed);
  }
  SECTION("nothing found") {
    lang::RuleSet rules = trade(R"(example "Russia trades with China" => partner=Russia of=China rank=1st)");
    CHECK(run_rule_tests(rules, {}).cases.at(0).message ==
          "example failed: expected trade_partner_rank(Russia, China) = 1st, got nothing");
  }
  SECTION("punctuation that is no number") {
    lang::RuleSet rules = trade(R"(example "Russia is China's sixth trading partner" => partner=Russia of=China rank=".")");
    CHECK(run_rule_tests(rules, {}).cases.at(0).message ==
          "example failed: expected value '.' cannot be read as 'ordinal'");
  }
  SECTION("an expected value of the wrong type") {
    lang::RuleSet rules = trade(R"(example "Russia is China's sixth trading partner" => partner=Russia of=China rank=sixty)");
    CHECK(run_rule_tests(rules, {}).cases.at(0).message ==
          "example failed: expected value 'sixty' cannot be read as 'ordinal'");
  }
}

TEST_CASE("a failed example renders as a located diagnostic with the example's line", "[ruletest]") {
  lang::RuleSet rules = trade(R"(example "Russia trades with China" => partner=Russia of=China rank=1st)");
  TestRun run = run_rule_tests(rules, {});
  CHECK(source::render(failure_diagnostic(run.cases.at(0))) ==
        "rules/t.facts:10:3: error: example failed: expected trade_partner_rank(Russia, China) = 1st, got nothing\n"
        "  example \"Russia trades with China\" => partner=Russia of=China rank=1st\n"
        "  ^~~~~~~\n");
}

TEST_CASE("an example that finds nothing names the other facts it found", "[ruletest]") {
  lang::RuleSet rules = parse(rules_with(R"fl(
fact crimea(by: entity) -> when: year {
  pattern {by} annexed crimea in {when}
  example "Russia annexed Crimea in 2014" => by=Russia when=2014
}
fact treaty -> when: year {
  pattern treaty signed in {when}
  example "Russia annexed Crimea in 2014"
}
)fl"));
  TestRun run = run_rule_tests(rules, {});
  REQUIRE(run.cases.size() == 2);
  CHECK(run.cases[1].message ==
        "example failed: expected a statement of treaty, got nothing "
        "(other facts found: crimea(Russia) = 2014 ('Russia annexed Crimea in 2014'))");
}

TEST_CASE("an example without => passes when any statement of the fact is found", "[ruletest]") {
  lang::RuleSet rules = trade(R"(example "China's largest trading partner is Russia")");
  TestRun run = run_rule_tests(rules, {});
  CHECK(run.cases.at(0).passed);
  CHECK(run.cases.at(0).expected == "a statement of trade_partner_rank");
  CHECK(run.fired.count({"trade_partner_rank", 1}) == 1);
}

TEST_CASE("a counterexample passes only when the fact is not found", "[ruletest]") {
  SECTION("not found") {
    lang::RuleSet rules = trade(R"(counterexample "Shanghai is China's largest city")");
    TestRun run = run_rule_tests(rules, {});
    CHECK(run.cases.at(0).passed);
    CHECK(run.cases.at(0).kind == CaseKind::Counterexample);
    CHECK(run.fired.empty());
  }
  SECTION("found") {
    lang::RuleSet rules = trade(R"(counterexample "Russia is China's largest trade partner")");
    CHECK(run_rule_tests(rules, {}).cases.at(0).message ==
          "counterexample failed: expected no trade_partner_rank, got "
          "trade_partner_rank(Russia, China) = 1st ('Russia is China's largest trade partner')");
  }
}

TEST_CASE("examples of a symmetric fact may name the entities in either order", "[ruletest]") {
  lang::RuleSet rules = parse(rules_with(R"fl(
fact leader_meetings(a: entity, b: entity) -> count: count symmetric {
  pattern {a} and {b} have met {count} times
  example "Xi and Putin have met 40 times" => a=Putin b=Xi count=40
  example "Xi and Putin have met 40 times" => a=Xi b=Putin count="forty"
  example "Xi and Putin have met 40 times" => b=Xi
}
)fl"));
  TestRun run = run_rule_tests(rules, {});
  REQUIRE(run.cases.size() == 3);
  for (const auto& c : run.cases) {
    CAPTURE(c.message);
    CHECK(c.passed);
  }
}

TEST_CASE("expected values compare as read intervals, not as text", "[ruletest]") {
  lang::RuleSet rules = parse(rules_with(R"fl(
fact border_length(a: entity, b: entity) -> length: length symmetric {
  pattern {length} border between {a} and {b}
  compare within 3%
  example "a 4,209 km border between China and Russia" => a=China b=Russia length="4209 kilometres"
  example "a 4,209 km border between China and Russia" => a=China b=Russia length="4,200 km"
  example "a 2,600-mile border between China and Russia" => a=China b=Russia length="2,600 miles"
  example "a 2,600-mile border between China and Russia" => a=China b=Russia length="over 2,600 miles"
}
)fl"));
  TestRun run = run_rule_tests(rules, {});
  REQUIRE(run.cases.size() == 4);
  CHECK(run.cases[0].passed);
  CHECK_FALSE(run.cases[1].passed);  // within 3% for sources, but not what the example reads
  CHECK(run.cases[2].passed);
  CHECK_FALSE(run.cases[3].passed);  // (2600, inf) is not [2600, 2600]
}

const std::string kCrimea = rules_with(R"fl(
fact crimea_annexation(by: entity) -> when: year {
  pattern {by} annexed crimea in {when}
  pattern {by} 's annexation of crimea in {when}
  example "Moscow annexed Crimea in 2014" => by=Russia when=2014
}
fact border_length(a: entity, b: entity) -> length: length symmetric {
  pattern {length} border between {a} and {b}
  example "a 4,209 km border between China and Russia"
}
)fl");

TEST_CASE("a fixture expect annotation checks the next statement of its fact", "[ruletest]") {
  lang::RuleSet rules = parse(kCrimea);
  std::string dir = fixture_dir({{"a.md",
                                  "---\ndate: 2024-01-01\n---\n"
                                  "<!-- expect: crimea_annexation(Russia) = 2014 -->\n"
                                  "Russia's annexation of Crimea in 2014 drew sanctions.\n\n"
                                  "<!-- expect: crimea_annexation(Russia) = 2015 -->\n"
                                  "Moscow annexed Crimea in 2014, as everyone knows.\n\n"
                                  "<!-- expect: crimea_annexation -->\n"
                                  "No more statements here.\n"}});
  TestRun run = run_rule_tests(rules, {dir});
  CHECK_FALSE(run.diagnostics.has_errors());
  REQUIRE(run.cases.size() == 5);  // the two rule examples, then the fixture's three annotations
  const CaseResult& pass = run.cases[2];
  CHECK(pass.kind == CaseKind::Expect);
  CHECK(pass.passed);
  CHECK(pass.place.path == dir + "/a.md");
  CHECK(pass.place.location.line == 4);
  CHECK(pass.text == "<!-- expect: crimea_annexation(Russia) = 2014 -->");
  CHECK(run.fired.count({"crimea_annexation", 1}) == 1);

  const CaseResult& fail = run.cases[3];
  CHECK_FALSE(fail.passed);
  CHECK(fail.message ==
        "expect failed: expected crimea_annexation(Russia) = 2015 as the next crimea_annexation, got "
        "crimea_annexation(Russia) = 2014 at line 8 ('Moscow annexed Crimea in 2014')");
  CHECK(fail.place.location.line == 7);

  CHECK(run.cases[4].message ==
        "expect failed: expected crimea_annexation as the next crimea_annexation, got nothing in the block after this comment");
}

TEST_CASE("a fixture expect-none annotation fails on any statement of its fact in the document", "[ruletest]") {
  lang::RuleSet rules = parse(kCrimea);
  std::string dir = fixture_dir({{"none.md",
                                  "Crimea was transferred to Ukraine in 1954.\n\n"
                                  "<!-- expect-none: crimea_annexation -->\n"
                                  "<!-- expect-none: border_length -->\n\n"
                                  "China and Russia share a 4,209 km border between China and Russia.\n"}});
  TestRun run = run_rule_tests(rules, {dir});
  REQUIRE(run.cases.size() == 4);
  CHECK(run.cases[2].kind == CaseKind::ExpectNone);
  CHECK(run.cases[2].passed);
  CHECK_FALSE(run.cases[3].passed);
  CHECK(run.cases[3].message ==
        "expect-none failed: expected no border_length, got border_length(China, Russia) = 4,209 km at line 6 "
        "('4,209 km border between China and Russia')");
}

TEST_CASE("annotation words are never matched, even in a plain-text fixture", "[ruletest]") {
  lang::RuleSet rules = parse(rules_with(R"fl(
fact annexed(by: entity) -> when: year {
  pattern {by} ... {when}
  example "Russia, 2014"
}
)fl"));
  // Read as text, the second annotation would state annexed(Russia) = 2014.
  std::string dir = fixture_dir({{"a.txt",
                                  "<!-- expect-none: annexed -->\n"
                                  "<!-- expect: annexed(Russia) = 2014 -->\n"
                                  "Nothing to see.\n"}});
  TestRun run = run_rule_tests(rules, {dir});
  REQUIRE(run.cases.size() == 3);
  CHECK(run.cases[1].passed);
  CHECK(run.cases[2].message == "expect failed: expected annexed(Russia) = 2014 as the next annexed, got nothing in the block after this comment");
}

TEST_CASE("a fixture annotation may pin the scope year of a fact", "[ruletest]") {
  lang::RuleSet rules = parse(rules_with(R"fl(
fact trade_partner_rank(partner: entity, of: entity) -> rank: ordinal {
  pattern {partner} is {of} 's {rank} trading partner
  scope per year
  example "Russia is China's sixth trading partner" => partner=Russia of=China rank=6th
}
)fl"));
  std::string dir = fixture_dir({{"a.md",
                                  "---\ndate: 2024-03-01\n---\n"
                                  "<!-- expect: trade_partner_rank(Russia, China) [2024] = 6th -->\n"
                                  "Russia is China's sixth trading partner.\n\n"
                                  "<!-- expect: trade_partner_rank(Russia, China) [2023] = 6th -->\n"
                                  "Russia is China's sixth trading partner.\n"}});
  TestRun run = run_rule_tests(rules, {dir});
  REQUIRE(run.cases.size() == 3);
  CHECK(run.cases[1].passed);
  CHECK(run.cases[2].message ==
        "expect failed: expected trade_partner_rank(Russia, China) [2023] = 6th as the next trade_partner_rank, got "
        "trade_partner_rank(Russia, China) [2024] = 6th at line 8 ('Russia is China's sixth trading partner')");
}

TEST_CASE("malformed annotations are located errors in the fixture", "[ruletest]") {
  lang::RuleSet rules = parse(kCrimea);
  std::string dir = fixture_dir({{"bad.md",
                                  "<!-- expect: crimea_anexation(Russia) = 2014 -->\n"
                                  "<!-- expect: crimea_annexation(Rusia) = 2014 -->\n"
                                  "<!-- expect: crimea_annexation(Russia, China) = 2014 -->\n"
                                  "<!-- expect: crimea_annexation(Moscow) = 2014 -->\n"
                                  "<!-- expect: crimea_annexation(Russia) = soon -->\n"
                                  "<!-- expect-nothing: crimea_annexation -->\n"
                                  "<!-- expect-none: crimea_annexation = 2014 -->\n"
                                  "<!-- an ordinary comment -->\n"
                                  "Russia annexed Crimea in 2014.\n"}});
  TestRun run = run_rule_tests(rules, {dir});
  std::vector<source::Diagnostic> errors = run.diagnostics.sorted();
  REQUIRE(errors.size() == 7);
  CHECK(source::render(errors[0]) ==
        dir + "/bad.md:1:1: error: unknown fact 'crimea_anexation' in annotation; did you mean 'crimea_annexation'?\n"
              "<!-- expect: crimea_anexation(Russia) = 2014 -->\n"
              "^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n");
  CHECK(errors[1].message == "unknown entity 'Rusia' in annotation; did you mean 'Russia'?");
  CHECK(errors[2].message == "fact 'crimea_annexation' has 1 key role, the annotation names 2 entities");
  CHECK(errors[3].message == "unknown entity 'Moscow' in annotation; did you mean 'Russia'? 'Moscow' is one of its aliases");
  CHECK(errors[4].message == "value 'soon' cannot be read as 'year'");
  CHECK(errors[5].message ==
        "unknown annotation 'expect-nothing: crimea_annexation'; expected 'expect: FACT(...) = VALUE' or "
        "'expect-none: FACT'");
  CHECK(errors[6].message == "expect-none takes a fact name only, found '= 2014'");
  CHECK(run.cases.size() == 2);  // only the rule examples ran
}

TEST_CASE("a fixture without annotations gets a warning", "[ruletest]") {
  lang::RuleSet rules = parse(kCrimea);
  std::string dir = fixture_dir({{"plain.md", "Russia annexed Crimea in 2014.\n"}});
  TestRun run = run_rule_tests(rules, {dir});
  CHECK_FALSE(run.diagnostics.has_errors());
  CHECK(run.diagnostics.warning_count() == 1);
}

TEST_CASE("coverage lists the patterns no passing case fired, with their locations", "[ruletest]") {
  lang::RuleSet rules = parse(kCrimea);
  TestRun run = run_rule_tests(rules, {});
  CHECK(run.pattern_count == 3);
  REQUIRE(run.uncovered.size() == 1);
  CHECK(run.uncovered[0].fact == "crimea_annexation");
  CHECK(run.uncovered[0].pattern == 1);
  std::vector<source::Diagnostic> d = coverage_diagnostics(run, source::Severity::Warning);
  REQUIRE(d.size() == 1);
  CHECK(source::render(d[0]) ==
        "rules/t.facts:9:11: warning: pattern 2 of fact 'crimea_annexation' never fired in a passing example or "
        "fixture\n"
        "  pattern {by} 's annexation of crimea in {when}\n"
        "          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n");

  SECTION("a fixture covers the missing pattern") {
    std::string dir = fixture_dir(
        {{"a.md", "<!-- expect: crimea_annexation(Russia) = 2014 -->\nRussia's annexation of Crimea in 2014.\n"}});
    CHECK(run_rule_tests(rules, {dir}).uncovered.empty());
  }
  SECTION("a failing case covers nothing") {
    std::string dir = fixture_dir(
        {{"a.md", "<!-- expect: crimea_annexation(Russia) = 2015 -->\nRussia's annexation of Crimea in 2014.\n"}});
    CHECK(run_rule_tests(rules, {dir}).uncovered.size() == 1);
  }
}

TEST_CASE("the JSON report has the schema, every case and a summary", "[ruletest]") {
  lang::RuleSet rules = trade(R"(example "Russia is China's sixth trading partner" => partner=Russia of=China rank=7th
  counterexample "Shanghai is China's largest city")");
  nlohmann::json j = report::test_report_json(run_rule_tests(rules, {}));
  CHECK(j["schema"] == "factlint-test/v1");
  REQUIRE(j["cases"].size() == 2);
  CHECK(j["cases"][0]["kind"] == "example");
  CHECK(j["cases"][0]["passed"] == false);
  CHECK(j["cases"][0]["expected"] == "trade_partner_rank(Russia, China) = 7th");
  CHECK(j["cases"][0]["actual"][0]["value"] == "6th");
  CHECK(j["cases"][0]["actual"][0]["pattern"] == 1);
  CHECK(j["cases"][1]["kind"] == "counterexample");
  CHECK(j["summary"] == nlohmann::json{{"cases", 2}, {"passed", 1}, {"failed", 1}});
  CHECK(j["coverage"]["patterns"] == 2);
  CHECK(j["coverage"]["uncovered"].size() == 2);
}

TEST_CASE("the JUnit report escapes text and counts failures per rule file", "[ruletest]") {
  lang::RuleSet rules = trade(R"(example "Russia is China's <sixth> & \"best\" trading partner" => partner=Russia of=China rank=7th
  counterexample "Shanghai is China's largest city")");
  TestRun run = run_rule_tests(rules, {});
  std::string xml = report::test_report_junit(run, false);
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<testsuites name=\"factlint test\" tests=\"2\" failures=\"1\" errors=\"0\">",
                  0) == 0);
  CHECK(xml.find("<testsuite name=\"rules/t.facts\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\">") !=
        std::string::npos);
  CHECK(xml.find("classname=\"trade_partner_rank\"") != std::string::npos);
  CHECK(xml.find("&lt;sixth&gt; &amp; ") != std::string::npos);
  CHECK(xml.find("<sixth>") == std::string::npos);
  CHECK(xml.find("<failure message=\"example failed: expected trade_partner_rank(Russia, China) = 7th") !=
        std::string::npos);
  CHECK(xml.find("</testsuites>\n") != std::string::npos);

  SECTION("with coverage, uncovered patterns are failed test cases") {
    std::string with = report::test_report_junit(run, true);
    CHECK(with.find("tests=\"4\" failures=\"3\"") != std::string::npos);
    CHECK(with.find("name=\"coverage 8:11: pattern 1\"") != std::string::npos);
  }
}

TEST_CASE("default fixtures are the tests folder beside the rules", "[ruletest]") {
  std::string dir = fixture_dir({{"r.facts", ""}});
  CHECK(default_fixture_paths({dir}).empty());
  fs::create_directories(dir + "/tests");
  CHECK(default_fixture_paths({dir}) == std::vector<std::string>{dir + "/tests"});
  CHECK(default_fixture_paths({dir + "/r.facts", dir}) == std::vector<std::string>{dir + "/tests"});
}

// `currency JPY` (docs/rules.md "Money"): the examples of a fact in one currency, its
// conversion in brackets on either side, pass as `factlint test` runs them, and a
// sentence in dollars only is a counterexample.
TEST_CASE("a fact's examples in one currency pass whichever side the conversion is on", "[ruletest]") {
  lang::RuleSet rules = parse(R"fl(entity Kestrel = "Kestrel Motors", "Kestrel"
fact operating_profit(company: entity) -> profit: money {
  cue operating profit
  currency JPY
  example "Kestrel's operating profit reached ¥2.1 trillion ($14 billion)" => company=Kestrel profit="¥2.1 trillion"
  example "Kestrel's operating profit reached $14 billion (¥2.1 trillion)" => company=Kestrel profit="2.1 trillion yen"
  counterexample "Kestrel's operating profit came to $14 billion"
}
)fl");
  TestRun run = run_rule_tests(rules, {});
  REQUIRE(run.cases.size() == 3);
  for (const CaseResult& c : run.cases) {
    INFO(c.message);
    CHECK(c.passed);
  }
}

}  // namespace
}  // namespace factlint::ruletest

// Before: a failing example said only "got nothing"; explain --text knew why (a newcomer's report).
TEST_CASE("a failing example says what stopped its fact", "[ruletest]") {
  factlint::source::DiagnosticSink sink;
  auto rules = factlint::lang::parse_rules_text("t.facts", R"(
entity Pro: plan = "Pro"
fact plan_price(plan: plan) -> price: money {
  cue costs
  example "The Pro plan costs $29 a month." => plan=Pro
}
)",
                                      sink);
  REQUIRE(rules);
  factlint::ruletest::TestRun run = factlint::ruletest::run_rule_tests(*rules, {});
  REQUIRE(run.cases.size() == 1);
  CHECK(run.cases[0].message ==
        "example failed: expected plan_price(Pro), got nothing; nearest: cue 'costs' and the money value "
        "'$29 a month' are vetoed by 'plan' (a default veto word: 'allow plan' in the fact lifts it)");
}

// A pattern's own `unless` (docs/rules.md "Vetoing a pattern"): its counterexample
// passes, and an example it vetoes says which word did.
TEST_CASE("a pattern's unless keeps its counterexample out, and a vetoed example names the word", "[ruletest]") {
  factlint::source::DiagnosticSink sink;
  auto rules = factlint::lang::parse_rules_text("t.facts", R"(
entity Marlow_Bay: town = "Marlow Bay"
fact residents(town: town) -> people: count {
  pattern {town} has {people} residents unless homeless
  example "Marlow Bay has 31,400 residents" => town=Marlow_Bay people=31,400
  counterexample "Marlow Bay has 850 residents who are homeless"
  example "Marlow Bay has 600 residents in homeless hostels" => town=Marlow_Bay
}
)",
                                                sink);
  REQUIRE(rules);
  factlint::ruletest::TestRun run = factlint::ruletest::run_rule_tests(*rules, {});
  REQUIRE(run.cases.size() == 3);
  CHECK(run.cases[0].passed);
  CHECK(run.cases[1].passed);
  CHECK_FALSE(run.cases[2].passed);
  CHECK(run.cases[2].message ==
        "example failed: expected residents(Marlow_Bay), got nothing; nearest: pattern #1 matched 'Marlow Bay has 600 "
        "residents', but is vetoed by its 'unless' word 'homeless'");
}
