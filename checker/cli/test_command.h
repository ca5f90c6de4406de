// `factlint test [RULES...]`: runs the rules' examples and annotated fixture documents.
#pragma once

#include <CLI/CLI.hpp>

namespace factlint::cli {

// Registers the subcommand on `app`; `*exit_code` is set when it runs: 0 every case
// passed, 1 a case failed (or, with --coverage, a pattern never fired), 2 could not
// run (rule errors, a missing fixture path, a malformed annotation).
void add_test_command(CLI::App& app, int* exit_code);

}  // namespace factlint::cli
