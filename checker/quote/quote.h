// A quotation found in a document: where its words are, what they are once
// normalized for comparison, who said them and about whom. Built by
// extract_quotes(), filled in by attribute() and classify_quote_kinds().
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "source/source_file.h"

namespace factlint::quote {

// Quoted words as a byte range of Document::visible, quote marks excluded.
struct Segment {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Who a quotation is given to. `name` is the canonical name (a rule entity's name
// when one matches, else the fullest form of the name the document uses) and is
// empty when the text does not tell: factlint never guesses a speaker.
struct Speaker {
  std::string name;
  std::string text;  // the words that name the speaker ("he", "Dr. Torigian", "experts")
  std::string how;   // how it was found: "said-after", "said-before", "according-to",
                     // "called", "in-words", "pronoun", "title", "continuation", ""
  bool entity = false;  // `name` is a declared rule entity
  bool known() const { return !name.empty(); }
};

// Speech is a quotation of someone; a scare quote is a short label put in quotes
// without anyone saying it; a title names a work, event or product.
enum class QuoteKind { Speech, ScareQuote, Title };

std::string_view kind_name(QuoteKind kind);  // "speech", "scare-quote", "title"

struct Quote {
  std::string document;          // Document::path
  std::vector<Segment> segments;  // several when the attribution interrupts the quote
  std::string text;               // the quoted words as printed, segments joined by " "
  std::vector<std::string> words; // comparison words: case folded, punctuation and
                                  // bracketed insertions dropped ("[the two]" is not spoken)
  std::vector<std::size_t> gaps;  // word indexes where an ellipsis elides words
  std::vector<std::string> insertions;  // bracketed editor insertions, as printed
  std::size_t open = 0;           // visible offset of the opening mark
  std::size_t close = 0;          // visible offset just past the closing mark
  Segment interruption;           // visible text between the parts of an interrupted quote
  std::size_t sentence = 0;       // index in Document::sentences of the first word
  std::size_t begin = 0;          // original byte range of the quoted words
  std::size_t end = 0;
  source::Location location;      // of the first quoted word in the original file
  std::string context;            // the sentence(s) holding the quote, whitespace collapsed
  bool nested = false;            // inside another quotation
  bool spans_paragraphs = false;  // reopened at the start of a following paragraph
  Speaker speaker;
  std::string about;              // canonical name of whom the quote is about, "" when none
  std::string about_text;         // as written ("Putin", "his Chinese counterpart")
  QuoteKind kind = QuoteKind::Speech;
  std::string kind_reason;        // why a quote is not speech ("1-3 words, unattributed")
};

}  // namespace factlint::quote
