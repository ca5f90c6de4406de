// A light tag scanner (HTML) and line-prefix reader (Markdown) that bound the
// nesting the real parsers see. Both are linear in the text and never allocate
// per tag beyond a counter.
#include "doc/nesting_guard.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "doc/readers.h"

namespace factlint::doc {

namespace {

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::string lower_name(std::string_view text, std::size_t begin, std::size_t& end) {
  std::string name;
  end = begin;
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-')) {
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(text[end])));
    ++end;
  }
  return name;
}

// Elements that never hold children, or that the parser closes by itself when a
// sibling opens: they do not deepen the tree however many are left open.
bool does_not_nest(const std::string& name) {
  static constexpr std::array<std::string_view, 30> kNames = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
      "track", "wbr", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
      "rb", "rt", "rp", "tbody", "thead", "tfoot"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

// Their content is text up to the matching end tag, never tags.
bool is_raw_text(const std::string& name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
         name == "noscript" || name == "iframe" || name == "noembed" || name == "noframes" || name == "plaintext";
}

// The '>' ending the tag that starts at `begin`, skipping quoted attribute values.
std::size_t tag_end(std::string_view text, std::size_t begin) {
  char quote = 0;
  for (std::size_t i = begin; i < text.size(); ++i) {
    char c = text[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i;
    }
  }
  return std::string_view::npos;
}

// Offset just past "</name" (case-insensitive) at or after `from`, or the end.
std::size_t after_raw_text(std::string_view text, std::size_t from, const std::string& name) {
  for (std::size_t i = text.find("</", from); i != std::string_view::npos; i = text.find("</", i + 2)) {
    std::size_t end = 0;
    if (lower_name(text, i + 2, end) == name) return end;
  }
  return text.size();
}

}  // namespace

std::optional<std::size_t> flatten_deep_html(std::string& page, std::size_t max_depth) {
  std::string_view text = page;
  std::optional<std::size_t> first;
  std::size_t depth = 0;
  std::size_t masked_open = 0;  // start tags masked and not yet closed
  std::size_t i = text.find('<');
  while (i != std::string_view::npos && i + 1 < text.size()) {
    std::size_t next = i + 1;
    if (text.compare(i, 4, "<!--") == 0) {
      std::size_t close = text.find("-->", i + 4);
      next = close == std::string_view::npos ? text.size() : close + 3;
    } else if (text[i + 1] == '!' || text[i + 1] == '?') {
      std::size_t close = text.find('>', i + 2);
      next = close == std::string_view::npos ? text.size() : close + 1;
    } else if (text[i + 1] == '/' && i + 2 < text.size() && is_alpha(text[i + 2])) {
      std::size_t name_end = 0;
      std::string name = lower_name(text, i + 2, name_end);
      std::size_t close = tag_end(text, name_end);
      next = close == std::string_view::npos ? text.size() : close + 1;
      if (!does_not_nest(name)) {
        if (masked_open > 0) {
          --masked_open;
          mask(page, i, next);
        } else if (depth > 0) {
          --depth;
        }
      }
    } else if (is_alpha(text[i + 1])) {
      std::size_t name_end = 0;
      std::string name = lower_name(text, i + 1, name_end);
      std::size_t close = tag_end(text, name_end);
      next = close == std::string_view::npos ? text.size() : close + 1;
      bool self_closing = close != std::string_view::npos && text[close - 1] == '/';
      if (is_raw_text(name)) {
        next = after_raw_text(text, next, name);
      } else if (!does_not_nest(name) && !self_closing) {
        if (depth < max_depth) {
          ++depth;
        } else {
          if (!first) first = i;
          ++masked_open;
          mask(page, i, next);
        }
      }
    }
    i = text.find('<', next);
  }
  return first;
}

namespace {

// How many containers the markers at the start of line [begin, end) open, counted
// up to one past `max_depth`.
std::size_t line_depth(std::string_view text, std::size_t begin, std::size_t end, std::size_t max_depth) {
  std::size_t depth = 0;
  std::size_t i = begin;
  while (i < end && depth <= max_depth) {
    while (i < end && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= end) break;
    char c = text[i];
    std::size_t marker_end = i;
    if (c == '>') {
      marker_end = i + 1;
    } else if (c == '-' || c == '+' || c == '*') {
      if (i + 1 == end || text[i + 1] == ' ' || text[i + 1] == '\t') marker_end = i + 1;
    } else if (c >= '0' && c <= '9') {
      std::size_t k = i;
      while (k < end && k < i + 9 && text[k] >= '0' && text[k] <= '9') ++k;
      if (k < end && (text[k] == '.' || text[k] == ')') && (k + 1 == end || text[k + 1] == ' ' || text[k + 1] == '\t')) {
        marker_end = k + 1;
      }
    }
    if (marker_end == i) break;
    ++depth;
    i = marker_end;
  }
  return depth;
}

}  // namespace

std::optional<std::size_t> skip_deep_markdown_lines(std::string& text, std::size_t from, std::size_t max_depth) {
  std::optional<std::size_t> first;
  std::size_t begin = from;
  while (begin < text.size()) {
    std::size_t end = std::min(text.find('\n', begin), text.size());
    if (line_depth(text, begin, end, max_depth) > max_depth) {
      if (!first) first = begin;
      mask(text, begin, end);
    }
    begin = end + 1;
  }
  return first;
}

bool has_deep_markdown_lines(std::string_view text, std::size_t from, std::size_t max_depth) {
  for (std::size_t begin = from; begin < text.size();) {
    std::size_t end = std::min(text.find('\n', begin), text.size());
    if (line_depth(text, begin, end, max_depth) > max_depth) return true;
    begin = end + 1;
  }
  return false;
}

std::size_t hide_image_openers(std::string& text, std::size_t from) {
  std::size_t count = 0;
  for (std::size_t i = text.find("![", from); i != std::string::npos; i = text.find("![", i + 2)) {
    if (i > 0 && text[i - 1] == '<') continue;
    text[i] = 'x';
    ++count;
  }
  return count;
}

}  // namespace factlint::doc
