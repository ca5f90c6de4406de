// End to end: a small invented corpus (tests/golden/reasons/) whose documents
// exercise every reason the comparison gives (issue 4).
#include <algorithm>
#include <set>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::run_factlint;
using nlohmann::json;

namespace {

const json& reasons_report() {
  static const json report = [] {
    auto run = run_factlint(
        "check --no-db --format json --rules tests/golden/reasons/rules tests/golden/reasons/corpus");
    INFO(run.err);
    REQUIRE(run.exit_code == 1);
    return json::parse(run.out);
  }();
  return report;
}

std::pair<std::string, std::string> verdict_of(const std::string& key, const std::string& scope = "") {
  for (const json& f : reasons_report()["findings"]) {
    if (f["key"] == key && f.value("scope", "") == scope) return {f["verdict"], f["reason"]};
  }
  return {"missing", "missing"};
}

using Expect = std::pair<std::string, std::string>;

}  // namespace

TEST_CASE("every reason appears where the invented corpus puts it", "[e2e]") {
  CHECK(verdict_of("city_founded(PortAmes)") == Expect{"conflicting", "values-differ"});
  CHECK(verdict_of("population(Freedonia)") == Expect{"consistent", "compatible-intervals"});
  CHECK(verdict_of("border_length(Freedonia, Sylvania)") == Expect{"consistent", "unit-converted"});
  CHECK(verdict_of("lake_depth(LakeVell)") == Expect{"consistent", "rounding"});
  CHECK(verdict_of("summit_height(MountKell)") == Expect{"conflicting", "deviates-from-decision"});
  CHECK(verdict_of("river_length(OstRiver)") == Expect{"conflicting", "within-document"});
  CHECK(verdict_of("economy_rank(Freedonia)", "2021") == Expect{"single-source", "changed-over-time"});
  CHECK(verdict_of("economy_rank(Freedonia)", "2023") == Expect{"single-source", "changed-over-time"});
  CHECK(verdict_of("ferry_crossings(Freedonia, Sylvania)") == Expect{"consistent", "increasing"});
}

// A value stated by more documents than any other is suggested; on a tie (one source
// against one) none is, and the explanation says so: the newer source used to win on
// its date alone (a newcomer's report).
TEST_CASE("a conflict suggests the best-supported value without dropping the others", "[e2e]") {
  int conflicts = 0;
  for (const json& f : reasons_report()["findings"]) {
    if (f["verdict"] != "conflicting" || f["reason"] != "values-differ") continue;
    ++conflicts;
    CAPTURE(f["key"]);
    int suggested = 0;
    std::vector<std::size_t> support;
    for (const json& v : f["values"]) {
      suggested += v.value("suggested", false) ? 1 : 0;
      std::set<std::string> documents;
      for (const json& s : v["statements"]) documents.insert(s["document"].get<std::string>());
      support.push_back(documents.size());
    }
    std::size_t most = *std::max_element(support.begin(), support.end());
    bool tie = std::count(support.begin(), support.end(), most) > 1;
    CHECK(suggested == (tie ? 0 : 1));
    CHECK((f["explanation"].get<std::string>().find("no value is best supported") != std::string::npos) == tie);
    CHECK(f["values"].size() >= 2);
  }
  CHECK(conflicts >= 1);  // city_founded(PortAmes) at least, or the loop checked nothing
}
