// Fuzz target: the baseline reader (JSON) on arbitrary bytes, through a file,
// since the reader takes a path; a baseline it accepts must write back.
#include <cstddef>
#include <cstdint>

#include "project/baseline_file.h"
#include "fuzz/fuzz_file.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  factlint::fuzz::ScratchFile file("baseline.json", data, size);
  factlint::source::DiagnosticSink sink;
  if (auto baseline = factlint::project::read_baseline(file.path(), true, sink)) {
    (void)factlint::project::to_json_text(*baseline);
  }
  factlint::fuzz::render_all(sink);
  return 0;
}
