// Decision kinds and their names; see decision.h.
#include "compare/decision.h"

namespace factlint::compare {

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
