// Counting verdicts and describing documents for writers.
#include "report/report_input.h"

#include <algorithm>

namespace factlint::report {

Summary ReportInput::summary() const {
  Summary s;
  s.documents = documents.size();
  s.statements = statement_count;
  s.findings = findings.size();
  for (const auto& f : findings) {
    switch (f.verdict) {
      case compare::Verdict::Consistent: ++s.consistent; break;
      case compare::Verdict::Conflicting: ++s.conflicting; break;
      case compare::Verdict::SingleSource: ++s.single_source; break;
    }
  }
  return s;
}

std::string ReportInput::provenance(const std::string& path) const {
  auto it = std::find_if(documents.begin(), documents.end(), [&](const DocumentEntry& d) { return d.path == path; });
  if (it == documents.end()) return "";
  std::string out = it->meta.publisher;
  if (!it->meta.date.empty()) out += (out.empty() ? "" : ", ") + it->meta.date;
  return out;
}

}  // namespace factlint::report
