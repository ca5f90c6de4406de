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

}  // namespace

YearOwnerWords year_owner_words(Vocabulary& vocabulary) {
  YearOwnerWords out;
  out.contrasts = vocabulary.intern_all({"against", "versus", "vs", "compared", "from", "than"});
  out.separators = vocabulary.intern_all({",", ";", "and", "or", "to", "while", "but", "whereas"});
  out.separators.insert(out.separators.end(), out.contrasts.begin(), out.contrasts.end());
  return out;
}

std::vector<TokenMatch> other_figures(const DocumentIndex& index, value::Type type, int first, int last,
                                      TokenMatch value) {
  std::vector<TokenMatch> out;
  const TypedReadings* typed = index.readings_of(type);
  if (!typed || value::is_temporal(type)) return out;
  const bool generic = type == value::Type::Count || type == value::Type::Number;
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
    if (!is_value && !(generic && is_year(t, end))) out.push_back({t, end});
    t = end;
  }
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
  if (parenthesis || count_in(words.contrasts, value, year) > 0) return YearTie::Elsewhere;
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
