// The incremental check (issue 10): with a warm store, a `--changed` run re-reads only
// the documents that changed (by size, modification time and environment, as
// document_states.h sees them) or that it names, and recompares only the keys they
// touch: the fact keys of their old and new statements, the quotation groups of their
// quotations, the keys editors' decisions name. Everything else comes from the store's
// comparison state (comparison_index.h): the documents' metadata and statement counts,
// and each untouched key's number of findings. The findings it returns are those the
// full run would give for these keys, byte for byte (docs/contracts.md "Untouched
// documents").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/check_run.h"
#include "compare/summary.h"
#include "store/store.h"

namespace factlint::app {

struct IncrementalRun {
  CheckRun run;             // without rules; findings of the recompared keys; untouched_findings counts the rest
  compare::Summary counts;  // of every finding, recompared or not, as the store records a run
};

// Runs the check of `files` (sorted) incrementally inside the store's open run, or
// gives nullopt when it cannot be done exactly: no comparison state, or one written
// under another `environment` (rules, build, settings, decisions); a document deleted
// that still exists (a run over part of the corpus); quotations of a changed document
// whose new groups the store's quotation entries cannot tell (quotation_change.h);
// more changed documents, or more documents sharing their fact keys, than an
// incremental run saves time or memory on (a quotation group's other documents give
// their quotations alone, so a wire quotation repeated across the corpus is no reason). `base` holds the run so far (rules,
// decisions, the diagnostics of finding files). Store writes made before giving
// nullopt are valid for the full run that follows.
std::optional<IncrementalRun> check_incrementally(const CheckOptions& options, const std::vector<std::string>& files,
                                                  store::Store& store, const std::string& environment,
                                                  const CheckRun& base);

}  // namespace factlint::app
