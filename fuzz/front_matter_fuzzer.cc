// Fuzz target: the front matter block alone, and the date check behind it.
#include <cstddef>
#include <cstdint>

#include "doc/front_matter.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factlint;
  source::SourceFile file("fuzz.md", fuzz::as_text(data, size));
  source::DiagnosticSink sink;
  doc::FrontMatter front = doc::parse_front_matter(file, sink);
  if (front.body_begin > file.text().size()) __builtin_trap();
  fuzz::render_all(sink);
  (void)doc::parse_date(file.text());
  return 0;
}
