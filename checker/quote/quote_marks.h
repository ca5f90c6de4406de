// Finding quotation marks in a document's visible text and pairing them:
// the first stage of quote extraction, before merging and attribution.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "quote/quote.h"

namespace factlint::quote {

// One pair of quotation marks (or, for a quotation running over paragraphs, one
// opening mark and the marks that reopen it). Offsets are into the visible text.
struct MarkedQuote {
  std::size_t open = 0;    // offset of the opening mark
  std::size_t close = 0;   // offset just past the closing mark (the paragraph end when unclosed)
  std::vector<Segment> segments;  // the quoted text, trimmed; one per paragraph
  bool nested = false;     // inside another quotation
  bool closed = true;      // false: the paragraph ended first (kept only for curly quotes)
};

// Pairs the quotation marks of `text`. Curly double quotes (“ ”), low-9 („) and
// guillemets pair directly; a straight '"' opens after a space, a bracket or the
// start and closes otherwise. Single quotes (‘ ’ and ') count only where they
// cannot be apostrophes: inside a double quotation (nested), or opening before a
// letter after a space. A quotation still open at a blank line continues when the
// next paragraph opens with a quote mark (the convention for multi-paragraph
// quotes); otherwise a curly one ends at the paragraph and a straight one is dropped.
// Examples: `He said “no.”` -> one quote "no."; `“a ‘b’ c”` -> "a ‘b’ c" and nested "b";
// `Russia’s ‘core’ aim` -> "core" (the apostrophe in Russia’s is not a mark).
std::vector<MarkedQuote> find_quote_marks(std::string_view text);

}  // namespace factlint::quote
