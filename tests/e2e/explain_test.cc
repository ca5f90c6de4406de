// End to end: `factlint explain` on the bundled corpus.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::run_factlint;

TEST_CASE("explain shows the sentence, the pattern and the value steps of every statement", "[e2e]") {
  auto run = run_factlint("explain sino_soviet_split --no-db");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("compare: start") != std::string::npos);
  CHECK(run.out.find("pattern:   #1 at rules/china-russia.facts:") != std::string::npos);
  CHECK(run.out.find("\"from 1961 to 1989\" -> normalized \"from 1961 to 1989\"") != std::string::npos);
}

// A newcomer's report (session 11): the value line ended in the reading as a JSON object.
TEST_CASE("explain writes a value as the reports do, never as a JSON object", "[e2e]") {
  auto run = run_factlint("explain f-1736ca0f5f --no-db");
  INFO(run.out);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("{length} = \"2,300-mile\" -> normalized \"2,300-mile\" -> '2,300 mi'\n") != std::string::npos);
  CHECK(run.out.find("\"lo_inclusive\"") == std::string::npos);
  // Each statement's source is named with its document's title (docs/contracts.md "Other outputs").
  CHECK(run.out.find("(\u201cForeign policy scholars examine the China-Russia\u2026\u201d, MIT News, 2023-11-17)") !=
        std::string::npos);
  auto text = run_factlint("explain --text \"Russia is China's sixth-largest trade partner.\"");
  INFO(text.out);
  CHECK(text.out.find("{rank} = \"sixth-largest\" -> normalized \"sixth-largest\" -> '6th'\n") != std::string::npos);
  CHECK(text.out.find("\"approx\"") == std::string::npos);
}

TEST_CASE("explain finds a finding by the id the report gives it", "[e2e]") {
  auto report = nlohmann::json::parse(run_factlint("check --no-db --format json").out);
  std::string id = report["findings"][0]["id"];
  auto run = run_factlint("explain " + id + " --no-db --format json");
  REQUIRE(run.exit_code == 0);
  auto explained = nlohmann::json::parse(run.out);
  CHECK(explained["id"] == id);
  CHECK(explained["schema"] == "factlint-explain/v1");
  CHECK_FALSE(explained["values"].empty());
}

TEST_CASE("explain of an unknown id exits 2 and says how to list ids", "[e2e]") {
  auto run = run_factlint("explain f-0000000000 --no-db");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("factlint report") != std::string::npos);
}

TEST_CASE("explain takes a key as the report prints it, year included, and lists a key's years", "[e2e]") {
  const std::string dir = factlint::testing::make_temp_dir();
  factlint::testing::write_file(dir + "/rules/r.facts",
                                "entity Ames: port = \"Port of Ames\"\nfact cargo(port: port) -> t: mass {\n"
                                "  cue cargo\n  scope per year\n}\n");
  factlint::testing::write_file(dir + "/corpus/a.md",
                                "Cargo at the Port of Ames was 12.5 million tonnes in 2021.\n\n"
                                "Cargo at the Port of Ames was 13.1 million tonnes in 2022.\n");
  auto both = factlint::testing::run_factlint_in(dir, "explain --no-db 'cargo(Ames)'");
  CHECK(both.exit_code == 2);
  CHECK(both.err.find("'cargo(Ames)' names 2 findings, one per year") != std::string::npos);
  CHECK(both.err.find("cargo(Ames) [2022]") != std::string::npos);
  auto one = factlint::testing::run_factlint_in(dir, "explain --no-db 'cargo(Ames) [2022]'");
  CHECK(one.exit_code == 0);
  CHECK(one.out.find("cargo(Ames) [2022]") != std::string::npos);
  CHECK(one.out.find("13.1 million") != std::string::npos);
}

TEST_CASE("explain --text shows what the rules read in a sentence never seen", "[e2e]") {
  auto run = run_factlint(
      "explain --text \"By 2019, Moscow had become Beijing's seventh-biggest trading partner.\" --date 2019-06-01");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("trade_partner_rank(Russia, China) [2019] = '7th'") != std::string::npos);
  CHECK(run.out.find("\"seventh-biggest\" -> normalized \"seventh-biggest\"") != std::string::npos);
}

TEST_CASE("explain --text says so when nothing matched", "[e2e]") {
  auto run = run_factlint("explain --text \"The weather was fine.\"");
  CHECK(run.exit_code == 0);
  CHECK(run.out == "no fact matched this text\n");
}

TEST_CASE("explain shows the words each role was read from, or that context resolved it", "[e2e]") {
  auto run = run_factlint("explain 'border_length(China, Russia)' --no-db");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("{a} = China ('China'), {b} = Russia ('Russia')") != std::string::npos);
  // Resolved from context: the sentence that named them, by its line.
  CHECK(run.out.find("{a} = China (from the sentence at line 15), {b} = Russia (from the sentence at line 15)") !=
        std::string::npos);
}

TEST_CASE("explain shows a statement read across a wrapped line on one line, and suggests a misspelt key", "[e2e]") {
  const std::string dir = factlint::testing::make_temp_dir();
  factlint::testing::write_file(dir + "/rules/r.facts",
                                "entity Ames: port = \"Port of Ames\"\nfact cargo(port: port) -> t: mass {\n"
                                "  cue cargo\n}\n");
  factlint::testing::write_file(dir + "/corpus/a.md", "Cargo at the Port of Ames was 12.5\nmillion tonnes.\n");
  auto run = factlint::testing::run_factlint_in(dir, "explain --no-db 'cargo(Ames)'");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  // The source's line break is shown as "\n" (docs/limits.md), never as a raw break.
  CHECK(run.out.find("12.5\\nmillion tonnes") != std::string::npos);
  CHECK(run.out.find("12.5\nmillion") == std::string::npos);

  auto misspelt = factlint::testing::run_factlint_in(dir, "explain --no-db 'crago(Ames)'");
  CHECK(misspelt.exit_code == 2);
  CHECK(misspelt.err.find("no finding 'crago(Ames)' in this corpus; did you mean 'cargo(Ames)'?") !=
        std::string::npos);
}

TEST_CASE("explain and the JSON report say where a role the sentence does not name came from", "[e2e]") {
  const std::string dir = factlint::testing::make_temp_dir();
  factlint::testing::write_file(dir + "/rules/r.facts",
                                "entity Acme: company = \"Acme\"\nentity Rival: company = \"Rival\"\n"
                                "fact staff(company: company) -> n: count {\n  cue employees\n  scope per year\n}\n");
  factlint::testing::write_file(dir + "/corpus/a.md",
                                "---\ntitle: Acme annual report 2023\ndate: 2024-02-06\n---\n\n"
                                "The alliance with Rival ended. Rival left.\n\n## People\n\nThe group had 900 employees.\n");
  auto text = factlint::testing::run_factlint_in(dir, "explain --no-db 'staff(Acme) [2023]'");
  INFO(text.err);
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("{company} = Acme (from the document's topic: its title)") != std::string::npos);
  CHECK(text.out.find("scope:     2023 (title's year)") != std::string::npos);
  auto explained = nlohmann::json::parse(
      factlint::testing::run_factlint_in(dir, "explain --no-db --format json 'staff(Acme) [2023]'").out);
  CHECK(explained["values"][0]["statements"][0]["roles"]["company"]["source"] == "title");
  auto report = nlohmann::json::parse(factlint::testing::run_factlint_in(dir, "check --no-db --format json").out);
  const auto& statement = report["findings"][0]["values"][0]["statements"][0];
  CHECK(statement["role_sources"] == nlohmann::json{{"company", "title"}});
  CHECK(statement["scope_source"] == "title's year");
}

// Before: 'kind' did not parse, and "The automaker" named nothing.
TEST_CASE("explain says which noun of a kind led to the sentence a role came from", "[e2e][kind]") {
  const std::string dir = factlint::testing::make_temp_dir();
  factlint::testing::write_file(dir + "/rules/r.facts",
                                "entity Harlow: carmaker = \"Harlow Motors\"\nkind carmaker = \"automaker\"\n"
                                "fact staff(maker: carmaker) -> people: count {\n  cue employees\n}\n");
  factlint::testing::write_file(dir + "/corpus/a.md",
                                "Harlow Motors was founded in Dunmere.\nDunmere is a port town.\n"
                                "The automaker had 41,000 employees.\n");
  auto run = factlint::testing::run_factlint_in(dir, "explain --no-db 'staff(Harlow)'");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("{maker} = Harlow (from the sentence at line 1, which 'the automaker' refers to)") !=
        std::string::npos);
}

// A role a cue fixes (`=> route=...`) or a role's fallback entity names no words of the
// sentence: explain says where the entity came from (docs/rules.md "A cue that names a
// role's entity", "A role's fallback entity"), and why a sentence that names another
// entity for a fixed role gives nothing. Sentences written for this test.
TEST_CASE("explain says a role came from its cue or its fallback entity", "[e2e]") {
  const std::string dir = factlint::testing::make_temp_dir();
  factlint::testing::write_file(dir + "/rules/r.facts",
                                "entity Gull_cars: route = \"Gull Car Ferry\"\n"
                                "entity Gull_freight: route = \"Gull Freight\"\n"
                                "entity Brightwater: company = \"Brightwater\"\n"
                                "entity Calder: region = \"Calder\"\n"
                                "fact moved(route: route) -> n: count {\n"
                                "  cue lorries => route=Gull_freight\n}\n"
                                "fact levy(region: region = Calder) -> rate: percent {\n  cue levy\n}\n");
  auto cue = factlint::testing::run_factlint_in(dir, "explain --text 'Brightwater moved 640,000 lorries.'");
  INFO(cue.out << cue.err);
  CHECK(cue.out.find("{route} = Gull_freight (from the cue 'lorries')") != std::string::npos);
  auto fallback = factlint::testing::run_factlint_in(dir, "explain --text 'The levy is 4 percent.'");
  INFO(fallback.out << fallback.err);
  CHECK(fallback.out.find("{region} = Calder (fallback: ") != std::string::npos);
  auto other = factlint::testing::run_factlint_in(dir, "explain --text 'The Gull Car Ferry moved 75,000 lorries.'");
  INFO(other.out << other.err);
  CHECK(other.out.find("but its cue 'lorries' gives that role Gull_freight") != std::string::npos);
}
