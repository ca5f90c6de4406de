// Lone carriage returns read as line feeds, offsets unchanged.
#include "doc/line_ends.h"

namespace factlint::doc {

void read_lone_cr_as_lf(std::string& text) {
  for (std::size_t i = text.find('\r'); i != std::string::npos; i = text.find('\r', i + 1)) {
    if (i + 1 == text.size() || text[i + 1] != '\n') text[i] = '\n';
  }
}

}  // namespace factlint::doc
