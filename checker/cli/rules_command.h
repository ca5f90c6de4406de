// `factlint rules lint|list [RULES...]`: rule files on their own, without documents.
#pragma once

#include <CLI/CLI.hpp>

namespace factlint::cli {

// Registers `rules` with its subcommands `lint` (diagnostics only: exit 0 clean or
// warnings only, 1 warnings with --werror, 2 errors) and `list` (one line per fact).
void add_rules_command(CLI::App& app, int* exit_code);

}  // namespace factlint::cli
