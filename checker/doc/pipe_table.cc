// Splitting GFM pipe-table rows (https://github.github.com/gfm/#tables-extension-).
#include "doc/pipe_table.h"

namespace factlint::doc {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

TextRange trimmed(std::string_view line, std::size_t begin, std::size_t end) {
  while (begin < end && is_space(line[begin])) ++begin;
  while (end > begin && is_space(line[end - 1])) --end;
  return {begin, end};
}

}  // namespace

std::vector<TextRange> split_pipe_row(std::string_view line) {
  std::size_t begin = 0, end = line.size();
  while (begin < end && is_space(line[begin])) ++begin;
  while (end > begin && is_space(line[end - 1])) --end;
  if (begin < end && line[begin] == '|') ++begin;
  if (end > begin && line[end - 1] == '|' && (end - 1 == begin || line[end - 2] != '\\')) --end;
  std::vector<TextRange> cells;
  std::size_t start = begin;
  for (std::size_t k = begin; k < end; ++k) {
    if (line[k] == '\\') {
      ++k;  // an escaped character, a pipe included, stays in the cell
    } else if (line[k] == '|') {
      cells.push_back(trimmed(line, start, k));
      start = k + 1;
    }
  }
  if (start < end || !cells.empty() || begin < end) cells.push_back(trimmed(line, start, end));
  return cells;
}

std::size_t delimiter_columns(std::string_view line) {
  if (line.find('|') == std::string_view::npos) return 0;
  std::vector<TextRange> cells = split_pipe_row(line);
  for (const TextRange& cell : cells) {
    std::string_view c = line.substr(cell.begin, cell.end - cell.begin);
    if (!c.empty() && c.front() == ':') c.remove_prefix(1);
    if (!c.empty() && c.back() == ':') c.remove_suffix(1);
    if (c.empty() || c.find_first_not_of('-') != std::string_view::npos) return 0;
  }
  return cells.size();
}

}  // namespace factlint::doc
