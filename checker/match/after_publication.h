// A statement of a year after its document was written: a forecast or a plan, which a
// cue does not report as the fact (docs/rules.md "Cues", step 4).
#pragma once

#include "doc/document.h"
#include "lang/ast.h"
#include "match/statement.h"
#include "value/value.h"

namespace factlint::match {

// The year a statement is scoped to ("2023"), or 0 when its scope is none or no year.
int scope_as_year(const Statement& st);

// Whether a cue's statement is of a year after its document's publication: its scope
// year, or the year of a `year` or `date` value (docs/rules.md "Cues", step 4). The
// budget of a fiscal year ending the year after publication is set: the city's budget
// "for fiscal 2026", adopted in June 2025, is no forecast (a blind writer's report).
bool dated_after_publication(const doc::Document& document, const lang::FactDecl& fact, const Statement& st,
                             value::Type type);

}  // namespace factlint::match
