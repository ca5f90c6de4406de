// `factlint check` (the CI gate, default command) and `factlint report` (every verdict).
#pragma once

#include <CLI/CLI.hpp>

namespace factlint::cli {

// Registers the subcommand on `app`; `*exit_code` is set when it runs.
void add_check_command(CLI::App& app, int* exit_code);
void add_report_command(CLI::App& app, int* exit_code);

}  // namespace factlint::cli
