// Counting verdicts and describing documents for writers.
#include "report/report_input.h"

#include <algorithm>

namespace factlint::report {

Summary ReportInput::summary() const { return compare::summarize(documents.size(), statement_count, findings); }

std::string ReportInput::provenance(const std::string& path) const {
  // Documents are sorted by path, and writers ask once per statement.
  auto it = std::lower_bound(documents.begin(), documents.end(), path,
                             [](const DocumentEntry& d, const std::string& p) { return d.path < p; });
  if (it == documents.end() || it->path != path) return "";
  std::string out = it->meta.publisher;
  if (!it->meta.date.empty()) out += (out.empty() ? "" : ", ") + it->meta.date;
  return out;
}

}  // namespace factlint::report
