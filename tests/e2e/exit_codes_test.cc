// End to end: exit codes and errors users and pipelines depend on (docs/contracts.md#exit-codes).
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint;
using factlint::testing::write_file;

TEST_CASE("fail-on never exits 0 on a corpus with conflicts", "[e2e]") {
  auto run = run_factlint("check --no-db --fail-on never");
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("conflicting") != std::string::npos);
}

TEST_CASE("the output format never changes the exit code", "[e2e]") {
  CHECK(run_factlint("check --no-db").exit_code == 1);
  CHECK(run_factlint("check --no-db --format json").exit_code == 1);
}

TEST_CASE("a broken rule file exits 2 with a located diagnostic", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/bad.facts", "entity China = \"China\"\nfact f(a: entity) -> n: lenght {\n  pattern {a} {n}\n}\n");
  auto run = run_factlint("check --no-db --rules " + dir + "/bad.facts");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("bad.facts:2:") != std::string::npos);
  CHECK(run.err.find("^") != std::string::npos);
  CHECK(run.err.find("length") != std::string::npos);  // did you mean
}

TEST_CASE("each common mistake in a rule file stops the check with exit 2 and one located error", "[e2e]") {
  const char* const entities = "entity China: country = \"China\", \"Beijing\"\nentity Russia: country = \"Russia\"\n";
  const char* const uses =
      "  example \"China and Russia traded $5 billion\" => a=China b=Russia amount=\"$5 billion\"\n"
      "  known a=China b=Russia amount=\"$5 billion\"\n}\n";
  struct Case {
    const char* what;
    std::string text;
    const char* where;  // file:line:col of the one error
  };
  const std::vector<Case> cases = {
      {"a missing comma between aliases",
       "entity China: country = \"China\" \"Beijing\"\nentity Russia: country = \"Russia\"\n"
       "fact trade(a: country, b: country) -> amount: money symmetric {\n  cue trade\n" + std::string(uses),
       "bad.facts:1:32:"},
      {"a missing comma between roles",
       entities + std::string("fact trade(a: country b: country) -> amount: money symmetric {\n  cue trade\n") + uses,
       "bad.facts:3:22:"},
      {"an unknown keyword in a fact",
       entities + std::string("fact trade(a: country, b: country) -> amount: money symmetric {\n  cue trade\n"
                              "  tolerance 3%\n") + uses,
       "bad.facts:5:3:"},
      {"an unterminated string",
       entities + std::string("fact trade(a: country, b: country) -> amount: money symmetric {\n") +
           "  cue \"trade\n" + uses,
       "bad.facts:4:7:"},
      {"a fact without a value role",
       entities + std::string("fact trade(a: country, b: country) symmetric {\n  cue trade\n") + uses,
       "bad.facts:3:36:"},
      {"a duplicate fact name",
       entities + std::string("fact trade(a: country, b: country) -> amount: money symmetric {\n  cue trade\n}\n") +
           "fact trade(a: country, b: country) -> amount: money symmetric {\n  cue commerce\n" + uses,
       "bad.facts:6:6:"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what, c.text);
    std::string dir = make_temp_dir();
    write_file(dir + "/bad.facts", c.text);
    auto run = run_factlint("check --no-db --rules " + dir + "/bad.facts");
    INFO(run.err);
    CHECK(run.exit_code == 2);
    // Located errors only: the run's own closing line is "factlint: error: ...".
    std::size_t errors = 0;
    std::istringstream lines(run.err);
    for (std::string line; std::getline(lines, line);) {
      if (line.find("bad.facts:") != std::string::npos && line.find(": error: ") != std::string::npos) ++errors;
    }
    CHECK(errors == 1);
    CHECK(run.err.find(c.where) != std::string::npos);
  }
}

TEST_CASE("a missing document path exits 2 and names the path", "[e2e]") {
  auto run = run_factlint("check --no-db no-such-folder");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("no-such-folder") != std::string::npos);
}

TEST_CASE("a binary document is reported and the others are still checked", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/a.md", "---\ndate: 2023-01-01\n---\nRussia annexed Crimea in 2014.\n");
  write_file(dir + "/b.md", "---\ndate: 2023-02-01\n---\nRussia annexed Crimea in 2014, officials said.\n");
  write_file(dir + "/c.txt", std::string("\x00\x01\x02garbage", 10));
  auto run = run_factlint("check --no-db --format json " + dir);
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.err.find("c.txt") != std::string::npos);
  CHECK(run.out.find("\"consistent\"") != std::string::npos);
}

TEST_CASE("check --strict fails the run when a document was not read, after writing the report", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/a.md", "---\ndate: 2023-01-01\n---\nRussia annexed Crimea in 2014.\n");
  write_file(dir + "/b.md", "---\ndate: 2023-02-01\n---\nRussia annexed Crimea in 2014, officials said.\n");
  SECTION("every document read: strict changes nothing") {
    auto run = run_factlint("check --no-db --strict " + dir);
    INFO(run.err);
    CHECK(run.exit_code == 0);
  }
  SECTION("a binary document, an empty one") {
    write_file(dir + "/c.txt", std::string("\x00\x01\x02garbage", 10));
    write_file(dir + "/d.md", "");
    auto lenient = run_factlint("check --no-db --format json " + dir);
    CHECK(lenient.exit_code == 0);
    auto run = run_factlint("check --no-db --strict --format json " + dir);
    INFO(run.err);
    CHECK(run.exit_code == 2);
    CHECK(run.out == lenient.out);  // the report is still written, whole
    CHECK(run.err.find("--strict: 2 inputs were not read") != std::string::npos);
  }
  SECTION("from the project file") {
    write_file(dir + "/c.txt", std::string("\x00\x01\x02garbage", 10));
    write_file(dir + "/strict.toml", "strict = true\n");
    auto run = run_factlint("check --no-db --config " + dir + "/strict.toml " + dir);
    INFO(run.err);
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("--strict: 1 input was not read") != std::string::npos);
  }
}

TEST_CASE("factlint parse prints the canonical JSON of a value", "[e2e]") {
  auto run = run_factlint("parse length '2,600-mile'");
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("\"unit\":\"m\"") != std::string::npos);
  CHECK(run.out.find("\"display\":\"2,600 mi\"") != std::string::npos);
  CHECK(run.out.find("4184294.4") != std::string::npos);  // 2,600 x 1,609.344 m
}

TEST_CASE("factlint parse exits 1 when the text holds no value of the type", "[e2e]") {
  CHECK(run_factlint("parse length 'no numbers here'").exit_code == 1);
}

TEST_CASE("factlint parse rejects an unknown type with a suggestion", "[e2e]") {
  auto run = run_factlint("parse lenght '2 km'");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("did you mean 'length'") != std::string::npos);
}

TEST_CASE("factlint parse resolves relative dates against --date", "[e2e]") {
  auto run = run_factlint("parse date 'last February' --date 2022-09-20");
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("\"lo\":\"2022-02\"") != std::string::npos);
  CHECK(run.out.find("\"grain\":\"month\"") != std::string::npos);
}
