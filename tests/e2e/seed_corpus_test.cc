// End to end: the real binary on the bundled corpus and rules, checked against
// the verdicts the seed articles really have (issue 2).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::run_factlint;
using nlohmann::json;

namespace {

const json& seed_report() {
  static const json report = [] {
    auto run = run_factlint("check --format json --no-db");
    INFO(run.err);
    REQUIRE(run.exit_code == 1);  // the seeds really conflict
    return json::parse(run.out);
  }();
  return report;
}

const json* find(const std::string& key, const std::string& scope = "") {
  for (const json& f : seed_report()["findings"]) {
    if (f["key"] == key && f.value("scope", "") == scope) return &f;
  }
  return nullptr;
}

// Every distinct value's display text, in report order.
std::vector<std::string> values_of(const json& finding) {
  std::vector<std::string> out;
  for (const json& v : finding["values"]) out.push_back(v["value"]);
  return out;
}

std::size_t statement_count(const json& finding) {
  std::size_t n = 0;
  for (const json& v : finding["values"]) n += v["statements"].size();
  return n;
}

}  // namespace

TEST_CASE("the seed report follows the factlint/v1 schema", "[e2e]") {
  const json& r = seed_report();
  CHECK(r["schema"] == "factlint/v1");
  CHECK(r["documents"].size() == 5);
  CHECK(r["summary"]["documents"] == 5);
  CHECK(r["summary"]["conflicting"].get<int>() >= 3);
  for (const json& d : r["documents"]) {
    CHECK(d["path"].get<std::string>().rfind("corpus/", 0) == 0);
    CHECK_FALSE(d["publisher"].get<std::string>().empty());
  }
}

TEST_CASE("Russia's rank among China's trade partners conflicts: 10th vs 6th", "[e2e]") {
  const json* f = find("trade_partner_rank(Russia, China)", "2023");
  REQUIRE(f != nullptr);
  CHECK((*f)["verdict"] == "conflicting");
  CHECK((*f)["reason"] == "values-differ");
  CHECK(values_of(*f) == std::vector<std::string>{"10th", "6th"});
  const json& mit = (*f)["values"][0]["statements"][0];
  CHECK(mit["document"] == "corpus/2023-11-17-mit-news-foreign-policy-scholars-china-russia.txt");
  CHECK(mit["line"] == 47);
  CHECK(mit["value_text"] == "10th-largest");
}

TEST_CASE("China's rank among Russia's trade partners is single-source: 1st", "[e2e]") {
  bool found = false;
  for (const json& f : seed_report()["findings"]) {
    if (f["key"] != "trade_partner_rank(China, Russia)") continue;
    found = true;
    CHECK(f["verdict"] == "single-source");
    CHECK(values_of(f) == std::vector<std::string>{"1st"});
  }
  CHECK(found);
}

TEST_CASE("the border length conflicts: 2,300 mi vs 2,600 mi (4,184 km)", "[e2e]") {
  const json* f = find("border_length(China, Russia)");
  REQUIRE(f != nullptr);
  CHECK((*f)["verdict"] == "conflicting");
  REQUIRE((*f)["values"].size() == 2);
  CHECK((*f)["values"][0]["value"] == "2,300 mi");
  CHECK((*f)["values"][0]["statements"][0]["document"] ==
        "corpus/2023-11-17-mit-news-foreign-policy-scholars-china-russia.txt");
  CHECK((*f)["values"][1]["statements"][0]["document"] ==
        "corpus/2024-03-29-cfr-china-russia-authoritarian-powers.txt");
}

TEST_CASE("the start of the Sino-Soviet split conflicts: 1960 in two sources vs 1961", "[e2e]") {
  const json* f = find("sino_soviet_split");
  REQUIRE(f != nullptr);
  CHECK((*f)["verdict"] == "conflicting");
  REQUIRE((*f)["values"].size() == 2);
  CHECK((*f)["values"][0]["statements"].size() + (*f)["values"][1]["statements"].size() == 3);
}

TEST_CASE("Xi-Putin meetings are a consistent running total", "[e2e]") {
  const json* f = find("leader_meetings(Putin, Xi)");
  REQUIRE(f != nullptr);
  CHECK((*f)["verdict"] == "consistent");
  CHECK((*f)["reason"] == "increasing");
  CHECK(statement_count(*f) == 3);
}

TEST_CASE("the no-limits joint statement is dated February 2022 by three sources", "[e2e]") {
  const json* f = find("no_limits_statement");
  REQUIRE(f != nullptr);
  CHECK((*f)["verdict"] == "consistent");
  CHECK(statement_count(*f) == 3);
}

TEST_CASE("Xi's state visit to Moscow is March 2023 in two sources", "[e2e]") {
  const json* f = find("state_visit(Xi, Russia)");
  REQUIRE(f != nullptr);
  CHECK((*f)["verdict"] == "consistent");
  CHECK(statement_count(*f) == 2);
}

TEST_CASE("the annexation of Crimea is 2014 in two sources", "[e2e]") {
  const json* f = find("crimea_annexation(Russia)");
  REQUIRE(f != nullptr);
  CHECK((*f)["verdict"] == "consistent");
  CHECK(values_of(*f) == std::vector<std::string>{"2014"});
}

TEST_CASE("the Good-Neighborliness treaty's signing and renewal are single-source", "[e2e]") {
  const json* signed_ = find("good_neighbor_treaty_signed");
  const json* renewed = find("good_neighbor_treaty_renewed");
  REQUIRE(signed_ != nullptr);
  REQUIRE(renewed != nullptr);
  CHECK((*signed_)["verdict"] == "single-source");
  CHECK(values_of(*signed_) == std::vector<std::string>{"2001"});
  CHECK((*renewed)["verdict"] == "single-source");
  CHECK(values_of(*renewed) == std::vector<std::string>{"2021"});
}
