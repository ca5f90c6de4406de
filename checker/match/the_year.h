// "the year": a year the text has just named. "Figures out in January show the
// shuttles carried 1.48 million lorries in 2015. Group revenue for the year came to
// €1.22 billion." The second figure is 2015's: "for the year", with nothing after it
// that says which, points back as "that year" does (docs/rules.md "Cues", step 5).
#pragma once

#include "doc/document.h"
#include "match/document_index.h"

namespace factlint::match {

// The year the clause [first, last) of sentence `s` means by "for the year", "in the
// year", "during the year", "over the year", "that year" or "the same year" (not "the
// year before", "the year to March", "the year ahead", nor a year number after it):
// the one year the sentence before names, in the same paragraph. 0 when the clause
// says no such thing, or that sentence names no year or several.
int year_just_named(const doc::Document& document, const DocumentIndex& index, int s, int first, int last);

}  // namespace factlint::match
