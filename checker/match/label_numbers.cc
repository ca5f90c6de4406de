// Numbers that label the things a plural noun names.
#include "match/label_numbers.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace factlint::match {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The run of digits ending at `end` (exclusive) of `text`, whole: a letter, digit, '.'
// or ',' right before it makes it part of something else. Empty when there is none.
Span digits_ending_at(std::string_view text, std::size_t end) {
  std::size_t begin = end;
  while (begin > 0 && is_digit(text[begin - 1])) --begin;
  if (begin == end || end - begin > 4) return {};
  if (begin > 0 && text[begin - 1] != ' ') return {};
  return {begin, end};
}

// The word ending at `end` (exclusive): lowercase letters only, else empty.
Span word_ending_at(std::string_view text, std::size_t end) {
  std::size_t begin = end;
  while (begin > 0 && is_lower(text[begin - 1])) --begin;
  if (begin == end || (begin > 0 && text[begin - 1] != ' ')) return {};
  return {begin, end};
}

// The members of the list of numbers that holds the one at [begin, end), when a word
// stands before its first member; `noun` gets that word. Members are joined by ", ",
// " and ", " or ", " to " or ", and ".
std::vector<Span> list_around(std::string_view text, Span number, Span& noun) {
  std::vector<Span> members{number};
  // Back to the first member.
  for (;;) {
    std::size_t at = members.front().begin;
    if (at < 2 || text[at - 1] != ' ') return {};
    std::size_t before = at - 1;
    if (text[before - 1] == ',') {
      const Span previous = digits_ending_at(text, before - 1);
      if (previous.begin == previous.end) return {};
      members.insert(members.begin(), previous);
      continue;
    }
    const Span word = word_ending_at(text, before);
    if (word.begin == word.end) return {};
    const std::string_view w = text.substr(word.begin, word.end - word.begin);
    if (w == "and" || w == "or" || w == "to") {
      std::size_t previous_end = word.begin;
      if (previous_end < 2 || text[previous_end - 1] != ' ') return {};
      --previous_end;
      if (text[previous_end - 1] == ',') --previous_end;  // ", and"
      const Span previous = digits_ending_at(text, previous_end);
      if (previous.begin == previous.end) return {};
      members.insert(members.begin(), previous);
      continue;
    }
    noun = word;
    break;
  }
  // On to the last member.
  for (;;) {
    std::size_t next = members.back().end;
    bool joined = next < text.size() && text[next] == ',';
    if (joined) ++next;
    if (next >= text.size() || text[next] != ' ') break;
    ++next;
    for (std::string_view joiner : {"and ", "or ", "to "}) {
      if (text.substr(next, joiner.size()) == joiner) {
        next += joiner.size();
        joined = true;
        break;
      }
    }
    std::size_t end = next;
    while (end < text.size() && is_digit(text[end])) ++end;
    if (!joined || end == next || end - next > 4) break;  // "2 3" is no list
    if (end < text.size() && (is_lower(text[end]) || is_digit(text[end]))) break;
    if (end + 1 < text.size() && (text[end] == '.' || text[end] == ',') && is_digit(text[end + 1])) break;
    members.push_back({next, end});
  }
  return members;
}

// Whether the word at `noun` of the normalized text is written as a capitalized plural
// in the original: "Terminals", not "terminals", "TERMINALS" or "Pass".
bool capitalized_plural(const doc::Document& document, Span noun) {
  const std::string said = document.original_text(noun.begin, noun.end);
  if (said.size() < 4 || !(said.front() >= 'A' && said.front() <= 'Z')) return false;
  if (!std::all_of(said.begin() + 1, said.end(), is_lower)) return false;
  return said.back() == 's' && said[said.size() - 2] != 's';
}

}  // namespace

void drop_label_numbers(const doc::Document& document, std::vector<value::ValueMatch>& matches) {
  const std::string_view text = document.normalized;
  std::erase_if(matches, [&](const value::ValueMatch& m) {
    if (m.end > text.size() || m.begin >= m.end) return false;
    // The reading opens with plain digits: one member, or a range of two ("3 to 6").
    std::size_t first_end = m.begin;
    while (first_end < text.size() && is_digit(text[first_end])) ++first_end;
    const Span first = digits_ending_at(text, first_end);
    if (first.begin != m.begin || first.begin == first.end) return false;
    if (first_end < text.size() && (is_lower(text[first_end]) ||
                                    ((text[first_end] == '.' || text[first_end] == ',') && first_end + 1 < text.size() &&
                                     is_digit(text[first_end + 1])))) {
      return false;  // "2.5", "1,200", "4th"
    }
    Span noun;
    const std::vector<Span> members = list_around(text, first, noun);
    if (members.size() < 2 || noun.begin == noun.end || !capitalized_plural(document, noun)) return false;
    return std::any_of(members.begin(), members.end(), [&](const Span& s) { return s.end == m.end; });
  });
}

}  // namespace factlint::match
