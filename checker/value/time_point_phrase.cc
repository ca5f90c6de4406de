// Durations that are no length of time: a count back to a point ("17 years ago") and a
// decade ("the 2000s"). A count back after a verb of coming into being ("formed 25
// million years ago") is an age, and read.
#include "value/time_point_phrase.h"

#include "value/reading.h"
#include "value/text_cursor.h"

namespace factlint::value::detail {

namespace {

// Verbs of coming into being: what was formed, born or founded N years ago is N years
// old, so "formed 25 million years ago" is an age. Other events ("arrived", "moved
// in", "launched") only date themselves.
bool coming_into_being(std::string_view word) {
  for (std::string_view verb : {"formed", "created", "born", "founded", "established", "built", "began",
                                "begun", "emerged", "originated", "arose", "evolved", "appeared"}) {
    if (word == verb) return true;
  }
  return false;
}

// Whether a verb of coming into being stands among the three words before `begin`,
// past a hedge or "between": "formed some 25 million", "born about 80", "created
// between 25 and 30 million".
bool an_age_before(std::string_view text, std::size_t begin) {
  std::size_t pos = begin;
  for (int words = 0; words < 3; ++words) {
    const std::optional<std::size_t> start = word_before(text, pos);
    if (!start) return false;
    if (coming_into_being(text.substr(*start, pos - 1 - *start))) return true;
    pos = *start;
  }
  return false;
}

}  // namespace

bool names_a_time_point(std::string_view text, std::size_t begin, std::size_t end) {
  // "ago" dates an event by counting back from now: "moved in nearly 17 years ago"
  // says when, not for how long; but what was formed or born then is that old.
  if (match_word(text, end, " ago")) return !an_age_before(text, begin);
  // "1990s", "2000's", "'90s": a decade. Seconds are written "2000 s" or "2,000 seconds"; a
  // round four-digit year against its "s" is the decade the year reader reads.
  for (std::size_t p = begin; p < end; ++p) {
    if (!is_digit(text[p])) continue;
    // "the '90s": the short form starts at its apostrophe.
    const auto decade = read_decade(text, p > 0 && text[p - 1] == '\'' ? p - 1 : p);
    return decade && decade->second == end;
  }
  return false;
}

}  // namespace factlint::value::detail
