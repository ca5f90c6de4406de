// Line index and code-point columns for source files.
#include "source/source_file.h"

#include <algorithm>
#include <cstring>

namespace factlint::source {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  // memchr passes the bytes between newlines many at a time: every document is
  // indexed, read or not (issue 10).
  const char* const begin = text_.data();
  const char* const end = begin + text_.size();
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr; ++p) {
    line_starts_.push_back(static_cast<std::size_t>(p - begin) + 1);
  }
}

int count_code_points(std::string_view text) {
  // Continuation bytes (10xxxxxx) do not start a code point.
  return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

Location SourceFile::location(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  std::size_t start = line_starts_[line_index];
  int column = count_code_points(std::string_view(text_).substr(start, offset - start)) + 1;
  return {static_cast<int>(line_index) + 1, column};
}

std::size_t SourceFile::line_start_of(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return it == line_starts_.begin() ? 0 : *(it - 1);
}

std::string_view SourceFile::line_text(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t start = *(it - 1);
  std::size_t end = it == line_starts_.end() ? text_.size() : *it - 1;
  std::string_view line = std::string_view(text_).substr(start, end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::size_t SourceFile::line_start(int line) const {
  if (line < 1 || line > line_count()) return text_.size();
  return line_starts_[static_cast<std::size_t>(line - 1)];
}

}  // namespace factlint::source
