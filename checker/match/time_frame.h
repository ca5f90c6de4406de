// The year a text sets for what follows it: a paragraph that opens with its time ("In
// 2019, ..."), a sentence's opening frame ("By the end of 2021, ..."), a timeline's label
// ("**1914.**", "## 1914"); and the dates written without a year that frame completes
// (docs/rules.md "Cues", step 5; "Dates").
#pragma once

#include <cstddef>
#include <optional>

#include "doc/document.h"
#include "match/document_index.h"
#include "match/nfa_runner.h"
#include "value/value.h"

namespace factlint::match {

// The year a paragraph set before the sentence at `sentence_begin`, else 0.
int paragraph_year(const doc::Document& document, const DocumentIndex& index, std::size_t sentence_begin);

// The year of the timeline entry the sentence at `sentence_begin` stands in: a label that
// is a year alone ("**2015.**" opening its paragraph, "## 2015" just above), up to six
// sentences back; 0 when the paragraph's frame is none or is opened in words ("In 2015,
// ..."). Its "now" is the entry's time, not the time of writing (docs/rules.md "Cues",
// step 5).
int entry_year(const doc::Document& document, const DocumentIndex& index, std::size_t sentence_begin);

// The year that frames the text at `at`: one its own sentence opens with, before it
// ("In 2018 the level fell ... late in October"), else the paragraph's; 0 when none.
int frame_year(const doc::Document& document, const DocumentIndex& index, std::size_t at);

// The year reading of a timeline entry's label when sentence `s` is the entry's first
// ("**1914.** The canal opens."), for a `year` fact whose cue is there without a year.
std::optional<Binding> entry_label_year(const doc::Document& document, const DocumentIndex& index, int s);

// The year a date at [begin, end) of the normalized text leaves to "of that year"
// after it ("completed in April 1937 and opened on May 27 of that year", "of the same
// year", "that year"): the year written last before it in its sentence; else 0.
int that_year(const doc::Document& document, const DocumentIndex& index, std::size_t begin, std::size_t end);

// A date written without its year ("in July", "on 1 January") read again in the year
// "of that year" after it names (that_year), else the year
// its sentence opened with or its paragraph set ("In 2018 ... late in October",
// "**2016.** ... in July" is July 2016, whatever the publication date), else the
// year a look-back title names ("2024 in review", published in 2025: "at 31 December"
// is 31 December 2024); nullopt when it names a year, is relative ("last July", "on
// Monday") or no year is set.
std::optional<value::Value> dated_by_frame(const doc::Document& document, const DocumentIndex& index,
                                           const value::ValueMatch& reading);

// The years of dates that leave them to their paragraph, else to a look-back title's
// year (index.title, read before), as `year` readings (match/undated_years.h).
void add_undated_years(const doc::Document& document, DocumentIndex& index);

}  // namespace factlint::match
