// The stages of a check run that the incremental run (app/incremental_check.h) shares
// with the full one (app/check_run.cc). Internal to app/.
#pragma once

#include <string>
#include <vector>

#include "app/check_run.h"
#include "app/comparison_index.h"
#include "app/document_states.h"
#include "app/quote_book.h"
#include "app/statement_spill.h"
#include "store/store.h"

namespace factlint::app::stages {

// The extraction version: the tool, matcher and build that extracted a cached statement.
const std::string& extraction_version();

// Loads and matches `files` (sorted) into `run`, restoring untouched ones from `store`
// when it is given, and writing what it read to the store when `write_cache`. With
// `states` (the run's own, over `store`), those are used and the states of deleted
// files are left to the caller; otherwise they are read from the store and forgotten.
// The statements go to `spill`, in document order, and the quotations to `book` (to
// `run.quotes` when it is null); throws SpillError when they cannot be written.
void extract(const std::vector<std::string>& files, const lang::RuleSet& rules, CheckRun& run, StatementSpill& spill,
             QuoteBook* book, store::Store* store, bool write_cache, const CheckOptions& options, DocumentStates* states = nullptr);
// The same with the statements in `run.statements`, for a run of a few documents.
void extract(const std::vector<std::string>& files, const lang::RuleSet& rules, CheckRun& run, store::Store* store,
             bool write_cache, const CheckOptions& options, DocumentStates* states = nullptr);

// Takes the quotations a `factlint-ignore quote` covers out of `run.quotes` into
// `run.suppressed`; returns what each suppression took.
std::vector<std::size_t> suppress_quotes(CheckRun& run);

}  // namespace factlint::app::stages
