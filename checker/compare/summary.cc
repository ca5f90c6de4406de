// Counting a run's findings by verdict.
#include "compare/summary.h"

namespace factlint::compare {

Summary summarize(std::size_t documents, std::size_t statements, const std::vector<Finding>& findings) {
  Summary s;
  s.documents = documents;
  s.statements = statements;
  s.findings = findings.size();
  for (const auto& f : findings) {
    switch (f.verdict) {
      case Verdict::Consistent: ++s.consistent; break;
      case Verdict::Conflicting: ++s.conflicting; break;
      case Verdict::SingleSource: ++s.single_source; break;
    }
  }
  return s;
}

}  // namespace factlint::compare
