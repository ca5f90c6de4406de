// Counting a run's findings by verdict.
#include "compare/summary.h"

namespace factlint::compare {

void Summary::count(Verdict verdict) {
  ++findings;
  switch (verdict) {
    case Verdict::Consistent: ++consistent; break;
    case Verdict::Conflicting: ++conflicting; break;
    case Verdict::SingleSource: ++single_source; break;
  }
}

void Summary::count(const Finding& finding) {
  count(finding.verdict);
  if (finding.verdict == Verdict::Conflicting && finding.reason == "acknowledged") ++acknowledged;
}

Summary summarize(std::size_t documents, std::size_t statements, const std::vector<Finding>& findings) {
  Summary s;
  s.documents = documents;
  s.statements = statements;
  for (const auto& f : findings) s.count(f);
  return s;
}

}  // namespace factlint::compare
