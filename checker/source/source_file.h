// A file's text with a line index: turns byte offsets into the 1-based line and
// code-point column every user-facing position uses.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::source {

// A position as users see it: 1-based line, 1-based column counted in code points.
struct Location {
  int line = 0;
  int column = 0;
  friend bool operator==(const Location&, const Location&) = default;
  friend auto operator<=>(const Location&, const Location&) = default;
};

// The bytes of one input file (rule file or document) and where its lines start.
class SourceFile {
 public:
  SourceFile() = default;
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  // Line and code-point column of a byte offset; offsets past the end clamp to the end.
  Location location(std::size_t offset) const;
  // The text of the line holding `offset`, without its newline.
  std::string_view line_text(std::size_t offset) const;
  // Byte offset where the line holding `offset` starts (a binary search: a document
  // written as one long line must not cost a scan back per question).
  std::size_t line_start_of(std::size_t offset) const;
  // Byte offset where line `line` (1-based) starts; the end of text when out of range.
  std::size_t line_start(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

// Number of code points in a UTF-8 byte range; bytes of a broken sequence count one each.
int count_code_points(std::string_view text);

// A byte range in a source file. `file` is null for text that has no file (e.g. a CLI argument).
struct Span {
  const SourceFile* file = nullptr;
  std::size_t begin = 0;
  std::size_t end = 0;
};

}  // namespace factlint::source
