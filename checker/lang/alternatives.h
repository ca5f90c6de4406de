// Internal to lang/ (and the rule-word lint of match/rule_words_lint.cc): the alternatives of an item written `a | b | c` without
// parentheses (`cue`, `unless`, `allow`): the grammar gives one alternative as the
// root itself, several as a sequence holding one alternation.
#pragma once

#include <vector>

#include "lang/ast.h"

namespace factlint::lang {

inline std::vector<const PatternNode*> alternatives_of(const PatternNode& root) {
  std::vector<const PatternNode*> out;
  if (root.kind == PatternNode::Kind::Sequence && root.children.size() == 1 &&
      root.children[0].kind == PatternNode::Kind::Alternation) {
    for (const PatternNode& alt : root.children[0].children) out.push_back(&alt);
  } else {
    out.push_back(&root);
  }
  return out;
}

// The word an alternative is when it is one word alone, else nullptr.
inline const PatternNode* lone_word(const PatternNode& alt) {
  const PatternNode& w = alt.kind == PatternNode::Kind::Sequence && alt.children.size() == 1 ? alt.children[0] : alt;
  return w.kind == PatternNode::Kind::Word ? &w : nullptr;
}

}  // namespace factlint::lang
