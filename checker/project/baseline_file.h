// The baseline file (.factlint-baseline.json, docs/contracts.md#baseline-file),
// committed beside the corpus: written as stable JSON, read back with located errors.
#pragma once

#include <optional>
#include <string>

#include "compare/baseline.h"
#include "source/diagnostic.h"

namespace factlint::project {

inline constexpr const char* kDefaultBaselineFile = ".factlint-baseline.json";
inline constexpr const char* kBaselineSchema = "factlint-baseline/v1";

// The file's text: {"schema": "factlint-baseline/v1", "findings": [...]}, two-space
// indented, one value a line, entries sorted by id, ending with a newline. The same
// findings always give the same bytes, so a change shows up in review as a small diff.
std::string to_json_text(const compare::Baseline& baseline);

// Reads a baseline from `path`. A file that does not exist gives an empty baseline
// when `required` is false and an error otherwise. Broken JSON is an error located at
// the line and column where parsing stopped; a missing or unknown "schema" and
// malformed entries are errors too. The result is nullopt when any error was found.
std::optional<compare::Baseline> read_baseline(const std::string& path, bool required, source::DiagnosticSink& sink);

}  // namespace factlint::project
