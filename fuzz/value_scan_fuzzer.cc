// Fuzz target: reading values of one type (FACTLINT_FUZZ_TYPE, a rule-language
// type name fixed at build time) from normalized text, the way the matcher does;
// scan_values dispatches to the type's read_* reader. Every reading must lie
// inside the text and start no later than it ends.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "doc/normalizer.h"
#include "fuzz/fuzz_input.h"
#include "value/scan.h"
#include "value/value_type.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factlint;
  static const value::Type type = *value::type_from_name(FACTLINT_FUZZ_TYPE);
  std::string text = doc::normalize(fuzz::as_text(data, size)).text;
  value::ParseContext context;
  context.reference_date = value::CivilDate{2022, 9, 20};
  for (const value::ValueMatch& match : value::scan_values(type, text, context)) {
    if (match.begin > match.end || match.end > text.size()) std::abort();
  }
  (void)value::first_value(type, text, {});
  return 0;
}
