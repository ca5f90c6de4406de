// Whose figure is it: the noun phrase a value is written of, read leftwards from it
// through closed word lists (value_holder.h).
#include "match/value_holder.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "value/hedge_words.h"

namespace factlint::match {

namespace {

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Prepositions that tie a noun to what follows ("a hill above X at 5,644 m", "a
// reservoir on the Rio Indio"), and the hedges that may stand before a figure.
constexpr std::array<std::string_view, 11> kLinks = {"of", "at", "over",   "above", "below", "under",
                                                     "on", "near", "beyond", "by",   "in"};
// Besides the approximate hedges (value/hedge_words.h), the words of a bound.
constexpr std::array<std::string_view, 5> kBoundWords = {"just", "than", "more", "less", "up"};
// Right before a figure, only a measure's "of" and the prepositions of place and size
// tie it to a noun: "on", "in" and "by" before a date or a year tie it to the verb
// ("lifted off on a rented rocket on 3 May 2021").
constexpr std::array<std::string_view, 8> kHolding = {"of", "at", "over", "above", "below", "under", "near", "beyond"};
// The prepositions by which an indefinite phrase holds a figure as its own size: "a
// peak over 7,000 metres", "a hill above Gorak Shep at 5,644 m". ("a station at a
// cost of ..." and "a line near ..." may tell where the fact's own figure was spent.)
constexpr std::array<std::string_view, 5> kSizing = {"over", "above", "below", "under", "beyond"};
constexpr std::array<std::string_view, 10> kDeterminers = {"a",   "an",    "another", "the",  "its",
                                                           "their", "his", "her",     "this", "that"};
constexpr std::array<std::string_view, 10> kCopulas = {"is",     "was",      "are",    "were",   "be",
                                                       "been",   "remains",  "remained", "became", "becomes"};
constexpr std::array<std::string_view, 6> kPronouns = {"it", "this", "that", "which", "they", "these"};
// Past participles that do not end in "-ed" and open a phrase hung on a noun.
constexpr std::array<std::string_view, 24> kParticiples = {
    "built", "begun", "known", "made",  "seen",   "held",  "run",   "set",
    "grown", "sold",  "done",  "given", "written", "laid", "led",   "bought",
    "found", "kept",  "paid",  "won",   "taken",  "shown", "dug",   "cut"};

bool is_link(std::string_view w) { return one_of(kLinks, w); }
bool is_determiner(std::string_view w) { return one_of(kDeterminers, w); }

// Whether token `t` opens a participle phrase after a comma: ", to be built by 2030",
// ", completed in 1988", ", launched in 1990".
bool opens_participle(const DocumentIndex& index, int t) {
  if (t <= 0 || index.token_text(t - 1) != ",") return false;
  const std::string_view w = index.token_text(t);
  if (w == "to" || w == "being" || one_of(kParticiples, w)) return true;
  return w.size() > 4 && w.substr(w.size() - 2) == "ed";
}

// Whether a form of "be" before the indefinite phrase whose determiner is token `t`
// makes that phrase say what the clause's subject is ("It is a peak over 8,000 m", "The
// canal is a waterway 82 km long"): so when that subject is a pronoun, an entity or a
// role's kind ("its main answer is a reservoir ..." is about the reservoir).
bool predicate_of_subject(const DocumentIndex& index, const std::vector<std::string>& kinds, int clause_begin,
                          int t) {
  if (t - 1 <= clause_begin || !one_of(kCopulas, index.token_text(t - 1))) return false;
  const int subject = t - 2;
  return one_of(kPronouns, index.token_text(subject)) || index.entity_reverse.count(subject + 1) > 0 ||
         std::find(kinds.begin(), kinds.end(), index.token_text(subject)) != kinds.end();
}

// Whether the past participle at token `t`, before the preposition that ties the figure
// to it ("on 19 September", "in 1840"), hangs on an indefinite noun phrase right before
// it with no comma: "after a law signed on 19 September", "an accord reached in 1921".
// That reduced relative clause dates the new thing the phrase introduces, not the
// document's topic. A noun that is one of the fact's cue words names the fact's own
// thing ("a record set in 1990" under `cue record`), and a name is an entity's.
bool participle_on_a_new_thing(const DocumentIndex& index, const std::vector<CompiledPattern>& cues,
                               const std::vector<std::string>& kinds, int clause_begin, int t) {
  if (t <= clause_begin) return false;
  const std::string_view participle = index.token_text(t);
  const bool past = (participle.size() > 4 && participle.substr(participle.size() - 2) == "ed") ||
                    one_of(kParticiples, participle);
  if (!past || index.entity_reverse.count(t + 1) > 0) return false;
  int n = t - 1;
  for (int words = 0; n >= clause_begin && words < 3; ++words, --n) {
    const std::string_view w = index.token_text(n);
    if (is_determiner(w)) break;
    if (!index.has_word_char(n) || is_link(w) || is_any_cue_word(cues, index, n)) return false;
    if (index.entity_reverse.count(n + 1) > 0 || index.entity_forward.count(n) > 0) return false;
    if (w.front() >= '0' && w.front() <= '9') return false;
  }
  if (n < clause_begin || n == t - 1) return false;
  const std::string_view determiner = index.token_text(n);
  if (determiner != "a" && determiner != "an" && determiner != "another") return false;
  return determiner == "another" || !predicate_of_subject(index, kinds, clause_begin, n);
}

// The token before the day and month a year reading leaves out of its date ("signed on
// 4 May 1961", "on May 4, 1961"), or `t` when no month stands right before the year.
int before_day_and_month(const DocumentIndex& index, int t, int clause_begin) {
  static constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                               "may",     "june",     "july",      "august",
                                                               "september", "october", "november", "december"};
  auto day = [&](int at) {
    const std::string_view w = index.token_text(at);
    return !w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  int at = t;
  if (at >= clause_begin && index.token_text(at) == ",") --at;
  if (at >= clause_begin && day(at)) --at;
  if (at < clause_begin || !one_of(kMonths, index.token_text(at))) return t;
  --at;
  if (at >= clause_begin && day(at)) --at;
  return at;
}

}  // namespace

bool held_by_another_thing(const DocumentIndex& index, const std::vector<CompiledPattern>& cues,
                           const std::vector<std::string>& kinds, int clause_begin, int value_begin) {
  auto text = [&](int t) { return index.token_text(t); };
  // A cue word or a role's kind: before "of" it is the figure's own measure.
  auto measure_word = [&](int t) {
    return is_any_cue_word(cues, index, t) || std::find(kinds.begin(), kinds.end(), text(t)) != kinds.end();
  };
  const std::string_view first = text(value_begin);
  const bool year = first.size() == 4 && std::all_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; });
  int t = year ? before_day_and_month(index, value_begin - 1, clause_begin) : value_begin - 1;
  bool after_comma = false;      // the last step went back over a participle phrase's comma
  bool participle_seen = false;  // the figure lies in a participle phrase hung on a noun
  for (int hop = 0; hop < 10; ++hop) {
    std::string_view link;  // the preposition nearest the phrase before it
    while (t >= clause_begin && (is_link(text(t)) || value::is_approximate_hedge(text(t)) || one_of(kBoundWords, text(t)))) {
      if (is_link(text(t))) link = text(t);
      --t;
    }
    if (t < clause_begin) return false;
    // A comparison the value reads itself ("over 7,000 metres") ties it as "over" does.
    if (hop == 0 && link.empty() && one_of(kHolding, text(value_begin))) link = text(value_begin);
    // A phrase holds the figure through a preposition: words right before the figure
    // describe the figure itself ("a record 107 million tonnes", "an estimated $2
    // billion"), and a phrase before the last one's with none between them is the
    // clause's, not a holder ("a fine result for a city of ...").
    if (hop == 0 && !link.empty() && !one_of(kHolding, link)) {
      return participle_on_a_new_thing(index, cues, kinds, clause_begin, t);
    }
    if (link.empty() && !after_comma && text(t) != ",") return false;
    after_comma = false;
    if (text(t) == ",") {
      const int after = t + 1;
      if (!opens_participle(index, after)) return false;
      --t;  // ", to be built by 2030 at ...": the phrase before the comma holds it
      after_comma = true;
      participle_seen = true;
      continue;
    }
    // The noun phrase ending at t, back to its determiner.
    const int head = t;
    if (index.entity_reverse.count(head + 1) > 0) return false;  // a named entity holds it
    bool participle = false;
    for (int words = 0; t >= clause_begin && words < 6; ++words) {
      const std::string_view w = text(t);
      if (is_link(w) || is_determiner(w) || w == "," || w == ";") break;
      if (!index.has_word_char(t) && w != "-" && w != "'s") break;
      participle = participle || opens_participle(index, t);
      --t;
    }
    if (t < clause_begin) return false;
    if (participle && text(t) == ",") {
      --t;  // "..., completed in 1988": the phrase before the comma holds it
      after_comma = true;
      participle_seen = true;
      continue;
    }
    if (is_link(text(t))) continue;  // "a hill above Gorak Shep at": a phrase's object
    if (!is_determiner(text(t))) return false;
    const std::string_view determiner = text(t);
    if (determiner != "a" && determiner != "an" && determiner != "another") {
      // A definite phrase is the clause's own thing, unless it is a preposition's object
      // ("a reservoir on the Rio Indio").
      --t;
      if (t >= clause_begin && is_link(text(t))) continue;
      return false;
    }
    if (link == "of" && (hop == 0 || measure_word(head))) {
      // "at an estimated cost of $1.6 billion", "a capacity of 4.3 million TEU": the
      // figure's own measure; read on.
      --t;
      continue;
    }
    // An indefinite phrase is another thing when it holds the figure as its size or
    // by a participle phrase ("a reservoir ..., to be built at a cost of $1.6 billion").
    if (!participle_seen && !one_of(kSizing, link)) return false;
    // "It is a canal of 82 km", "The canal is a waterway 82 km long": after a form of
    // "be", a phrase says what its subject is, when that is a pronoun, an entity or a
    // role's kind ("its main answer is a reservoir ..." is about the reservoir).
    return determiner == "another" || !predicate_of_subject(index, kinds, clause_begin, t);
  }
  return false;
}

}  // namespace factlint::match
