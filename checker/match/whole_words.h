// Words in raw sentence text, for the few rules that look at a sentence's letters
// rather than its tokens (a phrase like "at year-end" or "so far" anywhere in it).
#pragma once

#include <string_view>

namespace factlint::match {

// A letter or digit of a word as writers join them: "year's", "year-end" and
// "Reykjavík" are one word each.
bool raw_word_char(char c);

// Whether `text` holds `phrase` with no word character on either side: "so far" in
// "sales so far rose", not in "so farmers".
bool holds_whole_words(std::string_view text, std::string_view phrase);

}  // namespace factlint::match
