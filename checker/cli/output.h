// Where command output goes (stdout or --output FILE) and how diagnostics are shown.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "source/diagnostic.h"

namespace factlint::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitCannotRun = 2;

// Writes `text` to `path` ("" or "-": stdout). Returns false after printing
// "factlint: error: cannot write 'path': reason" to stderr.
bool write_output(const std::string& path, const std::string& text);
// The same for text made piece by piece: `produce` hands each piece to the writer it
// is given, so a large report is never held whole.
bool write_output(const std::string& path,
                  const std::function<void(const std::function<void(std::string_view)>&)>& produce);

// Prints diagnostics to stderr, compiler-style, sorted by location.
void print_diagnostics(const source::DiagnosticSink& sink);

// Prints "factlint: error: message" to stderr.
void print_error(const std::string& message);

// Whether stdout is a terminal that wants colour (respects NO_COLOR).
bool stdout_wants_color();

}  // namespace factlint::cli
