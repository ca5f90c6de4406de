// Deciding whether a run fails.
#include "compare/gate.h"

#include "match/fact_key.h"

namespace factlint::compare {

std::optional<FailOn> fail_on_from_name(std::string_view name) {
  if (name == "conflicting") return FailOn::Conflicting;
  if (name == "single-source") return FailOn::SingleSource;
  if (name == "never") return FailOn::Never;
  return std::nullopt;
}

bool fails(const Finding& f, FailOn fail_on) {
  if (fail_on == FailOn::Never || f.severity == "info") return false;
  if (f.verdict == Verdict::Conflicting) return true;
  return fail_on == FailOn::SingleSource && f.verdict == Verdict::SingleSource;
}

GateOutcome gate(const std::vector<Finding>& findings, FailOn fail_on, const BaselineComparison* baseline) {
  GateOutcome out;
  for (const Finding& f : findings) {
    if (!fails(f, fail_on)) continue;
    if (baseline != nullptr && baseline->state_of(f.id) == BaselineState::Known) {
      ++out.known;
    } else {
      out.fresh.push_back(match::scoped_key(f.key, f.scope));
    }
  }
  out.failed = !out.fresh.empty();
  return out;
}

}  // namespace factlint::compare
