// End to end: every --format on the bundled corpus (docs/contracts.md#exit-codes and #other-outputs).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint;
using factlint::testing::read_file;

namespace {

// The seed corpus with every finding counted (no store, no baseline).
const std::string kCheck = "check --no-db --no-baseline";

}  // namespace

TEST_CASE("every output format keeps exit code 1 on the seed corpus", "[e2e]") {
  auto format = GENERATE(as<std::string>{}, "text", "json", "sarif", "junit", "github", "markdown");
  CAPTURE(format);
  auto run = run_factlint(kCheck + " --format " + format);
  INFO(run.err);
  CHECK(run.exit_code == 1);
  CHECK_FALSE(run.out.empty());
}

TEST_CASE("an unknown format is a usage error", "[e2e]") {
  CHECK(run_factlint(kCheck + " --format yaml").exit_code == 2);
}

TEST_CASE("the SARIF report of the seed corpus is SARIF 2.1.0 with a result per disagreeing statement",
          "[e2e]") {
  auto run = run_factlint(kCheck + " --format sarif");
  INFO(run.err);
  nlohmann::json j = nlohmann::json::parse(run.out);
  CHECK(j["version"] == "2.1.0");
  const nlohmann::json& sarif_run = j["runs"][0];
  CHECK(sarif_run["tool"]["driver"]["name"] == "factlint");
  CHECK_FALSE(sarif_run["tool"]["driver"]["version"].get<std::string>().empty());
  const nlohmann::json& results = sarif_run["results"];
  CHECK(results.size() >= 3);
  for (const nlohmann::json& result : results) {
    const nlohmann::json& location = result["locations"][0]["physicalLocation"];
    CHECK(location["artifactLocation"]["uri"].get<std::string>().rfind("corpus/", 0) == 0);
    CHECK(location["region"]["startLine"].get<int>() > 0);
    CHECK_FALSE(result["relatedLocations"].empty());
    CHECK(result["partialFingerprints"].contains("factlint/findingId"));
  }
}

TEST_CASE("the github format prints error annotations on corpus files", "[e2e]") {
  unsetenv("GITHUB_STEP_SUMMARY");
  auto run = run_factlint(kCheck + " --format github");
  INFO(run.err);
  CHECK(run.out.rfind("::error file=corpus/", 0) == 0);
  CHECK(run.out.find(",line=") != std::string::npos);
  CHECK(run.out.find("\n::error file=corpus/") != std::string::npos);
}

TEST_CASE("the github format appends the Markdown summary to GITHUB_STEP_SUMMARY", "[e2e]") {
  std::string summary = make_temp_dir() + "/summary.md";
  factlint::testing::write_file(summary, "earlier step\n");
  setenv("GITHUB_STEP_SUMMARY", summary.c_str(), 1);
  auto run = run_factlint(kCheck + " --format github");
  unsetenv("GITHUB_STEP_SUMMARY");
  INFO(run.err);
  CHECK(run.exit_code == 1);
  std::string text = read_file(summary);
  CHECK(text.rfind("earlier step\n## factlint\n", 0) == 0);
  CHECK(text.find("conflicts**") != std::string::npos);
  CHECK(text.find("| fact | values | reason |") != std::string::npos);
  CHECK(run.out.find("## factlint") == std::string::npos);  // the summary is not on stdout
}

// Before: "cannot append the step summary" on stderr, and the exit code of the findings.
TEST_CASE("a step summary that cannot be written makes the github format exit 2", "[e2e]") {
  std::string summary = make_temp_dir() + "/no-such-folder/summary.md";
  setenv("GITHUB_STEP_SUMMARY", summary.c_str(), 1);
  auto run = run_factlint(kCheck + " --format github");
  auto passing = run_factlint(kCheck + " --format github --fail-on never");
  unsetenv("GITHUB_STEP_SUMMARY");
  CHECK(run.exit_code == 2);
  CHECK(passing.exit_code == 2);  // a gate that would pass must not pass with its summary lost
  CHECK(run.err.find("factlint: error: cannot append the step summary to '" + summary + "'") != std::string::npos);
  CHECK(run.out.rfind("::error file=corpus/", 0) == 0);  // the annotations are still printed
}

TEST_CASE("the JUnit report of the seed corpus fails the conflicting facts", "[e2e]") {
  auto run = run_factlint(kCheck + " --format junit");
  CHECK(run.out.rfind("<?xml", 0) == 0);
  CHECK(run.out.find("<failure message=\"values-differ: ") != std::string::npos);
  CHECK(run.out.find("name=\"border_length(China, Russia)\"") != std::string::npos);
}

TEST_CASE("the Markdown report of the seed corpus tables the conflicts", "[e2e]") {
  auto run = run_factlint(kCheck + " --format markdown");
  CHECK(run.out.rfind("## factlint\n", 0) == 0);
  CHECK(run.out.find("| border\\_length(China, Russia) | ") != std::string::npos);
  CHECK(run.out.find("<details>") != std::string::npos);
  // Each source with its document's title (a newcomer's report, session 11: paths only).
  CHECK(run.out.find("`corpus/2023-11-17-mit-news-foreign-policy-scholars-china-russia.txt:49:184` "
                     "(\u201cForeign policy scholars examine the China-Russia\u2026\u201d, MIT News, 2023-11-17)") !=
        std::string::npos);
}

TEST_CASE("the text report of the seed corpus names each source by its title", "[e2e]") {
  auto run = run_factlint(kCheck);
  CHECK(run.out.find("corpus/2024-03-29-cfr-china-russia-authoritarian-powers.txt:17:115  (\u201cChina and Russia: "
                     "Exploring Ties Between Two\u2026\u201d, Council on Foreign Relations, "
                     "2024-03-29)  \"2,600-mile (4184 kilometers)\"\n") != std::string::npos);
}

TEST_CASE("every format and command is the same with the statement spill forced to a sorted run per document",
          "[e2e]") {
  // FACTLINT_SPILL_BYTES=1 writes each document's statements as a run of their own,
  // so the report comes from merging many runs (app/statement_spill.h, issue 10).
  auto command = GENERATE(as<std::string>{}, kCheck + " --format json -j1", kCheck + " --format json -j2",
                          kCheck + " --format text", kCheck + " --format sarif", kCheck + " --format junit",
                          kCheck + " --format markdown", kCheck + " --format html", kCheck + " --format github",
                          "report --no-db --no-baseline");
  CAPTURE(command);
  unsetenv("GITHUB_STEP_SUMMARY");
  auto whole = run_factlint(command);
  auto spilled = run_factlint(command, "FACTLINT_SPILL_BYTES=1");
  CHECK(whole.exit_code == 1);
  CHECK(spilled.exit_code == whole.exit_code);
  CHECK(spilled.out == whole.out);
  CHECK(spilled.err == whole.err);
}

TEST_CASE("the JSON and text reports are the same whether findings' statements wait on disk or in memory", "[e2e]") {
  // `check --format json` and text spill each finding's statements to a temporary file
  // and read them back as it is written (compare/finding_spill.h, issue 10);
  // FACTLINT_SPILL_FINDINGS=0 holds them, as every other format does. With the
  // statement spill forced to a run per document too, so both spills meet.
  auto command = GENERATE(as<std::string>{}, kCheck + " --format json -j1", kCheck + " --format json -j2",
                          kCheck + " --format text", kCheck + " --format text --show consistent,single-source",
                          "report --no-db --no-baseline", "check --format json --db STORE",
                          kCheck + " --format json --quiet");
  CAPTURE(command);
  std::string run = command;
  if (auto at = run.find("STORE"); at != std::string::npos) run.replace(at, 5, make_temp_dir() + "/a.db");
  auto held = run_factlint(run, "FACTLINT_SPILL_FINDINGS=0");
  auto spilled = run_factlint(run, "FACTLINT_SPILL_BYTES=1");
  CHECK(held.exit_code == 1);
  CHECK(spilled.exit_code == held.exit_code);
  CHECK(spilled.out == held.out);
  CHECK(spilled.err == held.err);
  CHECK(held.out.size() > 1000);
}
