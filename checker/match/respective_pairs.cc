// Lists of names and figures paired by "respectively" (respective_pairs.h).
#include "match/respective_pairs.h"

#include <algorithm>

namespace factlint::match {

namespace {

bool joiner(const DocumentIndex& index, const RespectiveWords& words, int t) {
  return std::find(words.joiners.begin(), words.joiners.end(), index.words[static_cast<std::size_t>(t)]) !=
         words.joiners.end();
}

// Walks back from `end` over joiners; the token boundary where they stop.
int skip_joiners_back(const DocumentIndex& index, const RespectiveWords& words, int end, int first) {
  while (end > first && joiner(index, words, end - 1)) --end;
  return end;
}

// The readings ending at `end` and before, joined: the longest reading ending at each
// boundary, in text order. Fewer than two: no list.
std::vector<std::pair<int, TokenMatch>> figure_list(const DocumentIndex& index, const RespectiveWords& words,
                                                    const TypedReadings& values, int end, int first) {
  std::vector<std::pair<int, TokenMatch>> out;
  while (end > first) {
    const TokenEdge* longest = nullptr;
    for (const TokenEdge* e = values.reverse.begin(end); e != values.reverse.end(end); ++e) {
      if (e->to >= first && (!longest || e->to < longest->to)) longest = e;
    }
    if (!longest) break;
    out.push_back({longest->payload, {longest->to, end}});
    const int before = skip_joiners_back(index, words, longest->to, first);
    if (before == longest->to) break;  // nothing joins it to a figure before
    end = before;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// The names of entities that fit, each alias ending at or before `end`, joined, in
// text order: the list just before `end` (past other words), at most `count` long.
std::vector<std::pair<int, TokenMatch>> name_list(const DocumentIndex& index, const RespectiveWords& words,
                                                  int end, int first, std::size_t count,
                                                  const std::vector<char>& fits) {
  auto alias_ending = [&](int at) -> const TokenEdge* {
    for (const TokenEdge* e = index.entity_reverse.begin(at); e != index.entity_reverse.end(at); ++e) {
      if (e->to < first) continue;
      if (!fits.empty() && !fits[static_cast<std::size_t>(e->payload)]) continue;
      return e;
    }
    return nullptr;
  };
  // The last fitting name before the figures, past the words between ("won", "reached").
  int at = end;
  while (at > first && !alias_ending(at)) --at;
  std::vector<std::pair<int, TokenMatch>> out;
  while (at > first && out.size() < count) {
    const TokenEdge* alias = alias_ending(at);
    if (!alias) break;
    out.push_back({alias->payload, {alias->to, at}});
    const int before = skip_joiners_back(index, words, alias->to, first);
    if (before == alias->to) break;
    at = before;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace

RespectiveWords respective_words(Vocabulary& vocabulary) {
  RespectiveWords out;
  out.respectively = vocabulary.intern("respectively");
  out.each = vocabulary.intern("each");
  out.joiners = vocabulary.intern_all({",", "and"});
  return out;
}

std::vector<RespectivePair> respective_pairs(const DocumentIndex& index, const RespectiveWords& words,
                                             const TypedReadings& values, int first, int last,
                                             const std::vector<char>& fits) {
  int closing = -1;
  for (int t = first; t < last; ++t) {
    if (index.words[static_cast<std::size_t>(t)] == words.respectively) closing = t;
  }
  if (closing < 0) return {};
  // "50.49% and 48.85% respectively", "50.49% and 48.85%, respectively", "50.49% and
  // 48.85% of the vote respectively": up to three words of what the figures count.
  int figures_end = skip_joiners_back(index, words, closing, first);
  for (int words_between = 0; words_between < 3 && values.reverse.count(figures_end) == 0; ++words_between) {
    if (figures_end <= first || !index.has_word_char(figures_end - 1)) break;
    --figures_end;
  }
  const auto figures = figure_list(index, words, values, figures_end, first);
  if (figures.size() < 2) return {};
  const auto names = name_list(index, words, figures.front().second.begin, first, figures.size(), fits);
  if (names.size() != figures.size()) return {};
  std::vector<RespectivePair> out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    out.push_back({names[i].first, names[i].second, figures[i].first, figures[i].second});
  }
  return out;
}

std::vector<RespectivePair> distributed_pairs(const DocumentIndex& index, const RespectiveWords& words,
                                              int reading, TokenMatch figure, int first,
                                              const std::vector<char>& fits) {
  int t = figure.begin - 1;
  if (t <= first || index.words[static_cast<std::size_t>(t)] != words.each) return {};
  int names_end = t;
  if (names_end > first && (index.token_text(names_end - 1) == "are" || index.token_text(names_end - 1) == "were")) {
    --names_end;
  }
  if (names_end > first && index.token_text(names_end - 1) == ",") --names_end;
  // The list must end right there: a name's alias ends at `names_end`.
  bool named = false;
  for (const TokenEdge* e = index.entity_reverse.begin(names_end); e != index.entity_reverse.end(names_end); ++e) {
    named = named || (e->to >= first && (fits.empty() || fits[static_cast<std::size_t>(e->payload)]));
  }
  if (!named) return {};
  constexpr std::size_t kLongestList = 8;
  const auto names = name_list(index, words, names_end, first, kLongestList, fits);
  if (names.size() < 2) return {};
  std::vector<RespectivePair> out;
  for (const auto& [entity, mention] : names) out.push_back({entity, mention, reading, figure});
  return out;
}

}  // namespace factlint::match
