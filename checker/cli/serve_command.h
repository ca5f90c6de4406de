// `factlint serve [--port N] [PATH...]`: the review app on 127.0.0.1 (docs/review-app.md).
#pragma once

#include <CLI/CLI.hpp>

namespace factlint::cli {

// Registers `serve` on `app`; `*exit_code` is set when it stops.
void add_serve_command(CLI::App& app, int* exit_code);

}  // namespace factlint::cli
