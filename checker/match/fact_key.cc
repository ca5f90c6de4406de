// Building fact keys from role bindings.
#include "match/fact_key.h"

#include <algorithm>

namespace factlint::match {

std::string fact_key(const lang::FactDecl& fact, const std::vector<std::pair<std::string, std::string>>& roles) {
  if (fact.roles.empty()) return fact.name;
  std::vector<std::string> ids;
  for (const lang::RoleDecl& role : fact.roles) {
    auto it = std::find_if(roles.begin(), roles.end(), [&](const auto& r) { return r.first == role.name; });
    ids.push_back(it == roles.end() ? "?" : it->second);
  }
  if (fact.symmetric) std::sort(ids.begin(), ids.end());
  std::string key = fact.name + "(";
  for (std::size_t i = 0; i < ids.size(); ++i) key += (i ? ", " : "") + ids[i];
  return key + ")";
}

std::string scoped_key(const std::string& key, const std::string& scope) {
  return scope.empty() ? key : key + " [" + scope + "]";
}

}  // namespace factlint::match
