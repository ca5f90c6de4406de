// `factlint history`: the runs the store keeps, newest first.
#pragma once

#include <CLI/CLI.hpp>

namespace factlint::cli {

void add_history_command(CLI::App& app, int* exit_code);

}  // namespace factlint::cli
