// Checking a change (`--diff-base REF`, `--changed FILE...`): the whole corpus is
// compared, and only the findings the change introduced, changed or fixed are reported
// and gate the run (docs/ci.md#checking-a-change).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "compare/finding.h"

namespace factlint::compare {

// What a change did to a finding, known when the corpus is checked at its base too.
enum class ChangeKind { Introduced, Changed, Fixed };

// "introduced", "changed", "fixed": the JSON report's spelling.
const char* change_kind_name(ChangeKind kind);

// A finding that disagreed at the base and no longer does (or is gone).
struct FixedFinding {
  std::string id;
  std::string fact;
  std::string key;
  std::string scope;
  Verdict was = Verdict::Conflicting;  // conflicting, or single-source
  std::vector<std::string> was_values;  // its distinct values at the base as reports show them, sorted
  std::optional<Verdict> now;           // its verdict at the work tree; nullopt: no longer found
};

// A single-source finding the change made consistent: a second source agrees, which
// reports call "confirmed" rather than "fixed" (nothing was wrong). The JSON report
// keeps it under "fixed", its `was` and `now` saying which (docs/ci.md).
bool is_confirmation(const FixedFinding& fixed);

// "confirmed" or "fixed": the word text, JUnit and stderr give a fixed finding.
const char* fixed_word(const FixedFinding& fixed);

struct ChangeScope {
  std::string base;                            // the REF of --diff-base; "" for --changed
  bool compared_with_base = false;             // the corpus was checked at the base too (--diff-base)
  std::vector<std::string> changed_documents;  // documents of the run the change touches, sorted
  std::vector<std::string> deleted_documents;  // documents at the base the change removed, sorted
  std::size_t changed_files = 0;               // files the change names, documents or not
  std::size_t left_out = 0;                    // findings not reported (untouched, or unchanged)
  std::map<std::string, ChangeKind> kinds;     // finding id -> kind, for the reported findings
  std::vector<FixedFinding> fixed;             // every fixed finding, gone ones too; sorted by key
  // Set once the gate has seen the reported findings: the scoped keys of those that fail
  // the run, so every format says which finding blocks the change (docs/ci.md), and not
  // only stderr: a reported conflict the baseline knows, or one the change agrees with,
  // does not.
  std::optional<std::vector<std::string>> failing;

  // How many findings the change introduced, changed or fixed (fixed counts gone ones).
  std::size_t count(ChangeKind kind) const;
  // The kind of the reported finding with this id; nullopt without a base check.
  std::optional<ChangeKind> kind_of(const std::string& id) const;
  // The word a reported finding's change is said with: its kind's name, but
  // "confirmed" for a fixed finding that is a confirmation; nullopt as kind_of.
  std::optional<std::string> word_of(const std::string& id) const;
};

// Whether one of `f`'s statements is in one of `documents` (paths as the run names them).
// A spilled finding is asked its groups' documents, which its spill must keep.
bool touches(const Finding& f, const std::set<std::string>& documents);

// Whether `f`, which touches `documents`, is the change's doing as far as one run can
// tell: always, except a finding that deviates from its canonical value (an editor's
// decision or a rule's `known`) while every statement of `documents` agrees with that
// value: the deviating statements are other documents', which the change did not write.
bool change_takes_part(const Finding& f, const std::set<std::string>& documents);

// `--changed` (no base to compare with): the findings of `findings` that touch
// `scope.changed_documents`, in their order; counts the others in `scope.left_out`. A
// conflict between two untouched documents is left out; a new document that disagrees
// with an old one is kept, and so is every finding a changed document states.
std::vector<Finding> findings_touching(const std::vector<Finding>& findings, ChangeScope& scope);
// The same, moving the findings kept out of `findings`: a wire quotation's finding
// lists most of the corpus, and a copy of it was a tenth of a --changed run (issue 10).
std::vector<Finding> findings_touching(std::vector<Finding>&& findings, ChangeScope& scope);

// `--diff-base`: compares the work tree's findings `head` with the base's `base`, by id
// (fact, key and scope, as baselines do), and returns the findings of `head` the change
// introduced, changed or fixed, in their order. Verdicts rank consistent (or absent) <
// single-source < conflicting:
// - introduced: the verdict rose (a new conflict, or a single-source fact turned conflicting);
// - changed: the same disagreeing verdict with another set of values (a third border length);
// - fixed: the verdict fell (a corrected document, or a deleted one: then the finding
//   is gone from `head` and only `scope.fixed` holds it);
// - anything else is unchanged and counted in `scope.left_out`.
// Sets `scope.kinds`, `scope.fixed` and `scope.left_out`.
std::vector<Finding> findings_changed(const std::vector<Finding>& head, const std::vector<Finding>& base,
                                      ChangeScope& scope);

}  // namespace factlint::compare
