// Look-ups on a RuleSet and its content hash (the extraction cache key).
#include "lang/ast.h"

#include "lang/alternatives.h"
#include "source/ascii.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace factlint::lang {

namespace {

template <typename Decl>
const Decl* find_by_name(const std::vector<Decl>& decls, const std::string& name) {
  for (const Decl& d : decls) {
    if (d.name == name) return &d;
  }
  return nullptr;
}

}  // namespace

const EntityDecl* RuleSet::find_entity(const std::string& name) const { return find_by_name(entities, name); }
std::vector<std::string> FactDecl::allowed_words() const {
  std::vector<std::string> out;
  for (const Pattern& p : allowed) {
    for (const PatternNode* alt : alternatives_of(p.root)) {
      if (const PatternNode* word = lone_word(*alt)) out.push_back(source::ascii_lower(word->text));
    }
  }
  return out;
}

bool FactDecl::in_currencies(const value::Value& v) const {
  if (currencies.empty() || v.type != value::Type::Money) return true;
  const std::string_view code = value::currency_of(v);
  return std::find(currencies.begin(), currencies.end(), code) != currencies.end();
}

const FactDecl* RuleSet::find_fact(const std::string& name) const { return find_by_name(facts, name); }
const MacroDecl* RuleSet::find_macro(const std::string& name) const { return find_by_name(macros, name); }
const QuoteDecl* RuleSet::find_quote(const std::string& name) const { return find_by_name(quotes, name); }

std::vector<std::string> RuleSet::kind_nouns(const std::string& kind) const {
  std::vector<std::string> out;
  if (kind.empty() || kind == "entity") return out;
  auto add = [&out](const std::string& word) {
    std::string lower = source::ascii_lower(word);
    if (std::find(out.begin(), out.end(), lower) == out.end()) out.push_back(std::move(lower));
  };
  add(kind);
  for (const KindDecl& k : kinds) {
    if (k.name != kind) continue;
    for (const std::string& noun : k.nouns) add(noun);
  }
  return out;
}

bool RuleSet::is_entity_type(const std::string& type) const {
  if (type == "entity") return true;
  for (const EntityDecl& e : entities) {
    if (e.kind == type || e.name == type) return true;
  }
  return false;
}

// FNV-1a 64 over each file's length and text, in load order: stable across runs
// and machines (paths are left out), and changed by any edit to any file.
std::string RuleSet::content_hash() const {
  std::uint64_t hash = 14695981039346656037ull;
  auto mix = [&hash](const std::string& bytes) {
    std::string framed = std::to_string(bytes.size()) + ":" + bytes;
    for (unsigned char c : framed) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
  };
  for (const auto& file : files) {
    mix(file->text());
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
  return out;
}

}  // namespace factlint::lang
