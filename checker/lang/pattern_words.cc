// The words of a pattern or cue (lang/pattern_words.h).
#include "lang/pattern_words.h"

namespace factlint::lang {

namespace {

constexpr int kMaxMacroDepth = 16;

void collect(const PatternNode& node, const RuleSet& rules, int depth, std::vector<const PatternNode*>& out) {
  if (node.kind == PatternNode::Kind::Word) {
    out.push_back(&node);
    return;
  }
  if (node.kind == PatternNode::Kind::Macro) {
    const MacroDecl* macro = rules.find_macro(node.text);
    if (macro && depth < kMaxMacroDepth) collect(macro->body, rules, depth + 1, out);
    return;
  }
  for (const PatternNode& child : node.children) collect(child, rules, depth, out);
}

}  // namespace

std::vector<const PatternNode*> words_of(const PatternNode& node, const RuleSet& rules) {
  std::vector<const PatternNode*> out;
  collect(node, rules, 0, out);
  return out;
}

}  // namespace factlint::lang
