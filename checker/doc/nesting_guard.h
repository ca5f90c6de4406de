// Guards run before the third-party parsers: gumbo and cmark-gfm spend time or
// memory in proportion to nesting depth, so pathological nesting is flattened or
// skipped here first (limits in doc/limits.h, guarantees in docs/limits.md).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factlint::doc {

// Masks with spaces, in place, every HTML start tag that would open an element
// more than `max_depth` deep, and the end tags that close those. The text inside
// is kept; offsets do not move. Elements closed implicitly (p, li, td, ...), void
// elements and raw text (script, style, comments) do not nest here. Returns the
// offset of the first masked tag, nullopt when the page is within the limit.
// Example: max_depth 2, "<b><i><u>x</u></i></b>" -> "<b><i>   x    </i></b>".
std::optional<std::size_t> flatten_deep_html(std::string& page, std::size_t max_depth);

// Masks with spaces, in place, every Markdown line from `from` on whose leading
// container markers ('>' quotes, '-', '+', '*' and '1.' list items) open more than
// `max_depth` containers. Returns the offset of the first masked line, or nullopt.
// Example: max_depth 2, "> > > deep\nok\n" -> "          \nok\n".
std::optional<std::size_t> skip_deep_markdown_lines(std::string& text, std::size_t from, std::size_t max_depth);
// Whether skip_deep_markdown_lines would mask a line of `text` (nothing changes).
bool has_deep_markdown_lines(std::string_view text, std::size_t from, std::size_t max_depth);

// Replaces with 'x', in place, every '!' that opens an image ("![") from `from`
// on, except in "<![CDATA[". (A letter, not a space: a paragraph must still start
// where the '!' is, or the reader would take the image for a link.) cmark-gfm 0.29.0.gfm.6 (Debian 12) takes
// quadratic time on many image openers ("![[]()" repeated: CVE-2023-22486); the
// block structure we take from it never depends on them, and our own inline pass
// reads images from the original text. Returns how many were replaced.
std::size_t hide_image_openers(std::string& text, std::size_t from);

}  // namespace factlint::doc
