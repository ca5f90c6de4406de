// The verbs that introduce speech ("said", "told", "wrote"), and the small words
// attribution reading skips or stops at.
#pragma once

#include <string_view>

namespace factlint::quote {

// Whether a lowercase word is a verb of saying: "said", "says", "told", "added",
// "according" (of "according to"), "called" and "described" are; "met" is not.
bool is_speech_verb(std::string_view word);

// Verbs that name someone else as the quote's subject: X called Y his "...".
bool is_naming_verb(std::string_view word);

// Auxiliaries and adverbs between a speaker and the verb ("has even said").
bool is_verb_filler(std::string_view word);

// He, she, they (and their other cases): a speaker named elsewhere.
bool is_personal_pronoun(std::string_view word);

// Honorifics and offices that stand before a name: "Mr.", "Dr.", "President".
bool is_title_word(std::string_view word);

// Nouns for unnamed groups of speakers: "experts", "officials", "analysts".
bool is_group_noun(std::string_view word);

}  // namespace factlint::quote
