// Decision kinds and their names; see decision.h.
#include "compare/decision.h"

namespace factlint::compare {

bool Decision::targets(const std::string& id, const std::string& key, const std::string& scope) const {
  if (finding == id || finding == key) return true;
  // "key [scope]", as reports print a scoped finding (match::scoped_key).
  return !scope.empty() && finding.size() == key.size() + scope.size() + 3 && finding.starts_with(key) &&
         finding.compare(key.size(), 2, " [") == 0 && finding.compare(key.size() + 2, scope.size(), scope) == 0 &&
         finding.back() == ']';
}

std::string_view decision_kind_name(Decision::Kind kind) {
  for (const DecisionKindName& k : kDecisionKinds) {
    if (k.kind == kind) return k.name;
  }
  return "?";
}

std::optional<Decision::Kind> decision_kind_from_name(std::string_view name) {
  for (const DecisionKindName& k : kDecisionKinds) {
    if (k.name == name) return k.kind;
  }
  return std::nullopt;
}

std::vector<std::string> decision_kind_names() {
  std::vector<std::string> names;
  for (const DecisionKindName& k : kDecisionKinds) names.emplace_back(k.name);
  return names;
}

}  // namespace factlint::compare
