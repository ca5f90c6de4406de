// Words and punctuation of the visible text with their case kept: attribution
// reads names from capital letters, so it cannot use the case-folded view.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::quote {

struct Token {
  std::string_view text;  // as printed ("Mr.", "Torigian", "School’s", ","): a view of the tokenized text
  std::string lower;  // ASCII-lowercased, final '.' and possessive dropped ("mr", "school")
  std::size_t begin = 0;  // visible byte range
  std::size_t end = 0;
  bool word = false;        // letters or digits (else one punctuation character)
  bool capitalized = false; // starts with an uppercase letter (non-ASCII letters count as capitals)
  bool possessive = false;  // ends in 's or ’s ("School’s")
  bool quote_mark = false;  // a quotation mark of any kind
};

// Tokens of text[begin, end). A '.' joins the word before it when the word is a
// single letter or a title abbreviation ("A.", "Dr."), so initials stay in names.
// Each token's `text` views `text`, which must outlive the tokens.
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end);
// The same into `out`, replacing what it held: a reader tokenizing many spans in turn
// reuses one buffer instead of allocating one per span (issue 10).
void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out);

// A byte range of text, [begin, end).
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The parts of `text` a reader of capitalized names needs tokens of (issue 10: most
// words of prose are lowercase, and tokenizing a whole document for its names cost
// more than reading them). Text splits at ASCII whitespace into chunks, and a token
// never spans whitespace, so tokenize() over a span gives exactly the tokens a whole
// tokenization has there. A span is a run of consecutive chunks each holding an
// uppercase byte (A-Z, or 0xC3, the lead byte of the Latin-1 capitals) or followed by
// one that does: so every capitalized word is in a span, with every token before the
// next capitalized chunk ("Secretary of State"), and the first token after a span is
// in a chunk without a capital. Ascending, disjoint.
std::vector<TextSpan> name_spans(std::string_view text);

}  // namespace factlint::quote
