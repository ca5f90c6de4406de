// Year ownership: a year belongs to the figure nearest it in its own phrase, so a
// sentence that compares years gives each figure its own.
#include "match/year_owner.h"

#include <algorithm>
#include <tuple>

namespace factlint::match {

namespace {

bool among(const std::vector<int>& ids, int id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

// The innermost open parenthesis or bracket before each token of [first, last), as
// the token index of its opener (-1 outside any): "(2022: 467.4 million tonnes)".
std::vector<int> paren_groups(const DocumentIndex& index, int first, int last) {
  std::vector<int> group(static_cast<std::size_t>(last - first), -1);
  std::vector<int> open;
  for (int t = first; t < last; ++t) {
    const std::string_view w = index.token_text(t);
    if (w == ")" || w == "]") {
      if (!open.empty()) open.pop_back();
    }
    group[static_cast<std::size_t>(t - first)] = open.empty() ? -1 : open.back();
    if (w == "(" || w == "[") open.push_back(t);
  }
  return group;
}

// The tokens strictly between two token ranges.
std::pair<int, int> between(TokenMatch a, TokenMatch b) {
  return a.end <= b.begin ? std::pair{a.end, b.begin} : std::pair{b.end, a.begin};
}

// Whether the figure at `figure` is opened by a contrast: "from", "against",
// "versus", "vs" or "compared with/to" right before it ("than" is left out: "more
// than 450 million kg" is a hedge, no comparison).
bool compared_figure(const DocumentIndex& index, TokenMatch figure) {
  if (figure.begin < 1) return false;
  const std::string_view before = index.token_text(figure.begin - 1);
  if (before == "from" || before == "against" || before == "versus" || before == "vs") return true;
  return figure.begin >= 2 && (before == "with" || before == "to") && index.token_text(figure.begin - 2) == "compared";
}

}  // namespace

YearOwnerWords year_owner_words(Vocabulary& vocabulary) {
  YearOwnerWords out;
  out.contrasts = vocabulary.intern_all({"against", "versus", "vs", "compared", "from", "than"});
  out.separators = vocabulary.intern_all({",", ";", "and", "or", "to", "while", "but", "whereas"});
  out.separators.insert(out.separators.end(), out.contrasts.begin(), out.contrasts.end());
  return out;
}

namespace {

// The figures of `type` in [first, last) besides `value` and the `taken` ones, added to
// `out`: the longest reading at each start, none inside another.
void add_figures(const DocumentIndex& index, value::Type type, int first, int last, TokenMatch value,
                 std::vector<TokenMatch>& out) {
  const TypedReadings* typed = index.readings_of(type);
  if (!typed) return;
  const bool generic = type == value::Type::Count || type == value::Type::Number;
  const std::size_t known = out.size();
  auto overlaps_known = [&](int begin, int end) {
    for (std::size_t k = 0; k < known; ++k) {
      if (out[k].begin < end && begin < out[k].end) return true;
    }
    return false;
  };
  auto is_year = [&](int begin, int end) {
    for (value::Type t : {value::Type::Year, value::Type::Date}) {
      const TypedReadings* years = index.readings_of(t);
      for (int k = begin; years && k < end; ++k) {
        if (years->forward.count(k) > 0) return true;
      }
    }
    return false;
  };
  for (int t = first; t < last;) {
    if (typed->forward.count(t) == 0 || typed->forward.begin(t)->to > last) {
      ++t;
      continue;
    }
    const int end = typed->forward.begin(t)->to;  // the longest reading starting here
    const bool is_value = t < value.end && value.begin < end;
    if (!is_value && !(generic && is_year(t, end)) && !overlaps_known(t, end)) out.push_back({t, end});
    t = end;
  }
}

}  // namespace

std::vector<TokenMatch> other_figures(const DocumentIndex& index, value::Type type, int first, int last,
                                      TokenMatch value) {
  std::vector<TokenMatch> out;
  if (value::is_temporal(type)) return out;
  add_figures(index, type, first, last, value, out);
  // A figure of another measure claims its year too: in "599 million kg of tea in 2023,
  // up from 450 million kg in 2022, and earnings climbed to KSh 180.6 billion" the 2022
  // is the 450 million kg's (a blind writer's report). Plain numbers, counts, ranks and
  // spans of time stay out: a bare number may be anything ("Line 4", "Phase 2").
  for (value::Type other : {value::Type::Percent, value::Type::Length, value::Type::Area, value::Type::Mass,
                            value::Type::Volume, value::Type::Energy, value::Type::Power, value::Type::Speed,
                            value::Type::Money, value::Type::Temperature, value::Type::Flow,
                            value::Type::DataSize}) {
    if (other != type) add_figures(index, other, first, last, value, out);
  }
  std::sort(out.begin(), out.end(), [](TokenMatch a, TokenMatch b) { return a.begin < b.begin; });
  return out;
}

YearTie year_tie(const DocumentIndex& index, const YearOwnerWords& words, int first, int last, TokenMatch value,
                 TokenMatch year, const std::vector<TokenMatch>& figures) {
  if (figures.empty()) return YearTie::Own;
  const std::vector<int> group = paren_groups(index, first, last);
  auto group_of = [&](int t) { return t >= first && t < last ? group[static_cast<std::size_t>(t - first)] : -1; };
  auto count_in = [&](const std::vector<int>& list, TokenMatch a, TokenMatch b) {
    auto [from, to] = between(a, b);
    int n = 0;
    for (int t = from; t < to; ++t) n += among(list, index.words[t]) ? 1 : 0;
    return n;
  };
  // A contrast between the value and the year that sets them apart: one whose
  // comparison is not closed by a comma or ';' before the later of the two. In "599
  // million kg in 2023, up from 450 million kg in 2022, and earnings reached KSh 180.6
  // billion" the "from" opens a comparison that ends before the earnings.
  auto contrast_between = [&](TokenMatch a, TokenMatch b) {
    auto [from, to] = between(a, b);
    for (int t = from; t < to; ++t) {
      if (!among(words.contrasts, index.words[t])) continue;
      bool closed = false;
      for (int k = t + 1; k < to && !closed; ++k) {
        const std::string_view w = index.token_text(k);
        closed = w == "," || w == ";";
      }
      if (!closed) return true;
    }
    return false;
  };
  // Lower is nearer: another parenthesis, then separators, then tokens between, then
  // a figure after the year ("in 2021 and 2.4 million": the year is the one before's).
  auto closeness = [&](TokenMatch figure) {
    auto [from, to] = between(figure, year);
    return std::tuple{group_of(figure.begin) != group_of(year.begin) ? 1 : 0,
                      count_in(words.separators, figure, year), to - from, figure.begin > year.begin ? 1 : 0};
  };
  const auto own = closeness(value);
  const TokenMatch* owner = nullptr;
  for (const TokenMatch& f : figures) {
    if (closeness(f) < own && (!owner || closeness(f) < closeness(*owner))) owner = &f;
  }
  if (!owner) return YearTie::Own;
  // Another figure's year reaches this value only when nothing sets the two apart.
  const bool parenthesis = group_of(year.begin) != group_of(value.begin) && group_of(year.begin) == group_of(owner->begin);
  if (parenthesis || contrast_between(value, year)) return YearTie::Elsewhere;
  // The year of a figure a contrast opens ("up from 450 million kg in 2022", "against
  // $4 billion in 2022", "compared with 12% in 2021") is that compared figure's: it
  // dates no figure after it.
  if (owner->end <= year.begin && year.end <= value.begin && compared_figure(index, *owner)) {
    return YearTie::Elsewhere;
  }
  // "The fare is $2.90, and the board wants to raise it to $4 by 2030": a year after
  // another figure that a clause of its own holds (", and" or ", but" and more words
  // than a bare name before it) dates that figure, not one before the clause.
  if (value.end <= owner->begin && owner->end <= year.begin) {
    for (int t = value.end; t + 1 < owner->begin; ++t) {
      if (index.token_text(t) != ",") continue;
      const std::string_view next = index.token_text(t + 1);
      if ((next == "and" || next == "but" || next == "while") && owner->begin - (t + 2) >= 3) return YearTie::Elsewhere;
    }
  }
  return YearTie::Shared;
}

}  // namespace factlint::match
