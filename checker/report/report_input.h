// Everything a report writer needs from one run: documents, findings, counts and
// the problems met on the way. Writers are pure functions of it.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compare/baseline.h"
#include "compare/change_scope.h"
#include "compare/finding.h"
#include "compare/finding_spill.h"
#include "compare/summary.h"
#include "doc/document.h"
#include "match/suppression.h"
#include "source/diagnostic.h"

namespace factlint::report {

// A document as the reports see it: the run's own header, its path and metadata (its
// content hash is emptied). The run's list is moved in whole, not copied entry by entry:
// at 1 GB (188,670 documents) a second list, 30 MB, was the peak of a run's memory,
// held beside the first at the start of the report (issue 10, bench/README.md
// "Session 15").
using DocumentEntry = doc::DocumentHeader;

using compare::Summary;

// What --quiet or --show left out of a report.
struct VerdictFilter {
  std::vector<std::string> shown;  // the verdicts listed, in the contract's spelling
  std::size_t hidden = 0;          // findings not listed
  Summary whole;                   // the counts of every finding, listed or not
  // A checked change (--changed, --diff-base) left out the findings it does not touch
  // before the filter: `whole` counts the change's findings only.
  bool of_change = false;
};

struct ReportInput {
  std::vector<DocumentEntry> documents;      // sorted by path
  std::vector<compare::Finding> findings;    // sorted by fact, key, scope
  std::size_t statement_count = 0;
  std::vector<source::Diagnostic> errors;    // warnings and errors about inputs, sorted
  // Finding id -> its state when the run is compared to a baseline
  // (.factlint-baseline.json); empty otherwise. Findings not compared have no entry.
  std::map<std::string, compare::BaselineState> baseline_state;
  // Set when a change is checked (--diff-base, --changed): `findings` then holds only the
  // findings it touches, and every format says how many were left out.
  std::optional<compare::ChangeScope> change;
  // Set when --quiet or --show hides verdicts: `findings` then holds the listed verdicts
  // only, summary() still counts every finding, and every writer says what it hid.
  std::optional<VerdictFilter> filter;
  // Statements an inline factlint-ignore took out of the comparison, in document order.
  std::vector<match::SuppressedStatement> suppressed;
  // Where the statements of spilled findings are (compare/finding_spill.h): the JSON
  // and text writers read them back a finding at a time. Null when none is spilled.
  std::shared_ptr<const compare::FindingSpill> spill;
  // Threads the JSON writer may format findings on (`check --jobs`); the report is the
  // same whatever it is.
  int jobs = 1;

  // `f` with its statements: `f` itself, or the spilled finding read into `buffer`.
  const compare::Finding& whole(const compare::Finding& f, compare::Finding& buffer) const;

  // The counts of every finding, including those a verdict filter hid.
  Summary summary() const;
  // Publisher and date of a document path, "" when unknown ("MIT News, 2023-11-17").
  std::string provenance(const std::string& path) const;
  // The document as editors name it where reports for people list a source: its title,
  // cut to kTitleLength code points (after a word when it can), then its provenance
  // ("“Foreign policy scholars examine the China-Russia…”, MIT News, 2023-11-17"); ""
  // when the document gives none of them. Printable (source::printable); escape for
  // Markdown or HTML as well.
  std::string source_label(const std::string& path) const;
  static constexpr std::size_t kTitleLength = 48;
};

// What --show calls a finding: its verdict ("conflicting", "single-source",
// "consistent"), or "acknowledged" for a conflict an editor acknowledged, which
// --quiet (conflicting only) therefore leaves out.
std::string_view listed_as(const compare::Finding& f);

// Keeps the findings of `input` listed as one of `shown` (listed_as) and records the
// rest in `input.filter`; the counts stay those of every finding. Exit codes are
// decided before, on every finding.
void filter_verdicts(ReportInput& input, const std::vector<std::string>& shown);

// "8 findings not listed: this report lists conflicting only (--quiet, --show); the
// counts are of every finding" (in a change check: "of the 11 findings of the change,
// listed or not"). Raw text: escape for the medium.
std::string filter_note(const VerdictFilter& filter);

}  // namespace factlint::report
