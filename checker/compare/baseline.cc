// Making baselines from findings and comparing a run with one.
#include "compare/baseline.h"

#include <algorithm>
#include <map>
#include <set>

namespace factlint::compare {

namespace {

bool recorded(const Finding& f) { return f.verdict != Verdict::Consistent; }

BaselineEntry entry_of(const Finding& f) {
  BaselineEntry e{f.id, f.fact, f.key, f.scope, std::string(verdict_name(f.verdict)), {}};
  for (const ValueGroup& g : f.values) e.values.push_back(g.value.display);
  std::sort(e.values.begin(), e.values.end());
  e.values.erase(std::unique(e.values.begin(), e.values.end()), e.values.end());
  return e;
}

}  // namespace

void sort_by_id(std::vector<BaselineEntry>& entries) {
  std::sort(entries.begin(), entries.end(),
            [](const BaselineEntry& a, const BaselineEntry& b) { return a.id < b.id; });
}

const BaselineEntry* Baseline::find(const std::string& id) const {
  auto it = std::find_if(findings.begin(), findings.end(), [&](const BaselineEntry& e) { return e.id == id; });
  return it == findings.end() ? nullptr : &*it;
}

Baseline make_baseline(const std::vector<Finding>& findings) {
  Baseline out;
  for (const Finding& f : findings) {
    if (recorded(f)) out.findings.push_back(entry_of(f));
  }
  sort_by_id(out.findings);
  return out;
}

const char* baseline_state_name(BaselineState state) { return state == BaselineState::Known ? "known" : "new"; }

std::size_t BaselineComparison::count(BaselineState state) const {
  return static_cast<std::size_t>(
      std::count_if(states.begin(), states.end(), [&](const auto& entry) { return entry.second == state; }));
}

std::optional<BaselineState> BaselineComparison::state_of(const std::string& id) const {
  auto it = states.find(id);
  if (it == states.end()) return std::nullopt;
  return it->second;
}

BaselineComparison compare_to_baseline(const Baseline& baseline, const std::vector<Finding>& findings) {
  BaselineComparison out;
  std::map<std::string, const BaselineEntry*> by_id;
  for (const BaselineEntry& e : baseline.findings) by_id.emplace(e.id, &e);
  for (const Finding& f : findings) {
    if (!recorded(f)) continue;
    BaselineEntry current = entry_of(f);
    auto it = by_id.find(f.id);
    const BaselineEntry* seen = it == by_id.end() ? nullptr : it->second;
    bool known = seen != nullptr && seen->verdict == current.verdict && seen->values == current.values;
    out.states[f.id] = known ? BaselineState::Known : BaselineState::New;
    if (seen != nullptr && !known) out.changed.push_back(f.id);
  }
  std::sort(out.changed.begin(), out.changed.end());
  for (const BaselineEntry& e : baseline.findings) {
    if (!out.states.count(e.id)) out.fixed.push_back(e);
  }
  sort_by_id(out.fixed);
  return out;
}

Baseline prune_baseline(const Baseline& baseline, const BaselineComparison& comparison) {
  Baseline out;
  std::set<std::string> fixed;
  for (const BaselineEntry& e : comparison.fixed) fixed.insert(e.id);
  for (const BaselineEntry& e : baseline.findings) {
    if (!fixed.count(e.id)) out.findings.push_back(e);
  }
  sort_by_id(out.findings);
  return out;
}

}  // namespace factlint::compare
