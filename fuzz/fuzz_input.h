// What every fuzz target shares: the input as text, and a check that each
// diagnostic the library produced renders (renders read spans back into the file).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "source/diagnostic.h"

namespace factlint::fuzz {

inline std::string as_text(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// Rendering quotes the source line under each span, so a span past the end of
// its file shows up here as an out-of-bounds read.
inline void render_all(const source::DiagnosticSink& sink) {
  for (const source::Diagnostic& d : sink.diagnostics()) (void)source::render(d);
}

}  // namespace factlint::fuzz
