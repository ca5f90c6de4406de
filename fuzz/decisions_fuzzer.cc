// Fuzz target: the decisions file reader (TOML) on arbitrary bytes, through a
// file, since the reader takes a path.
#include <cstddef>
#include <cstdint>

#include "project/decisions_file.h"
#include "fuzz/fuzz_file.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  factlint::fuzz::ScratchFile file("decisions.toml", data, size);
  factlint::source::DiagnosticSink sink;
  (void)factlint::project::read_decisions(file.path(), true, sink);
  factlint::fuzz::render_all(sink);
  return 0;
}
