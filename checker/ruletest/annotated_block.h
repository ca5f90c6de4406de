// Where an `expect:` annotation's statement must start: the block of text right after
// the comment, so a sentence the rules miss cannot pass on a later sentence's misread.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ruletest/annotations.h"

namespace factlint::ruletest {

// The span [begin, end) of the first block after annotation `index` of `list`: its text
// starts at the first character past the comment (and past the annotations stacked with
// it) and runs to the next blank line or the next annotation. A block that is only a
// Markdown heading line runs on into the block below it, which the heading titles.
struct AnnotatedBlock {
  std::size_t begin = 0;
  std::size_t end = 0;
};
AnnotatedBlock annotated_block(const std::string& text, const std::vector<Annotation>& list, std::size_t index);

// How many annotations of the same stack (comments with only white space between
// them) before `index` expect the same fact (`expected_facts[i]`, empty for an
// `expect-none` or an annotation that could not be read): the second `expect: f` of a
// stack checks the block's second statement of f, as for the second row of a table.
std::size_t place_in_stack(const std::string& text, const std::vector<Annotation>& list,
                           const std::vector<std::string>& expected_facts, std::size_t index);

}  // namespace factlint::ruletest
