// Reading one row of sources.tsv by file name.
#include "doc/sources_table.h"

#include <fstream>
#include <sstream>
#include <vector>

#include "doc/front_matter.h"

namespace factlint::doc {

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> cells;
  std::size_t begin = 0;
  while (true) {
    std::size_t tab = line.find('\t', begin);
    cells.push_back(line.substr(begin, tab == std::string_view::npos ? std::string_view::npos : tab - begin));
    if (tab == std::string_view::npos) break;
    begin = tab + 1;
  }
  return cells;
}

}  // namespace

std::optional<Metadata> find_in_sources_table(const std::string& table_path, const std::string& file_name,
                                              source::DiagnosticSink& sink) {
  std::ifstream in(table_path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  source::SourceFile table(table_path, std::move(buffer).str());
  if (table.line_count() < 1) return std::nullopt;
  std::vector<std::string_view> header = split_tabs(table.line_text(0));
  int file_column = -1, title = -1, publisher = -1, date = -1, url = -1;
  for (std::size_t i = 0; i < header.size(); ++i) {
    int index = static_cast<int>(i);
    std::string_view name = header[i];
    if (name == "file") file_column = index;
    if (name == "title") title = index;
    if (name == "publisher") publisher = index;
    if (name == "date") date = index;
    if (name == "url") url = index;
  }
  if (file_column < 0) {
    sink.warning({&table, 0, table.line_text(0).size()}, "expected a 'file' column in the sources table header");
    return std::nullopt;
  }
  for (int line = 2; line <= table.line_count(); ++line) {
    std::size_t begin = table.line_start(line);
    std::vector<std::string_view> cells = split_tabs(table.line_text(begin));
    auto cell = [&](int column) {
      return column >= 0 && static_cast<std::size_t>(column) < cells.size() ? std::string(cells[column]) : "";
    };
    if (cell(file_column) != file_name) continue;
    Metadata meta{cell(title), cell(publisher), std::string(without_time_of_day(cell(date))), cell(url)};
    if (!meta.date.empty() && !is_valid_publication_date(meta.date)) {
      std::size_t at = begin + static_cast<std::size_t>(cells[date].data() - table.line_text(begin).data());
      sink.warning({&table, at, at + meta.date.size()},
                   "invalid date '" + meta.date + "' in sources table; expected YYYY-MM-DD, YYYY-MM, YYYY, a timestamp such as 2025-01-16T08:30:00Z, or 'undated'");
      meta.date.clear();
    }
    return meta;
  }
  return std::nullopt;
}

}  // namespace factlint::doc
