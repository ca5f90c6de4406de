// End to end: a product documentation corpus on the real binary. Two documents that
// disagree on a port and on a version conflict; a price written four ways, and a
// RAM minimum written two ways, are consistent; parse shows each new reading.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint;
using factlint::testing::write_file;
using nlohmann::json;

namespace {

const char* kRules =
    "entity Quillstack = \"Quillstack\"\n"
    "fact default_port(p: entity) -> port: count {\n"
    "  pattern the default port of {p} is {port}\n"
    "  compare identical\n"
    "  example \"the default port of Quillstack is 8080\" => p=Quillstack port=8080\n"
    "}\n"
    "fact current_version(p: entity) -> version: version {\n"
    "  pattern the current release of {p} is {version}\n"
    "  example \"the current release of Quillstack is v2.1\" => p=Quillstack version=2.1\n"
    "}\n"
    "fact team_price(p: entity) -> price: money {\n"
    "  pattern {p} team costs {price}\n"
    "  example \"Quillstack team costs $29 per user per month\" => p=Quillstack price=\"$29 per user per month\"\n"
    "}\n"
    "fact minimum_ram(p: entity) -> ram: data-size {\n"
    "  pattern {p} needs {ram} of RAM\n"
    "  compare start\n"
    "  example \"Quillstack needs a minimum of 4 GB of RAM\" => p=Quillstack ram=\"a minimum of 4 GB\"\n"
    "}\n";

std::map<std::string, std::pair<std::string, std::string>> verdicts(const json& report) {
  std::map<std::string, std::pair<std::string, std::string>> out;
  for (const json& f : report["findings"]) out[f["key"]] = {f["verdict"], f["reason"]};
  return out;
}

}  // namespace

TEST_CASE("documents disagreeing on a port and a version conflict; four spellings of a price agree", "[e2e]") {
  const std::string dir = make_temp_dir();
  write_file(dir + "/rules/product.facts", kRules);
  write_file(dir + "/corpus/install.md",
             "The default port of Quillstack is 8080.\n\nThe current release of Quillstack is 2.10.\n\n"
             "Quillstack team costs $29 per user per month.\n\n"
             "Quillstack needs a minimum of 4 GB of RAM and 2 CPU cores.\n");
  write_file(dir + "/corpus/admin.md",
             "The default port of Quillstack is 8083.\n\nThe current release of Quillstack is 2.1.\n\n"
             "Quillstack team costs $29/user/month.\n\nQuillstack needs at least 4GB of RAM.\n");
  write_file(dir + "/corpus/pricing.md", "Quillstack team costs US$29 per seat per month.\n");
  write_file(dir + "/corpus/faq.md", "Quillstack team costs $29 per member a month.\n");
  auto run = run_factlint("check --no-db --format json --rules " + dir + "/rules " + dir + "/corpus");
  INFO(run.err);
  REQUIRE(run.exit_code == 1);
  const json report = json::parse(run.out);
  auto v = verdicts(report);
  using Expect = std::pair<std::string, std::string>;
  CHECK(v["default_port(Quillstack)"] == Expect{"conflicting", "values-differ"});
  CHECK(v["current_version(Quillstack)"] == Expect{"conflicting", "values-differ"});
  CHECK(v["team_price(Quillstack)"] == Expect{"consistent", "same-value"});
  CHECK(v["minimum_ram(Quillstack)"] == Expect{"consistent", "same-value"});
  for (const json& f : report["findings"]) {
    if (f["key"] != "default_port(Quillstack)") continue;
    for (const json& group : f["values"]) CHECK(group["value"].get<std::string>().find(',') == std::string::npos);
  }
}

TEST_CASE("parse shows versions, data sizes and price rates", "[e2e]") {
  auto version = run_factlint("parse version 'Quillstack v2.10-beta'");
  REQUIRE(version.exit_code == 0);
  const json jv = json::parse(version.out);
  CHECK(jv["lo"] == "2.10.0");
  CHECK(jv["unit"] == "beta");
  auto size = run_factlint("parse data-size '4 GB of RAM'");
  REQUIRE(size.exit_code == 0);
  const json js = json::parse(size.out);
  CHECK(js["lo"] == 4e9);
  CHECK(js["unit"] == "B");
  CHECK(js["display"] == "4 GB");
  auto price = run_factlint("parse money '$29/user/mo'");
  REQUIRE(price.exit_code == 0);
  CHECK(json::parse(price.out)["unit"] == "USD/user/mo");
  auto port = run_factlint("parse count 'port 8080'");
  REQUIRE(port.exit_code == 0);
  CHECK(json::parse(port.out)["display"] == "8080");
}
