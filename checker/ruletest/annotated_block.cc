// The block an `expect:` annotation is about; see annotated_block.h.
#include "ruletest/annotated_block.h"

#include <cctype>

namespace factlint::ruletest {

namespace {

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// Only white space between `from` and `to`.
bool blank_between(const std::string& text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to && i < text.size(); ++i) {
    if (!is_space(text[i])) return false;
  }
  return true;
}

// The first position at or after `pos` that is neither white space nor inside an
// annotation of `list` starting at or after `next`.
std::size_t skip_gap(const std::string& text, const std::vector<Annotation>& list, std::size_t next,
                     std::size_t pos) {
  while (pos < text.size()) {
    if (next < list.size() && list[next].begin <= pos) {
      pos = list[next++].end;
    } else if (is_space(text[pos])) {
      ++pos;
    } else {
      break;
    }
  }
  return pos;
}

// The end of the line holding `pos` (its '\n', or the text's end).
std::size_t line_end(const std::string& text, std::size_t pos) {
  std::size_t nl = text.find('\n', pos);
  return nl == std::string::npos ? text.size() : nl;
}

// The end of the paragraph starting at `pos`: the first blank line after it, or the
// start of the next annotation, whichever comes first.
std::size_t paragraph_end(const std::string& text, std::size_t pos, std::size_t stop) {
  std::size_t end = line_end(text, pos);
  while (end < text.size() && end < stop) {
    std::size_t next_end = line_end(text, end + 1);
    if (blank_between(text, end + 1, next_end)) break;
    end = next_end;
  }
  return std::min(end, stop);
}

bool heading_only(const std::string& text, std::size_t begin, std::size_t end) {
  return text[begin] == '#' && line_end(text, begin) >= end;
}

}  // namespace

AnnotatedBlock annotated_block(const std::string& text, const std::vector<Annotation>& list, std::size_t index) {
  std::size_t next = index + 1;
  std::size_t begin = skip_gap(text, list, next, list[index].end);
  while (next < list.size() && list[next].end <= begin) ++next;
  std::size_t stop = next < list.size() ? list[next].begin : text.size();
  std::size_t end = paragraph_end(text, begin, stop);
  // A heading titles the block below it (a table, label lines): the statements are there.
  if (begin < end && heading_only(text, begin, end) && end < stop) {
    std::size_t below = skip_gap(text, list, next, end);
    if (below < stop) end = paragraph_end(text, below, stop);
  }
  return {begin, end};
}

std::size_t place_in_stack(const std::string& text, const std::vector<Annotation>& list,
                           const std::vector<std::string>& expected_facts, std::size_t index) {
  std::size_t place = 0;
  for (std::size_t i = index; i > 0 && blank_between(text, list[i - 1].end, list[i].begin); --i) {
    if (!expected_facts[index].empty() && expected_facts[i - 1] == expected_facts[index]) ++place;
  }
  return place;
}

}  // namespace factlint::ruletest
