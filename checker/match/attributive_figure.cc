// Attributive figures, read from the case-folded tokens around a reading: a closed list
// of determiners before it, and a short run of words after it.
#include "match/attributive_figure.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "value/particle_verbs.h"

namespace factlint::match {

namespace {

constexpr std::array<std::string_view, 9> kDeterminers = {"a", "an", "the", "its", "their", "his", "her", "our", "'s"};
// Words that end a noun phrase: prepositions, conjunctions, relatives.
constexpr std::array<std::string_view, 16> kPhraseEnds = {"of", "in",  "at",   "for",   "from",  "to",  "by",   "on",
                                                          "with", "and", "or", "that", "which", "who", "than", "as"};

// Words that tie a noun phrase to another event's time: "2,500 test hours before
// certification" (measures_another_noun).
constexpr std::array<std::string_view, 4> kTimeLinks = {"before", "after", "until", "since"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

}  // namespace

bool measures_another_noun(const DocumentIndex& index, const std::vector<CompiledPattern>& cues,
                           const std::vector<std::string>& kinds, int begin, int end, int last, bool any_start) {
  if (begin == 0 || end >= last) return false;
  if (!any_start && !one_of(kDeterminers, index.token_text(begin - 1))) return false;
  // "The park's 843 acres draw 42 million visits": a unit written out in the plural is
  // the phrase's own noun, and the word after it begins the predicate. A unit that
  // measures a noun stays singular or short ("its 12 km tunnel", "a 400-metre quay").
  if (end - begin >= 2) {
    const std::string_view unit = index.token_text(end - 1);
    const bool plural = unit == "feet" ||
                        (unit.size() >= 4 && unit.back() == 's' &&
                         std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'a' && c <= 'z'; }));
    if (plural) return false;
  }
  int t = end;
  for (; t < last && t < end + 3; ++t) {
    if (!index.has_word_char(t) || one_of(kPhraseEnds, index.token_text(t)) || one_of(kTimeLinks, index.token_text(t))) {
      break;
    }
    if (index.entity_forward.count(t) > 0 || index.entity_reverse.count(t + 1) > 0) return false;
    if (is_any_cue_word(cues, index, t)) return false;
    if (std::find(kinds.begin(), kinds.end(), index.token_text(t)) != kinds.end()) return false;
  }
  if (t == end) return false;  // no noun phrase: "the 310, who ..."
  // The noun is the subject of a cue right after it: "the 310 people who have died".
  // A cue after "before", "after", "until" or "since" names another event, the time
  // the noun is counted against: "2,500 test hours before certification". A cue after
  // "from" names where the noun comes from, not what it does: "the 32 TB ceiling comes
  // from the block size". ("2,500 kinds of fish", "104 were in service" keep their cue.)
  for (int k = t; k < std::min(last, t + 4); ++k) {
    if (one_of(kTimeLinks, index.token_text(k)) || index.token_text(k) == "from") break;
    if (is_any_cue_word(cues, index, k)) return false;
  }
  return true;
}

bool counts_its_own_plural(const DocumentIndex& index, const std::vector<CompiledPattern>& cues,
                           const std::vector<std::string>& kinds, int begin, int end, int last) {
  static constexpr std::array<std::string_view, 18> kPrepositions = {
      "in",    "on",     "at",      "across", "along",  "between", "among",      "around", "over",
      "under", "into",   "through", "within", "beyond", "with",    "throughout", "from",   "for"};
  if (begin == 0 || end >= last || !one_of(kPrepositions, index.token_text(begin - 1))) return false;
  // "handed over 1,313,851 cars": the verb's particle, no preposition opening a phrase.
  if (begin >= 2 && index.token_text(begin - 1) == "over" &&
      value::takes_over_as_particle(index.token_text(begin - 2))) {
    return false;
  }
  int t = end;
  for (; t < last && t < end + 3; ++t) {
    const std::string_view w = index.token_text(t);
    if (!index.has_word_char(t) || one_of(kPhraseEnds, w) || one_of(kTimeLinks, w) || one_of(kPrepositions, w)) break;
    if (!std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; })) return false;
    if (index.entity_forward.count(t) > 0 || index.entity_reverse.count(t + 1) > 0) return false;
    if (is_any_cue_word(cues, index, t)) return false;
    if (std::find(kinds.begin(), kinds.end(), w) != kinds.end()) return false;
  }
  if (t == end) return false;  // "in all", "across the network": no noun of its own
  if (t < last && index.has_word_char(t) && !one_of(kPhraseEnds, index.token_text(t)) &&
      !one_of(kTimeLinks, index.token_text(t)) && !one_of(kPrepositions, index.token_text(t))) {
    return false;  // the phrase runs on: not a noun phrase this short
  }
  const std::string_view noun = index.token_text(t - 1);
  return noun.size() >= 4 && noun.back() == 's' && !noun.ends_with("ss");
}

bool counts_some_of_another(const DocumentIndex& index, const std::vector<CompiledPattern>& cues,
                            const std::vector<std::string>& kinds, int end, int last) {
  if (end + 2 >= last || index.token_text(end) != "of") return false;
  const std::string_view det = index.token_text(end + 1);
  if (det != "the" && det != "its" && det != "their" && det != "these" && det != "those") return false;
  int t = end + 2;
  for (; t < last && t < end + 5; ++t) {
    if (!index.has_word_char(t) || one_of(kPhraseEnds, index.token_text(t))) break;
    if (index.entity_forward.count(t) > 0 || index.entity_reverse.count(t + 1) > 0) return false;
    if (is_any_cue_word(cues, index, t)) return false;
    if (std::find(kinds.begin(), kinds.end(), index.token_text(t)) != kinds.end()) return false;
    // A figure is the partitive's own total ("two of the four engines"): not this kind.
    const std::string_view w = index.token_text(t);
    if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  }
  if (t == end + 2) return false;
  // "Eight of the climbers died": a cue right after the group, before any preposition,
  // says what happened to those counted.
  for (int k = t; k < std::min(last, t + 4); ++k) {
    if (!index.has_word_char(k)) break;
    const std::string_view w = index.token_text(k);
    if (w == "with" || w == "from" || w == "by" || w == "for" || w == "at" || w == "in" || w == "on" || w == "to") break;
    if (is_any_cue_word(cues, index, k)) return false;
  }
  return true;
}

bool shares_a_described_whole(const DocumentIndex& index, int end, TokenMatch cue, int last) {
  if (cue.begin != end + 2 || cue.end != cue.begin + 1 || cue.end >= last) return false;
  if (index.token_text(end) != "of") return false;
  const std::string_view det = index.token_text(end + 1);
  if (det != "the" && det != "its" && det != "their" && det != "these" && det != "those") return false;
  const std::string_view word = index.token_text(cue.begin);
  const bool participle = word.size() > 3 && word.ends_with("ed") && word != "hundred";
  if (!participle) return false;
  // Its noun: a word, not a verb or a preposition ("of the surveyed were ..." is rare;
  // "of the bleached in 2016" names no noun).
  const std::string_view noun = index.token_text(cue.end);
  static constexpr std::array<std::string_view, 16> kNoNoun = {"was", "were", "is", "are", "has", "have", "had", "in",
                                                              "on", "at", "by", "for", "from", "with", "to", "and"};
  return !noun.empty() && std::all_of(noun.begin(), noun.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
         !one_of(kNoNoun, noun);
}

bool part_out_of_whole(const DocumentIndex& index, int end, TokenMatch cue, int last) {
  if (cue.begin != end || cue.end + 2 >= last) return false;
  if (index.token_text(cue.end) != "out" || index.token_text(cue.end + 1) != "of") return false;
  const std::string_view whole = index.token_text(cue.end + 2);
  return !whole.empty() && whole[0] >= '0' && whole[0] <= '9';
}

bool counts_its_participle(const DocumentIndex& index, const std::vector<CompiledPattern>* cues, int end, int last) {
  if (end <= 0 || end >= last) return false;
  // The tokenizer drops a hyphen between two words: it is the one byte between them.
  const std::size_t figure_end = index.tokens[static_cast<std::size_t>(end - 1)].end;
  if (index.tokens[static_cast<std::size_t>(end)].begin != figure_end + 1 || index.text[figure_end] != '-') return false;
  const std::string_view word = index.token_text(end);
  const bool participle = word.size() > 3 && word.ends_with("ed") && word != "hundred" &&
                          std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return participle && !(cues && is_any_cue_word(*cues, index, end));
}

}  // namespace factlint::match
