// `factlint baseline create|update|prune`: record the current findings in
// .factlint-baseline.json so CI fails only on new ones (docs/contracts.md#baseline-file).
#pragma once

#include <CLI/CLI.hpp>

namespace factlint::cli {

// Registers `baseline` with its three subcommands on `app`; `*exit_code` is set when one runs.
void add_baseline_command(CLI::App& app, int* exit_code);

}  // namespace factlint::cli
