// The year a document's opening sentence says the document looks back on.
#pragma once

#include "doc/document.h"
#include "match/document_index.h"

namespace factlint::match {

// A story published early in a year (January to March) whose first sentence below
// its title names one year only, the one before ("Ferry traffic recovered last
// year", "the group reported a loss for 2023"), reports on that year: its
// sentences that name no year are about it, as an annual report's are about the year
// its title names (docs/rules.md "Cues", step 5). 0 otherwise: no date, a date
// known only to the year, a later month, a span ("since 2004"), or several years.
int lead_year(const doc::Document& document, const DocumentIndex& index);

}  // namespace factlint::match
