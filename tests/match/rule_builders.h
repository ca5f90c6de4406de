// Test helpers for tests/match: rule sets, patterns and documents built by hand, so
// matcher tests do not depend on the rule-language parser or the document loader.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "doc/document.h"
#include "lang/ast.h"

namespace factlint::match::testing {

using Node = lang::PatternNode;
using Kind = lang::PatternNode::Kind;

inline Node word(std::string text) {
  Node n;
  n.kind = Kind::Word;
  n.text = std::move(text);
  return n;
}

inline Node cap(std::string role) {
  Node n;
  n.kind = Kind::Capture;
  n.text = std::move(role);
  return n;
}

inline Node gap(int min, int max) {
  Node n;
  n.kind = Kind::Gap;
  n.min = min;
  n.max = max;
  return n;
}

inline Node macro(std::string name) {
  Node n;
  n.kind = Kind::Macro;
  n.text = std::move(name);
  return n;
}

inline Node seq(std::vector<Node> children) {
  Node n;
  n.kind = Kind::Sequence;
  n.children = std::move(children);
  return n;
}

inline Node opt(std::vector<Node> children) {
  Node n;
  n.kind = Kind::Optional;
  n.children = {seq(std::move(children))};
  return n;
}

// Each alternative is a sequence.
inline Node alt(std::vector<std::vector<Node>> alternatives) {
  Node n;
  n.kind = Kind::Alternation;
  for (auto& a : alternatives) n.children.push_back(seq(std::move(a)));
  return n;
}

// Pattern from space-separated items: "word", "{role}", "word?", "..." (0..8).
inline Node parse_simple(const std::string& text) {
  std::vector<Node> items;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    std::string item = text.substr(i, j - i);
    i = j + 1;
    if (item.empty()) continue;
    if (item == "...") {
      items.push_back(gap(0, lang::kDefaultGap));
    } else if (item.front() == '{') {
      items.push_back(cap(item.substr(1, item.size() - 2)));
    } else if (item.size() > 1 && item.back() == '?') {
      items.push_back(opt({word(item.substr(0, item.size() - 1))}));
    } else {
      items.push_back(word(item));
    }
  }
  return seq(std::move(items));
}

inline lang::RoleDecl role(std::string name, std::string type) {
  lang::RoleDecl r;
  r.name = std::move(name);
  r.type = std::move(type);
  return r;
}

inline lang::EntityDecl entity(std::string name, std::vector<std::string> aliases) {
  lang::EntityDecl e;
  e.name = std::move(name);
  e.aliases = std::move(aliases);
  return e;
}

// A fact with entity key roles `keys`, value role `value` of type `type`, and patterns.
inline lang::FactDecl fact(std::string name, std::vector<std::string> keys, std::string value, std::string type,
                           std::vector<Node> patterns) {
  lang::FactDecl f;
  f.name = std::move(name);
  for (auto& k : keys) f.roles.push_back(role(k, "entity"));
  f.value = role(std::move(value), std::move(type));
  for (auto& p : patterns) {
    lang::Pattern pattern;
    pattern.root = std::move(p);
    f.patterns.push_back(std::move(pattern));
  }
  return f;
}

inline lang::RuleSet china_russia_entities() {
  lang::RuleSet rules;
  rules.entities.push_back(entity("China", {"China", "Beijing", "People's Republic of China", "PRC"}));
  rules.entities.push_back(entity("Russia", {"Russia", "Moscow", "Russian Federation", "the Kremlin"}));
  rules.entities.push_back(entity("Xi", {"Xi Jinping", "Mr. Xi", "Xi"}));
  rules.entities.push_back(entity("Putin", {"Vladimir Putin", "Mr. Putin", "Putin"}));
  return rules;
}

// A document whose normalized text is `normalized` itself (identity offset map),
// one sentence per entry of `sentences` joined with single spaces. For tests that
// must not depend on the normalizer or the sentence splitter.
inline doc::Document plain_document(const std::vector<std::string>& sentences) {
  doc::Document d;
  d.path = "plain.txt";
  std::string text;
  for (const std::string& s : sentences) {
    if (!text.empty()) text += ' ';
    d.sentences.push_back({text.size(), text.size() + s.size()});
    text += s;
  }
  d.normalized = text;
  d.to_original.resize(text.size() + 1);
  for (std::size_t i = 0; i <= text.size(); ++i) d.to_original[i] = static_cast<std::uint32_t>(i);
  d.source = source::SourceFile(d.path, text);
  return d;
}

}  // namespace factlint::match::testing
