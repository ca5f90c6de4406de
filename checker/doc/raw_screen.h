// Screening a document's raw bytes before it is read (issue 10): what a literal
// search of the original file can safely say about the normalized text the loader
// would make of it. The raw-bytes prefilter (match/raw_prefilter.h) skips reading a
// document only when these say the raw bytes hide nothing.
#pragma once

#include <string_view>

namespace factlint::doc {

// Whether a word of the document's normalized text might not appear, letters in
// order and ASCII case aside, in its raw body: true when the body holds
//   - an entity or character reference ('&': "&#112;opulation");
//   - a non-ASCII character whose NFKC case folding gives an ASCII letter or digit
//     ("ﬁ", "Ｋ", the Kelvin sign, "ẞ"), that vanishes (soft hyphen, zero-width
//     characters) or that grows longer; any character beyond U+FFFF;
//   - Markdown (`format` "md") whose markup may join the letters on both sides of
//     it into one word: a word character followed by '*', '_', '~', '`', '[', '<'
//     or '!' and, past the markup, another word character or markup
//     ("popu**la**tion", "[pop](u)ulation"); any "![" or '<' at all;
//   - any format but "md" and "txt" (HTML is always read).
// False says the search is exact: every word of the normalized text is in the raw
// body, as ASCII letters in any case, or as the same non-ASCII bytes.
bool raw_may_hide_words(std::string_view body, std::string_view format);

// Whether reading the document could warn about something (doc/limits.h): a
// paragraph (lines between blank lines) longer than kMaxSentenceBytes, so that a
// sentence may be cut; in Markdown, a code block, fence or any '<' (blocks that
// may run over blank lines) or a line nesting deeper than kMaxMarkdownDepth.
bool raw_may_warn(std::string_view body, std::string_view format);

// Whether the quote reader (quote/quote_marks.h) could find a quotation mark in
// the text: true for any '"' or '&', any curly or low double quote or guillemet,
// and any single quote (' ‘ ’) not preceded by an ASCII letter or digit (after one
// it is an apostrophe, which opens nothing).
bool raw_may_hold_quotes(std::string_view body);

// Whether the body holds none of the bytes the two screens above the last look for
// first: no non-ASCII byte and none of '"', '&', '\'', '*', '_', '~', '`', '[', ']',
// '!' and '<'. Then raw_may_hold_quotes is false, and so is raw_may_hide_words for
// "md" and "txt": one pass over the body settles both (most of a corpus's documents,
// those no literal is in, hold none of them; issue 10).
bool raw_is_plain(std::string_view body);

}  // namespace factlint::doc
