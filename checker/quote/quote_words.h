// The words of a quotation as compared across documents: what survives a change of
// typography, case or punctuation, without the editor's bracketed insertions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::quote {

struct QuoteWords {
  std::vector<std::string> words;       // NFKC, case folded, letters/digits and inner apostrophes
  std::vector<std::size_t> gaps;        // word indexes where an ellipsis stood (sorted, unique)
  std::vector<std::string> insertions;  // text of each [bracketed insertion], as printed
};

// Splits quoted text into comparison words. Punctuation separates words and is
// dropped; "..." and "…" record a gap; "[the two countries]" is an insertion by
// the writer, kept aside and not among the words.
// Examples: "We’ll stand — TOGETHER." -> we'll, stand, together;
// "[Our] aim … is peace" -> aim, is, peace with a gap at 1 and insertion "[Our]".
QuoteWords quote_words(std::string_view text);

// The words joined by single spaces: the normalized form shown and compared.
std::string joined(const std::vector<std::string>& words, std::size_t begin = 0, std::size_t end = std::string::npos);

// joined(quote_words(text).words), kept for the last text asked: a report writes a
// quotation's words once per statement, and the statements of one finding mostly
// quote the same text, each costing thousands of instructions to split (issue 10).
class LastJoinedWords {
 public:
  const std::string& of(std::string_view text);

 private:
  std::string text_;
  std::string words_;
  bool held_ = false;
};

}  // namespace factlint::quote
