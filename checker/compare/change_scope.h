// Checking a change (`--diff-base REF`, `--changed FILE...`): the whole corpus is
// compared, and only findings with a statement in a changed document are reported and
// gate the run (docs/ci.md#checking-a-change).
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "compare/finding.h"

namespace factlint::compare {

struct ChangeScope {
  std::string base;                            // the REF of --diff-base; "" for --changed
  std::vector<std::string> changed_documents;  // documents of the run the change touches, sorted
  std::size_t changed_files = 0;               // files the change names, documents or not
  std::size_t left_out = 0;                    // findings with no statement in a changed document
};

// Whether one of `f`'s statements is in one of `documents` (paths as the run names them).
bool touches(const Finding& f, const std::set<std::string>& documents);

// The findings of `findings` that touch `scope.changed_documents`, in their order;
// counts the others in `scope.left_out`. A conflict between two untouched documents is
// left out; a new document that disagrees with an old one is kept, and so is every
// finding a changed document states, agreeing or not.
std::vector<Finding> findings_touching(const std::vector<Finding>& findings, ChangeScope& scope);

}  // namespace factlint::compare
