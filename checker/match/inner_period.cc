// A point or period inside a year beside a figure (match/inner_period.h).
#include "match/inner_period.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "source/ascii.h"

namespace factlint::match {

namespace {


std::string lower(std::string_view w) { return source::ascii_lower(std::string(w)); }

bool digits(std::string_view w, std::size_t most) { return w.size() <= most && source::all_digits(w); }

// The end of the "end of" phrase opening at `t`, or -1. Only quarters and a first half
// count: a month's end may be a fiscal year's ("at the end of March 2024" closes many
// companies' years), so months are left alone (docs/rules.md "Cues", step 4).
int phrase_end(const DocumentIndex& index, int t, int last) {
  auto text = [&](int k) { return k < last ? lower(index.token_text(k)) : std::string(); };
  int k = t;
  const std::string head = text(k);
  if (head == "end" && text(k + 1) == "of") {
    k += 2;
    if (text(k) == "the") ++k;
    const std::string w = text(k);
    // "the end of the first quarter", "the end of the first half", "the end of Q3".
    if ((w == "first" || w == "second" || w == "third") && (text(k + 1) == "quarter" || (w == "first" && text(k + 1) == "half"))) {
      return k + 2;
    }
    if (w == "q1" || w == "q2" || w == "q3" || w == "h1") return k + 1;
    return -1;
  }
  return -1;
}

// The end of a quarter's or a half year's phrase opening at `t` ("in the third
// quarter", "for the fourth quarter", "during the first half", "in Q4"), or -1: a sum
// over it is that quarter's, the fourth's too (docs/rules.md "Cues", step 4).
int quarter_end(const DocumentIndex& index, int t, int last) {
  auto text = [&](int k) { return k < last ? lower(index.token_text(k)) : std::string(); };
  const std::string head = text(t);
  if (head != "in" && head != "for" && head != "during" && head != "over") return -1;
  int k = t + 1;
  const std::string q = text(k);
  if (q == "q1" || q == "q2" || q == "q3" || q == "q4" || q == "h1" || q == "h2") return k + 1;
  if (q != "the" && q != "its" && q != "their") return -1;
  ++k;
  const std::string w = text(k);
  const bool quarter = w == "first" || w == "second" || w == "third" || w == "fourth" || w == "final" || w == "last";
  if (quarter && text(k + 1) == "quarter") return k + 2;
  if ((w == "first" || w == "second") && text(k + 1) == "half") return k + 2;
  return -1;
}

}  // namespace

bool inner_period_of(const DocumentIndex& index, TokenMatch clause, int value_begin, int value_end,
                     const TypedReadings* figures, bool sum) {
  auto figure_between = [&](int from, int to) {
    if (!figures) return false;
    for (int k = from; k < to; ++k) {
      if (k != value_begin && figures->forward.count(k) > 0 && !digits(index.token_text(k), 4)) return true;
    }
    return false;
  };
  // At the clause's opening: "As of June 30, 2024, Halder had ...", "At the end of
  // March, ...".
  int open = clause.begin;
  while (open < value_begin && !index.has_word_char(open)) ++open;
  if (open < value_begin && (lower(index.token_text(open)) == "at" || lower(index.token_text(open)) == "by")) ++open;
  if (open < value_begin && lower(index.token_text(open)) == "the") ++open;
  const int opening = phrase_end(index, open, value_begin);
  if (opening > 0 && !figure_between(opening, value_begin)) return true;
  // After the figure, anywhere in its clause up to the next figure: "had 615 million
  // users at the end of the first quarter of 2024"; for a sum, "booked $2.6 billion of
  // sales from its European stores for the fourth quarter".
  // A quarter after a comma may be another phrase's ("$9.9 billion, driven by sales in
  // the fourth quarter"): only before one.
  bool past_comma = false;
  for (int t = value_end; t < clause.end; ++t) {
    if (t > value_end && figures && figures->forward.count(t) > 0 && !digits(index.token_text(t), 4)) return false;
    past_comma = past_comma || index.token_text(t) == ",";
    if (phrase_end(index, t, clause.end) > 0 || (sum && !past_comma && quarter_end(index, t, clause.end) > 0)) {
      return true;
    }
  }
  return false;
}

}  // namespace factlint::match
