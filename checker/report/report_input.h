// Everything a report writer needs from one run: documents, findings, counts and
// the problems met on the way. Writers are pure functions of it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "compare/finding.h"
#include "doc/document.h"
#include "source/diagnostic.h"

namespace factlint::report {

struct DocumentEntry {
  std::string path;
  doc::Metadata meta;
};

struct Summary {
  std::size_t documents = 0;
  std::size_t statements = 0;
  std::size_t findings = 0;
  std::size_t consistent = 0;
  std::size_t conflicting = 0;
  std::size_t single_source = 0;
};

// Counts the verdicts of `findings`.
Summary summarize(std::size_t documents, std::size_t statements, const std::vector<compare::Finding>& findings);

struct ReportInput {
  std::vector<DocumentEntry> documents;      // sorted by path
  std::vector<compare::Finding> findings;    // sorted by fact, key, scope
  std::size_t statement_count = 0;
  std::vector<source::Diagnostic> errors;    // warnings and errors about inputs, sorted
  // Finding id -> "new" or "known" when the run is compared to a baseline
  // (.factlint-baseline.json); empty otherwise. Findings not compared have no entry.
  std::map<std::string, std::string> baseline_state;

  Summary summary() const;
  // Publisher and date of a document path, "" when unknown ("MIT News, 2023-11-17").
  std::string provenance(const std::string& path) const;
};

}  // namespace factlint::report
