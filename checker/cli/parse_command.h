// `factlint parse TYPE TEXT [--date D]`: shows how a phrase is read (docs/contracts.md#parse-output).
#pragma once

#include <CLI/CLI.hpp>

namespace factlint::cli {

void add_parse_command(CLI::App& app, int* exit_code);

}  // namespace factlint::cli
