// A flag that takes a whole number in a range (`-j 4`, `--port 8080`). CLI11's own
// checks print "Value two not in range 0.000000 to 1797693134862315708145...": a
// newcomer's report. This one says what is wrong in words a user reads:
// "--jobs: 'two' is not a whole number (0 or more)".
#pragma once

#include <limits>

#include <CLI/CLI.hpp>

namespace factlint::cli {

CLI::Validator whole_number(long long min, long long max = std::numeric_limits<int>::max());

}  // namespace factlint::cli
