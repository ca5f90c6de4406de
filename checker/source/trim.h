// Trimming a line of a text file: the blanks around its content and, at its end, the
// CR of a CRLF line break (front matter lines, a Markdown heading).
#pragma once

#include <string_view>

namespace factlint::source {

// `line` without the spaces and tabs before and after it, nor a CR at its end.
inline std::string_view trim_line(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

}  // namespace factlint::source
