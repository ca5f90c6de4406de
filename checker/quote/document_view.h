// A document seen through its visible text: quotation marks and capital letters are
// read there, while sentences, locations and original bytes come from the
// normalized view. This maps one to the other.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.h"
#include "quote/quote.h"

namespace factlint::quote {

class DocumentView {
 public:
  explicit DocumentView(const doc::Document& document);

  const doc::Document& document() const { return document_; }
  std::string_view text() const { return document_.visible; }
  // Index of the sentence holding visible offset `at` (the one before it, between sentences).
  std::size_t sentence_at(std::size_t at) const;
  // Visible byte range of sentence `index`.
  Segment sentence_range(std::size_t index) const;
  std::size_t sentence_count() const { return sentences_.size(); }
  // Line and column in the original file, and the original byte offset, of a visible offset.
  source::Location location(std::size_t at) const;
  std::size_t original_offset(std::size_t at) const;
  // Whether a blank line lies in the visible range [begin, end).
  bool paragraph_break_in(std::size_t begin, std::size_t end) const;

 private:
  std::size_t normalized_at(std::size_t at) const;

  const doc::Document& document_;
  std::vector<Segment> sentences_;  // visible ranges, in order
};

}  // namespace factlint::quote
