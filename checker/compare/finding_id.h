// Stable finding ids: the same fact, key and scope give the same id in every run,
// whatever the line numbers, so baselines and decisions survive edits.
#pragma once

#include <string>

namespace factlint::compare {

// "f-" and 10 hex digits of a 64-bit FNV-1a hash of "fact\x1fkey\x1fscope".
std::string finding_id(const std::string& fact, const std::string& key, const std::string& scope);

}  // namespace factlint::compare
