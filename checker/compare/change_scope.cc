// Keeping the findings a change touches; see change_scope.h.
#include "compare/change_scope.h"

namespace factlint::compare {

bool touches(const Finding& f, const std::set<std::string>& documents) {
  for (const ValueGroup& group : f.values) {
    for (const match::Statement& s : group.statements) {
      if (documents.count(s.document) > 0) return true;
    }
  }
  return false;
}

std::vector<Finding> findings_touching(const std::vector<Finding>& findings, ChangeScope& scope) {
  std::set<std::string> documents(scope.changed_documents.begin(), scope.changed_documents.end());
  std::vector<Finding> kept;
  scope.left_out = 0;
  for (const Finding& f : findings) {
    if (touches(f, documents)) {
      kept.push_back(f);
    } else {
      ++scope.left_out;
    }
  }
  return kept;
}

}  // namespace factlint::compare
