// `factlint decide ID|KEY --canonical VALUE | --acknowledge | --wrong-extraction PLACE`:
// record an editor's decision in factlint.decisions.toml (docs/decisions.md).
#pragma once

#include <CLI/CLI.hpp>

namespace factlint::cli {

// Registers `decide` on `app`; `*exit_code` is set when it runs.
void add_decide_command(CLI::App& app, int* exit_code);

}  // namespace factlint::cli
