// Tests for compare/gate: which findings fail a run, with and without a baseline.
#include "compare/gate.h"

#include <catch2/catch.hpp>

using namespace factlint::compare;

namespace {

Finding finding(const std::string& id, Verdict verdict, const std::string& severity = "error") {
  Finding f;
  f.id = id;
  f.key = id;
  f.verdict = verdict;
  f.severity = severity;
  ValueGroup g;
  g.value.display = id;
  f.values.push_back(g);
  return f;
}

}  // namespace

TEST_CASE("the names --fail-on takes read as the gate's levels", "[compare]") {
  CHECK(fail_on_from_name("conflicting") == FailOn::Conflicting);
  CHECK(fail_on_from_name("single-source") == FailOn::SingleSource);
  CHECK(fail_on_from_name("never") == FailOn::Never);
  CHECK_FALSE(fail_on_from_name("always").has_value());
}

TEST_CASE("a finding fails at or above --fail-on, never with severity info", "[compare]") {
  CHECK(fails(finding("a", Verdict::Conflicting), FailOn::Conflicting));
  CHECK_FALSE(fails(finding("a", Verdict::SingleSource), FailOn::Conflicting));
  CHECK(fails(finding("a", Verdict::SingleSource), FailOn::SingleSource));
  CHECK_FALSE(fails(finding("a", Verdict::Consistent), FailOn::SingleSource));
  CHECK_FALSE(fails(finding("a", Verdict::Conflicting), FailOn::Never));
  CHECK_FALSE(fails(finding("a", Verdict::Conflicting, "info"), FailOn::Conflicting));
}

TEST_CASE("without a baseline every failing finding fails the run", "[compare]") {
  std::vector<Finding> findings = {finding("a", Verdict::Consistent), finding("b", Verdict::Conflicting)};
  GateOutcome outcome = gate(findings, FailOn::Conflicting, nullptr);
  CHECK(outcome.failed);
  CHECK(outcome.known == 0);
  REQUIRE(outcome.fresh.size() == 1);
  CHECK(outcome.fresh[0] == "b");
  CHECK_FALSE(gate({finding("a", Verdict::Consistent)}, FailOn::Conflicting, nullptr).failed);
}

TEST_CASE("with a baseline only the findings it does not know fail the run", "[compare]") {
  std::vector<Finding> before = {finding("known", Verdict::Conflicting)};
  std::vector<Finding> now = {finding("known", Verdict::Conflicting), finding("new", Verdict::Conflicting)};
  BaselineComparison comparison = compare_to_baseline(make_baseline(before), now);
  GateOutcome outcome = gate(now, FailOn::Conflicting, &comparison);
  CHECK(outcome.failed);
  CHECK(outcome.known == 1);
  REQUIRE(outcome.fresh.size() == 1);
  CHECK(outcome.fresh[0] == "new");

  BaselineComparison all_known = compare_to_baseline(make_baseline(now), now);
  GateOutcome spared = gate(now, FailOn::Conflicting, &all_known);
  CHECK_FALSE(spared.failed);
  CHECK(spared.known == 2);
}
