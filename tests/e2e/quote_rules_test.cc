// End to end: declared quotes, quote options, explain, decisions and baselines on
// quote findings, on the held-out rail-strike corpus (tests/golden/rail-strike/, issue 11).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint;
using factlint::testing::run_factlint_in;
using factlint::testing::write_file;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const char* kRail = "--rules tests/golden/rail-strike/rules tests/golden/rail-strike/corpus";

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const json* finding_keyed(const json& report, const std::string& key) {
  for (const json& f : report["findings"]) {
    if (f["key"] == key) return &f;
  }
  return nullptr;
}

const json& rail_report() {
  static const json report = [] {
    auto run = run_factlint(std::string("check --no-db --format json ") + kRail);
    INFO(run.err);
    REQUIRE(run.exit_code == 1);
    return json::parse(run.out);
  }();
  return report;
}

// The rail-strike rules and corpus copied into a fresh folder, as a project.
std::string rail_project() {
  std::string dir = make_temp_dir();
  fs::copy(fs::path(FACTLINT_SOURCE_DIR) / "tests/golden/rail-strike", dir, fs::copy_options::recursive);
  return dir;
}

}  // namespace

TEST_CASE("a declared quote is reported as its own finding against the verified wording", "[e2e]") {
  const json* penny = finding_keyed(rail_report(), "quote(no_penny_more)");
  REQUIRE(penny != nullptr);
  CHECK((*penny)["verdict"] == "conflicting");
  CHECK((*penny)["reason"] == "altered-quote");
  CHECK((*penny)["severity"] == "error");
  CHECK(has((*penny)["explanation"], "'four' -> 'five'"));
  // The wording that differs is marked; the one with the verified words is not.
  int deviating = 0;
  for (const json& v : (*penny)["values"]) deviating += v.value("deviates_from_decision", false) ? 1 : 0;
  CHECK(deviating == 1);
  CHECK((*penny)["values"].size() == 2);

  // "Our drivers have waited three years for a fair offer." drops "they will not wait
  // a fourth": a cut holding a negation.
  const json* fair = finding_keyed(rail_report(), "quote(fair_offer)");
  REQUIRE(fair != nullptr);
  CHECK((*fair)["reason"] == "truncated-quote");
  CHECK((*fair)["verdict"] == "conflicting");
}

TEST_CASE("quotations a declaration claims are not reported a second time", "[e2e]") {
  for (const json& f : rail_report()["findings"]) {
    std::string key = f["key"];
    CAPTURE(key);
    CHECK_FALSE(has(key, "\"nordline can afford"));
    CHECK_FALSE(has(key, "\"our drivers have waited"));
  }
}

TEST_CASE("quote statements carry their normalized words and how the speaker was found", "[e2e]") {
  const json* penny = finding_keyed(rail_report(), "quote(no_penny_more)");
  REQUIRE(penny != nullptr);
  const json& value = (*penny)["values"][0];
  CHECK(value["normalized"]["words"] == "nordline can afford a four percent raise and not a penny more");
  const json& s = value["statements"][0];
  CHECK(s["normalized"]["words"] == "nordline can afford a four percent raise and not a penny more");
  CHECK(s["speaker"] == "Ferrand");
  CHECK(s["attribution"] == "attribution cue before the quote naming 'Odile Ferrand'");
}

TEST_CASE("a rule file naming an unknown speaker stops the run with a located error", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/q.facts", "entity Xi: person = \"Xi\"\nquote q {\n  speaker: Putin\n  text: \"a b\"\n}\n");
  write_file(dir + "/corpus/a.txt", "Nothing here.\n");
  auto run = run_factlint_in(dir, "check --no-db");
  CHECK(run.exit_code == 2);
  CHECK(has(run.err, "rules/q.facts:3:12: error: unknown entity 'Putin' as the speaker of quote 'q'"));
}

TEST_CASE("rules list shows quote declarations, as text and JSON", "[e2e]") {
  auto text = run_factlint("rules list tests/golden/rail-strike/rules");
  INFO(text.err);
  CHECK(has(text.out, "tests/golden/rail-strike/rules/rail.facts:19:7: quote no_penny_more: Ferrand \"Nordline can "
                      "afford a four percent raise and not a penny more.\"\n"));
  auto json_run = run_factlint("rules list --format json tests/golden/rail-strike/rules");
  json list = json::parse(json_run.out);
  REQUIRE(list["quotes"].size() == 2);
  CHECK(list["quotes"][0]["name"] == "fair_offer");
  CHECK(list["quotes"][0]["speaker"] == "Brecht");
  CHECK(list["quotes"][0]["line"] == 14);
}

TEST_CASE("the --quote-ignore flag and the quote-ignore key leave a document's quotations out", "[e2e]") {
  auto flag = run_factlint(std::string("check --no-db --format json --quote-ignore '*rail-weekly*' ") + kRail);
  json report = json::parse(flag.out);
  const json* penny = finding_keyed(report, "quote(no_penny_more)");
  REQUIRE(penny != nullptr);
  CHECK((*penny)["reason"] == "consistent");  // the altered "five" is in the rail weekly
  // Its facts are still read.
  CHECK(report["summary"]["documents"] == 5);

  std::string dir = rail_project();
  write_file(dir + "/.factlint.toml", "quote-ignore = [\"corpus/2025-06-03-rail-weekly.txt\"]\n");
  auto config = run_factlint_in(dir, "check --no-db --format json");
  INFO(config.err);
  json config_report = json::parse(config.out);
  const json* again = finding_keyed(config_report, "quote(no_penny_more)");
  REQUIRE(again != nullptr);
  CHECK((*again)["reason"] == "consistent");
  auto shown = run_factlint_in(dir, "config");
  CHECK(has(shown.out, "quote-ignore"));
}

TEST_CASE("an acknowledged quote conflict is honoured, and its decision matches a finding", "[e2e]") {
  std::string dir = rail_project();
  write_file(dir + "/factlint.decisions.toml",
             "[[decision]]\nfinding = \"quote(no_penny_more)\"\nkind = \"acknowledged\"\nnote = \"misquoted in print\"\n");
  auto run = run_factlint_in(dir, "check --no-db --format json");
  INFO(run.err);
  CHECK_FALSE(has(run.err, "matches no finding"));
  json report = json::parse(run.out);
  const json* penny = finding_keyed(report, "quote(no_penny_more)");
  REQUIRE(penny != nullptr);
  CHECK((*penny)["reason"] == "acknowledged");
  CHECK((*penny)["severity"] == "info");
  CHECK((*penny)["decisions"].size() == 1);
}

TEST_CASE("decide --acknowledge takes a quote finding's id", "[e2e]") {
  std::string dir = rail_project();
  const json* penny = finding_keyed(rail_report(), "quote(no_penny_more)");
  REQUIRE(penny != nullptr);
  std::string id = (*penny)["id"];
  auto decided = run_factlint_in(dir, "decide " + id + " --acknowledge --note checked --no-db");
  INFO(decided.err);
  CHECK(decided.exit_code == 0);
  auto run = run_factlint_in(dir, "check --no-db --format json");
  CHECK_FALSE(has(run.err, "matches no finding"));
  CHECK((*finding_keyed(json::parse(run.out), "quote(no_penny_more)"))["reason"] == "acknowledged");
}

TEST_CASE("decisions that make no sense for a quotation are refused or warned about", "[e2e]") {
  std::string dir = rail_project();
  write_file(dir + "/factlint.decisions.toml",
             "[[decision]]\nfinding = \"quote(no_peny_more)\"\nkind = \"acknowledged\"\n");
  auto misspelt = run_factlint_in(dir, "check --no-db");
  CHECK(misspelt.exit_code == 2);
  CHECK(has(misspelt.err, "no quote 'no_peny_more' declared in the rules; did you mean 'no_penny_more'?"));
  write_file(dir + "/factlint.decisions.toml",
             "[[decision]]\nfinding = \"quote(no_penny_more)\"\nkind = \"canonical\"\nvalue = \"x\"\n");
  auto canonical = run_factlint_in(dir, "check --no-db");
  CHECK(canonical.exit_code == 2);
  CHECK(has(canonical.err, "is a quotation: declare its verified wording"));
}

TEST_CASE("a baselined quote conflict is not new", "[e2e]") {
  std::string dir = rail_project();
  auto created = run_factlint_in(dir, "baseline create --no-db");
  INFO(created.err);
  REQUIRE(created.exit_code == 0);
  std::ifstream in(dir + "/.factlint-baseline.json");
  std::stringstream baseline;
  baseline << in.rdbuf();
  CHECK(has(baseline.str(), "quote(no_penny_more)"));
  auto checked = run_factlint_in(dir, "check --no-db");
  INFO(checked.err);
  CHECK(checked.exit_code == 0);
  CHECK(has(checked.err, "0 new"));
}

TEST_CASE("explain on a quote finding shows each quotation, its speaker, how it was found and the diff", "[e2e]") {
  auto run = run_factlint(std::string("explain 'quote(no_penny_more)' --no-db ") + kRail);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(has(run.out, "compared with the verified wording of quote 'no_penny_more' (speaker Ferrand)"));
  CHECK(has(run.out, "      speaker:     Ferrand\n"));
  CHECK(has(run.out, "      found by:    pronoun 'she' resolved to Ferrand, the person named last before it\n"));
  CHECK(has(run.out, "      diff:        words changed: 'four' -> 'five'\n"));
  CHECK(has(run.out, "      diff:        the same words\n"));
  CHECK(has(run.out, "2025-06-03-rail-weekly.txt:"));
}

TEST_CASE("explain --text shows the quotations of a sentence with speaker and attribution", "[e2e]") {
  auto run = run_factlint(
      "explain --rules tests/golden/rail-strike/rules --text '\"We are ready to talk,\" Brecht said, \"but not to beg.\"'");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(has(run.out, "quotation \"We are ready to talk, but not to beg.\" (speech)\n"));
  CHECK(has(run.out, "  speaker:     Brecht\n"));
  CHECK(has(run.out, "  found by:    "));
}
