// Tests for the one table of decision kinds and their names (compare/decision.h).
#include <catch2/catch.hpp>

#include "compare/decision.h"

using namespace factlint;
using compare::Decision;

TEST_CASE("every decision kind's name reads back as that kind", "[compare][decisions]") {
  for (const compare::DecisionKindName& k : compare::kDecisionKinds) {
    CAPTURE(k.name);
    CHECK(compare::decision_kind_name(k.kind) == k.name);
    CHECK(compare::decision_kind_from_name(k.name) == k.kind);
  }
  CHECK(compare::decision_kind_names() == std::vector<std::string>{"canonical", "acknowledged", "wrong-extraction"});
}

TEST_CASE("a decision kind name is exact", "[compare][decisions]") {
  CHECK_FALSE(compare::decision_kind_from_name("Canonical"));
  CHECK_FALSE(compare::decision_kind_from_name("acknowledge"));
  CHECK_FALSE(compare::decision_kind_from_name(""));
}
