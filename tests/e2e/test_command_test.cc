// End to end: `factlint test` and `factlint rules lint|list` through the real binary.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint;
using factlint::testing::write_file;

namespace {

const char* const kRules = R"fl(entity China  = "China", "Beijing"
entity Russia = "Russia", "Moscow"

fact trade_partner_rank(partner: entity, of: entity) -> rank: ordinal {
  pattern {partner} is {of} 's {rank} (trade|trading) partner
  example "Moscow is Beijing's seventh-biggest trading partner" => partner=Russia of=China rank=7th
  counterexample "Shanghai is China's largest city"
}
)fl";

// A rule folder holding kRules plus `extra` appended; returns the folder.
std::string rule_dir(const std::string& extra = "") {
  std::string dir = make_temp_dir();
  write_file(dir + "/r.facts", kRules + extra);
  return dir;
}

const char* const kFailing = R"fl(
fact border_length(a: entity, b: entity) -> length: length symmetric {
  pattern {length} border between {a} and {b}
  example "the 4,209 km border between China & Russia" => a=China b=Russia length="4,209 km"
}
)fl";

// Checks that `xml` is well formed enough for a JUnit reader: every tag closes in
// order, attribute values are quoted, and text holds no raw '<' or stray '&'.
bool well_formed(const std::string& xml, std::string& why) {
  std::vector<std::string> open;
  std::size_t i = xml.find("?>");
  if (xml.rfind("<?xml ", 0) != 0 || i == std::string::npos) return (why = "no XML declaration"), false;
  for (i += 2; i < xml.size(); ++i) {
    char c = xml[i];
    if (c == '&') {
      std::size_t semi = xml.find(';', i);
      std::string entity = xml.substr(i, semi == std::string::npos ? 8 : semi - i + 1);
      static const std::vector<std::string> known{"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#10;", "&#9;"};
      if (std::find(known.begin(), known.end(), entity) == known.end()) return (why = "bad entity " + entity), false;
      continue;
    }
    if (c != '<') continue;
    std::size_t end = i + 1;
    bool quoted = false;
    while (end < xml.size() && (quoted || xml[end] != '>')) {
      if (xml[end] == '"') quoted = !quoted;
      if (quoted && xml[end] == '<') return (why = "'<' in an attribute"), false;
      ++end;
    }
    if (end == xml.size()) return (why = "unterminated tag"), false;
    std::string tag = xml.substr(i + 1, end - i - 1);
    if (tag.empty()) return (why = "empty tag"), false;
    if (tag[0] == '/') {
      if (open.empty() || open.back() != tag.substr(1)) return (why = "mismatched </" + tag.substr(1) + ">"), false;
      open.pop_back();
    } else if (tag.back() != '/') {
      open.push_back(tag.substr(0, tag.find(' ')));
    }
    i = end;
  }
  if (!open.empty()) return (why = "unclosed <" + open.back() + ">"), false;
  return true;
}

}  // namespace

TEST_CASE("factlint test passes on the bundled rules and their fixtures", "[e2e]") {
  auto run = run_factlint("test rules/");
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find(" passed, 0 failed\n") != std::string::npos);
}

TEST_CASE("a deliberately failing example exits 1 with expected and actual", "[e2e]") {
  std::string dir = rule_dir(kFailing);
  auto run = run_factlint("test " + dir);
  INFO(run.out << run.err);
  CHECK(run.exit_code == 1);
  CHECK(run.out.find(dir + "/r.facts:12:3: error: example failed: expected border_length(China, Russia) = 4,209 km, "
                           "got nothing; nearest: pattern #1: the word 'and*' is missing\n"
                           "  example \"the 4,209 km border between China & Russia\"") != std::string::npos);
  CHECK(run.out.find("\n  ^~~~~~~\n") != std::string::npos);
  CHECK(run.out.find("\n2 passed, 1 failed\n") != std::string::npos);
}

TEST_CASE("test, rules lint and rules list take the rules as --rules too, as check and explain do", "[e2e]") {
  std::string dir = rule_dir(kFailing);
  auto test = run_factlint("test --rules " + dir);
  INFO(test.out << test.err);
  CHECK(test.exit_code == 1);
  CHECK(test.out.find("\n2 passed, 1 failed\n") != std::string::npos);
  auto lint = run_factlint("rules lint --rules " + dir);
  CHECK(lint.exit_code == 0);
  CHECK(lint.out.find("1 rule file, ") == 0);
  auto list = run_factlint("rules list --rules " + dir);
  CHECK(list.exit_code == 0);
  CHECK(list.out.find(dir + "/r.facts:") == 0);
}

TEST_CASE("a failing example shows the value that was found instead", "[e2e]") {
  std::string dir = rule_dir(R"fl(
fact crimea(by: entity) -> when: year {
  pattern {by} annexed crimea in {when}
  example "Russia annexed Crimea in 2014" => by=Russia when=2015
}
)fl");
  auto run = run_factlint("test " + dir);
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("error: example failed: expected crimea(Russia) = 2015, got crimea(Russia) = 2014 "
                     "('Russia annexed Crimea in 2014')") != std::string::npos);
}

TEST_CASE("factlint test --format junit writes well-formed JUnit XML", "[e2e]") {
  std::string dir = rule_dir(kFailing);
  auto run = run_factlint("test --format junit " + dir);
  CHECK(run.exit_code == 1);  // the format never changes the exit code
  std::string why;
  INFO(run.out);
  CHECK(well_formed(run.out, why));
  INFO(why);
  CHECK(run.out.find("<testsuites name=\"factlint test\" tests=\"3\" failures=\"1\" errors=\"0\">") != std::string::npos);
  CHECK(run.out.find("classname=\"border_length\"") != std::string::npos);
  CHECK(run.out.find("China &amp; Russia") != std::string::npos);
  CHECK(run.out.find("<failure message=\"example failed: expected border_length(China, Russia) = 4,209 km, got "
                     "nothing; nearest: pattern #1: the word &apos;and*&apos; is missing") != std::string::npos);

  SECTION("the bundled rules give well-formed XML with coverage") {
    auto bundled = run_factlint("test --format junit --coverage rules/");
    CHECK(well_formed(bundled.out, why));
    INFO(why);
  }
}

TEST_CASE("factlint test --format json writes the factlint-test/v1 schema to a file", "[e2e]") {
  std::string dir = rule_dir(kFailing);
  auto run = run_factlint("test --format json -o " + dir + "/out/report.json " + dir);
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  auto done = run_factlint("test --no-fixtures --format json rules/");
  nlohmann::json j = nlohmann::json::parse(done.out);
  CHECK(j["schema"] == "factlint-test/v1");
  CHECK(j["summary"]["failed"] == 0);
  CHECK(j["cases"].size() == j["summary"]["cases"]);
}

TEST_CASE("factlint test --coverage fails and lists patterns no case fired", "[e2e]") {
  std::string dir = rule_dir(R"fl(
fact crimea(by: entity) -> when: year {
  pattern {by} annexed crimea in {when}
  pattern {by} 's annexation of crimea in {when}
  example "Russia annexed Crimea in 2014" => by=Russia when=2014
}
)fl");
  CHECK(run_factlint("test " + dir).exit_code == 0);
  auto run = run_factlint("test --coverage " + dir);
  INFO(run.out << run.err);
  CHECK(run.exit_code == 1);
  CHECK(run.out.find(dir + "/r.facts:12:11: error: pattern 2 of fact 'crimea' never fired in a passing example or "
                           "fixture\n") != std::string::npos);
  CHECK(run.out.find("coverage: 2 of 3 cues and patterns fired\n") != std::string::npos);

  SECTION("a fixture in tests/ beside the rules covers it") {
    write_file(dir + "/tests/crimea.md",
               "<!-- expect: crimea(Russia) = 2014 -->\nRussia's annexation of Crimea in 2014 was condemned.\n");
    auto covered = run_factlint("test --coverage " + dir);
    INFO(covered.out << covered.err);
    CHECK(covered.exit_code == 0);
    CHECK(covered.out.find("coverage: 3 of 3 cues and patterns fired\n4 passed, 0 failed\n") != std::string::npos);
  }
}

TEST_CASE("a failing fixture annotation exits 1, a malformed one exits 2", "[e2e]") {
  std::string dir = rule_dir();
  std::string fixtures = make_temp_dir();
  write_file(fixtures + "/a.md", "<!-- expect: trade_partner_rank(Russia, China) = 6th -->\nRussia is China's 7th trade partner.\n");
  auto failing = run_factlint("test " + dir + " --fixtures " + fixtures);
  CHECK(failing.exit_code == 1);
  CHECK(failing.out.find(fixtures + "/a.md:1:1: error: expect failed: expected trade_partner_rank(Russia, China) = "
                                    "6th as the next trade_partner_rank, got trade_partner_rank(Russia, China) = 7th "
                                    "at line 2") != std::string::npos);

  write_file(fixtures + "/b.md", "<!-- expect: trade_partner_rank(Rusia, China) = 6th -->\nText.\n");
  auto malformed = run_factlint("test " + dir + " --fixtures " + fixtures);
  CHECK(malformed.exit_code == 2);
  CHECK(malformed.err.find("b.md:1:1: error: unknown entity 'Rusia' in annotation; did you mean 'Russia'?") !=
        std::string::npos);
}

TEST_CASE("factlint test exits 2 on rule errors and on a missing fixture path", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/bad.facts", "fact f(a: entity) -> n: lenght {\n  pattern {a} {n}\n}\n");
  auto bad = run_factlint("test " + dir);
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("bad.facts:1:") != std::string::npos);
  CHECK(bad.err.find("nothing was tested") != std::string::npos);

  auto missing = run_factlint("test " + rule_dir() + " --fixtures no-such-folder");
  CHECK(missing.exit_code == 2);
  // The summary does not read as a success on a run that exits 2: it says what could not run.
  CHECK(missing.out.find(" passed, 0 failed, 1 error: 'no-such-folder': ") != std::string::npos);
  CHECK(missing.err.find("the cases they hold did not run") != std::string::npos);
}

TEST_CASE("factlint rules lint exits 0 on warnings, 1 with --werror, 2 on errors", "[e2e]") {
  auto clean = run_factlint("rules lint rules/");
  INFO(clean.err);
  CHECK(clean.exit_code == 0);
  CHECK(clean.out.find("0 errors") != std::string::npos);

  std::string dir = rule_dir("fact untested -> when: year {\n  pattern signed in {when}\n}\n");
  auto warned = run_factlint("rules lint " + dir);
  CHECK(warned.exit_code == 0);
  CHECK(warned.err.find("warning:") != std::string::npos);
  CHECK(warned.out.find("1 warning") != std::string::npos);
  CHECK(run_factlint("rules lint --werror " + dir).exit_code == 1);

  std::string broken = make_temp_dir();
  write_file(broken + "/bad.facts", "fact f(a: entity) -> n: lenght {\n  pattern {a} {n}\n}\n");
  auto errors = run_factlint("rules lint " + broken);
  CHECK(errors.exit_code == 2);
  CHECK(errors.err.find("bad.facts:1:") != std::string::npos);
}

TEST_CASE("rules lint counts a fact's cues as well as its patterns, in its summary and its warnings", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/cues.facts", R"fl(entity China  = "China"
entity Russia = "Russia"
fact trade(a: entity, b: entity) -> amount: money symmetric {
  cue trade | commerce
  cue turnover
}
)fl");
  auto run = run_factlint("rules lint " + dir);
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out == "1 rule file, 1 fact, 2 cues, 0 patterns: 0 errors, 1 warning\n");
  CHECK(run.err.find("fact 'trade' has no examples; add an 'example' so 'factlint test' checks its cues\n") !=
        std::string::npos);
  // Without cues the summary reads as it always did.
  CHECK(run_factlint("rules lint " + rule_dir()).out == "1 rule file, 1 fact, 1 pattern: 0 errors, 0 warnings\n");
}

TEST_CASE("factlint rules list prints each fact with its signature and counts", "[e2e]") {
  auto run = run_factlint("rules list " + rule_dir());
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("/r.facts:4:6: trade_partner_rank(partner: entity, of: entity) -> rank: ordinal; "
                     "1 pattern, 1 example, 1 counterexample\n") != std::string::npos);
  auto json_run = run_factlint("rules list --format json rules/");
  nlohmann::json j = nlohmann::json::parse(json_run.out);
  CHECK(j["schema"] == "factlint-rules/v1");
  CHECK(j["facts"][0]["name"] == "trade_partner_rank");
  CHECK(j["facts"][0]["value"]["type"] == "ordinal");
  CHECK(j["facts"][1]["name"] == "bilateral_trade");
  CHECK(j["facts"][1]["cues"] == 1);
  CHECK(j["facts"][1]["patterns"] == 0);
}

// Before: `rules list` printed `gdp_per_head(...) -> amount: money`, leaving out `per
// person`, and dropped a role's `not` kinds and a tied role's entity (a blind writer's
// report): each declaration prints as written.
TEST_CASE("factlint rules list prints a fact's whole role and value declarations", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/r.facts", "entity Marland: country = \"Marland\"\n"
                               "entity Port: city = \"Port Ash\"\n"
                               "fact wage(country: country = Marland not city) -> amount: money per head {\n"
                               "  cue wage\n}\n"
                               "fact port_size(city: Port) -> people: count {\n  cue people\n}\n");
  auto run = run_factlint("rules list --rules " + dir);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find(": wage(country: country = Marland not city) -> amount: money per head; ") != std::string::npos);
  CHECK(run.out.find(": port_size(city: Port) -> people: count; ") != std::string::npos);
  nlohmann::json j = nlohmann::json::parse(run_factlint("rules list --format json --rules " + dir).out);
  CHECK(j["facts"][0]["value"]["per"] == "head");
}
