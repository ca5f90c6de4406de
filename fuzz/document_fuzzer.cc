// Fuzz target: loading a document from memory, with the reader chosen at build
// time (FACTLINT_FUZZ_FORMAT "md", "html" or "txt"): front matter, the format's
// reader (cmark-gfm or gumbo behind our guards), normalization and sentence
// splitting. Every sentence and location the document gives must stay in range.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "doc/loader.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factlint;
  source::DiagnosticSink sink;
  doc::Document document =
      doc::make_document("fuzz." FACTLINT_FUZZ_FORMAT, fuzz::as_text(data, size), FACTLINT_FUZZ_FORMAT, sink);
  fuzz::render_all(sink);
  for (const doc::Sentence& sentence : document.sentences) {
    if (sentence.begin > sentence.end || sentence.end > document.normalized.size()) std::abort();
    (void)document.location(sentence.begin);
    (void)document.original_text(sentence.begin, sentence.end);
    (void)document.sentence_text(sentence);
  }
  return 0;
}
