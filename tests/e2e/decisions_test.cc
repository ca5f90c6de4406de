// End to end: factlint.decisions.toml changes verdicts, and a bad one stops the run.
#include <catch2/catch.hpp>

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
