// Each document's publication date by path, for the comparison of running totals
// (`compare increasing`): views of the run's document list, sorted once, not a map
// holding a copy of every path (issue 10: at 1 GB, 188,670 paths).
#pragma once

#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace factlint::compare {

class DocumentDates {
 public:
  using Entry = std::pair<std::string_view, std::string_view>;  // path, date as doc::Metadata::date gives it

  DocumentDates() = default;
  // The strings viewed must outlive this. A path given twice keeps its first date.
  explicit DocumentDates(std::vector<Entry> dates);
  DocumentDates(std::initializer_list<Entry> dates) : DocumentDates(std::vector<Entry>(dates)) {}

  // The date of `path` ("YYYY-MM-DD", "YYYY-MM", "YYYY", "undated"), "" when unknown.
  std::string_view of(std::string_view path) const;

 private:
  std::vector<Entry> dates_;  // sorted by path
};

}  // namespace factlint::compare
