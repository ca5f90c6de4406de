// Names and small queries on findings.
#include "compare/finding.h"

#include <set>

namespace factlint::compare {

std::string_view verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::Consistent: return "consistent";
    case Verdict::Conflicting: return "conflicting";
    case Verdict::SingleSource: return "single-source";
  }
  return "single-source";
}

std::size_t Finding::document_count() const {
  std::set<std::string> documents;
  for (const ValueGroup& group : values) {
    for (const match::Statement& s : group.statements) documents.insert(s.document);
  }
  return documents.size();
}

}  // namespace factlint::compare
