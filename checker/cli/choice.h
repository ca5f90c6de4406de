// A flag that takes one of a closed list of words (`--format json`), as CLI11's
// IsMember, but a wrong word gets the nearest one suggested: "--format: 'jsn' is not
// one of text, json, sarif; did you mean 'json'?" (a newcomer's report).
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "value/currency_reading.h"

namespace factlint::cli {

CLI::Validator one_of(std::vector<std::string> words);

// --dollar, --yen and --shilling, one for each bare currency sign
// (value/currency_reading.h), setting `codes`. `in_documents`: the options of a run
// over documents, where a fact's own option wins; else those of `parse`.
void add_bare_currency_options(CLI::App& cmd, value::BareCodes& codes, bool in_documents);

}  // namespace factlint::cli
