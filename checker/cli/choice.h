// A flag that takes one of a closed list of words (`--format json`), as CLI11's
// IsMember, but a wrong word gets the nearest one suggested: "--format: 'jsn' is not
// one of text, json, sarif; did you mean 'json'?" (a newcomer's report).
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace factlint::cli {

CLI::Validator one_of(std::vector<std::string> words);

}  // namespace factlint::cli
