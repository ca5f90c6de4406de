// Where a document's paragraphs and headings are: the limits the matcher gives a
// sentence's context (docs/rules.md "Cues", steps 3 to 5), read from its original
// text, since the normalized text keeps neither blank lines nor '#'.
#pragma once

#include <cstddef>

#include "doc/document.h"

namespace factlint::match {

// Whether a blank line separates two original offsets (a paragraph break).
bool blank_line_between(const doc::Document& document, std::size_t from, std::size_t to);

// Whether sentence `s` of the document is a heading ("## Emissions"): its line opens
// with '#' (Markdown, and plain text written the same way).
bool is_heading(const doc::Document& document, int s);

// Whether sentence `s` of the document is a label line of a fact sheet ("Opened: 1
// July 1981"; doc/label_lines.h): a field of its own, which tells nothing of the line
// after it.
bool is_label_line(const doc::Document& document, int s);

// Whether sentence `s` of the document opens a paragraph (a blank line before it).
bool opens_paragraph(const doc::Document& document, int s);

}  // namespace factlint::match
