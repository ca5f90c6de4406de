// The CI gate: whether a run's findings fail it, given `--fail-on` and the baseline in
// use (docs/contracts.md#exit-codes). The CLI only maps the outcome to an exit code.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compare/baseline.h"
#include "compare/finding.h"

namespace factlint::compare {

// The least verdict that fails a run: `--fail-on conflicting|single-source|never`.
enum class FailOn { Conflicting, SingleSource, Never };

// "conflicting", "single-source" or "never"; nullopt for anything else.
std::optional<FailOn> fail_on_from_name(std::string_view name);

// Whether `finding` is at or above `fail_on`. Facts of severity info never fail, and
// neither do acknowledged conflicts (the comparison gives them severity info).
bool fails(const Finding& finding, FailOn fail_on);

struct GateOutcome {
  bool failed = false;                 // the run fails: exit 1
  std::size_t known = 0;               // failing findings the baseline knows (they do not fail)
  // The scoped keys ("fact(A, B) [2023]") of failing findings the baseline does not
  // know, in order. Keys, not pointers: the report filters and moves the findings
  // after the gate has seen them.
  std::vector<std::string> fresh;
};

// Every finding that `fails` fails the run; with a baseline comparison, only those
// it does not know as Known do. It reads a finding's id, key, scope, verdict and
// severity, never its values (cli/check_command.cc passes findings without them).
GateOutcome gate(const std::vector<Finding>& findings, FailOn fail_on, const BaselineComparison* baseline);

}  // namespace factlint::compare
