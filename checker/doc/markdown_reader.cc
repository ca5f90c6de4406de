// The .md reader (placeholder until the cmark-gfm pass lands).
#include "doc/readers.h"

namespace factlint::doc {

ExtractedText read_markdown(const source::SourceFile& file, std::size_t body_begin) {
  return read_text(file, body_begin);
}

}  // namespace factlint::doc
