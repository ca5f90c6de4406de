// Fuzz target: the rule language (grammar, semantic checks, diagnostics) on
// arbitrary text. Errors are expected; crashes, hangs and leaks are not.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_input.h"
#include "lang/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  factlint::source::DiagnosticSink sink;
  (void)factlint::lang::parse_rules_text("fuzz.facts", factlint::fuzz::as_text(data, size), sink);
  factlint::fuzz::render_all(sink);
  return 0;
}
