// Declared names that hold a figure ("Merdeka 118", "Boeing 747", "Apollo 11"): the
// readers that take names as words must read such a name as one.
#pragma once

#include <string>
#include <vector>

#include "match/tokenizer.h"

namespace factlint::match {

struct EdgeTable;

// `text` (normalized) with every digit inside a declared name's occurrence written as
// the letter "n", offsets unchanged; empty when no name occurrence holds a digit (the
// common case: no copy). The rank readers read a list of names word by word ("Only
// Burj Khalifa and Merdeka 118 are taller than ..." is third); a digit in a name ended
// the list, so the sentence ranked nothing (session 22, a blind writer's report).
std::string digits_of_names_as_letters(const std::string& text, const std::vector<Token>& tokens,
                                       const EdgeTable& names);

}  // namespace factlint::match
