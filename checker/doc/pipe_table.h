// GFM pipe tables, line by line: splitting a row into cells and recognizing the
// delimiter row ("|---|:--:|") that makes the line above it a header row.
#pragma once

#include <string_view>
#include <vector>

#include "doc/table.h"

namespace factlint::doc {

// The cells of one table row, as trimmed ranges of `line`. Leading and trailing
// pipes are optional; "\|" is a pipe inside a cell, not a separator.
// Examples: "| 2019 | 469.4 |" -> "2019", "469.4"; "a | b\|c" -> "a", "b\|c".
std::vector<TextRange> split_pipe_row(std::string_view line);

// The number of columns a delimiter row declares, or 0 when `line` is none: cells of
// one or more '-' with an optional ':' at either end, and at least one '|'.
// Examples: "|---|:--:|" -> 2; "--- | ---" -> 2; "---" -> 0; "| a |" -> 0.
std::size_t delimiter_columns(std::string_view line);

}  // namespace factlint::doc
