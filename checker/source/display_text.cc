// Printable forms of untrusted text; see display_text.h.
#include "source/display_text.h"

#include <fmt/format.h>

#include "source/utf8.h"

namespace factlint::source {

namespace {

// Controls that move the cursor, change the terminal or reorder what is shown.
bool is_unsafe(char32_t c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

// What a CI runner trims before looking for "::" (.NET's Char.IsWhiteSpace).
bool is_runner_blank(char32_t c) {
  return (c >= 0x09 && c <= 0x0D && c != '\n') || c == ' ' || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

std::string escape(char32_t c) {
  switch (c) {
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: return c < 0x80 ? fmt::format("\\x{:02x}", static_cast<unsigned>(c))
                             : fmt::format("\\u{:04x}", static_cast<unsigned>(c));
  }
}

// Appends the printable form of the code point at `i` and returns its length in bytes.
std::size_t append_printable(std::string& out, std::string_view text, std::size_t i, bool keep_lines = false) {
  DecodedChar d = decode_utf8(text, i);
  if (!d.valid) {
    out += "\xEF\xBF\xBD";  // U+FFFD
  } else if (keep_lines && (d.code_point == '\n' || d.code_point == '\t')) {
    out += static_cast<char>(d.code_point);
  } else if (is_unsafe(d.code_point)) {
    out += escape(d.code_point);
  } else {
    out.append(text.substr(i, d.length));
  }
  return d.length;
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) i += append_printable(out, text, i);
  return out;
}

std::string printable_lines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) i += append_printable(out, text, i, true);
  return out;
}

std::string printable_excerpt(std::string_view text, std::size_t max_code_points, ExcerptCut cut) {
  std::string out;
  std::size_t i = 0, last_space = 0, points_at_space = 0, n = 0;
  for (; i < text.size() && n < max_code_points; ++n) {
    if (text[i] == ' ') last_space = out.size(), points_at_space = n;
    i += append_printable(out, text, i);
  }
  if (i >= text.size()) return out;
  if (cut == ExcerptCut::AtWord && text[i] != ' ' && points_at_space >= max_code_points / 2) out.resize(last_space);
  out += "\xE2\x80\xA6";  // …
  return out;
}

std::string break_workflow_commands(std::string_view text, const CommandBreak& how) {
  // Nearly all text holds neither sequence: a copy, without decoding it.
  if (text.find("##[") == std::string_view::npos && text.find("::") == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  bool line_start = true;  // only blanks seen since the last newline
  for (std::size_t i = 0; i < text.size();) {
    if (text.substr(i, 3) == "##[") {
      out += how.hash_bracket;
      i += 3;
      line_start = false;
      continue;
    }
    if (line_start && text.substr(i, 2) == "::") {
      out += how.line_colons;
      i += 2;
      line_start = false;
      continue;
    }
    DecodedChar d = decode_utf8(text, i);
    out.append(text.substr(i, d.length));
    if (d.code_point == '\n') {
      line_start = true;
    } else if (!(d.valid && is_runner_blank(d.code_point))) {
      line_start = false;
    }
    i += d.length;
  }
  return out;
}

}  // namespace factlint::source
