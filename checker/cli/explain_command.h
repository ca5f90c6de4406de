// `factlint explain ID`: every statement behind one finding.
#pragma once

#include <CLI/CLI.hpp>

namespace factlint::cli {

void add_explain_command(CLI::App& app, int* exit_code);

}  // namespace factlint::cli
