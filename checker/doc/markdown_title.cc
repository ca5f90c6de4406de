#include "doc/markdown_title.h"

#include <algorithm>
#include <cstddef>

#include "source/trim.h"

namespace factlint::doc {

namespace {

constexpr std::size_t kMaxTitleLine = 1000;  // a longer first "heading" is no title

using source::trim_line;

// The next line of `text` from `at` (without its line break); `at` is moved past it.
std::string_view next_line(std::string_view text, std::size_t& at) {
  const std::size_t end = std::min(text.find('\n', at), text.size());
  std::string_view line = text.substr(at, end - at);
  at = end < text.size() ? end + 1 : end;
  return line;
}

// Up to three spaces of indent, as CommonMark allows before a heading.
std::string_view unindent(std::string_view line) {
  std::size_t spaces = 0;
  while (spaces < line.size() && spaces < 4 && line[spaces] == ' ') ++spaces;
  return spaces >= 4 ? std::string_view{} : line.substr(spaces);
}

// "# Title #" -> "Title"; "" when `line` is no level-1 ATX heading.
std::string_view atx_heading(std::string_view line) {
  line = unindent(line);
  if (line.size() < 2 || line[0] != '#' || (line[1] != ' ' && line[1] != '\t')) return {};
  line = trim_line(line.substr(1));
  std::size_t closing = line.size();
  while (closing > 0 && line[closing - 1] == '#') --closing;
  if (closing == 0) return {};  // "# ##": an empty heading
  if (closing < line.size() && (line[closing - 1] == ' ' || line[closing - 1] == '\t')) line = line.substr(0, closing);
  return trim_line(line);
}

bool setext_underline(std::string_view line) {
  line = trim_line(unindent(line));
  return !line.empty() && line.find_first_not_of('=') == std::string_view::npos;
}

// Emphasis and code markers dropped, "[text](target)" kept as its text.
std::string plain(std::string_view heading) {
  std::string out;
  for (std::size_t i = 0; i < heading.size(); ++i) {
    const char c = heading[i];
    if (c == '*' || c == '`' || (c == '_' && (i == 0 || i + 1 == heading.size() || heading[i - 1] == ' ' ||
                                              heading[i + 1] == ' '))) {
      continue;
    }
    if (c == ']' && i + 1 < heading.size() && heading[i + 1] == '(') {
      const std::size_t close = heading.find(')', i);
      if (close != std::string_view::npos) {
        i = close;
        continue;
      }
    }
    if (c == '[') continue;
    out += c;
  }
  return out;
}

}  // namespace

std::string markdown_title(std::string_view body) {
  std::size_t at = 0;
  std::string_view line;
  do {
    if (at >= body.size()) return "";
    line = next_line(body, at);
  } while (trim_line(line).empty());
  if (line.size() > kMaxTitleLine) return "";
  if (std::string_view atx = atx_heading(line); !atx.empty()) return plain(atx);
  // "Title\n=====": a paragraph line underlined as a level-1 heading.
  const std::string_view text = trim_line(unindent(line));
  const bool other_block = text.empty() || text[0] == '-' || text[0] == '>' || text[0] == '|' || text[0] == '<';
  if (!other_block && at < body.size() && setext_underline(next_line(body, at))) return plain(text);
  return "";
}

}  // namespace factlint::doc
