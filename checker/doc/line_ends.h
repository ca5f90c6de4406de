// Line ends as the rest of the pipeline expects them: the line index, front
// matter and readers all split on '\n'.
#pragma once

#include <string>

namespace factlint::doc {

// Turns each lone '\r' (old Mac line end, not followed by '\n') into '\n', in
// place. The length and every offset stay the same, so positions still point
// into the file on disk. "a\rb\r\nc" -> "a\nb\r\nc".
void read_lone_cr_as_lf(std::string& text);

}  // namespace factlint::doc
