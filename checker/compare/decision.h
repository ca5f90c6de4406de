// Editors' decisions on findings (docs/contracts.md#decisions-file), read from factlint.decisions.toml by
// the app and honoured by the comparison, so CI and reports agree with the newsroom.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/diagnostic.h"

namespace factlint::compare {

struct Decision {
  enum class Kind {
    Canonical,        // the true value is `value`: statements that disagree deviate from it
    Acknowledged,     // the disagreement is known and accepted: reported, never fails CI
    WrongExtraction,  // the statement at `statement` is not really this fact: ignored
  };
  Kind kind = Kind::Acknowledged;
  // A finding id ("f-1736ca0f5f"), a key ("border_length(China, Russia)"), or a key
  // with its scope as reports print it ("gdp_growth(Kenya) [2023]"). A key without its
  // scope is about every scope of the key (every year of a fact scoped per year).
  std::string finding;
  std::string value;      // Canonical: the value as text, read with the fact's value type
  std::string statement;  // WrongExtraction: "path:line:column" as reports print it
  // Acknowledged: the values the editor saw disagree ("75%", "76%"), each read with the
  // fact's value type; a value agreeing with none of them is not acknowledged, so a new
  // contradiction still fails the run. Empty: every value (files written before them).
  std::vector<std::string> values;
  std::string note;       // why; shown in reports
  std::string author;
  std::string when;       // the ISO date it was decided ("2026-11-29"); "" for older entries
  std::string origin;     // where it was declared, "factlint.decisions.toml:12", for messages
  source::Diagnostic anchor;  // where it was declared, with its line, for located diagnostics

  // Whether the decision is about the finding with this id, key and scope ("" when
  // the fact has none): by id, by the key alone, or by the key with its scope.
  bool targets(const std::string& id, const std::string& key, const std::string& scope) const;
};

using Decisions = std::vector<Decision>;

// Each kind with its name in the decisions file, reports and the command line
// (docs/contracts.md#decisions-file): the one place the names are spelt.
struct DecisionKindName {
  Decision::Kind kind;
  std::string_view name;
};
inline constexpr std::array<DecisionKindName, 3> kDecisionKinds{{
    {Decision::Kind::Canonical, "canonical"},
    {Decision::Kind::Acknowledged, "acknowledged"},
    {Decision::Kind::WrongExtraction, "wrong-extraction"},
}};

// "canonical", "acknowledged" or "wrong-extraction".
std::string_view decision_kind_name(Decision::Kind kind);

// The kind a name spells, or nullopt for any other text (names are exact, lowercase).
std::optional<Decision::Kind> decision_kind_from_name(std::string_view name);

// Every kind's name, in the table's order, for "did you mean" and help text.
std::vector<std::string> decision_kind_names();

}  // namespace factlint::compare
