// Lists of years that one value is stated for ("first in 2022, 2023 and 2024").
#include "match/year_list.h"

#include <algorithm>
#include <cmath>

#include "value/civil_date.h"
#include "value/named_year.h"

namespace factlint::match {

namespace {

bool among(const std::vector<int>& ids, int id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

struct Item {
  TokenMatch tokens;
  int year = 0;
};

// The year readings of one calendar year each in [first, last), the longest at each
// start, none inside another, in order. A decade or a span ("2014-2016") is no item:
// it is no one year a value could be stated for.
std::vector<Item> single_years(const DocumentIndex& index, const YearListWords& words, const TypedReadings& years,
                               int first, int last) {
  std::vector<Item> out;
  for (int t = first; t < last; ++t) {
    if (!out.empty() && t < out.back().tokens.end) continue;
    if (t > first && among(words.bounds, index.words[static_cast<std::size_t>(t - 1)])) continue;
    for (const TokenEdge* e = years.forward.begin(t); e != years.forward.end(t); ++e) {
      if (e->to > last) continue;
      const value::Value& v = years.readings[static_cast<std::size_t>(e->payload)].value;
      if (!std::isfinite(v.lo) || !std::isfinite(v.hi)) break;
      if (std::optional<int> year = value::named_year(v)) out.push_back({{t, e->to}, *year});
      break;  // the longest reading at t only
    }
  }
  return out;
}

// Whether only joiners, with at least one link, stand between two items.
bool joined(const DocumentIndex& index, const YearListWords& words, const Item& x, const Item& y) {
  const TokenMatch a = x.tokens, b = y.tokens;
  if (b.begin <= a.end) return false;
  bool link = false;
  for (int t = a.end; t < b.begin; ++t) {
    const int w = index.words[static_cast<std::size_t>(t)];
    if (!among(words.joiners, w)) return false;
    link = link || among(words.links, w);
  }
  return link;
}

}  // namespace

YearListWords year_list_words(Vocabulary& vocabulary) {
  YearListWords out;
  out.joiners = vocabulary.intern_all({",", "and", "again", "in", "also", "then", "once", "more"});
  out.links = vocabulary.intern_all({",", "and"});
  out.between = vocabulary.intern("between");
  out.bounds = vocabulary.intern_all({"since", "until", "till", "before", "after"});
  out.not_each = vocabulary.intern_all(
      {"respectively", "combined", "together", "total", "overall", "cumulative", "cumulatively"});
  return out;
}

std::vector<int> listed_years(const DocumentIndex& index, const YearListWords& words, const TypedReadings& years,
                              TokenMatch year, int first, int last) {
  const std::vector<Item> items = single_years(index, words, years, first, last);
  auto at = std::find_if(items.begin(), items.end(),
                         [&](const Item& m) { return m.tokens.begin == year.begin && m.tokens.end == year.end; });
  if (at == items.end()) return {};
  auto head = at, tail = at;
  while (head != items.begin() && joined(index, words, *(head - 1), *head)) --head;
  while (tail + 1 != items.end() && joined(index, words, *tail, *(tail + 1))) ++tail;
  if (head == tail) return {};
  // "between 2018 and 2022": a span. "in 2018 and 2019 combined": the years together.
  const int before = head->tokens.begin - 1;
  if (before >= first && index.words[static_cast<std::size_t>(before)] == words.between) return {};
  for (int t = tail->tokens.end; t < std::min(last, tail->tokens.end + 2); ++t) {  // "combined", "in total"
    if (among(words.not_each, index.words[static_cast<std::size_t>(t)])) return {};
  }
  std::vector<int> out;
  for (auto it = head; it != tail + 1; ++it) {
    if (it != at) out.push_back(it->year);
  }
  return out;
}

}  // namespace factlint::match
