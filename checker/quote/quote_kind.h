// Telling speech from scare quotes and titles, so labels put in quotation marks
// ("concerns", "alliance") and names of works do not read as someone's words.
#pragma once

#include <vector>

#include "doc/document.h"
#include "quote/quote.h"

namespace factlint::quote {

// The most words an unattributed quote may have and still be a scare quote.
inline constexpr std::size_t kMaxScareQuoteWords = 3;

// Sets Quote::kind and kind_reason for quotes already attributed. The rule
// (docs/quotes.md):
//  1. a quote attributed to anyone (a name, a pronoun, "experts") is speech;
//  2. else it is a title when a naming word stands just before it ("titled",
//     "entitled", "headlined", "known as", "dubbed", "named", "called" without a
//     speaker) or when it is in Title Case (two or more words, every word of four
//     or more letters capitalized, no final period);
//  3. else it is a scare quote when it has 1 to kMaxScareQuoteWords words;
//  4. else it is speech whose speaker is unknown.
// A scare quote or title still joins a cross-document match with speech (a
// source that quotes "no limits" without saying who said it); it is never
// reported on its own.
void classify_quote_kinds(const doc::Document& document, std::vector<Quote>& quotes);

}  // namespace factlint::quote
