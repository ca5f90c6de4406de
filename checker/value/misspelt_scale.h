// A word after a figure that looks like a scale word mistyped: "312 milion",
// "$1.15 bilion". Reading the figure alone would make it a thousand or a million times
// too small, a silent misread; the readers refuse the figure instead
// (docs/rules.md, "One principle: the whole phrase or nothing").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factlint::value {

// The scale word `word` looks mistyped from ("million" for "milion", "Millon"), or
// nothing: one edit away (a letter added, dropped, changed, or two swapped), the same
// first two and last two letters, and not itself an English word ("minion").
std::optional<std::string_view> misspelt_scale(std::string_view word);

// What a message adds after quoting `unread`, the part of a phrase a reader left:
// " (a misspelt 'million'?)" when it is one, "" otherwise.
std::string misspelling_note(std::string_view unread);

}  // namespace factlint::value
