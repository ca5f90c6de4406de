// factlint.decisions.toml: editors' decisions, committed beside the corpus so every
// run (and CI) honours them. Read here, applied by compare/.
#pragma once

#include <optional>
#include <string>

#include "compare/decision.h"
#include "source/diagnostic.h"

namespace factlint::project {

inline constexpr const char* kDefaultDecisionsFile = "factlint.decisions.toml";

// Reads decisions from `path`. A file that does not exist gives no decisions when
// `required` is false (the default file is optional) and an error otherwise. Syntax
// errors and bad entries (unknown kind, canonical without value, ...) are located
// errors in the sink; the result is nullopt when any was found.
std::optional<compare::Decisions> read_decisions(const std::string& path, bool required,
                                                 source::DiagnosticSink& sink);

}  // namespace factlint::project
