// End to end: values as the binary reads them. `parse` never prints part of a phrase,
// round figures of different size stay apart, and every statement in the JSON report
// carries the value it states.
#include <catch2/catch.hpp>

#include <cmath>

#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint;
using factlint::testing::write_file;
using nlohmann::json;

TEST_CASE("parse names the unread part of a phrase it can read only in part", "[e2e]") {
  auto run = run_factlint("parse count 'fifty-third'");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err == "factlint: error: cannot read 'fifty-third' as count: '-third' is not read\n");
}

TEST_CASE("parse refuses a figure before a mistyped scale word and names the scale", "[e2e]") {
  auto run = run_factlint("parse count '312 milion people'");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err ==
        "factlint: error: cannot read '312 milion' as count: 'milion' is not read (a misspelt 'million'?)\n");
}

TEST_CASE("parse reads a whole number with a vulgar fraction as their sum", "[e2e]") {
  auto run = run_factlint("parse duration 'a design life of 5\u00bd years'");
  REQUIRE(run.exit_code == 0);
  json j = json::parse(run.out);
  CHECK(j["display"] == "5.5 yr");
  CHECK(j["text"] == "5\u00bd years");
}

TEST_CASE("parse prints small figures in full", "[e2e]") {
  auto run = run_factlint("parse length '2 cm'");
  REQUIRE(run.exit_code == 0);
  json j = json::parse(run.out);
  CHECK(j["lo"] == 0.02);
  CHECK(j["hi"] == 0.02);
}

TEST_CASE("parse reads an ambiguous numeric date only with a date order", "[e2e]") {
  CHECK(run_factlint("parse date '04/05/2020'").exit_code == 1);
  auto us = run_factlint("parse --date-order mdy date '04/05/2020'");
  REQUIRE(us.exit_code == 0);
  CHECK(json::parse(us.out)["lo"] == "2020-04-05");
  auto uk = run_factlint("parse --date-order dmy date '04/05/2020'");
  REQUIRE(uk.exit_code == 0);
  CHECK(json::parse(uk.out)["lo"] == "2020-05-04");
}

TEST_CASE("round figures of different size are different values, each statement with its own", "[e2e]") {
  const std::string dir = make_temp_dir();
  write_file(dir + "/rules/trade.facts",
             "entity Ruritania = \"Ruritania\"\n"
             "entity Osterlich = \"Osterlich\"\n"
             "fact trade(a: entity, b: entity) -> value: money symmetric {\n"
             "  pattern trade between {a} and {b} reached {value}\n"
             "  compare within 3%\n"
             "  example \"trade between Ruritania and Osterlich reached $5 billion\" => a=Ruritania b=Osterlich "
             "value=\"$5 billion\"\n"
             "}\n");
  write_file(dir + "/corpus/a.md", "Trade between Ruritania and Osterlich reached $100 billion.\n");
  write_file(dir + "/corpus/b.md", "Trade between Ruritania and Osterlich reached $200 billion.\n");
  write_file(dir + "/corpus/c.md", "Trade between Ruritania and Osterlich reached $300 billion.\n");
  write_file(dir + "/corpus/d.md", "Trade between Ruritania and Osterlich reached $102 billion.\n");
  auto run = run_factlint("check --no-db --format json --rules " + dir + "/rules " + dir + "/corpus");
  INFO(run.err);
  REQUIRE(run.exit_code == 1);
  json report = json::parse(run.out);
  REQUIRE(report["findings"].size() == 1);
  const json& values = report["findings"][0]["values"];
  CHECK(values.size() == 3);
  for (const json& group : values) {
    for (const json& s : group["statements"]) {
      CAPTURE(group["value"], s["value_text"]);
      // A statement is listed only under a value that holds what it states.
      const double stated = s["normalized"]["lo"];
      const double shown = group["normalized"]["lo"];
      CHECK(std::abs(stated - shown) <= 0.05 * shown);
      CHECK(s["value"].is_string());
    }
  }
}

// Before: the annotations and the Markdown table quoted a statement with its group's
// figure: "'42.3 km' at b.txt" for a document that says 42 km (a newcomer's report).
TEST_CASE("annotations and the Markdown table quote each statement's own figure", "[e2e]") {
  const std::string dir = make_temp_dir();
  write_file(dir + "/rules/tram.facts",
             "entity Riverton: city = \"Riverton\"\n"
             "fact tram_length(city: city) -> length: length {\n"
             "  cue tram network\n"
             "  compare within 2%\n"
             "  example \"Riverton's tram network is 42 km long\" => city=Riverton length=\"42 km\"\n"
             "}\n");
  write_file(dir + "/corpus/a.txt", "Riverton's tram network is 42.3 km long.\n");
  write_file(dir + "/corpus/b.txt", "Riverton's tram network is 42 km long.\n");
  write_file(dir + "/corpus/c.txt", "Riverton's tram network is 46 km long.\n");
  const std::string args = " --rules " + dir + "/rules " + dir + "/corpus";
  auto github = run_factlint("check --no-db --format github" + args);
  CHECK(github.out.find("'42 km' at " + dir + "/corpus/b.txt") != std::string::npos);
  CHECK(github.out.find("'42.3 km' at " + dir + "/corpus/b.txt") == std::string::npos);
  CHECK(github.out.find("this source says '42 km'") != std::string::npos);
  auto sarif = run_factlint("check --no-db --format sarif" + args);
  CHECK(sarif.out.find("this source says '42 km'") != std::string::npos);
}
