// Internal to lang/: the rule language's tokens, scanned without X3 so they can be
// tested alone. The grammar (grammar.cc) wraps each scanner in a named X3 parser.
//
// A scanner looks at the text from `first` up to `last` and returns how many bytes
// form its token there, 0 when none does; it never reads past `last`.
#pragma once

#include <cstddef>
#include <string>

namespace factlint::lang::lexer {

using It = const char*;

// Character classes. Bytes >= 0x80 belong to UTF-8 letters, so they are word bytes.
bool is_alpha(unsigned char c);
bool is_digit(unsigned char c);
bool is_ident_start(unsigned char c);
bool is_ident_char(unsigned char c);
bool is_blank(char c);  // space, tab, carriage return (a line break ends an item)
bool is_word_start(unsigned char c);
bool is_word_char(unsigned char c);

std::string ascii_lower(std::string s);

std::size_t scan_ident(It first, It last);        // `border_length`, `_x1`
std::size_t scan_type(It first, It last);         // an identifier that may hold hyphens: `year-range`
std::size_t scan_word(It first, It last);         // a pattern word: `'s`, `sino-soviet`, `no.`; not the `..` of a gap
std::size_t scan_punctuation(It first, It last);  // one of , : ! % $ / & + * < > = [ ] ~ ^ -
std::size_t scan_quoted(It first, It last);       // `"text"` on one line, `\"` and `\\` escaped
std::size_t scan_unsigned(It first, It last);     // `12`, not followed by an identifier character
std::size_t scan_integer(It first, It last);      // `12`, `-3`
std::size_t scan_number(It first, It last);       // `3`, `2.5`
std::size_t scan_gap_bounds(It first, It last);   // `0..3`
std::size_t scan_unit(It first, It last);         // `km`, `km2`, `m/s`, `USD`, `square miles`
std::size_t scan_scope(It first, It last);        // `per year`
std::size_t scan_bare_value(It first, It last);   // an unquoted value: up to a blank, `"`, `#`, `{`, `}` or `;`
std::size_t scan_severity(It first, It last);     // `error`, `warning` or `info`
std::size_t scan_ton(It first, It last);          // `metric`, `short` or `long`
// The rest of the item, up to a line break, '#', ';' or '}', without trailing blanks
// (`values 1 million to 50 million`); none when it is empty.
std::size_t scan_rest(It first, It last);
std::size_t scan_side(It first, It last);         // `start` or `end`
std::size_t scan_denominator(It first, It last);  // after `per`: `vehicle`, `seat per month`, `user/mo`; not `symmetric`

// The text of a scanned `"text"` with its escapes undone.
std::string decode_quoted(It first, It last);
// The token in lower case (ASCII letters only).
std::string decode_lower(It first, It last);
// Words as written with each run of blanks between them made one space ("square  km").
std::string decode_words(It first, It last);

}  // namespace factlint::lang::lexer
