// How a token is written in its document, as readers see it: the matcher reads the
// normalized, case-folded text, and a few decisions need the case it lost (names that
// open sentences, acronym aliases, longer names an alias begins).
#pragma once

#include "doc/document.h"
#include "match/tokenizer.h"

namespace factlint::match {

// Its first visible byte is an ASCII capital, or a non-ASCII letter that case folding
// changed. False when the document keeps no visible text.
bool written_capitalized(const doc::Document& document, const Token& token);

// Its first visible byte is an ASCII lowercase letter ("crown"). False when the document
// keeps no visible text.
bool written_lowercase(const doc::Document& document, const Token& token);

// No lowercase ASCII letter in it ("AIMS", "U.S."). True when the document keeps no
// visible text: nothing says otherwise.
bool written_in_capitals(const doc::Document& document, const Token& token);

// A capital after a lowercase letter inside it ("KenGen", "PetroChina", "YouTube"): no
// common word is spelt so. Stops at the first byte that is no ASCII letter.
bool written_in_camel_case(const doc::Document& document, const Token& token);

}  // namespace factlint::match
