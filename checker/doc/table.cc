// Moving table ranges from a reader's text to the normalized text.
#include "doc/table.h"

#include <algorithm>

namespace factlint::doc {

namespace {

void map_any(TextRange& range, const std::vector<std::uint32_t>& to_source, std::string_view target) {
  auto at = [&](std::size_t offset) {
    return static_cast<std::size_t>(
        std::lower_bound(to_source.begin(), to_source.end(), static_cast<std::uint32_t>(offset)) - to_source.begin());
  };
  std::size_t begin = std::min(at(range.begin), target.size());
  std::size_t end = std::min(at(range.end), target.size());
  while (begin < end && (target[begin] == ' ' || target[begin] == '\n')) ++begin;
  while (end > begin && (target[end - 1] == ' ' || target[end - 1] == '\n')) --end;
  range = begin < end ? TextRange{begin, end} : TextRange{begin, begin};
}

}  // namespace

void map_range(TextRange& range, const std::vector<std::uint32_t>& to_source, std::string_view target) {
  if (range.empty() || to_source.empty()) return;
  map_any(range, to_source, target);
}

void map_tables(std::vector<Table>& tables, const std::vector<std::uint32_t>& to_source, std::string_view target) {
  if (to_source.empty()) return;
  for (Table& table : tables) {
    for (TableRow& row : table.rows) {
      for (TextRange& cell : row.cells) map_any(cell, to_source, target);
    }
    map_range(table.caption, to_source, target);
    map_range(table.heading, to_source, target);
    map_range(table.lead, to_source, target);
    TextRange start{table.begin, table.begin};
    map_any(start, to_source, target);
    table.begin = start.begin;
  }
}

}  // namespace factlint::doc
