// Label lines: the "Label: value" lines of fact sheets and spec lists ("Dam height:
// 181 m", "**Employees:** 100,000"). Written one under another with no punctuation
// and no blank line between, they would read as one run-on sentence; each is a
// sentence of its own (docs/rules.md "Facts in tables", label lines).
#pragma once

#include <string_view>

namespace factlint::doc {

// Whether `line` (one source line, container marks such as "> " already skipped) is a
// label line: optional list or emphasis marks, a capitalized label of at most six
// words without sentence punctuation, a ':' then a space and something after it.
// "Dam height: 181 m" and "- **Length:** 2,335 m" are; "Note that: x", "10:30 am"
// and "the height: 181 m" are not.
bool is_label_line(std::string_view line);

// Whether the line break between `line` and the `next` line of one paragraph ends a
// sentence: before a label line, and after one when the next line starts a sentence
// (a capital or a digit after any marks). A label line wrapped onto a lowercase
// continuation ("Note: the figures below / are provisional") stays one sentence.
bool label_line_break(std::string_view line, std::string_view next);

}  // namespace factlint::doc
