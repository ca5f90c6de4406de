// End to end: factlint.decisions.toml changes verdicts, and a bad one stops the run.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint;
using factlint::testing::write_file;

TEST_CASE("an acknowledged conflict no longer fails the run", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/d.toml",
             "[[decision]]\nfinding = \"sino_soviet_split\"\nkind = \"acknowledged\"\n"
             "[[decision]]\nfinding = \"border_length(China, Russia)\"\nkind = \"acknowledged\"\n"
             "[[decision]]\nfinding = \"trade_partner_rank(Russia, China)\"\nkind = \"acknowledged\"\n");
  auto run = run_factlint("check --no-db --decisions " + dir + "/d.toml");
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("(acknowledged, ") != std::string::npos);
}

TEST_CASE("a canonical decision reports deviating statements", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/d.toml",
             "[[decision]]\nfinding = \"border_length(China, Russia)\"\nkind = \"canonical\"\n"
             "value = \"4,209 km\"\nnote = \"border service\"\n");
  auto run = run_factlint("check --no-db --format json --decisions " + dir + "/d.toml");
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("\"deviates-from-decision\"") != std::string::npos);
}

TEST_CASE("only the values that disagree with a canonical value deviate, and outputs say who decided", "[e2e]") {
  std::string dir = make_temp_dir();
  // 2,600 mi (4,184 km) is within the fact's 3% of 4,209 km; 2,300 mi is not. The key
  // is written in the other order on purpose.
  write_file(dir + "/d.toml",
             "[[decision]]\nfinding = \"border_length(Russia, China)\"\nkind = \"canonical\"\n"
             "value = \"4,209 km\"\nnote = \"border service\"\nauthor = \"jdoe\"\n");
  auto text = run_factlint("check --no-db --decisions " + dir + "/d.toml");
  CHECK(text.exit_code == 1);
  CHECK(text.out.find("by an editor's decision (" + dir + "/d.toml:1, by jdoe: border service); '2,300 mi' (1 document) "
                      "deviates from it; '2,600 mi (4,184 km)' (1 document) agrees") != std::string::npos);
  CHECK(text.out.find("2,300 mi   <- deviates from the canonical value") != std::string::npos);
  CHECK(text.out.find("2,600 mi (4,184 km)   <- deviates") == std::string::npos);
  auto sarif = run_factlint("check --no-db --format sarif --decisions " + dir + "/d.toml");
  auto results = nlohmann::json::parse(sarif.out)["runs"][0]["results"];
  std::size_t border_results = 0;
  for (const auto& r : results) {
    if (r["ruleId"] != "border_length") continue;
    ++border_results;
    CHECK(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].get<std::string>().find("mit-news") !=
          std::string::npos);
  }
  CHECK(border_results == 1);  // the statement that agrees has no result of its own
}

TEST_CASE("a decisions file with a mistake exits 2 with a located error", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/d.toml", "[[decision]]\nfinding = \"x\"\nkind = \"canonicall\"\n");
  auto run = run_factlint("check --no-db --decisions " + dir + "/d.toml");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("d.toml:3:8: error: unknown decision kind 'canonicall'; did you mean 'canonical'?") !=
        std::string::npos);
}

TEST_CASE("a named decisions file that does not exist exits 2", "[e2e]") {
  auto run = run_factlint("check --no-db --decisions no-such-decisions.toml");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("no-such-decisions.toml") != std::string::npos);
}
