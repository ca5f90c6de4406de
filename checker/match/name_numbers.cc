// Number words that begin a name.
#include "match/name_numbers.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace factlint::match {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// Whether the reading at [begin, end) of the normalized text begins a name.
bool begins_a_name(const doc::Document& document, std::size_t begin, std::size_t end) {
  const std::string_view text = document.normalized;
  // A word inside its sentence: a letter, a digit or a comma before it, past spaces.
  std::size_t before = begin;
  while (before > 0 && text[before - 1] == ' ') --before;
  if (before == 0) return false;
  const char previous = text[before - 1];
  if (!(is_lower(previous) || (previous >= '0' && previous <= '9') || previous == ',')) return false;
  const std::string said = document.original_text(begin, end);
  // Spelled out and capitalized: "Seven", not "7" or "seven".
  if (said.empty() || !is_upper(said.front()) ||
      !std::all_of(said.begin(), said.end(), [](char c) { return is_upper(c) || is_lower(c) || c == '-' || c == ' '; })) {
    return false;
  }
  // The next word capitalized too.
  std::size_t next = end;
  while (next < text.size() && text[next] == ' ') ++next;
  if (next >= text.size() || !is_lower(text[next])) return false;
  std::size_t next_end = next;
  while (next_end < text.size() && is_lower(text[next_end])) ++next_end;
  const std::string word = document.original_text(next, next_end);
  return !word.empty() && is_upper(word.front());
}

}  // namespace

void drop_numbers_in_names(const doc::Document& document, std::vector<value::ValueMatch>& matches) {
  std::erase_if(matches, [&](const value::ValueMatch& m) { return begins_a_name(document, m.begin, m.end); });
}

}  // namespace factlint::match
