// End to end: `factlint history` lists the runs the store keeps.
#include <filesystem>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint;

TEST_CASE("history lists each recorded run, newest first", "[e2e]") {
  std::string db = make_temp_dir() + "/f.db";
  REQUIRE(run_factlint("check --db " + db).exit_code == 1);
  REQUIRE(run_factlint("check --db " + db).exit_code == 1);
  auto run = run_factlint("history --db " + db);
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.rfind("run 2  ", 0) == 0);
  CHECK(run.out.find("\nrun 1  ") != std::string::npos);
  CHECK(run.out.find("5 documents") != std::string::npos);

  auto json = nlohmann::json::parse(run_factlint("history --format json --db " + db).out);
  CHECK(json["schema"] == "factlint-history/v1");
  REQUIRE(json["runs"].size() == 2);
  CHECK(json["runs"][0]["id"] == 2);
  CHECK(json["runs"][0]["summary"]["documents"] == 5);
}

TEST_CASE("history of a store that does not exist says so and creates nothing", "[e2e]") {
  std::string db = make_temp_dir() + "/none.db";
  auto run = run_factlint("history --db " + db);
  CHECK(run.exit_code == 0);
  CHECK(run.out == "no runs recorded in '" + db + "'\n");
  CHECK_FALSE(std::filesystem::exists(db));
}
