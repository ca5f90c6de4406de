// A mention of an entity that a statement is compared with, not its subject: such a
// mention fills no role (docs/rules.md "Cues", step 3) and does not make its entity
// the document's topic (docs/rules.md "Roles resolved from context").
#pragma once

#include <string_view>

namespace factlint::match {

// Whether the entity mention starting at token `t` is what the statement is compared
// with, not its subject: "second-largest, behind MSC", "after the Mediterranean
// Shipping Company", "ahead of Saudi Arabia", "bigger than China", "unlike Russia",
// "beating Itaipu's 103 TWh" (a blind rule writer's, session 9). `word(i)` gives the
// normalized text of token i; a document's tokens and a title's both answer it.
template <typename WordAt>
bool compared_mention(const WordAt& word, int t) {
  if (t > 0 && (word(t - 1) == "the" || word(t - 1) == "a")) --t;
  if (t == 0) return false;
  const std::string_view one = word(t - 1);
  for (std::string_view w : {"behind", "after", "than", "unlike", "versus", "vs", "overtaking", "overtook",
                             "trailing", "outpacing", "outpaced", "beating", "surpassing", "surpassed",
                             "outstripping", "outstripped", "eclipsing", "eclipsed"}) {
    if (one == w) return true;
  }
  return t > 1 && one == "of" && word(t - 2) == "ahead";
}

}  // namespace factlint::match
