// Suggestions for misspelt entities: a near name first, then an alias written where
// the entity's name belongs.
#include "lang/entity_suggestion.h"

#include <algorithm>
#include <vector>

#include "source/diagnostic.h"

namespace factlint::lang {

namespace {

bool same_ignoring_case(const std::string& a, const std::string& b) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

}  // namespace

std::string entity_suggestion(const RuleSet& rules, const std::string& written) {
  std::vector<std::string> names;
  for (const EntityDecl& e : rules.entities) names.push_back(e.name);
  std::string near = source::did_you_mean(written, names);
  if (!near.empty()) return source::suggestion(near);
  for (const EntityDecl& e : rules.entities) {
    for (const std::string& alias : e.aliases) {
      if (same_ignoring_case(alias, written)) {
        return source::suggestion(e.name) + " '" + written + "' is one of its aliases";
      }
    }
  }
  return "";
}

}  // namespace factlint::lang
