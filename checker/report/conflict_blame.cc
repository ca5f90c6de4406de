#include "report/conflict_blame.h"

#include <algorithm>
#include <string>

namespace factlint::report {

namespace {

std::size_t document_count(const compare::ValueGroup& g) {
  std::vector<std::string> docs;
  for (const match::Statement& s : g.statements) docs.push_back(s.document);
  std::sort(docs.begin(), docs.end());
  return static_cast<std::size_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
}

// A value stated by more documents than every other value of its conflict.
bool majority(const compare::Finding& f, std::size_t group) {
  const std::size_t mine = document_count(f.values[group]);
  for (std::size_t g = 0; g < f.values.size(); ++g) {
    if (g != group && document_count(f.values[g]) >= mine) return false;
  }
  return true;
}

bool in_change(const compare::ChangeScope& change, const match::Statement& s) {
  return std::binary_search(change.changed_documents.begin(), change.changed_documents.end(), s.document);
}

bool any_in_change(const compare::Finding& f, const compare::ChangeScope* change) {
  if (change == nullptr) return false;
  for (const compare::ValueGroup& g : f.values) {
    for (const match::Statement& s : g.statements) {
      if (in_change(*change, s)) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::vector<Blame>> blame(const compare::Finding& f, const compare::ChangeScope* change) {
  const bool decided = f.reason == "deviates-from-decision";
  const bool by_change = any_in_change(f, change);
  std::vector<std::vector<Blame>> out(f.values.size());
  for (std::size_t g = 0; g < f.values.size(); ++g) {
    const compare::ValueGroup& group = f.values[g];
    const bool left = decided && !group.deviates;
    const bool probably_right = !decided && !by_change && majority(f, g);
    for (const match::Statement& s : group.statements) {
      if (left) {
        out[g].push_back(Blame::Left);
      } else if (by_change) {
        out[g].push_back(in_change(*change, s) ? Blame::Fault : Blame::Context);
      } else {
        out[g].push_back(probably_right ? Blame::Context : Blame::Fault);
      }
    }
  }
  return out;
}

}  // namespace factlint::report
