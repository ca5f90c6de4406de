// Publication dates by path, looked up by binary search.
#include "compare/document_dates.h"

#include <algorithm>

namespace factlint::compare {

DocumentDates::DocumentDates(std::vector<Entry> dates) : dates_(std::move(dates)) {
  std::stable_sort(dates_.begin(), dates_.end(), [](const Entry& a, const Entry& b) { return a.first < b.first; });
  dates_.erase(std::unique(dates_.begin(), dates_.end(), [](const Entry& a, const Entry& b) { return a.first == b.first; }),
               dates_.end());
}

std::string_view DocumentDates::of(std::string_view path) const {
  auto it = std::lower_bound(dates_.begin(), dates_.end(), path,
                             [](const Entry& e, std::string_view p) { return e.first < p; });
  return it != dates_.end() && it->first == path ? it->second : std::string_view();
}

}  // namespace factlint::compare
