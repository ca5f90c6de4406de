// Building fact keys from role bindings.
#include "match/fact_key.h"

#include <algorithm>

namespace factlint::match {

WrittenKey parse_written_key(const std::string& key) {
  WrittenKey out;
  std::size_t open = key.find('(');
  if (open == std::string::npos) {
    out.fact = key;
    return out;
  }
  out.fact = key.substr(0, open);
  if (key.back() != ')') {
    out.well_formed = false;
    return out;
  }
  std::string inside = key.substr(open + 1, key.size() - open - 2);
  for (std::size_t from = 0;;) {
    std::size_t comma = inside.find(',', from);
    std::string arg = inside.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
    arg.erase(0, arg.find_first_not_of(' '));
    arg.erase(arg.find_last_not_of(' ') + 1);
    out.args.push_back(arg);
    if (comma == std::string::npos) break;
    from = comma + 1;
  }
  return out;
}

std::string canonical_written_key(const std::string& key, const lang::RuleSet& rules) {
  WrittenKey written = parse_written_key(key);
  const lang::FactDecl* fact = written.well_formed ? rules.find_fact(written.fact) : nullptr;
  if (!fact || !fact->symmetric || written.args.size() != 2 || written.args[0] <= written.args[1]) return key;
  return fact->name + "(" + written.args[1] + ", " + written.args[0] + ")";
}

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
