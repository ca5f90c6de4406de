// `current only` (docs/rules.md "Current values only"): a fact of how things are now
// keeps no statement its words date to a year before its document was written.
#pragma once

#include <cstddef>
#include <string>
#include <utility>

#include "doc/document.h"
#include "match/document_index.h"

namespace factlint::match {

// Whether a statement dated `year` (scope_year's year and source; `year_at`, the byte
// range of the year it read in the normalized text, empty when none) is told of a year
// before its document's publication: by its own clause or sentence ("In 1990 the
// airport had two terminals", "was 3,260 m long until 2004"), the sentence before
// ("A fire broke out in 2008. ...") or its paragraph's year (a timeline's "**1981.**").
// "since 2004" dates no past value: it says how long the present one has held. A year
// the title or the story's first sentence set, or none, dates nothing here. In a
// document of no date (a rule's example) any year its own words give is a past one.
bool dated_before_publication(const doc::Document& document, const std::pair<std::string, std::string>& year,
                              std::pair<std::size_t, std::size_t> year_at);

// Whether normalized bytes [begin, end) hold a year after "until" or "till" before the
// publication year (any, in an undated document): "had two terminals until 2008" is a
// past value, though "until" dates no figure (match/scope_year.h after_until).
bool held_until_before_publication(const doc::Document& document, const DocumentIndex& index, std::size_t begin,
                                   std::size_t end);

// For a near miss: the first year of normalized bytes [begin, end) before the
// publication year (any, in an undated document), not after "since", or 0.
int year_before_publication(const doc::Document& document, const DocumentIndex& index, std::size_t begin,
                            std::size_t end);

}  // namespace factlint::match
