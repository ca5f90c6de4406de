// factlint config: the settings check would use, and where each came from.
#pragma once

#include <CLI/CLI.hpp>

namespace factlint::cli {

void add_config_command(CLI::App& app, int* exit_code);

}  // namespace factlint::cli
