// `factlint decisions list|check|prune`: read, validate and tidy factlint.decisions.toml
// (docs/decisions.md).
#pragma once

#include <CLI/CLI.hpp>

namespace factlint::cli {

// Registers `decisions` with its three subcommands on `app`; `*exit_code` is set when one runs.
void add_decisions_command(CLI::App& app, int* exit_code);

}  // namespace factlint::cli
