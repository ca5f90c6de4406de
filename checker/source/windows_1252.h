// Windows-1252 (the Latin-1 superset most Western Windows and old web text is in):
// telling it from UTF-8 and reading it, a byte a character, so that code-point
// columns stay the file's (docs/limits.md, "Encoding").
#pragma once

#include <string>
#include <string_view>

namespace factlint::source {

// Whether text that is not valid UTF-8 is Windows-1252: it holds non-ASCII bytes and
// none of them starts a valid multi-byte UTF-8 sequence. A file with one "é" written
// in UTF-8 is UTF-8 with a stray byte, not Latin-1.
bool looks_windows_1252(std::string_view text);

// Each byte as the Windows-1252 character it is, in UTF-8; the five bytes the code
// page leaves undefined become U+FFFD. (A table of 32 entries, as the WHATWG Encoding
// Standard gives it: iconv refuses those five bytes, and one byte must stay one
// character for columns.)
std::string decode_windows_1252(std::string_view text);

}  // namespace factlint::source
