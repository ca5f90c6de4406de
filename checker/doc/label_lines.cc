// Label lines of fact sheets: see label_lines.h.
#include "doc/label_lines.h"

#include <cstddef>

namespace factlint::doc {

namespace {

constexpr std::size_t kMaxLabelBytes = 48;
constexpr int kMaxLabelWords = 6;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Past leading spaces, a list mark ("- ", "* ", "+ ", "1. ", "2) ") and emphasis marks.
std::size_t content_start(std::string_view line) {
  std::size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos) return line.size();
  if ((line[i] == '-' || line[i] == '*' || line[i] == '+') && i + 1 < line.size() && line[i + 1] == ' ') {
    i = line.find_first_not_of(' ', i + 1);
  } else {
    std::size_t d = i;
    while (d < line.size() && is_digit(line[d])) ++d;
    if (d > i && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ') {
      i = line.find_first_not_of(' ', d + 1);
    }
  }
  if (i == std::string_view::npos) return line.size();
  while (i < line.size() && (line[i] == '*' || line[i] == '_')) ++i;
  return i;
}

}  // namespace

bool is_label_line(std::string_view line) {
  const std::size_t start = content_start(line);
  if (start >= line.size() || !is_upper(line[start])) return false;
  int words = 1;
  for (std::size_t i = start; i < line.size() && i - start <= kMaxLabelBytes; ++i) {
    const char c = line[i];
    if (c == ':') {
      std::size_t after = i + 1;
      while (after < line.size() && (line[after] == '*' || line[after] == '_')) ++after;  // "**Length:** 82 km"
      if (after >= line.size() || line[after] != ' ') return false;
      return line.find_first_not_of(" \t\r", after) != std::string_view::npos;
    }
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == '"') return false;
    if (c == ' ' && ++words > kMaxLabelWords) return false;
  }
  return false;
}

bool label_line_break(std::string_view line, std::string_view next) {
  if (is_label_line(next)) return true;
  if (!is_label_line(line)) return false;
  const std::size_t start = content_start(next);
  return start < next.size() && (is_upper(next[start]) || is_digit(next[start]));
}

}  // namespace factlint::doc
