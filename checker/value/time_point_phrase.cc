// Durations that are no length of time: a count back to a point ("17 years ago") and a
// decade ("the 2000s").
#include "value/time_point_phrase.h"

#include "value/reading.h"
#include "value/text_cursor.h"

namespace factlint::value::detail {

bool names_a_time_point(std::string_view text, std::size_t begin, std::size_t end) {
  // "ago" dates an event by counting back from now: "moved in nearly 17 years ago"
  // says when, not for how long.
  if (match_word(text, end, " ago")) return true;
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
