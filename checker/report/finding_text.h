// How findings are worded, the same in every writer (text, SARIF, GitHub, Markdown,
// JUnit, explain): keys with their scope, disagreement messages, value extents.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "compare/change_scope.h"
#include "compare/finding.h"

namespace factlint::report {

// The one-line message of a statement of `finding`'s value group `group`, shared
// with the GitHub annotations: "border_length(China, Russia): this source says
// '2,300 mi'; other sources say '2,600 mi (4,184 km)' (values-differ)". Under an
// editor's canonical value it names that value, and tells a deviating statement's
// author what to do ("change it to 5.6%, or ask an editor to record a decision").
// `said`, when given, is the statement the message is about: "this source says" its
// own reading ("42 km"), not its group's ("42.3 km", which it agrees with).
std::string disagreement_message(const compare::Finding& finding, std::size_t group,
                                 const match::Statement* said = nullptr);

// The column just past the statement's value on its line ("2,300-mile" at column 184
// ends at 194), or nothing when the value text is empty or spans lines.
std::optional<int> value_end_column(const match::Statement& statement);

// "border_length(China, Russia)", or "trade_partner_rank(Russia, China) [2023]" with a
// scope (match::scoped_key): how a key is written wherever users read it.
std::string scoped_key(const compare::Finding& finding);
std::string scoped_key(const match::Statement& statement);

// An editor's decision as every report shows it: "canonical value '4,209 km', by jdoe
// on 2026-11-29: Russian border service (factlint.decisions.toml:4)"; who, when and
// the note each only when the file gives them.
std::string decision_text(const compare::Decision& decision);

// What a checked change did and left out, one line in every format. With `--changed`:
// "checked the change: 1 changed document (corpus/new.md); 12 findings left out, not
// touched by it"; with `--diff-base`, which checks the base too: "checked the change
// since 'main': 2 changed documents (corpus/a.md, corpus/new.md), 1 deleted; 1
// introduced, 0 changed, 2 fixed; 12 findings left out, unchanged by it". At most
// three documents are named, then "and N more". Once the gate has decided
// (ChangeScope::failing), it ends with what blocks the change: "; fails the run:
// station_count(Metro)" or "; none of the findings reported fails the run". Raw text:
// escape for the medium.
std::string change_note(const compare::ChangeScope& scope);

// One fixed finding as every report shows it: "crimea_annexation(Russia): was
// conflicting (2014 | 2015), now consistent", or "..., no longer stated (its
// statements or documents are gone)". Raw text: escape for the medium.
std::string fixed_text(const compare::FixedFinding& fixed);

}  // namespace factlint::report
