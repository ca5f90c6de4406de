// Tables as the readers find them (Markdown pipe tables, HTML <table>): rows of
// cells, each a byte range; which rows are column headers; the caption. Readers
// give ranges of their extracted text; the loader maps them to Document::normalized.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace factlint::doc {

// A byte range [begin, end); empty when begin >= end.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return begin >= end; }
};

struct TableRow {
  // One range per column: a cell spanning several columns (HTML colspan) is
  // repeated in each; a ragged row simply has fewer cells.
  std::vector<TextRange> cells;
  bool header = false;  // a row of column headers (Markdown: the row above the delimiter row)
};

struct Table {
  std::vector<TableRow> rows;
  TextRange caption;       // HTML <caption>; empty when none
  // What the text around the table says it measures and when (docs/rules.md "Facts in
  // tables"): the nearest heading above it (any level; empty when none) and the
  // paragraph directly before it, nothing between (a caption line "Table 2: Hard coral
  // cover, per cent", a lead-in "Cargo handled at the port:"; empty when none).
  TextRange heading;
  TextRange lead;
  std::size_t begin = 0;   // where the table starts: the sentences before it are its context
};

// Maps one range as map_tables maps a table's (an empty range stays empty).
void map_range(TextRange& range, const std::vector<std::uint32_t>& to_source, std::string_view target);

// Maps every range of `tables` through `to_source` (per byte of the target text, its
// offset in the text the ranges refer to; non-decreasing, size target + 1), so a range
// covers the target bytes that came from it, then trims spaces from both ends using
// `target`. A range whose text did not survive becomes empty.
void map_tables(std::vector<Table>& tables, const std::vector<std::uint32_t>& to_source, std::string_view target);

}  // namespace factlint::doc
