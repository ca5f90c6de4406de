// Keeping the findings a change touches or changes; see change_scope.h.
#include "compare/change_scope.h"

#include <algorithm>
#include <stdexcept>
#include <tuple>

namespace factlint::compare {

namespace {

int verdict_rank(const Finding* f) {
  if (f == nullptr) return 0;
  switch (f->verdict) {
    case Verdict::Conflicting: return 2;
    case Verdict::SingleSource: return 1;
    case Verdict::Consistent: return 0;
  }
  return 0;
}

// The verdict's rank, a half step lower at severity info (an acknowledged conflict, an
// info fact): what never fails the gate. A change that removes an acknowledgement
// raises it, and is introduced (docs/ci.md#checking-a-change).
int rank(const Finding* f) {
  int r = verdict_rank(f) * 2;
  return r > 0 && f->severity == "info" ? r - 1 : r;
}

// The distinct values as reports display them, sorted: what baselines compare too.
std::vector<std::string> values_of(const Finding& f) {
  std::vector<std::string> values;
  for (const ValueGroup& g : f.values) values.push_back(g.value.display);
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return values;
}

std::optional<ChangeKind> kind_between(const Finding* head, const Finding* base) {
  int now = rank(head);
  int was = rank(base);
  if (now > was) return ChangeKind::Introduced;
  // The same verdict at severity info (a conflict acknowledged) is no fix: unchanged.
  if (now < was) return verdict_rank(head) < verdict_rank(base) ? std::optional(ChangeKind::Fixed) : std::nullopt;
  if (now > 0 && values_of(*head) != values_of(*base)) return ChangeKind::Changed;
  return std::nullopt;
}

FixedFinding fixed_of(const Finding& base, const Finding* head) {
  FixedFinding out{base.id, base.fact, base.key, base.scope, base.verdict, values_of(base), std::nullopt};
  if (head != nullptr) out.now = head->verdict;
  return out;
}

}  // namespace

const char* change_kind_name(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Introduced: return "introduced";
    case ChangeKind::Changed: return "changed";
    case ChangeKind::Fixed: return "fixed";
  }
  return "changed";
}

bool is_confirmation(const FixedFinding& fixed) {
  return fixed.was == Verdict::SingleSource && fixed.now == Verdict::Consistent;
}

const char* fixed_word(const FixedFinding& fixed) { return is_confirmation(fixed) ? "confirmed" : "fixed"; }

std::size_t ChangeScope::count(ChangeKind kind) const {
  if (kind == ChangeKind::Fixed) return fixed.size();
  return static_cast<std::size_t>(
      std::count_if(kinds.begin(), kinds.end(), [&](const auto& entry) { return entry.second == kind; }));
}

std::optional<ChangeKind> ChangeScope::kind_of(const std::string& id) const {
  auto it = kinds.find(id);
  if (it == kinds.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> ChangeScope::word_of(const std::string& id) const {
  std::optional<ChangeKind> kind = kind_of(id);
  if (!kind) return std::nullopt;
  if (*kind == ChangeKind::Fixed) {
    for (const FixedFinding& f : fixed) {
      if (f.id == id) return fixed_word(f);
    }
  }
  return change_kind_name(*kind);
}

namespace {

// Whether group `g` of `f` has a statement in one of `documents`: a spilled finding's
// group names its documents, sorted (compare/finding_spill.h), a held one's statements do.
bool group_touches(const Finding& f, std::size_t g, const std::set<std::string>& documents) {
  if (f.spilled) {
    if (!f.spilled->documents || f.spilled->documents->size() != f.values.size()) {
      throw std::logic_error("a finding spilled without its documents cannot be matched to a change");
    }
    const std::vector<std::string>& named = (*f.spilled->documents)[g];
    return std::any_of(documents.begin(), documents.end(),
                       [&](const std::string& d) { return std::binary_search(named.begin(), named.end(), d); });
  }
  const std::vector<match::Statement>& statements = f.values[g].statements;
  return std::any_of(statements.begin(), statements.end(),
                     [&](const match::Statement& s) { return documents.count(s.document) > 0; });
}

}  // namespace

bool touches(const Finding& f, const std::set<std::string>& documents) {
  for (std::size_t g = 0; g < f.values.size(); ++g) {
    if (group_touches(f, g, documents)) return true;
  }
  return false;
}

bool change_takes_part(const Finding& f, const std::set<std::string>& documents) {
  if (f.reason != "deviates-from-decision") return true;
  for (std::size_t g = 0; g < f.values.size(); ++g) {
    if (f.values[g].deviates && group_touches(f, g, documents)) return true;
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

std::vector<Finding> findings_touching(std::vector<Finding>&& findings, ChangeScope& scope) {
  std::set<std::string> documents(scope.changed_documents.begin(), scope.changed_documents.end());
  std::vector<Finding> kept;
  scope.left_out = 0;
  for (Finding& f : findings) {
    if (touches(f, documents)) {
      kept.push_back(std::move(f));
    } else {
      ++scope.left_out;
    }
  }
  return kept;
}

std::vector<Finding> findings_changed(const std::vector<Finding>& head, const std::vector<Finding>& base,
                                      ChangeScope& scope) {
  std::map<std::string, const Finding*> at_base;
  for (const Finding& f : base) at_base.emplace(f.id, &f);
  std::set<std::string> at_head;
  std::vector<Finding> kept;
  scope.kinds.clear();
  scope.fixed.clear();
  scope.left_out = 0;
  for (const Finding& f : head) {
    at_head.insert(f.id);
    auto it = at_base.find(f.id);
    const Finding* was = it == at_base.end() ? nullptr : it->second;
    std::optional<ChangeKind> kind = kind_between(&f, was);
    if (!kind) {
      ++scope.left_out;
      continue;
    }
    scope.kinds[f.id] = *kind;
    if (*kind == ChangeKind::Fixed) scope.fixed.push_back(fixed_of(*was, &f));
    kept.push_back(f);
  }
  for (const Finding& f : base) {
    if (at_head.count(f.id) == 0 && rank(&f) > 0) scope.fixed.push_back(fixed_of(f, nullptr));
  }
  std::sort(scope.fixed.begin(), scope.fixed.end(), [](const FixedFinding& a, const FixedFinding& b) {
    return std::tie(a.fact, a.key, a.scope) < std::tie(b.fact, b.key, b.scope);
  });
  return kept;
}

}  // namespace factlint::compare
