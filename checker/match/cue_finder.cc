// Cue matches, one sentence at a time: cue occurrences and veto occurrences come from
// the same NFA runner as patterns; values are the readings the document index holds.
#include "match/cue_finder.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string>
#include <optional>
#include <tuple>

#include "lang/keywords.h"
#include "match/attached_phrases.h"
#include "match/attributive_figure.h"
#include "match/change_amount.h"
#include "match/compare_openers.h"
#include "match/compared_mention.h"
#include "match/dimension.h"
#include "match/left_out_words.h"
#include "match/parallel_clause.h"
#include "match/partitive_aside.h"
#include "match/restated_figure.h"
#include "match/role_kind_count.h"
#include "match/second_predicate.h"
#include "match/short_span.h"
#include "match/since_clause.h"
#include "match/spread_of_figures.h"
#include "match/undoing_predicate.h"
#include "source/ascii.h"
#include "value/number_reader.h"
#include "value/value_type.h"

namespace factlint::match {

bool is_cue_word(const Program& cue, const DocumentIndex& index, int t) {
  for (const Instr& instr : cue.code) {
    if (instr.op == Instr::Op::Word && index.words[t] == instr.arg) return true;
    if (instr.op == Instr::Op::Stem && index.stems[t] == instr.arg) return true;
  }
  return false;
}

namespace {

// Whether token `t` is a word of `cue` written in quotes there (matched as written, by
// none of the cue's word forms).
bool quoted_cue_word(const Program& cue, const DocumentIndex& index, int t) {
  bool written = false;
  for (const Instr& instr : cue.code) {
    if (instr.op == Instr::Op::Stem && index.stems[t] == instr.arg) return false;
    written = written || (instr.op == Instr::Op::Word && index.words[t] == instr.arg);
  }
  return written;
}

}  // namespace

bool is_any_cue_word(const std::vector<CompiledPattern>& cues, const DocumentIndex& index, int t) {
  return std::any_of(cues.begin(), cues.end(), [&](const CompiledPattern& c) { return is_cue_word(c.forward, index, t); });
}

namespace {

struct Reading {
  int begin = 0;
  int end = 0;
  int payload = 0;
};

bool overlaps(int b1, int e1, int b2, int e2) { return b1 < e2 && b2 < e1; }

// Whether a reading lies within a cue's match and begins with one of the cue's own
// words: the "three" of a cue `three-class` names the fact, it states no value of it
// (a blind rule writer's seat counts read as 3, session 8). For counts and numbers
// only: a rank's cue `highest` is its value (1st). A reading that runs past
// the cue ("at 8,849 m" after a cue ending in "at") or sits in a gap of it is not the
// cue's.
bool reads_cue_words(const Program& cue, const DocumentIndex& index, TokenMatch hit, int begin, int end) {
  if (begin < hit.begin || end > hit.end) return false;
  const auto at = static_cast<std::size_t>(begin);
  return std::any_of(cue.code.begin(), cue.code.end(), [&](const Instr& in) {
    return (in.op == Instr::Op::Word && in.arg == index.words[at]) ||
           (in.op == Instr::Op::Stem && in.arg == index.stems[at]);
  });
}

// Whether the veto words [begin, end) lie inside a longer entity name of the sentence
// [first, end) and are no name themselves: "Airline" in "Emirates Airline", "Dam" in
// "Three Gorges Dam". A common word of a name is the name's, not the sentence's, so it
// vetoes nothing (blind writers' `unless airlines` and `unless dam` dropped every
// sentence naming one airline or their own dam, sessions 8 and 9). A veto that names
// an entity ("unless Antwerp", "unless Boeing 747") still vetoes wherever the name
// stands, inside a longer one too ("Antwerp-Bruges").
bool inside_longer_name(const DocumentIndex& index, int first, int begin, int end) {
  if (index.entities && index.entities->names(index.words, begin, end)) return false;
  for (int s = first; s <= begin; ++s) {
    for (const TokenEdge* e = index.entity_forward.begin(s); e != index.entity_forward.end(s); ++e) {
      if (e->to >= end && e->to - s > end - begin) return true;
    }
  }
  return false;
}

// Whether the figure [begin, end) is itself a declared name, whole: an alias that is
// only a number ("747" for the Boeing 747) names its entity, it counts nothing (a blind
// rule writer's "The 747 and the A380 both have engines" read 747 engines).
bool is_a_whole_name(const DocumentIndex& index, int begin, int end) {
  for (const TokenEdge* e = index.entity_forward.begin(begin); e != index.entity_forward.end(begin); ++e) {
    if (e->to == end) return true;
  }
  return false;
}

}  // namespace

bool names_figure(const DocumentIndex& index, int first, int begin, int end) {
  return inside_longer_name(index, first, begin, end) || is_a_whole_name(index, begin, end);
}

// Words of a longer name are left out, and a built-in veto word that is a whole
// declared name: the institute "AIMS" is no "aims" (a blind writer had to turn the
// default vetoes off).
std::vector<TokenMatch> veto_hits_in(const std::vector<CompiledPattern>& vetoes, const DocumentIndex& index,
                                     int first, int last, NfaRunner& runner, MatchStats& stats, bool authors_only) {
  std::vector<TokenMatch> out;
  for (const CompiledPattern& veto : vetoes) {
    if (authors_only && veto.built_in) continue;
    for (TokenMatch m : runner.longest_matches(veto, index, first, last, first, last, stats)) {
      if (inside_longer_name(index, first, m.begin, m.end)) continue;
      if (veto.built_in && is_a_whole_name(index, m.begin, m.end)) continue;
      out.push_back(m);
    }
  }
  return out;
}

namespace {

// The clause of `clauses` that holds the whole cue, or clauses.end(): a cue's gap does
// not reach across a clause break.
std::vector<TokenMatch>::const_iterator clause_holding(const std::vector<TokenMatch>& clauses, TokenMatch cue) {
  return std::find_if(clauses.begin(), clauses.end(),
                      [&](TokenMatch k) { return cue.begin >= k.begin && cue.end <= k.end; });
}

// "the reason many travellers choose rail": a quantifier with no upper bound ("many",
// "numerous", "countless") says there are some, not how many, so no count or number
// fact takes it as its value.
static bool unbounded_quantifier(const TypedReadings& typed, const Reading& r) {
  const value::Value& v = typed.readings[static_cast<std::size_t>(r.payload)].value;
  return v.vague && std::isinf(v.hi);
}

// The longest reading at each start token of [first, last), readings inside an
// earlier one left out ("$240 billion" is read, not also "$240").
std::vector<Reading> readings_in(const TypedReadings& readings, int first, int last) {
  std::vector<Reading> out;
  for (int t = first; t < last; ++t) {
    for (const TokenEdge* e = readings.forward.begin(t); e != readings.forward.end(t); ++e) {
      if (e->to > last) continue;
      if (out.empty() || t >= out.back().end) out.push_back({t, e->to, e->payload});
      break;
    }
  }
  return out;
}

// Tokens of [first, last) covered by a reading of a year.
std::vector<char> year_tokens(const TypedReadings* years, int first, int last) {
  std::vector<char> covered(static_cast<std::size_t>(last - first), 0);
  if (!years) return covered;
  for (int t = first; t < last; ++t) {
    for (const TokenEdge* e = years->forward.begin(t); e != years->forward.end(t); ++e) {
      for (int k = t; k < std::min(e->to, last); ++k) covered[static_cast<std::size_t>(k - first)] = 1;
    }
  }
  return covered;
}

// Whether reading `r` lies on a year of `in_year` (year_tokens from `first`; empty when
// the fact's type takes years).
bool on_a_year(const std::vector<char>& in_year, int first, const Reading& r) {
  for (int k = r.begin; !in_year.empty() && k < r.end; ++k) {
    if (in_year[static_cast<std::size_t>(k - first)]) return true;
  }
  return false;
}

// How many years "one/two/three years earlier" counts back from the word before "year(s)"
// ("the", "a" and "one" are one); nullopt for a word that counts nothing.
std::optional<int> years_counted(const CueWords& words, int word) {
  const auto count = std::find(words.year_counts.begin(), words.year_counts.end(), word);
  if (count == words.year_counts.end()) return std::nullopt;
  return std::max(1, static_cast<int>(count - words.year_counts.begin()) - 1);
}

std::string fmt_reach(const std::string& said, const std::string& type, const std::string& value, int distance,
                      int reach, bool before) {
  return said + " is " + std::to_string(distance) + " words from the nearest " + type + " value '" + value +
         "'; a cue reaches " + std::to_string(reach) + " words " + (before ? "back" : "ahead");
}

int distance_between(TokenMatch a, int b_begin, int b_end) {
  if (b_begin >= a.end) return b_begin - a.end;
  if (b_end <= a.begin) return a.begin - b_end;
  return 0;  // inside the cue's span (in one of its gaps): as near as can be
}

// The tokens of the attached phrases (appositives, relative clauses, participle
// phrases: attached_phrases.h) that lie wholly in [from, to).
int attached_tokens_between(const DocumentIndex& index, int from, int to) {
  int n = 0;
  for (const AttachedPhrase& p : index.attached) {
    if (p.begin >= to) break;
    if (p.begin >= from && p.end <= to) n += p.end - p.begin;
  }
  return n;
}

// The number of `words` strictly between the token ranges a and b.
int count_between(const DocumentIndex& index, const std::vector<int>& words, TokenMatch a, int b_begin, int b_end) {
  const int from = b_begin >= a.end ? a.end : b_end;
  const int to = b_begin >= a.end ? b_begin : a.begin;
  int n = 0;
  for (int t = from; t < to; ++t) n += std::find(words.begin(), words.end(), index.words[t]) != words.end() ? 1 : 0;
  return n;
}

// Whether the veto word `v`, outside the cue-and-value span, describes another figure
// of the clause rather than the value `r`. A veto word belongs to the figure of the
// fact's type with the fewest separators (CueWords::separators) between them, then the
// nearest, then the one after it (where English puts a noun's figure: "revenue of
// $39.7 billion"). When that is another figure and the cue would take `r` before it,
// the word does not veto `r`; before the span, only a figure standing between the word
// and the span can take it. So "a net profit of $2.9 billion on revenue of $39.7
// billion" states the revenue whatever `unless profit` says, and "revenue was $5
// billion and profit $1 billion" states it too, while "a $200 billion target" still
// drops $200 billion, and "China sent about 3,200 troops, along with some 900 pieces
// of equipment" (`unless sent`) gives no figure: 'sent' is the 3,200's, and the cue
// 'troops' would take 3,200 before 900.
// Whether the figure [begin, end) is the day of a month beside it: "June 30, 2023",
// "30 June 2023". It is part of a date, no figure a veto word could describe (a blind
// writer's `unless June` let "As of June 30, 2023, ... had 626 million" through).
bool day_of_a_month(const DocumentIndex& index, int begin, int end) {
  if (end != begin + 1) return false;
  const std::string_view day = index.token_text(begin);
  if (day.size() > 2 || !source::all_digits(day)) {
    return false;
  }
  auto month = [&](int t, bool after) {
    if (t < 0 || t >= static_cast<int>(index.tokens.size())) return false;
    std::string w(index.token_text(t));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (after && w == "may") return false;  // "30 may be"
    static constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march",     "april",
                                                              "may",     "june",     "july",      "august",
                                                              "september", "october", "november", "december"};
    return std::find(kMonths.begin(), kMonths.end(), w) != kMonths.end();
  };
  return month(begin - 1, false) || month(end, true);
}

// Whether the veto word `v` ends the phrase of the figure `f` just before it: a
// prepositional phrase of the figure's noun phrase, opened by at most three words
// after the figure, with no punctuation or separator (CueWords::separators) between:
// "2,000 km of shoreline", "the largest lake by volume", "455 m above sea level". A
// separator after the word ("and is 636 km long") must set the cue's own figure apart
// from it (a blind writer's `unless shoreline` and `unless by volume`, session 23). A
// word right after the figure with no preposition ("55 m wide and 427 m long") may say
// what the whole clause measures, and "One airline operates 40 jets" (no separator)
// has the word as the clause's subject: both still veto.
bool closes_the_phrase_of(const Reading& f, TokenMatch v, int span_begin, const DocumentIndex& index,
                          const std::vector<int>& separators) {
  if (f.end > v.begin || v.begin - f.end > 3) return false;
  static constexpr std::array<std::string_view, 10> kPrepositions = {"of", "by", "in", "above", "below",
                                                                      "for", "at", "on", "across", "along"};
  bool preposition = false;
  for (int t = f.end; t <= v.begin; ++t) {
    if (!index.has_word_char(t)) return false;
    const std::string_view w = index.token_text(t);
    preposition = preposition || std::find(kPrepositions.begin(), kPrepositions.end(), w) != kPrepositions.end();
  }
  return preposition && count_between(index, separators, v, f.begin, f.end) == 0 &&
         count_between(index, separators, v, span_begin, span_begin) > 0;
}

bool veto_of_another_figure(TokenMatch v, TokenMatch cue, const Reading& r, const std::vector<Reading>* figures,
                            TokenMatch clause, const DocumentIndex& index, const std::vector<int>& separators) {
  if (!figures) return false;
  const int span_begin = std::min(r.begin, cue.begin);
  const bool before = v.end <= span_begin;
  auto closeness = [&](const Reading& f) {
    return std::tuple{count_between(index, separators, v, f.begin, f.end), distance_between(v, f.begin, f.end),
                      f.begin >= v.end ? 0 : 1};
  };
  const auto own = closeness(r);
  const Reading* owner = nullptr;
  for (const Reading& f : *figures) {
    if (overlaps(f.begin, f.end, r.begin, r.end) || f.begin < clause.begin || f.end > clause.end) continue;
    if (day_of_a_month(index, f.begin, f.end)) continue;
    // "One" that the veto writes itself ("in one", "one accident") says "a single", as
    // "an accident" would: the veto's own phrase, no other figure it could describe, so
    // "10 were killed in one accident" is vetoed. A veto writing a count ("three
    // classes") still names that count's things.
    if (overlaps(f.begin, f.end, v.begin, v.end) && f.end == f.begin + 1 && index.token_text(f.begin) == "one") {
      continue;
    }
    // Before the span, the word's figure stands between it and the span ("profit of $2.9
    // billion on revenue of ..."), or right before the word, whose phrase the word
    // closes ("2,000 km of shoreline and is 636 km long"); a figure past the span does
    // not take a word before it.
    if (before && !(f.begin >= v.end && f.end <= span_begin) && !closes_the_phrase_of(f, v, span_begin, index, separators)) {
      continue;
    }
    if (closeness(f) < own && (!owner || closeness(f) < closeness(*owner))) owner = &f;
  }
  if (!owner) return false;
  // A figure that closes an earlier predicate before "and" and a verb, the cue's own
  // or one before it, is none the cue would take ("restarted in 2010 and closed for
  // good in 2013"; see second_predicate.h): the word is that figure's.
  if (owner->end <= cue.begin && second_predicate_between(index, owner->end, cue.end)) return true;
  // The cue prefers the nearer figure, and the one after it on a tie.
  const int r_cue = distance_between(cue, r.begin, r.end);
  const int f_cue = distance_between(cue, owner->begin, owner->end);
  return r_cue < f_cue || (r_cue == f_cue && r.begin > owner->begin);
}

// Whether the veto word `v`, between the cue and the value `r` after it, is the word of
// another figure that stands between the cue and the word, and that figure's phrase is
// joined to `r` by "and", "but", "while", "whereas" or a comma alone (hedges allowed):
// "revenue of $2.6 billion for the third quarter and $9.9 billion for the full year"
// under `unless third quarter`. The word is the first figure's (the fewest separators,
// then the nearest, as veto_of_another_figure says), so the cue passes over that figure
// to the next, as it passes over one its `values` leave out (docs/rules.md "Cues",
// step 4). Any other word between the two ("..., costs of $2 billion"), or a word after
// the second that is no preposition, keeps the veto.
bool veto_of_a_passed_figure(TokenMatch v, TokenMatch cue, const Reading& r, const std::vector<Reading>* figures,
                             TokenMatch clause, const DocumentIndex& index, const std::vector<int>& separators) {
  if (!figures || !(cue.end <= v.begin && v.end <= r.begin)) return false;
  // The joining word: the token before `r`, hedges left out.
  static constexpr std::array<std::string_view, 12> kHedges = {"about", "around", "some",  "nearly", "almost", "roughly",
                                                              "over",  "under",  "just",  "close",  "to",     "approximately"};
  static constexpr std::array<std::string_view, 5> kJoins = {"and", "but", "while", "whereas", ","};
  int j = r.begin - 1;
  while (j >= v.end && std::find(kHedges.begin(), kHedges.end(), index.token_text(j)) != kHedges.end()) --j;
  auto joins = [&](int t) { return std::find(kJoins.begin(), kJoins.end(), index.token_text(t)) != kJoins.end(); };
  if (j < v.end || !joins(j)) return false;
  while (j - 1 >= v.end && joins(j - 1)) --j;  // ", and"
  for (int t = v.end; t < j; ++t) {
    // The veto's own phrase may run on ("third quarter of the year"), but not past a comma
    // or another joining word: then the word stands in a phrase of its own.
    if (joins(t)) return false;
  }
  // The second figure's own phrase is a time or place it holds for ("for the full
  // year", "in all", "over the year"): "one glossy and one matte", "400
  // seasonal pickers and 1,750 permanent staff" or "..., and 104 were in service" name
  // another part or say another thing, which the cue must not take for the whole.
  static constexpr std::array<std::string_view, 9> kHolds = {"for", "in", "over", "across", "during",
                                                            "through", "at", "by", "on"};
  if (r.end < clause.end && index.has_word_char(r.end) &&
      std::find(kHolds.begin(), kHolds.end(), index.token_text(r.end)) == kHolds.end() &&
      index.token_text(r.end) != "overall") {
    return false;
  }
  // And it says the whole: "for the full year", "in all", "in total", "overall", "for
  // 2023". "$31 million in the north and $44 million in the south" names two parts, of
  // which the cue must not take the second for the whole.
  static constexpr std::array<std::string_view, 9> kWhole = {"full", "whole", "entire", "all", "total",
                                                            "overall", "full-year", "annual", "year"};
  bool whole = false;
  for (int t = r.end; t < std::min(clause.end, r.end + 5) && !whole; ++t) {
    const std::string_view w = index.token_text(t);
    if (w == "," || w == ";") break;
    whole = std::find(kWhole.begin(), kWhole.end(), w) != kWhole.end() ||
            (w.size() == 4 && source::all_digits(w) && (w[0] == '1' || w[0] == '2'));
  }
  if (!whole) return false;
  auto closeness = [&](const Reading& f) {
    return std::tuple{count_between(index, separators, v, f.begin, f.end), distance_between(v, f.begin, f.end)};
  };
  for (const Reading& f : *figures) {
    if (f.begin < cue.end || f.end > v.begin || f.begin < clause.begin) continue;
    if (day_of_a_month(index, f.begin, f.end)) continue;
    // The first figure's phrase is such a time or place too, and holds the veto word:
    // the two phrases are parallel ("$2.6 billion for the third quarter and $9.9
    // billion for the full year").
    if (f.end >= clause.end || std::find(kHolds.begin(), kHolds.end(), index.token_text(f.end)) == kHolds.end()) {
      continue;
    }
    if (closeness(f) < closeness(r)) return true;
  }
  return false;
}

// Whether the veto word `v`, between the cue and the value `r`, names the figure a change
// starts from: "the flock fell from a peak of about 70 million in 1982 to 27.5 million
// in 2017" under `unless peak`. "from", at most two words, `v`, "of" and that figure
// (its year after "in" at most), then "to" and the value: the word is the first end's,
// and the change's other end is no peak (docs/rules.md "Cues", step 4).
bool veto_of_a_change_start(TokenMatch v, TokenMatch cue, const Reading& r, const std::vector<Reading>* figures,
                            TokenMatch clause, const DocumentIndex& index) {
  if (!figures || !(cue.end <= v.begin && v.end <= r.begin)) return false;
  static constexpr std::array<std::string_view, 8> kHedges = {"about", "around", "some",    "nearly",
                                                             "almost", "roughly", "just", "approximately"};
  auto hedge = [&](int t) { return std::find(kHedges.begin(), kHedges.end(), index.token_text(t)) != kHedges.end(); };
  int to = r.begin - 1;
  while (to > v.end && hedge(to)) --to;
  if (to <= v.end || index.token_text(to) != "to") return false;
  int last = to - 1;  // the first end's last token, past "in 1982"
  if (last - 1 > v.end && index.token_text(last - 1) == "in") {
    const std::string_view year = index.token_text(last);
    if (year.size() == 4 && source::all_digits(year)) last -= 2;
  }
  int of = v.end;
  if (of >= last || index.token_text(of) != "of") return false;
  int first = of + 1;
  while (first < last && hedge(first)) ++first;
  const bool figure = std::any_of(figures->begin(), figures->end(), [&](const Reading& f) {
    return f.end == last + 1 && f.begin <= first && f.begin > of;
  });
  if (!figure) return false;
  for (int t = v.begin - 1; t >= std::max(clause.begin, v.begin - 3); --t) {
    if (index.token_text(t) == "from") return true;
    if (!index.has_word_char(t)) return false;
  }
  return false;
}

// The token `n` words before `from`, not before `floor`, an entity's name counting as
// one word: a long name ("the Three Gorges Dam") does not use up the veto window
// ("The main wall of the Three Gorges Dam was completed in 2006" with `unless wall`;
// a blind rule writer's, session 9).
int words_before(const DocumentIndex& index, int from, int n, int floor) {
  int t = from;
  for (int k = 0; k < n && t > floor; ++k) {
    int begin = t - 1;
    for (const TokenEdge* e = index.entity_reverse.begin(t); e != index.entity_reverse.end(t); ++e) {
      begin = std::min(begin, e->to);
    }
    // A date with a comma before its year is one word, as a name is: "As of June 30,
    // 2023, Halder had ..." (docs/rules.md "Cues", vetoes before the cue).
    if (begin == t - 1 && begin >= 3 && index.token_text(begin).size() == 4 && index.token_text(begin - 1) == "," &&
        day_of_a_month(index, begin - 2, begin - 1)) {
      begin -= 3;
    }
    t = std::max(begin, floor);
  }
  return t;
}

// The token `n` words after `from`, not past `ceiling`, a name counting as one word.
int words_after(const DocumentIndex& index, int from, int n, int ceiling) {
  int t = from;
  for (int k = 0; k < n && t < ceiling; ++k) {
    int end = t + 1;
    for (const TokenEdge* e = index.entity_forward.begin(t); e != index.entity_forward.end(t); ++e) {
      end = std::max(end, e->to);
    }
    t = std::min(end, ceiling);
  }
  return t;
}

// The appositive or relative clause describing a name that holds the tokens
// [begin, end), or null: a phrase commenting on its clause describes no name.
const AttachedPhrase* describing_phrase(const DocumentIndex& index, int begin, int end) {
  const AttachedPhrase* p = phrase_holding(index.attached, begin, end);
  return p && p->entity >= 0 ? p : nullptr;
}

// Whether the veto word `v` speaks of another thing than the cue and its value: it
// lies in a phrase describing a name that holds neither of them ("Kaub, which
// shippers expect to ..., fell to 27 cm"), or the cue and the value both lie in one
// such phrase and it is neither in it nor the name it describes ("Acme plans to buy
// Beta, which has 5,000 staff"; but `unless Beta` still vetoes "Beta, which has ...").
bool veto_of_another_phrase(const DocumentIndex& index, TokenMatch v, TokenMatch cue, const Reading& r) {
  const AttachedPhrase* of_veto = describing_phrase(index, v.begin, v.end);
  const AttachedPhrase* of_cue = describing_phrase(index, cue.begin, cue.end);
  const AttachedPhrase* of_value = describing_phrase(index, r.begin, r.end);
  if (of_veto) return of_veto != of_cue && of_veto != of_value;
  return of_cue && of_cue == of_value && !overlaps(v.begin, v.end, of_cue->name_begin, of_cue->name_end);
}

// Whether the veto word `v` is what another number of the clause counts: the noun right
// after a cardinal that is no part of the value `r` and no year, ending that phrase (a
// comma, the clause's end, "and" or "or" follows): "The canal, 171 km long with 16
// locks, ..." under `unless locks`; "runs for 4,209 km in two sections, ..." under
// `unless sections`. Such a word names the other number's things, not the value's. A
// year before a word dates it instead ("the 2030 target"), a time unit is a span of
// time that frames the clause ("two years ago"), and a word that goes on into a longer
// phrase ("eight methanol-fuelled ships") may describe more than that number's things:
// these still veto.
bool counted_by_another_number(const DocumentIndex& index, TokenMatch v, const Reading& r, int clause_end) {
  const int t = v.begin - 1;
  if (t < 0 || (t >= r.begin && t < r.end)) return false;
  if (v.end < clause_end && index.has_word_char(v.end)) {
    const std::string_view next = index.token_text(v.end);
    if (next != "and" && next != "or") return false;
  }
  static constexpr std::array<std::string_view, 16> kTimeUnits = {
      "year",  "years",  "month", "months", "week",    "weeks",     "day",     "days",
      "hour",  "hours",  "decade", "decades", "century", "centuries", "minute", "minutes"};
  if (std::find(kTimeUnits.begin(), kTimeUnits.end(), index.token_text(v.begin)) != kTimeUnits.end()) return false;
  const std::string_view word = index.token_text(t);
  if (word.empty()) return false;
  if (value::detail::small_number_word(word)) return true;
  bool digit = false;
  for (char c : word) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != ',' && c != '.') {
      return false;
    }
  }
  if (!digit) return false;
  const bool year_like = word.size() == 4 && word[0] >= '1' && word[0] <= '2';
  return !year_like;
}

// Whether `v`, a word of the forecasts' default vetoes (or a form of one: "expects",
// "planned"), speaks for its whole clause wherever it stands ("..., analysts expect").
bool forecast_word(const DocumentIndex& index, TokenMatch v) {
  const std::string_view word = index.token_text(v.begin);
  return std::any_of(lang::kDefaultVetoWords.begin(), lang::kDefaultVetoWords.end(),
                     [&](const std::string& w) { return word.starts_with(w); });
}

// Whether `v` is a modal of the default vetoes: "will", "would", "could", "might",
// "should" (a verb's mood, which governs the clause's verb chain after it).
bool modal_word(const DocumentIndex& index, TokenMatch v) {
  const std::string_view word = index.token_text(v.begin);
  return word == "will" || word == "would" || word == "could" || word == "might" || word == "should";
}

// Whether `v`, a word of the forecasts' default vetoes, stands in a comparison with what
// one supposes: "longer than you would think", "more than most people might expect",
// "higher than expected". It measures the figure against a guess and forecasts
// nothing (docs/rules.md "Cues", step 4): "than", at most three words (a subject and a
// modal), then a verb of supposing, with `v` among them.
bool than_supposed(const DocumentIndex& index, TokenMatch v, int clause_begin) {
  static constexpr std::array<std::string_view, 9> kSupposing = {"think",   "expect", "expected", "imagine", "guess",
                                                                 "suppose", "assume", "believe",  "realise"};
  for (int than = v.begin; than >= std::max(clause_begin, v.begin - 4); --than) {
    if (index.token_text(than) != "than") continue;
    for (int verb = std::max(than + 1, v.end - 1); verb <= than + 4 && verb < static_cast<int>(index.tokens.size());
         ++verb) {
      const std::string_view w = index.token_text(verb);
      if (std::find(kSupposing.begin(), kSupposing.end(), w) != kSupposing.end()) return true;
      if (!index.has_word_char(verb)) return false;
    }
    return false;
  }
  return false;
}

// Whether the cue-and-value span opening at `span_begin` follows a definite determiner
// ("the", "its", "their", "'s") that stands after the modal `v`, with no verb that
// makes a thing ("build", "construct", "dig", "add", ...) between them: "Engineers will
// keep watching the 2,309-metre-long barrier" measures a barrier the text knows, and
// the modal speaks for the watching, not for the barrier's length (docs/rules.md
// "Cues", step 4). "will build the 80 km road" and "will be 80 km long" still veto.
bool describes_a_known_thing(const DocumentIndex& index, TokenMatch v, int span_begin) {
  if (!modal_word(index, v)) return false;
  const int det = span_begin - 1;
  if (det < v.end) return false;
  const std::string_view d = index.token_text(det);
  if (d != "the" && d != "its" && d != "their" && d != "'s") return false;
  static constexpr std::array<std::string_view, 8> kMaking = {"build", "construct", "dig",  "add",
                                                              "creat", "lay",       "erect", "install"};
  for (int t = v.end; t < det; ++t) {
    const std::string_view w = index.token_text(t);
    if (std::any_of(kMaking.begin(), kMaking.end(), [&](std::string_view m) { return w.starts_with(m); })) return false;
  }
  return true;
}

// Whether a comma stands between the end of the cue-and-value span and the veto word
// `v` after it: the value's phrase ended there, and what follows is another phrase
// ("11,400 transits, counting smaller craft" under `unless smaller`).
bool past_a_comma(const DocumentIndex& index, int span_end, TokenMatch v) {
  for (int t = span_end; t < v.begin; ++t) {
    if (index.token_text(t) == ",") return true;
  }
  return false;
}

// Whether the value `r` stands in an aside set off by commas that closes before the
// veto word `v`: ", which has 55 stations,", ", with 56 stations,". A forecast word
// after the aside is the main clause's ("The metro, which has 55 stations, would keep
// its fares" states 55 stations; docs/rules.md "Cues", step 4).
bool value_in_aside(const DocumentIndex& index, const Reading& r, TokenMatch v, TokenMatch clause) {
  static constexpr std::array<std::string_view, 5> kOpeners = {"which", "who", "whose", "where", "with"};
  int open = r.begin - 1;
  while (open >= clause.begin && index.token_text(open) != ",") --open;
  if (open < clause.begin || open + 1 >= r.begin) return false;
  if (std::find(kOpeners.begin(), kOpeners.end(), index.token_text(open + 1)) == kOpeners.end()) return false;
  for (int t = open + 2; t < r.begin; ++t) {
    if (modal_word(index, TokenMatch{t, t + 1})) return false;  // ", which will have 60 stations,"
  }
  return past_a_comma(index, r.end, v);
}

// Whether ", and" stands between the veto word `v` and the cue-and-value span after
// it: the word is in the clause the span's clause is joined to ("counting smaller
// vessels as well as oceangoing ships, and cargo slumps to 213 million tonnes" under
// `unless ships`), not in the span's own.
bool before_a_coordination(const DocumentIndex& index, TokenMatch v, int span_begin) {
  for (int t = v.end; t + 1 < span_begin; ++t) {
    if (index.token_text(t) == "," && index.token_text(t + 1) == "and") return true;
  }
  return false;
}

// The end of a phrase right after the cue-and-value span (or after one noun past it)
// that narrows the counted things to some of them: "13 vessels able to sail on
// methanol", "40 berths capable of taking the largest ships", "eight ships fitted with
// scrubbers". It runs to the next comma or the clause's end, and its words are the
// value's phrase however many they are: a veto word in it is the value's. `from` when
// no such phrase follows.
int narrowing_phrase_end(const DocumentIndex& index, int from, int clause_end) {
  static constexpr std::array<std::string_view, 7> kOpeners = {"able",     "capable",   "fitted",   "equipped",
                                                               "powered", "converted", "retrofitted"};
  auto opens = [&](int t) {
    return t < clause_end && std::find(kOpeners.begin(), kOpeners.end(), index.token_text(t)) != kOpeners.end();
  };
  int t = from;
  if (!opens(t)) {
    if (!(t < clause_end && index.has_word_char(t) && opens(t + 1))) return from;
    ++t;
  }
  while (t < clause_end && index.token_text(t) != "," && index.token_text(t) != ";") ++t;
  return t;
}

// Where the phrase that bounds a superlative value ends: "the biggest city on the South
// Island", "the tallest peak outside the Alps", "the largest in the region". The
// superlative, at most two words of its noun, then a preposition and its object (at
// most four words): the whole phrase says among what the value ranks, so a veto word
// of the rule's in it is the value's however far it stands (docs/rules.md "Cues", step
// 4). `value_end` when the value is no superlative or no such phrase follows.
int superlative_scope_end(const DocumentIndex& index, int value_end, int clause_end) {
  static constexpr std::array<std::string_view, 8> kAmong = {"in",     "on",     "of",    "across",
                                                             "within", "outside", "among", "anywhere"};
  if (value_end <= 0) return value_end;
  const std::string_view w = index.token_text(value_end - 1);
  if (!(w.size() > 4 && w.ends_with("est"))) return value_end;
  auto among = [&](int t) { return std::find(kAmong.begin(), kAmong.end(), index.token_text(t)) != kAmong.end(); };
  int t = value_end;
  for (int nouns = 0; t < clause_end && nouns < 2 && index.has_word_char(t) && !among(t); ++nouns) ++t;
  if (t >= clause_end || !among(t)) return value_end;
  // The object is a noun phrase: a conjunction, a relative word or punctuation ends it.
  static constexpr std::array<std::string_view, 14> kEnds = {",",     ";",   ":",     "(",    "and",  "or",   "but",
                                                             "while", "which", "that", "who", "where", "when", "with"};
  int end = t + 1;
  for (int words = 0; end < clause_end && words < 4; ++words, ++end) {
    if (std::find(kEnds.begin(), kEnds.end(), index.token_text(end)) != kEnds.end()) break;
  }
  return end;
}

// How many words of [from, to) are "the" before one of `kinds` ("on the mountain"):
// the thing named by its kind, which counts as one word as a name does.
int kind_references(const DocumentIndex& index, const std::vector<std::string>* kinds, int from, int to) {
  if (!kinds || kinds->empty()) return 0;
  int n = 0;
  for (int t = from; t + 1 < to; ++t) {
    if (index.token_text(t) != "the") continue;
    const std::string_view next = index.token_text(t + 1);
    if (std::any_of(kinds->begin(), kinds->end(), [&](const std::string& k) { return source::ascii_lower(k) == next; })) {
      ++n;
    }
  }
  return n;
}

// The comma opening a relative clause set off by commas that ends right before token
// `from` ("The whole harbour precinct, which takes in the old wharves, covers 9 ha"),
// or -1: what the clause says of its subject does not put the subject out of the veto
// window (docs/rules.md "Cues", step 4).
int relative_clause_before(const DocumentIndex& index, int from, int floor) {
  if (from - 2 <= floor || index.token_text(from - 1) != ",") return -1;
  for (int t = from - 2; t > floor; --t) {
    const std::string_view w = index.token_text(t);
    if (w == ",") {
      const std::string_view next = index.token_text(t + 1);
      return t + 1 < from - 1 && (next == "which" || next == "who" || next == "whose") ? t : -1;
    }
    if (w == ";" || w == "(" || w == ")" || w == ":") return -1;
  }
  return -1;
}

// Whether the veto match `v` is made of the cue's own words only, all inside the cue
// match: then it names what the fact is about and vetoes nothing. A longer veto phrase
// that only starts or ends with a cue word says more than the cue: `unless tallest
// buildings` (cue `tallest`) vetoes "the world's tallest buildings" (session 22, a
// blind writer's veto that never fired).
bool made_of_cue_words(const Program& program, const DocumentIndex& index, TokenMatch v, TokenMatch cue) {
  if (v.begin < cue.begin || v.end > cue.end) return false;
  for (int t = v.begin; t < v.end; ++t) {
    if (!is_cue_word(program, index, t)) return false;
  }
  return true;
}

bool vetoed(const std::vector<TokenMatch>& vetoes, const Program& program, const DocumentIndex& index, TokenMatch cue,
            const Reading& r, TokenMatch clause, const std::vector<Reading>* figures, const std::vector<int>& separators,
            const std::vector<std::string>* kinds = nullptr) {
  const int span_begin = std::min(cue.begin, r.begin), span_end = std::max(cue.end, r.end);
  int lo = words_before(index, span_begin, kVetoBefore, clause.begin);
  if (const int open = relative_clause_before(index, span_begin, clause.begin); open >= 0) {
    lo = std::min(lo, words_before(index, open, kVetoBefore, clause.begin));
  }
  int after = words_after(index, span_end, kVetoAfter, clause.end);
  // "died on the mountain so far this season": "the mountain" is one word, as a name is.
  if (const int refs = kind_references(index, kinds, span_end, after); refs > 0) {
    after = words_after(index, span_end, kVetoAfter + refs, clause.end);
  }
  const int hi = std::max(after, narrowing_phrase_end(index, span_end, clause.end));
  // A superlative's place phrase reaches further for the rule's own veto words; a
  // forecast word there is no word of the place.
  const int place_end = r.end >= span_end ? superlative_scope_end(index, r.end, clause.end) : span_end;
  for (const TokenMatch& v : vetoes) {
    // A forecast word speaks for its clause: "we would not be surprised to see the fee
    // reach $15,000" is a forecast however many words stand between (no comma).
    const bool far_forecast = v.begin >= clause.begin && v.end <= lo && modal_word(index, v) &&
                              !past_a_comma(index, v.end, TokenMatch{span_begin, span_begin});
    const bool in_place = !forecast_word(index, v) && overlaps(v.begin, v.end, lo, place_end);
    if (!overlaps(v.begin, v.end, lo, hi) && !far_forecast && !in_place) continue;
    if (v.end <= span_begin && describes_a_known_thing(index, v, span_begin)) continue;
    if (forecast_word(index, v) && than_supposed(index, v, clause.begin)) continue;
    if (veto_of_another_phrase(index, v, cue, r)) continue;
    // "(excluding plug-in hybrids)": the figure is not of what the word names.
    if (left_out(index, v, clause.begin)) continue;
    // A veto word that is one of the cue's words is what the fact is about ("cue trade
    // target"); a veto word inside the cue's gaps still vetoes.
    if (made_of_cue_words(program, index, v, cue)) continue;
    // Between the cue and its value a veto always holds; before or after them, only
    // when it is the value's word and not another figure's.
    const bool outside = v.end <= span_begin || v.begin >= span_end;
    if (outside && veto_of_another_figure(v, cue, r, figures, clause, index, separators)) continue;
    if (!outside && veto_of_a_passed_figure(v, cue, r, figures, clause, index, separators)) continue;
    if (!outside && veto_of_a_change_start(v, cue, r, figures, clause, index)) continue;
    if (outside && counted_by_another_number(index, v, r, clause.end)) continue;
    if (v.begin >= span_end && past_a_comma(index, span_end, v) &&
        (!forecast_word(index, v) || value_in_aside(index, r, v, clause))) {
      continue;
    }
    if (v.end <= span_begin && before_a_coordination(index, v, span_begin) && !forecast_word(index, v)) continue;
    return true;
  }
  return false;
}

// Whether the figure ending before token `end` is hyphened to a word: "five-level".
bool hyphened_to_a_word(const DocumentIndex& index, int end) {
  if (end <= 0) return false;
  const std::size_t at = index.tokens[static_cast<std::size_t>(end - 1)].end;
  if (at + 1 >= index.text.size() || index.text[at] != '-') return false;
  const unsigned char next = static_cast<unsigned char>(index.text[at + 1]);
  return (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next >= 0x80;
}

// Whether the count `r` is a number word after "the", "these" or "those" and before a
// noun: "once the two fleets were merged", "the three partners agreed" name a group
// the text has met already, they do not state how many there are (a figure in digits,
// "the 130 vessels", may be new and is read).
bool names_a_known_group(const DocumentIndex& index, const Reading& r) {
  if (r.begin == 0 || r.end != r.begin + 1 || r.end >= static_cast<int>(index.tokens.size())) return false;
  const std::string_view before = index.token_text(r.begin - 1);
  if (before != "the" && before != "these" && before != "those") return false;
  const std::optional<int> n = value::detail::small_number_word(index.token_text(r.begin));
  if (!n || *n < 2) return false;
  return index.has_word_char(r.end) && !hyphened_to_a_word(index, r.end);
}

// Whether the count `r` is the word "one" standing for one thing of a group rather than
// counting the group (docs/rules.md "Cues", step 2): a pronoun after a determiner, with
// at most one word between ("an older one still holds the port", "the first one we
// received", "the one that matters"), or, opening its clause, one of the very things
// the cue names, at most two words before the cue ("One valve sticks in the cold", a
// table row "| One blade | 2.1 m |"): a text that counts valves says how many there
// are with the plural ("four valves"), and "one valve sticks" picks one of them. "1" in
// digits, and "one" anywhere else ("has one valve"), are read.
bool one_of_a_group(const DocumentIndex& index, const Reading& r, TokenMatch cue, TokenMatch clause) {
  if (r.end != r.begin + 1 || index.token_text(r.begin) != "one" || hyphened_to_a_word(index, r.end)) return false;
  static constexpr std::array<std::string_view, 11> kDeterminers = {
      "a", "an", "the", "this", "that", "each", "every", "any", "no", "which", "another"};
  const auto determiner = [&](int t) {
    return t >= clause.begin && std::find(kDeterminers.begin(), kDeterminers.end(), index.token_text(t)) != kDeterminers.end();
  };
  if (determiner(r.begin - 1)) return true;
  if (r.begin - 2 >= clause.begin && determiner(r.begin - 2) && index.has_word_char(r.begin - 1) &&
      !value::detail::small_number_word(index.token_text(r.begin - 1))) {
    const std::string_view between = index.token_text(r.begin - 1);
    if (!between.empty() && !(between.front() >= '0' && between.front() <= '9')) return true;
  }
  for (int t = clause.begin; t < r.begin; ++t) {
    if (index.has_word_char(t)) return false;  // not the clause's opening
  }
  if (cue.begin < r.end || cue.begin > r.end + 2) return false;
  for (int t = r.end; t < cue.end; ++t) {
    if (!index.has_word_char(t)) return false;  // "One, perhaps two, ...": no noun phrase
  }
  return true;
}

// Whether the count `r` numbers a stage rather than counting: a number right after a
// preposition and a noun of a sequence ("on year two", "in phase 3", "by week 12",
// "from day one"), which names one stage of it as an ordinal would (docs/rules.md
// "Cues", step 2). "each year 300 ships" and "a year two ships" are counts.
bool numbers_a_stage(const DocumentIndex& index, const Reading& r, TokenMatch clause) {
  if (r.begin - 2 < clause.begin) return false;
  // "on floors 100 to 102", "at gate 12", "from platform 9": a number after the noun
  // of a numbered place names that place, whatever follows it.
  static constexpr std::array<std::string_view, 14> kPlaces = {"floor", "floors", "storey", "storeys", "gate",
                                                               "gates", "platform", "platforms", "pier", "piers",
                                                               "berth", "berths", "page", "pages"};
  if (std::find(kPlaces.begin(), kPlaces.end(), index.token_text(r.begin - 1)) != kPlaces.end()) {
    const std::string_view before = index.token_text(r.begin - 2);
    for (std::string_view p : {"on", "in", "at", "of", "from", "to", "for", "by", "between"}) {
      if (before == p) return true;
    }
  }
  if (r.end != r.begin + 1) return false;
  static constexpr std::array<std::string_view, 12> kStages = {"year", "day",   "week",  "month", "phase", "stage",
                                                               "step", "round", "season", "level", "chapter", "part"};
  static constexpr std::array<std::string_view, 12> kPrepositions = {
      "on", "in", "of", "for", "from", "until", "by", "into", "after", "before", "during", "through"};
  const auto among = [&](const auto& list, int t) {
    return std::find(list.begin(), list.end(), index.token_text(t)) != list.end();
  };
  return among(kStages, r.begin - 1) && among(kPrepositions, r.begin - 2);
}

// Whether the count `r` counts things only parts of which the clause is about: right
// after "parts of", "pieces of", "components of" or "portions of" ("supplied major
// parts of two instruments", "pieces of three panels"): a share in those things says
// nothing of how many there are (docs/rules.md "Cues", step 2).
bool counts_things_in_part(const DocumentIndex& index, const Reading& r, TokenMatch clause) {
  if (r.begin - 2 < clause.begin || index.token_text(r.begin - 1) != "of") return false;
  const std::string_view part = index.token_text(r.begin - 2);
  return part == "parts" || part == "pieces" || part == "components" || part == "portions";
}

// Whether the figure ending before token `end` states a difference between two figures
// rather than a level (docs/rules.md "Cues", step 2): a comparative and "than" right
// after it ("2,000 more than the year before", "$900 million more than the executive
// budget", "4 m taller than the old tower", "900 more residents than"), for a count or
// money "more", "fewer", "additional" or "extra" right after it ("1,000 additional
// officers", "room for 5 million more passengers"), or, for a count,
// a plain number or an amount of money, "below", "above" or "under" and a determiner,
// or "short of" ("some 9,000 below the census count", "40 seats short of a majority"). A length keeps "above" and
// "below" ("rises 67 m above the harbour" is its height); a percentage or a date is
// never read so ("3% above last year's level" may be the very growth a fact reads).
bool states_a_difference(const DocumentIndex& index, int end, int last, value::Type type) {
  if (end + 1 >= last) return false;
  if (type == value::Type::Percent || type == value::Type::Year || type == value::Type::YearRange ||
      type == value::Type::Date || type == value::Type::Ordinal || type == value::Type::Version) {
    return false;
  }
  auto comparative = [](std::string_view w) {
    if (ranks_above(w)) return true;
    for (std::string_view c : {"fewer", "less", "lower", "smaller", "shorter", "cheaper", "lighter", "narrower",
                               "shallower", "slower", "older", "newer", "younger", "warmer", "colder"}) {
      if (w == c) return true;
    }
    return false;
  };
  const std::string_view w = index.token_text(end);
  const std::string_view next = index.token_text(end + 1);
  // "2,000 more than", "2,000 more residents than"
  if (comparative(w) && (next == "than" || (end + 2 < last && index.token_text(end + 2) == "than"))) return true;
  if (type != value::Type::Count && type != value::Type::Number && type != value::Type::Money) return false;
  // "room for 5 million more passengers", "1,000 additional officers", "$4,000 more": an
  // amount added to (or taken from) a level, not the level ("more or less" is a hedge).
  if (((w == "more" || w == "fewer") && next != "or") || w == "additional" || w == "extra") return true;
  // "40 short of", "40 seats short of"
  if ((w == "short" && next == "of") ||
      (next == "short" && end + 2 < last && index.token_text(end + 2) == "of")) {
    return true;
  }
  if (w != "below" && w != "above" && w != "under") return false;
  for (std::string_view d : {"the", "its", "their", "a", "an", "that", "this", "last", "previous", "his", "her", "our"}) {
    if (next == d) return true;
  }
  return false;
}

// The span phrase (match/short_span.h) that makes the reading `r` a figure of a span
// shorter than a year, or null: one that opens the clause frames every figure of it
// ("In the last month of the fiscal year the canal handled 1,146 transits"); another
// takes the figure it stands beside as a veto word would ("eight climbers died in one
// night"), so another figure's span ("200 in 2023, 11 of them in one night") leaves it
// alone. The value's own words are no span, nor a span the cue names itself (`cue
// transits a day`: the fact is about days). A figure hyphened to a word describes that
// noun, counted in its parts ("the five-level locks", "its three-class cabins"): a
// property of the thing, never a span's total ("Ships pass the five-level locks in
// four hours" states the five levels).
const ShortSpan* short_span_of(const std::vector<ShortSpan>& spans, const Program& program, const DocumentIndex& index,
                               TokenMatch cue, const Reading& r, TokenMatch clause, const std::vector<Reading>* figures,
                               const std::vector<int>& separators) {
  if (hyphened_to_a_word(index, r.end)) return nullptr;
  for (const ShortSpan& s : spans) {
    if (s.words.begin < clause.begin || s.words.end > clause.end) continue;
    if (overlaps(s.words.begin, s.words.end, r.begin, r.end) || is_cue_word(program, index, s.unit)) continue;
    const std::vector<TokenMatch> one{s.words};
    if (opens_clause(index, clause, s) || vetoed(one, program, index, cue, r, clause, figures, separators)) return &s;
  }
  return nullptr;
}

// Whether the ordinal `r` before "anniversary" says when the cue's event happened
// rather than when the thing whose anniversary it is began: "on its twentieth
// anniversary, the treaty was extended" (the extension fell on the anniversary), "at
// the 50th anniversary, the hall reopened". The cue inside the anniversary's own "of"
// phrase is that beginning ("on the 20th anniversary of the treaty's signing" under
// `cue signing`), and so is an anniversary not opened by "on" or "at" ("marked the
// 20th anniversary of their treaty").
bool on_the_anniversary(const DocumentIndex& index, const Reading& r, TokenMatch cue, TokenMatch clause) {
  if (r.begin - 2 < clause.begin) return false;
  const std::string_view det = index.token_text(r.begin - 1);
  const std::string_view prep = index.token_text(r.begin - 2);
  if (det != "its" && det != "the" && det != "their" && det != "his" && det != "her") return false;
  if (prep != "on" && prep != "at") return false;
  int phrase_end = r.end + 1;  // past "anniversary"
  if (phrase_end < clause.end && index.token_text(phrase_end) == "of") {
    while (phrase_end < clause.end && index.token_text(phrase_end) != ",") ++phrase_end;
  }
  return !(cue.begin > r.end && cue.begin < phrase_end);
}

// Whether an ordinal is written as one ("40th", "fortieth", "twenty-first"): not a
// superlative ("largest"), "top" or "number one", which rank and count nothing.
bool written_ordinal(std::string_view text) {
  const std::size_t cut = text.find_last_of(" -");
  const std::string word = source::ascii_lower(std::string(cut == std::string_view::npos ? text : text.substr(cut + 1)));
  if (word == "first" || word == "second" || word == "third") return true;
  if (word.size() < 3) return false;
  const std::string_view suffix = std::string_view(word).substr(word.size() - 2);
  const bool digits = word[word.size() - 3] >= '0' && word[word.size() - 3] <= '9';
  if (digits) return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
  return suffix == "th";  // "fourth" ... "twentieth", "hundredth"
}

// "won the trophy for the ninth time", "for a record 13th time": the ordinal counts the
// times the clause's event happened, wherever the fact's cue stands in the clause.
bool for_the_nth_time(const DocumentIndex& index, const Reading& r, TokenMatch clause) {
  if (r.end >= clause.end || index.token_text(r.end) != "time") return false;
  int t = r.begin - 1;
  if (t > clause.begin && index.token_text(t) == "record") --t;
  if (t <= clause.begin) return false;
  const std::string_view det = index.token_text(t);
  return (det == "the" || det == "a" || det == "its" || det == "their") && index.token_text(t - 1) == "for";
}

// An ordinal reading that stands for a count or a year fact's value (docs/rules.md
// "Derived values"): for a count, an exact ordinal written as one right before the cue
// ("their 40th meeting") or in "for the Nth time" in the cue's clause; for a year, one just before "anniversary" within the cue's reach ("the
// 20th anniversary"), which wins over a year written out (that is when it fell).
std::optional<Reading> ordinal_value(value::Type type, const TypedReadings& ordinals, const DocumentIndex& index,
                                     const CueWords& words, TokenMatch cue, TokenMatch clause, int last,
                                     const std::vector<TokenMatch>& veto_hits, const Program& cue_program,
                                     const std::vector<Reading>& figures) {
  if (type != value::Type::Count && type != value::Type::Year) return std::nullopt;
  const bool count = type == value::Type::Count;
  for (const Reading& r : readings_in(ordinals, clause.begin, clause.end)) {
    if (count) {
      const value::Value& v = ordinals.readings[static_cast<std::size_t>(r.payload)].value;
      // "top five" is no count, nor "the top award" or "its largest summit": a rank.
      if (v.lo != v.hi || v.vague || !written_ordinal(v.text)) continue;
      if (r.end != cue.begin && !for_the_nth_time(index, r, clause)) continue;
    } else {
      if (r.end >= last || index.words[r.end] != words.anniversary) continue;
      const int d = distance_between(cue, r.begin, r.end);
      if (d > (r.end <= cue.begin ? kCueReachBefore : kCueReach)) continue;
      if (on_the_anniversary(index, r, cue, clause)) continue;
    }
    if (!vetoed(veto_hits, cue_program, index, cue, r, clause, &figures, words.separators)) return r;
  }
  return std::nullopt;
}

}  // namespace


CueWords cue_words(Vocabulary& vocabulary) {
  CueWords out;
  out.clause_breaks = vocabulary.intern_all({";", "but", "while", "whereas", "although", "though", "however"});
  out.periods = vocabulary.intern_all({"time", "times", "year", "years", "month", "months", "week", "weeks", "day",
                                       "days", "decade", "decades", "century", "quarter", "half", "straight",
                                       "consecutive", "successive"});
  out.anniversary = vocabulary.intern("anniversary");
  // Pronouns only: "The Historic Centre ..." may as well start a new subject.
  out.referring = vocabulary.intern_all({"it", "its", "they", "their", "he", "she", "his", "her"});
  out.level = vocabulary.intern_all({"is", "was", "were", "are", "be", "been", "being", "had", "has", "have", "stood",
                                     "stands", "stand", "at", "reached", "reaches", "reach", "totalled", "totaled",
                                     "totals", "total", "amounted", "amounts", "to", "came", "comes", "come", "ranked",
                                     "ranks", "rank", "placed", "finished", "sat", "sits", "remained", "remains",
                                     "rose", "rises", "fell", "falls", "climbed", "climbs", "dropped", "drops",
                                     "slipped", "jumped", "grew", "about", "around", "some", "nearly", "almost",
                                     "roughly", "approximately", "just", "over", "under", "more", "less", "than",
                                     "only", "still", "then", "now", "already", "by", "up", "down", "in", "the", "a",
                                     "an", "of", "and", "back", "again", "once", "slightly", "well", "far",
                                     // The level as an extreme: "It fell to a record low of", "it hit a
                                     // new high of", "peaked at".
                                     "record", "low", "high", "peak", "new", "hit", "hits", "peaked",
                                     "peaks"});
  for (std::string_view opener : kCompareOpeners) out.compare_openers.push_back(vocabulary.intern(opener));
  out.compared = vocabulary.intern_all({"compared", "compare", "comparison"});
  out.earlier = vocabulary.intern_all({"before", "earlier", "ago"});
  out.previous = vocabulary.intern_all({"previous", "prior", "preceding"});
  out.later = vocabulary.intern("later");
  out.following = vocabulary.intern_all({"following", "next"});
  out.year = vocabulary.intern("year");
  out.years = vocabulary.intern("years");
  out.year_counts = vocabulary.intern_all({"the", "a", "one", "two", "three"});
  out.before = vocabulary.intern("before");
  out.semicolon = vocabulary.intern(";");
  out.that_words = vocabulary.intern_all({"that", "then"});
  out.figure_nouns = vocabulary.intern_all({"figure", "number", "total", "tally"});
  out.figure_openers = vocabulary.intern_all({"the", "that", "this"});
  out.cost_words = vocabulary.intern_all({"cost", "costs"});
  out.and_word = vocabulary.intern("and");
  out.comma = vocabulary.intern(",");
  out.colon = vocabulary.intern(":");
  out.frame_openers = vocabulary.intern_all({"in", "on", "during"});
  out.months = vocabulary.intern_all({"january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"});
  out.open_paren = vocabulary.intern("(");
  out.separators = vocabulary.intern_all(
      {",", ";", "and", "or", "to", "against", "versus", "vs", "compared", "from", "than"});
  return out;
}

bool numbers_a_period(const DocumentIndex& index, const CueWords& words, int end) {
  if (end >= static_cast<int>(index.words.size())) return false;
  return std::find(words.periods.begin(), words.periods.end(), index.words[end]) != words.periods.end();
}

std::optional<lang::PatternNode> default_vetoes(const std::vector<std::string>& allowed) {
  lang::PatternNode alt;
  alt.kind = lang::PatternNode::Kind::Alternation;
  // Stemmed words take their inflections ("expects", "targeted"); the exact ones would
  // otherwise meet a noun of another meaning ("project", "may").
  for (const std::string& w : lang::kDefaultVetoWords) {
    if (std::find(allowed.begin(), allowed.end(), w) != allowed.end()) continue;
    lang::PatternNode word;
    word.kind = lang::PatternNode::Kind::Word;
    word.text = w;
    word.exact = std::find(lang::kExactDefaultVetoWords.begin(), lang::kExactDefaultVetoWords.end(), w) !=
                 lang::kExactDefaultVetoWords.end();
    lang::PatternNode seq;
    seq.kind = lang::PatternNode::Kind::Sequence;
    seq.children.push_back(std::move(word));
    alt.children.push_back(std::move(seq));
  }
  for (const std::vector<std::string>& phrase : lang::kDefaultVetoPhrases) {
    lang::PatternNode seq;
    seq.kind = lang::PatternNode::Kind::Sequence;
    for (const std::string& w : phrase) {
      lang::PatternNode word;
      word.kind = lang::PatternNode::Kind::Word;
      word.text = w;
      word.exact = true;
      seq.children.push_back(std::move(word));
    }
    alt.children.push_back(std::move(seq));
  }
  if (alt.children.empty()) return std::nullopt;
  lang::PatternNode root;
  root.kind = lang::PatternNode::Kind::Sequence;
  root.children.push_back(std::move(alt));
  return root;
}

std::vector<TokenMatch> clauses_of(const DocumentIndex& index, const std::vector<int>& breaks, int first, int last) {
  std::vector<TokenMatch> out;
  int start = first;
  for (int t = first; t < last; ++t) {
    if (std::find(breaks.begin(), breaks.end(), index.words[t]) == breaks.end()) continue;
    // "as though" opens no concession ("acted as though traffic was assured"): the
    // clause goes on, and so does what "as though" says of it.
    if (t > first && index.token_text(t) == "though" && index.token_text(t - 1) == "as") continue;
    if (t > start) out.push_back({start, t});
    start = t + 1;
  }
  if (last > start) out.push_back({start, last});
  return out;
}

namespace {

bool among(const std::vector<int>& ids, int id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

// Whether reading `r` opens `clause` as its time frame ("In July 2019, bombers flew
// the first joint patrol", "On 25 September the canal opens", "; in June 2021 the two
// sides prolonged it"): then it dates the whole clause, however far its cue.
bool frames_clause(const DocumentIndex& index, const CueWords& words, TokenMatch clause, const Reading& r) {
  int t = clause.begin;
  while (t < r.begin && !index.has_word_char(t)) ++t;  // markup, a list item's dash
  if (t < r.begin && among(words.frame_openers, index.words[t])) ++t;
  // The day and month a year reading leaves out: "In May 1996", "On 3 April 1996".
  for (int skipped = 0; t < r.begin && skipped < 2; ++skipped, ++t) {
    const std::string_view w = index.token_text(t);
    const bool day = w.size() <= 2 && source::all_digits(w);
    if (!day && !among(words.months, index.words[t])) break;
  }
  return t == r.begin;
}

// "At 402 km, the network is the world's third-longest metro": a figure fronted by
// "at" and a comma at the opening of the clause says what the clause's subject
// measures, however far its cue stands.
bool fronts_clause(const DocumentIndex& index, TokenMatch clause, const Reading& r) {
  int t = clause.begin;
  while (t < r.begin && !index.has_word_char(t)) ++t;  // markup, a list item's dash
  return t + 1 == r.begin && index.token_text(t) == "at" && r.end < clause.end && index.token_text(r.end) == ",";
}

struct Compared {
  Reading reading;
  int year_offset = 0;
  // "from 61 million in 1983 to 24.1 million in 2023": the later end of a change.
  bool from_to = false;
};

// Whether "from" opens the figure `value` (level words between: "from about 61 million").
bool opened_by_from(const DocumentIndex& index, const CueWords& words, const Reading& value, TokenMatch clause) {
  int t = value.begin - 1;
  while (t > clause.begin && index.token_text(t) != "from" && among(words.level, index.words[t])) --t;
  return t >= clause.begin && index.token_text(t) == "from";
}

// A reading after `value` in its clause, at most kCueReach words on, that the writer
// compares it with: opened by
// "from", "against", "versus", "vs" or "compared with/to" (hedges between allowed:
// "up from just over $140 billion"), and dated by its own year ("in 2021", "last
// year") or as the year before ("the year before", "a year earlier", "the previous
// year"). Without a date, nothing: "from $5 to $7" says no year. A series of dated
// figures counts too: "and" opens the second when the first has its own year
// between them ("6.1 million in 2010 and 7.4 million in 2024"), and so does a
// parenthesis that opens with a year and a colon ("USD 55.5bn (2023: USD 51.1bn)").
std::optional<Compared> compared_value(const std::vector<Reading>& readings, const DocumentIndex& index,
                                       const CueWords& words, const TypedReadings* years, const Reading& value,
                                       TokenMatch clause) {
  for (const Reading& r : readings) {
    if (r.begin < value.end || r.end > clause.end) continue;
    // As far as a cue reaches: "107 million tonnes in 2023, equivalent to about 2.1
    // million barrels per day and up from 86 million tonnes the year before".
    if (r.begin - value.end > kCueReach) break;
    // "438.8 million tonnes (2022: 467.4 million tonnes)": a year and a colon open a
    // parenthesis that gives the figure of that year, as annual reports write it; a
    // split or fiscal year of several tokens too ("(2018/19: 1.384 billion)").
    if (years && r.begin - value.end >= 3 && index.words[r.begin - 1] == words.colon) {
      for (int open = r.begin - 3; open >= value.end && open >= r.begin - 6; --open) {
        if (index.words[open] != words.open_paren) continue;
        const TokenEdge* y = years->forward.begin(open + 1);
        if (y != years->forward.end(open + 1) && y->to == r.begin - 1) return Compared{r, 0};
        break;
      }
    }
    int t = r.begin - 1;
    while (t > value.end && among(words.level, index.words[t]) && !among(words.compare_openers, index.words[t])) --t;
    const int w = index.words[t];
    bool opened = among(words.compare_openers, w) || among(words.compared, w) ||
                  (t > value.end && among(words.compared, index.words[t - 1]));
    if (!opened && years) {
      // The series' "and" is a level word the loop above skipped: the one nearest the reading.
      int k = r.begin - 1;
      while (k > value.end && index.words[k] != words.and_word && among(words.level, index.words[k])) --k;
      // "X in 2019, Y in 2021 and Z in 2024": a comma joins a series as "and" does, and
      // "to" the later end of a change from the first ("fell from 61 million in 1983 to
      // 24.1 million in 2023"; "to" is a level word, so the nearest one).
      bool from_to = false;
      if (index.words[k] != words.and_word && index.words[k] != words.comma) {
        int q = r.begin - 1;
        while (q > value.end && index.token_text(q) != "to" && among(words.level, index.words[q])) --q;
        if (q > value.end && index.token_text(q) == "to" && opened_by_from(index, words, value, clause)) {
          k = q;
          from_to = true;
        }
      }
      const bool joins = from_to || index.words[k] == words.and_word || index.words[k] == words.comma;
      bool first_dated = false;
      for (int y = value.end; joins && y < k && !first_dated; ++y) {
        first_dated = years->forward.count(y) > 0;
      }
      opened = first_dated;
      if (opened && from_to) {
        // Its own year, right after it, or nothing: "to 24.1 million last year" has none.
        for (int y = r.end; y < std::min(clause.end, r.end + 2); ++y) {
          if (years->forward.count(y) > 0) return Compared{r, 0, true};
        }
        continue;
      }
    }
    if (!opened) continue;
    // Its date: a year reading just after it ("a year ago", "in 2021"), or "the year
    // before" / "the previous year".
    const int end = std::min(clause.end, r.end + 4);
    if (years) {
      for (int k = r.end; k < std::min(end, r.end + 2); ++k) {
        if (years->forward.count(k) > 0) return Compared{r, 0};
      }
    }
    for (int k = r.end; k + 1 < end; ++k) {
      if (index.words[k + 1] == words.year && among(words.previous, index.words[k])) return Compared{r, -1};
      // "the year before", "a year ago", "two years earlier": back as many years as it says.
      if ((index.words[k] == words.year || index.words[k] == words.years) && among(words.earlier, index.words[k + 1])) {
        const int back = (k > r.end ? years_counted(words, index.words[k - 1]) : std::nullopt).value_or(1);
        if (index.words[k] == words.years && back < 2) continue;  // "years ago" says not how many
        return Compared{r, -back};
      }
    }
  }
  return std::nullopt;
}

// Whether `r` is the figure the writer compares with an earlier figure of its clause
// (compared_value: "up from 86 million tonnes the year before", "(2022: 467.4 million
// tonnes)", a dated series) that `is_vetoed` drops: it is that figure's measure, of
// another year, so what drops the one drops the other. A cue that reads `r` first
// because its own figure was vetoed would otherwise take the comparison for the fact,
// dated as the vetoed figure is.
template <typename Vetoed>
bool compared_with_a_vetoed_figure(const std::vector<Reading>& readings, const DocumentIndex& index,
                                   const CueWords& words, const TypedReadings* years, const Reading& r,
                                   TokenMatch clause, Vetoed is_vetoed) {
  for (const Reading& q : readings) {
    if (q.end > r.begin) break;
    if (q.begin < clause.begin) continue;
    const std::optional<Compared> other = compared_value(readings, index, words, years, q, clause);
    if (other && other->reading.begin == r.begin && other->reading.end == r.end && is_vetoed(q)) return true;
  }
  return false;
}

// "Hall A seats 1,200, Hall B 640 and the studio 180": a list that does not repeat
// its verb. At `from` (after the cue's value, or after the list's pair before), a ","
// or "and" (or both), the name of an entity that fits `slot` ("the" before it
// allowed) and right after it a reading, then the clause's end or the next pair's
// separator (",", ".", ";", ")", "and"): the pair states the fact for that entity, as
// the first pair does for its own. A noun the first figure is followed by may follow
// each figure ("seats 1,200 people, Hall B 640 people"): `noun` is its spelling
// (DocumentIndex::spellings), -1 when none. docs/rules.md "Cues", step 2, "A list
// without its verb".
struct ListedPair {
  Binding name;
  const Reading* reading = nullptr;
  int after = 0;  // the token after the pair
};

std::optional<ListedPair> listed_pair(const DocumentIndex& index, const CueWords& words,
                                      const std::vector<Reading>& readings, const std::vector<char>& other_measure,
                                      int from, int noun, TokenMatch clause, const CaptureSlot& slot) {
  int t = from;
  bool joined = false;
  if (t < clause.end && index.words[t] == words.comma) joined = ++t < clause.end;
  if (t < clause.end && index.words[t] == words.and_word) joined = ++t < clause.end;
  if (!joined) return std::nullopt;
  if (index.entity_forward.count(t) == 0 && index.token_text(t) == "the" && t + 1 < clause.end) ++t;
  if (index.entity_forward.count(t) == 0) return std::nullopt;
  const TokenEdge& name = *index.name_at(t, [&](int entity) {
    return slot.entity_fits.empty() || slot.entity_fits[static_cast<std::size_t>(entity)];
  });
  if (name.to >= clause.end) return std::nullopt;
  if (!slot.entity_fits.empty() && !slot.entity_fits[static_cast<std::size_t>(name.payload)]) return std::nullopt;
  for (std::size_t i = 0; i < readings.size(); ++i) {
    const Reading& r = readings[i];
    if (r.begin != name.to || other_measure[i]) continue;
    int after = r.end;
    if (noun >= 0 && after < clause.end && index.spellings[static_cast<std::size_t>(after)] == noun) ++after;
    if (after < clause.end) {
      const std::string_view next = index.token_text(after);
      if (next != "," && next != "." && next != ";" && next != ")" && index.words[after] != words.and_word) continue;
    }
    return ListedPair{Binding{t, name.to, name.payload}, &r, after};
  }
  return std::nullopt;
}

// Whether the reading `r` is a year after "since" that a record or a count is
// measured from ("the biggest crowd since 2012", "its fifth win since 2019"), within
// the sentence from token `first`.
bool measured_since_at(const DocumentIndex& index, int first, const Reading& r) {
  const std::size_t sentence = index.tokens[static_cast<std::size_t>(first)].begin;
  const std::size_t begin = index.tokens[static_cast<std::size_t>(r.begin)].begin;
  const std::size_t end = index.tokens[static_cast<std::size_t>(r.end - 1)].end;
  std::string_view before = index.text.substr(sentence, begin - sentence);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return measured_since(before, index.text.substr(begin, end - begin), false);
}

}  // namespace

std::vector<CueMatch> find_cue_matches(const std::vector<CompiledPattern>& cues,
                                       const std::vector<CompiledPattern>& vetoes, const DocumentIndex& index,
                                       const CueWords& words, const TypedReadings* years,
                                       const TypedReadings* ordinals, const CueFact& about, int first, int last,
                                       NfaRunner& runner, MatchStats& stats, bool* cue_seen) {
  std::vector<CueMatch> out;
  if (cues.empty() || last <= first) return out;
  const CaptureSlot& value_slot = cues.front().forward.slots.back();
  const TypedReadings* typed = value_slot.entity ? nullptr : index.readings_of(value_slot.type);
  if (!typed) return out;

  // Cues first: most sentences hold none, and then nothing else needs to run.
  std::vector<std::vector<TokenMatch>> cue_hits(cues.size());
  bool any = false;
  for (std::size_t c = 0; c < cues.size(); ++c) {
    cue_hits[c] = runner.longest_matches(cues[c], index, first, last, first, last, stats);
    // A cue word inside a longer name is the name's, as a veto word is: "line" in
    // "Elizabeth line" says nothing about a count of lines.
    any = any || !cue_hits[c].empty();
  }
  if (cue_seen) *cue_seen = any;
  if (!any) return out;
  // "Ten workers, eight of them British, were killed": the aside's words tell of the part.
  const std::vector<TokenMatch> asides = partitive_asides(index, first, last);
  std::vector<TokenMatch> veto_hits = veto_hits_in(vetoes, index, first, last, runner, stats);
  std::erase_if(veto_hits, [&](TokenMatch v) { return inside_an_aside(asides, v.begin, v.end); });

  const bool generic = value_slot.type == value::Type::Count || value_slot.type == value::Type::Number;
  const bool rank = value_slot.type == value::Type::Ordinal;
  const bool temporal = value_slot.type == value::Type::Year || value_slot.type == value::Type::Date;
  // Between two figures' items: a comma or ';', not "and", after which a figure may be
  // the cue's own, its verb left unsaid ("42% were bleached and in 2002 about 54%").
  const std::vector<int> item_breaks{words.comma, words.semicolon};
  const std::vector<char> in_year = generic ? year_tokens(years, first, last) : std::vector<char>{};
  const std::vector<ShortSpan> spans =
      accumulates(value_slot.type) ? short_spans(index, first, last, about.per_year) : std::vector<ShortSpan>{};
  const bool measured = about.dimensions != 0 && value_slot.type == value::Type::Length;
  std::vector<Reading> readings;
  // Figures of another measure of the same thing: never the value, still a figure that
  // owns its veto words and years ("366 metres long", "its own $8.2 billion widening").
  std::vector<char> other_measure;
  for (const Reading& r : readings_in(*typed, first, last)) {
    // A figure inside a name is part of the name: "Class 345" is no 345 of anything.
    // (A cue word inside a name is still a cue: "the Kaub gauge" is the gauge whose
    // level a fact reads, though "line" in "Elizabeth line" is no count of lines.)
    if (names_figure(index, first, r.begin, r.end)) continue;
    if (on_a_year(in_year, first, r) || (rank && numbers_a_period(index, words, r.end))) continue;
    if (generic && unbounded_quantifier(*typed, r)) continue;
    // "its biggest crowd since 2012": the year a record is measured from is no date
    // of the fact's event (a blind writer's report, session 24).
    if (temporal && measured_since_at(index, first, r)) continue;
    readings.push_back(r);
    // "366 metres long" is no beam; "its own $8.2 billion widening" is the widening's
    // figure, not the canal's cost.
    other_measure.push_back((measured && (dimension_after(index, r.end, last) & ~about.dimensions) != 0) ||
                            (!rank && !temporal && measures_another_noun(index, cues, about.kinds, r.begin, r.end, last)) ||
                            (generic && counts_its_participle(index, &cues, r.end, last)) ||
                            (generic && counts_role_things(index, cues, about.kinds, r.end, last)) ||
                            (!rank && !temporal && ends_a_spread(index, first, last, r.begin, r.end)) ||
                            states_a_difference(index, r.end, last, value_slot.type) ||
                            (generic && counts_part_of_fronted_group(index, first, r.begin)) ||
                            (value_slot.type == value::Type::Money && sizes_a_change(cues, index, first, r.begin)));
  }
  // The figures that own veto words: also those the fact's values pass over, which no
  // cue reads but which a veto word may still describe ("a length of 1,200 m and a
  // width of 40 m" under `unless width` and values from 1,000 m: "width" is 40 m's).
  std::vector<Reading> all_figures;
  const std::vector<Reading>* figures = &readings;
  if (const TypedReadings* all = index.all_readings_of(value_slot.type); all && all != typed) {
    for (const Reading& r : readings_in(*all, first, last)) {
      if (names_figure(index, first, r.begin, r.end)) continue;
      if (on_a_year(in_year, first, r) || (rank && numbers_a_period(index, words, r.end))) continue;
      all_figures.push_back(r);
    }
    figures = &all_figures;
  }
  const std::vector<TokenMatch> clauses = clauses_of(index, words.clause_breaks, first, last);
  // The author's own veto words, for a later predicate that undoes a dated event ("shut
  // in 2008 but restarted in 2010"); the built-in ones ("will") say nothing of that.
  const std::vector<TokenMatch> own_veto_hits =
      temporal ? veto_hits_in(vetoes, index, first, last, runner, stats, true) : std::vector<TokenMatch>{};
  auto undone = [&](TokenMatch cue, int value_end) {
    return temporal && cue_of_stopping(index, cue) &&
           undone_by_later_predicate(index, own_veto_hits, std::max(cue.end, value_end), last);
  };

  for (int c = 0; c < static_cast<int>(cues.size()); ++c) {
    for (TokenMatch cue : cue_hits[static_cast<std::size_t>(c)]) {
      auto bindings = runner.bind(cues[c], index, cue, stats);
      if (!bindings) continue;
      // The whole cue in one clause: a gap ("port ... default") does not reach across a ';'.
      auto clause = clause_holding(clauses, cue);
      if (clause == clauses.end()) continue;
      CueMatch match;
      match.cue = c;
      match.cue_tokens = cue;
      match.bindings = std::move(*bindings);
      match.clause = *clause;
      if (const Binding& own = match.bindings.back(); own.bound()) {  // the cue read the value itself
        // It is still a cue match: "will have 31 summits" is a forecast whoever read the figure.
        const Reading read{own.begin, own.end, own.payload};
        if (!vetoed(veto_hits, cues[c].forward, index, cue, read, *clause, figures, words.separators) &&
            !undone(cue, read.end) &&
            !short_span_of(spans, cues[c].forward, index, cue, read, *clause, figures, words.separators)) {
          out.push_back(std::move(match));
        }
        continue;
      }
      const Reading* best = nullptr;
      int best_distance = 0;
      int best_separated = 0;
      std::vector<TokenMatch> measure_vetoes;
      // Two attached phrases describe two things: a cue in one reads no value in another.
      const AttachedPhrase* cue_phrase = phrase_holding(index.attached, cue.begin, cue.end);
      for (std::size_t i = 0; i < readings.size(); ++i) {
        const Reading& r = readings[i];
        if (other_measure[i] || r.begin < clause->begin || r.end > clause->end) continue;
        if (const AttachedPhrase* p = phrase_holding(index.attached, r.begin, r.end); p && cue_phrase && p != cue_phrase) {
          continue;
        }
        // An aside's figure counts a part ("eight of them"); its tokens are no distance.
        if (generic && inside_an_aside(asides, r.begin, r.end)) continue;
        int d = distance_between(cue, r.begin, r.end);
        d -= r.end <= cue.begin ? aside_tokens(asides, r.end, cue.begin) : aside_tokens(asides, cue.end, r.begin);
        // "Annual clearing in the park, measured since 1988 by the survey of the
        // national institute (NI), peaked at 29,059 ha": what a phrase hung on a name
        // says of it is no distance from the subject's cue to its verb's figure. It
        // brings the figure into reach, but the nearest figure is still the nearest as
        // written ("shipments, which stood at 86 Mt in 2022, rose to 107 Mt": 86 Mt first).
        const int reach = r.begin >= cue.end ? d - attached_tokens_between(index, cue.end, r.begin) : d;
        // "by 2030 and said the concession": the figure is an earlier predicate's.
        if (r.end <= cue.begin && d <= kCueReachBefore && second_predicate_between(index, r.end, cue.begin)) continue;
        if (reach > (r.end <= cue.begin ? kCueReachBefore : kCueReach)) {
          // A year or date that opens the clause is when its event happened: reached
          // from anywhere in it, after every reading in reach.
          const bool fronted = !temporal && !generic && !rank && fronts_clause(index, *clause, r);
          if (!fronted && (!temporal || !frames_clause(index, words, *clause, r))) continue;
          d = kCueReach + 1;
        }
        // "Ten workers, eight of them British, were killed": past the aside the cue is
        // the verb of the figure's noun, as in "Ten workers were killed".
        const bool verb_past_aside = r.end <= cue.begin && d <= 4 && aside_tokens(asides, r.end, cue.begin) > 0;
        if (r.end <= cue.begin && !rank && !temporal && !verb_past_aside &&
            measures_another_noun(index, cues, about.kinds, r.begin, r.end, last, true)) {
          continue;
        }
        // "built two of the instruments with industry partners": before the cue, a
        // figure that counts some of another group ("flies 123 of these jets", after
        // the cue, is the cue's count of them).
        if (generic && r.end <= cue.begin && counts_some_of_another(index, cues, about.kinds, r.end, last)) continue;
        // "87 reefs out of 2,900": the first figure counts a part, the second the whole.
        if (generic && part_out_of_whole(index, r.end, cue, last)) continue;
        // "about half of the bleached coral was already dead": a share of what the cue
        // describes tells of something else.
        if (value_slot.type == value::Type::Percent && r.end <= cue.begin &&
            shares_a_described_whole(index, r.end, cue, last)) {
          continue;
        }
        if (generic && r.begin >= cue.end && counts_its_own_plural(index, cues, about.kinds, r.begin, r.end, last)) {
          continue;
        }
        if (generic && (names_a_known_group(index, r) || one_of_a_group(index, r, cue, *clause) ||
                        numbers_a_stage(index, r, *clause) || counts_things_in_part(index, r, *clause))) {
          continue;
        }
        // "18% of the population, or about 70,000 people": the 70,000 restate the 18%.
        if (across_a_restatement(index, cue, r.begin, r.end, *clause)) continue;
        bool captured = generic && reads_cue_words(cues[c].forward, index, cue, r.begin, r.end);
        for (const Binding& b : match.bindings) captured = captured || (b.bound() && overlaps(b.begin, b.end, r.begin, r.end));
        if (captured ||
            vetoed(veto_hits, cues[c].forward, index, cue, r, *clause, figures, words.separators, &about.kinds) ||
            short_span_of(spans, cues[c].forward, index, cue, r, *clause, figures, words.separators)) {
          continue;
        }
        // "imported a record 107 million tonnes of crude, up from 86 million tonnes the
        // year before" under `unless imported`: the figure compared with a vetoed one is
        // the same measure a year apart, vetoed with it (docs/rules.md "Cues", step 4).
        // A veto word that names the change's first figure ("from a peak of 70 million
        // to 27.5 million") is that figure's own, not the measure's: the other end stands.
        measure_vetoes.clear();
        for (const TokenMatch& v : veto_hits) {
          if (!veto_of_a_change_start(v, cue, r, figures, *clause, index)) measure_vetoes.push_back(v);
        }
        if (compared_with_a_vetoed_figure(readings, index, words, years, r, *clause, [&](const Reading& q) {
              return vetoed(measure_vetoes, cues[c].forward, index, cue, q, *clause, figures, words.separators) ||
                     short_span_of(spans, cues[c].forward, index, cue, q, *clause, figures, words.separators);
            })) {
          continue;
        }
        // Nearest first; on a tie, the one with fewer breaks between list items (",",
        // ";") between it and the cue ("74.1% in poor condition, 30% gone" is
        // 74.1%, the cue ending its item), then the value after the cue ("trade reached
        // $5 billion"). A year or date keeps the later one: "In 2019 the opening was
        // put back to 2027".
        const int separated = temporal ? 0 : count_between(index, item_breaks, cue, r.begin, r.end);
        if (!best || d < best_distance ||
            (d == best_distance && (separated < best_separated || (separated == best_separated && r.begin > best->begin)))) {
          best = &r;
          best_distance = d;
          best_separated = separated;
        }
      }
      if (ordinals) {
        if (auto r = ordinal_value(value_slot.type, *ordinals, index, words, cue, *clause, last, veto_hits,
                                   cues[c].forward, readings)) {
          match.bindings.back() = Binding{r->begin, r->end, r->payload};
          match.from_ordinal = true;
          match.distance = distance_between(cue, r->begin, r->end);
          out.push_back(std::move(match));
          continue;
        }
      }
      if (!best || undone(cue, best->end)) continue;
      match.bindings.back() = Binding{best->begin, best->end, best->payload};
      match.distance = best_distance;
      // A compared figure, and the rest of a dated series ("$110.8 billion in 2019,
      // $147 billion in 2021 and $245 billion in 2024"), each compared with the one before.
      Reading previous = *best;
      for (int step = 1; auto other = compared_value(readings, index, words, years, previous, *clause); ++step) {
        if (other->from_to && !about.per_year) {
          // A fact of no year: the change's later end is its figure now, the earlier
          // none ("from 3% to 5%" reads 5% the same way).
          match.bindings.back() = Binding{other->reading.begin, other->reading.end, other->reading.payload};
          match.distance = best_distance + step;
          previous = other->reading;
          continue;
        }
        CueMatch second = match;
        second.bindings.back() = Binding{other->reading.begin, other->reading.end, other->reading.payload};
        second.compared_with = {previous.begin, previous.end};
        second.year_offset = other->year_offset;
        second.distance = best_distance + step;  // after the cue's own value
        out.push_back(std::move(second));
        previous = other->reading;
      }
      // "..., but only 480,000 came in 2020": the next clause repeats this one's
      // predicate for a figure of its own, with no cue word of its own.
      if (auto next = std::next(clause); next != clauses.end()) {
        for (std::size_t i = 0; i < readings.size(); ++i) {
          const Reading& r = readings[i];
          if (other_measure[i] || r.begin < next->begin || r.end > next->end) continue;
          if (!repeats_the_clause(index, *clause, *next, r.begin, r.end)) continue;
          const bool veto_there = std::any_of(veto_hits.begin(), veto_hits.end(), [&](const TokenMatch& v) {
            return overlaps(v.begin, v.end, next->begin, next->end);
          });
          if (veto_there) break;
          CueMatch repeated = match;
          repeated.bindings.back() = Binding{r.begin, r.end, r.payload};
          repeated.distance = best_distance + kCueReach;  // after the cue's own values
          out.push_back(std::move(repeated));
          break;
        }
      }
      // "The north tower rises 412 metres and the south tower 398": the list's later
      // pairs, when the cue reads its value after it and leaves one role open, which
      // each pair's name fills.
      int open_slot = -1;
      int open_count = 0;
      const std::vector<CaptureSlot>& slots = cues[c].forward.slots;
      for (std::size_t i = 0; i + 1 < slots.size() && i < match.bindings.size(); ++i) {
        if (slots[i].entity && !match.bindings[i].bound()) {
          open_slot = static_cast<int>(i);
          ++open_count;
        }
      }
      if (open_count == 1 && best->begin >= cue.end) {
        const CaptureSlot& slot = slots[static_cast<std::size_t>(open_slot)];
        // "seats 1,200 people, Hall B 640 people": the first figure's noun may follow each.
        int from = best->end;
        int noun = -1;
        if (from < clause->end && index.words[from] != words.comma && index.words[from] != words.and_word &&
            index.has_word_char(from)) {
          noun = index.spellings[static_cast<std::size_t>(from)];
          ++from;
        }
        for (int step = 1; auto pair = listed_pair(index, words, readings, other_measure, from, noun, *clause, slot);
             ++step) {
          const Reading& r = *pair->reading;
          if (vetoed(veto_hits, cues[c].forward, index, cue, r, *clause, figures, words.separators) ||
              short_span_of(spans, cues[c].forward, index, cue, r, *clause, figures, words.separators)) {
            break;
          }
          CueMatch listed = match;
          listed.bindings[static_cast<std::size_t>(open_slot)] = pair->name;
          listed.bindings.back() = Binding{r.begin, r.end, r.payload};
          listed.distance = best_distance + step;
          out.push_back(std::move(listed));
          from = pair->after;
        }
      }
      out.push_back(std::move(match));
    }
  }
  return out;
}

bool fits_a_role(const std::vector<CaptureSlot>& slots, int entity) {
  for (std::size_t i = 0; i + 1 < slots.size(); ++i) {
    if (!slots[i].entity) continue;
    if (slots[i].entity_fits.empty() || slots[i].entity_fits[static_cast<std::size_t>(entity)]) return true;
  }
  return false;
}

namespace {

// Whether [first, last) opens with a referring word, or names an entity fitting one
// of the roles before `before` (the first value).
// Whether [first, ...) opens with "the figure", "that number", "the total": the figure
// of the sentence before, whatever it counts.
bool names_the_figure(const DocumentIndex& index, const CueWords& words, int first, int before) {
  return first + 1 < before && among(words.figure_openers, index.words[first]) &&
         among(words.figure_nouns, index.words[first + 1]);
}

// Whether [first, last) opens with "the figure for" and a year ("the figure for 2018
// was 7,536 km²", "the total for 2021 stood at ..."): the figure before, told again
// for another year.
bool figure_named_for_a_year(const DocumentIndex& index, const CueWords& words, int first, int last) {
  if (first + 4 >= last || !among(words.figure_openers, index.words[first]) ||
      !among(words.figure_nouns, index.words[first + 1]) || index.token_text(first + 2) != "for") {
    return false;
  }
  const TypedReadings* years = index.readings_of(value::Type::Year);
  if (!years) return false;
  const std::size_t at = index.tokens[static_cast<std::size_t>(first + 3)].begin;
  const auto it = years->first_at(at);
  return it != years->readings.end() && it->begin == at;
}

bool refers_back(const std::vector<CaptureSlot>& slots, const DocumentIndex& index, const CueWords& words, int first,
                 int before) {
  if (std::find(words.referring.begin(), words.referring.end(), index.words[first]) != words.referring.end()) {
    return true;
  }
  for (int t = first; t < before; ++t) {
    for (const TokenEdge* e = index.entity_forward.begin(t); e != index.entity_forward.end(t); ++e) {
      if (fits_a_role(slots, e->payload)) return true;
    }
  }
  return false;
}

// Whether [first, last) opens with "That" or "This" alone as its subject, a form of
// "be" and "up from" or "down from", and names a year after that: "That was up from
// 1.2 million in 2019", "This is down from 41 in 2020". The demonstrative is the
// figure of the sentence before, as "the figure" is, and the figure after "from" is
// the same measure in the year named (a blind writer's report, session 23). `after`
// receives the token after "from".
bool compares_the_figure_before(const DocumentIndex& index, int first, int last, int& after) {
  if (first + 4 >= last) return false;
  const std::string_view subject = index.token_text(first);
  const std::string_view verb = index.token_text(first + 1);
  const std::string_view way = index.token_text(first + 2);
  if ((subject != "that" && subject != "this") || (verb != "was" && verb != "is") ||
      (way != "up" && way != "down") || index.token_text(first + 3) != "from") {
    return false;
  }
  const TypedReadings* years = index.readings_of(value::Type::Year);
  if (!years || readings_in(*years, first + 4, last).empty()) return false;
  after = first + 4;
  return true;
}

// Whether the words before a continued sentence's first value, [first, before), are
// its subject (a pronoun, an entity), figures, punctuation and CueWords::level only.
bool only_level_words(const DocumentIndex& index, const CueWords& words, int first, int before, bool priced) {
  auto word_like = [&](int t) {
    for (char ch : index.token_text(t)) {
      const auto c = static_cast<unsigned char>(ch);
      if (std::isalpha(c) || c >= 0x80) return true;
    }
    return false;
  };
  for (int t = first; t < before;) {
    if (index.entity_forward.count(t) > 0) {
      t = index.entity_forward.begin(t)->to;
      continue;
    }
    const int w = index.words[t];
    const bool listed = w != kUnknownWord && (std::find(words.level.begin(), words.level.end(), w) != words.level.end() ||
                                              std::find(words.referring.begin(), words.referring.end(), w) != words.referring.end() ||
                                              among(words.figure_nouns, w) || (priced && among(words.cost_words, w)));
    if (!listed && word_like(t)) return false;
    ++t;
  }
  return true;
}

// The years a sentence's (or a clause's) opening counts from the statement before it,
// and the token after that time (and after a comma): back, negative ("A year earlier",
// "Two years before", "The year before", "The previous year", "Before that", "Before
// then") or on, positive ("A year later", "Three years later", "The following year",
// "The next year"). 0 when it opens otherwise.
int opening_shift(const DocumentIndex& index, const CueWords& words, int first, int last, int& after) {
  int t = first;
  int shift = 0;
  const bool counted_years =
      t + 2 < last && (index.words[t + 1] == words.year || index.words[t + 1] == words.years);
  if (t + 1 < last && index.words[t] == words.before && among(words.that_words, index.words[t + 1])) {
    shift = -1;
    t += 2;
  } else if (t + 2 < last && index.words[t] == words.year_counts.front() && index.words[t + 2] == words.year &&
             (among(words.previous, index.words[t + 1]) || among(words.following, index.words[t + 1]))) {
    shift = among(words.previous, index.words[t + 1]) ? -1 : 1;  // "the previous year", "the following year"
    t += 3;
  } else if (counted_years && ((among(words.earlier, index.words[t + 2]) && index.token_text(t + 2) != "ago") ||
                               index.words[t + 2] == words.later)) {
    const std::optional<int> counted = years_counted(words, index.words[t]);
    if (!counted) return 0;
    if ((index.words[t + 1] == words.years) != (*counted > 1)) return 0;  // "a years", "two year"
    shift = index.words[t + 2] == words.later ? *counted : -*counted;
    t += 3;
  }
  if (shift == 0) return 0;
  if (t < last && index.words[t] == words.comma) ++t;
  after = t;
  return shift;
}

}  // namespace

int opening_year_shift(const DocumentIndex& index, const CueWords& words, int first, int last) {
  int after = first;
  return opening_shift(index, words, first, last, after);
}

std::vector<CueMatch> find_continued_matches(const std::vector<CompiledPattern>& vetoes,
                                             const std::vector<CaptureSlot>& slots, const DocumentIndex& index,
                                             const CueWords& words, int first, int last, NfaRunner& runner,
                                             MatchStats& stats, bool counting_back_only) {
  std::vector<CueMatch> out;
  const CaptureSlot& value_slot = slots.back();
  // Years and dates are when anything happened ("It bought a rival in 1999" after a
  // founding year): a sentence without the fact's cue does not say which thing they are of.
  if (value_slot.entity || value::is_temporal(value_slot.type)) return out;
  const TypedReadings* typed = index.readings_of(value_slot.type);
  if (!typed || last <= first) return out;
  // "A year earlier the figure had been 1.98 million": the time it counts back opens it.
  int subject = first;
  int years_back = -opening_shift(index, words, first, last, subject);
  // "...; the figure two years earlier was 381": the time may follow "the figure".
  int level_from = subject;
  if (years_back == 0 && first + 2 < last && among(words.figure_openers, index.words[first]) &&
      among(words.figure_nouns, index.words[first + 1])) {
    years_back = -opening_shift(index, words, first + 2, last, level_from);
  }
  // "...; the figure for 2018 was 7,536 km²": the year named instead of counted back.
  const bool figure_for_year = years_back == 0 && figure_named_for_a_year(index, words, first, last);
  if (figure_for_year) level_from = first + 4;
  if (years_back == 0 && counting_back_only && !figure_for_year) return out;
  // "That was up from 1.2 million in 2019": the figure before, compared with one of
  // another year that this sentence names.
  const bool compared_back =
      years_back == 0 && !figure_for_year && compares_the_figure_before(index, first, last, level_from);
  std::vector<Reading> readings;
  for (const Reading& r : readings_in(*typed, std::max(subject, level_from), last)) {
    if (value_slot.type == value::Type::Ordinal && numbers_a_period(index, words, r.end)) continue;
    if (counts_its_participle(index, nullptr, r.end, last)) continue;  // "a four-engined jet": no cue names engines
    readings.push_back(r);
  }
  if (readings.empty()) return out;
  // "the figure" after a time counted back is the figure before ("The figure of 1,320
  // km in older books" alone may be any figure); counts and plain numbers are of
  // anything, so only that says which thing they count.
  const bool the_figure =
      figure_for_year || compared_back ||
      (years_back != 0 && names_the_figure(index, words, subject, readings.front().begin));
  if (!the_figure && !refers_back(slots, index, words, subject, readings.front().begin)) return out;
  if ((value_slot.type == value::Type::Count || value_slot.type == value::Type::Number) && !the_figure) return out;
  // "Before that it cost 449 euros": after a time counted back, a price is what it cost.
  const bool priced = years_back > 0 && value_slot.type == value::Type::Money;  // "Before that it cost"
  if (compared_back) readings.resize(1);  // "up from 1.2 million in 2019, and 900,000 in 2015" reads the first
  if (!only_level_words(index, words, std::max(subject + (the_figure ? 2 : 0), level_from), readings.front().begin,
                        priced)) {
    return out;
  }
  if (!veto_hits_in(vetoes, index, first, last, runner, stats).empty()) return out;
  // A span shorter than a year anywhere in it, as a veto word would: "It was $9 billion
  // in the fourth quarter" is no year's revenue.
  if (accumulates(value_slot.type) && !short_spans(index, first, last).empty()) return out;
  for (const Reading& r : readings) {
    CueMatch m;
    m.cue_tokens = {r.begin, r.end};
    m.bindings.resize(slots.size());
    m.bindings.back() = Binding{r.begin, r.end, r.payload};
    m.clause = {first, last};
    m.distance = kCueReach + 1;  // after every cue match of the sentence's own
    m.continued = true;
    m.years_back = years_back;
    m.figure_for_year = figure_for_year;
    out.push_back(std::move(m));
  }
  return out;
}

bool is_question(const DocumentIndex& index, int first, int last) {
  // Emphasis marks may close a question ("**How long is it?**").
  int t = last - 1;
  while (t >= first && (index.token_text(t) == "*" || index.token_text(t) == "_")) --t;
  return t >= first && index.token_text(t) == "?";
}

namespace {

// Whether [first, last) names entities, none of which fits a role: "How much freight
// does the Rhine carry?" asks about the river, not a port.
bool names_only_other_things(const std::vector<CaptureSlot>& slots, const DocumentIndex& index, int first, int last) {
  bool named = false;
  for (int t = first; t < last; ++t) {
    for (const TokenEdge* e = index.entity_forward.begin(t); e != index.entity_forward.end(t); ++e) {
      if (fits_a_role(slots, e->payload)) return false;
      named = true;
    }
  }
  return named;
}

// The cue's sentence has a figure of its own, so the next sentence is no answer to it.
// A question's vague quantity is what it asks ("How many locks does it have?" reads
// "many" as a count), not a figure, and a year is its time, no count ("How many cars
// did you carry in 2023?"; `in_year` as on_a_year's).
// A figure inside a name ("What is Terminal 3 built for?") is the name's, not one.
bool holds_own_figure(const DocumentIndex& index, const TypedReadings& typed, int first, int last, bool asked,
                      const std::vector<char>& in_year) {
  for (const Reading& r : readings_in(typed, first, last)) {
    if (on_a_year(in_year, first, r)) continue;
    if (names_figure(index, first, r.begin, r.end)) continue;
    if (!asked || !typed.readings[static_cast<std::size_t>(r.payload)].value.vague) return true;
  }
  return false;
}

}  // namespace

std::optional<CueMatch> find_answer_match(const std::vector<CompiledPattern>& cues,
                                          const std::vector<CompiledPattern>& vetoes,
                                          const std::vector<CaptureSlot>& slots, const DocumentIndex& index,
                                          const CueWords& words, const TypedReadings* years, int q_first,
                                          int q_last, int first, int last, NfaRunner& runner, MatchStats& stats) {
  const CaptureSlot& value_slot = slots.back();
  if (value_slot.entity || last <= first || is_question(index, first, last)) return std::nullopt;
  const TypedReadings* typed = index.readings_of(value_slot.type);
  if (!typed) return std::nullopt;
  const bool asked = is_question(index, q_first, q_last);
  // Outside a question, a figure with no cue beside it could be anything's: only the
  // types a continued sentence reads (no count, number, year or date).
  const bool generic = value_slot.type == value::Type::Count || value_slot.type == value::Type::Number;
  if (!asked && (generic || value::is_temporal(value_slot.type))) return std::nullopt;
  // After a statement, a sentence opening with "It" continues it or not by step 6's
  // words ("It also won 12th place at a chess olympiad" is another figure).
  if (!asked && among(words.referring, index.words[first])) return std::nullopt;
  if (holds_own_figure(index, *typed, q_first, q_last, asked,
                       generic ? year_tokens(years, q_first, q_last) : std::vector<char>{})) {
    return std::nullopt;
  }
  if (names_only_other_things(slots, index, q_first, q_last)) return std::nullopt;
  const TokenMatch clause = clauses_of(index, words.clause_breaks, first, last).front();
  // A year is no count ("In 2019 we had 800 clients" answers with 800, not 2019).
  const std::vector<char> in_year = generic ? year_tokens(years, first, last) : std::vector<char>{};
  std::optional<Reading> answer;
  for (const Reading& r : readings_in(*typed, clause.begin, clause.end)) {
    if (names_figure(index, first, r.begin, r.end) || on_a_year(in_year, first, r)) continue;
    if (value_slot.type == value::Type::Ordinal && numbers_a_period(index, words, r.end)) continue;
    if (counts_its_participle(index, nullptr, r.end, last)) continue;
    answer = r;
    break;
  }
  if (!answer) return std::nullopt;
  // "How much will trade reach by 2030?" asks for a forecast; a veto in the answer
  // speaks for it as in a continued sentence.
  // A veto word that is one of the question's cue words, quoted in the cue (this form
  // only), is what it asks about: "What can Pier 2 handle?" under `cue "handle"` and
  // `unless handled` (the veto meant the other forms). An unquoted cue word a veto
  // shares forms with still vetoes a question: the veto may well mean it there.
  std::vector<TokenMatch> asked_vetoes = veto_hits_in(vetoes, index, q_first, q_last, runner, stats);
  std::erase_if(asked_vetoes, [&](const TokenMatch& v) {
    for (const CompiledPattern& cue : cues) {
      for (TokenMatch c : runner.longest_matches(cue, index, q_first, q_last, q_first, q_last, stats)) {
        if (overlaps(v.begin, v.end, c.begin, c.end) && quoted_cue_word(cue.forward, index, v.begin)) return true;
      }
    }
    return false;
  });
  if (!asked_vetoes.empty() || !veto_hits_in(vetoes, index, first, last, runner, stats).empty()) {
    return std::nullopt;
  }
  if (accumulates(value_slot.type) && !short_spans(index, first, last).empty()) return std::nullopt;
  CueMatch m;
  m.cue_tokens = {answer->begin, answer->end};
  m.bindings.resize(slots.size());
  m.bindings.back() = Binding{answer->begin, answer->end, answer->payload};
  m.clause = clause;
  m.distance = kCueReach + 1;  // after every cue match of the sentence's own
  m.continued = true;
  return m;
}

std::optional<CueMatch> find_label_year_match(const std::vector<CompiledPattern>& cues,
                                              const std::vector<CompiledPattern>& vetoes, const DocumentIndex& index,
                                              const CueWords& words, Binding label, int first, int last,
                                              NfaRunner& runner, MatchStats& stats) {
  const std::vector<TokenMatch> veto_hits = veto_hits_in(vetoes, index, first, last, runner, stats);
  const std::vector<TokenMatch> clauses = clauses_of(index, words.clause_breaks, first, last);
  for (int c = 0; c < static_cast<int>(cues.size()); ++c) {
    for (TokenMatch cue : runner.longest_matches(cues[c], index, first, last, first, last, stats)) {
      auto clause = clause_holding(clauses, cue);
      if (clause == clauses.end()) continue;
      auto bindings = runner.bind(cues[c], index, cue, stats);
      if (!bindings || bindings->back().bound()) continue;  // a cue that reads a value has its own
      // The label stands before the clause: the veto window runs from the clause's
      // start to just after the cue ("**1930.** A new opening is planned").
      if (vetoed(veto_hits, cues[c].forward, index, cue, Reading{label.begin, label.end, label.payload}, *clause,
                 nullptr, words.separators)) {
        continue;
      }
      // "**2008.** The mill stops production; it restarts in 2010."
      if (cue_of_stopping(index, cue) &&
          undone_by_later_predicate(index, veto_hits_in(vetoes, index, first, last, runner, stats, true), cue.end,
                                    last)) {
        continue;
      }
      CueMatch match;
      match.cue = c;
      match.cue_tokens = cue;
      match.bindings = std::move(*bindings);
      match.bindings.back() = label;
      match.clause = *clause;
      match.distance = kCueReach + 1;  // after any value of the sentence's own
      return match;
    }
  }
  return std::nullopt;
}

namespace {

// For a veto word that is a default one, which and how to lift it: the audit said
// "vetoed by 'aimed'", and `allow aimed` is an error, the default word being "aim" (a
// newcomer's report). "" for the rule author's own `unless` words.
std::string default_veto_note(std::string_view word) {
  const std::string lower = source::ascii_lower(std::string(word));
  for (const std::string& v : lang::kDefaultVetoWords) {
    const bool exact = std::find(lang::kExactDefaultVetoWords.begin(), lang::kExactDefaultVetoWords.end(), v) !=
                       lang::kExactDefaultVetoWords.end();
    if (exact ? lower == v : lower.starts_with(v)) {
      return " (a default veto word: 'allow " + v + "' in the fact lifts it)";
    }
  }
  return "";
}

std::string words_of(std::string_view text, const DocumentIndex& index, int begin, int end) {
  if (begin >= end) return "";
  return std::string(text.substr(index.tokens[begin].begin, index.tokens[end - 1].end - index.tokens[begin].begin));
}

}  // namespace

// A miss named by its reason alone (its values and cue, when known, are added after).
CueMiss cue_miss(bool matched, std::string reason, int rank) {
  CueMiss miss;
  miss.matched = matched;
  miss.reason = std::move(reason);
  miss.rank = rank;
  return miss;
}

std::optional<CueMiss> explain_cue_miss(const std::vector<CompiledPattern>& cues,
                                        const std::vector<CompiledPattern>& vetoes, const DocumentIndex& index,
                                        const CueWords& words, const TypedReadings* years,
                                        const TypedReadings* ordinals, const CueFact& about, std::string_view text,
                                        int first, int last, NfaRunner& runner, MatchStats& stats) {
  if (cues.empty() || last <= first) return std::nullopt;
  if (const std::vector<CueMatch> found =
          find_cue_matches(cues, vetoes, index, words, years, ordinals, about, first, last, runner, stats);
      !found.empty()) {
    CueMiss miss = cue_miss(true, "", 1);
    for (const CueMatch& m : found) {
      if (m.bindings.back().bound()) miss.values.push_back({m.bindings.back().begin, m.bindings.back().end});
    }
    miss.cue = found.front().cue_tokens;
    return miss;
  }
  const CaptureSlot& value_slot = cues.front().forward.slots.back();
  const std::string type(value::type_name(value_slot.type));
  // The first cue occurrence stands for the sentence.
  std::optional<TokenMatch> cue;
  int which = 0;
  for (std::size_t c = 0; c < cues.size() && !cue; ++c) {
    auto hits = runner.longest_matches(cues[c], index, first, last, first, last, stats);
    if (!hits.empty()) {
      cue = hits.front();
      which = static_cast<int>(c);
    }
  }
  if (!cue) return std::nullopt;
  const std::string said = "cue '" + words_of(text, index, cue->begin, cue->end) + "'";
  const TypedReadings* typed = value_slot.entity ? nullptr : index.readings_of(value_slot.type);
  std::vector<Reading> readings = typed ? readings_in(*typed, first, last) : std::vector<Reading>{};
  if (value_slot.type == value::Type::Count || value_slot.type == value::Type::Number) {
    std::erase_if(readings, [&](const Reading& r) { return unbounded_quantifier(*typed, r); });
  }
  if (readings.empty()) return cue_miss(false, said + " is here, but no " + type + " value is", 2);
  const std::vector<TokenMatch> clauses = clauses_of(index, words.clause_breaks, first, last);
  auto clause = clause_holding(clauses, *cue);
  if (clause == clauses.end()) {
    return cue_miss(false, said + " reaches across a clause (a clause ends at ';', 'but', 'while', ...)", 1);
  }
  const Reading* nearest = nullptr;
  int nearest_distance = 0;
  for (const Reading& r : readings) {
    if (r.begin < clause->begin || r.end > clause->end) continue;
    int d = distance_between(*cue, r.begin, r.end);
    if (!nearest || d < nearest_distance) {
      nearest = &r;
      nearest_distance = d;
    }
  }
  if (!nearest) {
    return cue_miss(false, said + " and the " + type + " value '" + words_of(text, index, readings.front().begin,
                                                                         readings.front().end) +
                       "' are in different clauses (a clause ends at ';', 'but', 'while', ...)",
                   1);
  }
  const std::string value_text = words_of(text, index, nearest->begin, nearest->end);
  // Each reason below is about this value (and this cue).
  auto about_nearest = [&](std::string reason, int rank) {
    CueMiss miss = cue_miss(false, std::move(reason), rank);
    miss.values.push_back({nearest->begin, nearest->end});
    miss.cue = *cue;
    return miss;
  };
  if (value_slot.type == value::Type::Length && (dimension_after(index, nearest->end, last) & ~about.dimensions) != 0) {
    return about_nearest(said + " names another dimension than the " + type + " value '" + value_text + "' measures",
                         0);
  }
  if (value_slot.type != value::Type::Ordinal && !value::is_temporal(value_slot.type) &&
      measures_another_noun(index, cues, about.kinds, nearest->begin, nearest->end, last, nearest->end <= cue->begin)) {
    return about_nearest("the " + type + " value '" + value_text + "' measures the noun after it, not what " + said +
                             " names",
                         0);
  }
  if ((value_slot.type == value::Type::Count || value_slot.type == value::Type::Number) &&
      counts_its_participle(index, &cues, nearest->end, last)) {
    return about_nearest("the " + type + " value '" + value_text +
                             "' counts what the word hyphened to it names, not what " + said + " names",
                         0);
  }
  if (value_slot.type == value::Type::Money && sizes_a_change(cues, index, first, nearest->begin)) {
    return about_nearest("the money value '" + value_text +
                             "' is the size of a change, not a level (docs/rules.md \"Derived values\")",
                         0);
  }
  if ((value_slot.type == value::Type::Count || value_slot.type == value::Type::Number) &&
      counts_role_things(index, cues, about.kinds, nearest->end, last)) {
    return about_nearest("the " + type + " value '" + value_text + "' counts things of a kind the fact's roles take, not what " +
                             said + " names",
                         0);
  }
  if (!value::is_temporal(value_slot.type) && value_slot.type != value::Type::Ordinal &&
      ends_a_spread(index, first, last, nearest->begin, nearest->end)) {
    return about_nearest("the " + type + " value '" + value_text +
                             "' is an end of a spread of figures (\"vary from ... to ...\"), no figure of its own",
                         0);
  }
  if (states_a_difference(index, nearest->end, last, value_slot.type)) {
    return about_nearest("the " + type + " value '" + value_text +
                             "' states how far one figure is from another (an amount added, a difference), not a level",
                         0);
  }
  const int reach = nearest->end <= cue->begin ? kCueReachBefore : kCueReach;
  if (nearest_distance > reach) {
    return about_nearest(fmt_reach(said, type, value_text, nearest_distance, reach, nearest->end <= cue->begin), 1);
  }
  // The figures a veto word or a span may belong to are those find_cue_matches weighs: a
  // year is no count ("In fiscal year 2019, ... 112,000 daily crossings" under `unless
  // year`: "year" is the value's veto, not 2019's; blind writers' feedback, session 20).
  std::vector<Reading> figures;
  const bool generic = value_slot.type == value::Type::Count || value_slot.type == value::Type::Number;
  const std::vector<char> in_year = generic ? year_tokens(years, first, last) : std::vector<char>{};
  for (const Reading& r : readings) {
    if (!on_a_year(in_year, first, r) && !names_figure(index, first, r.begin, r.end)) figures.push_back(r);
  }
  const std::vector<TokenMatch> authors = veto_hits_in(vetoes, index, first, last, runner, stats, true);
  for (TokenMatch v : veto_hits_in(vetoes, index, first, last, runner, stats)) {
    std::vector<TokenMatch> one{v};
    if (vetoed(one, cues[static_cast<std::size_t>(which)].forward, index, *cue, *nearest, *clause, &figures,
               words.separators)) {
      const std::string veto = words_of(text, index, v.begin, v.end);
      const bool own = std::any_of(authors.begin(), authors.end(),
                                   [&](TokenMatch a) { return a.begin == v.begin && a.end == v.end; });
      return about_nearest(said + " and the " + type + " value '" + value_text + "' are vetoed by '" + veto + "'" +
                               (own ? std::string() : default_veto_note(veto)),
                           0);
    }
  }
  const std::vector<ShortSpan> spans =
      accumulates(value_slot.type) ? short_spans(index, first, last, about.per_year) : std::vector<ShortSpan>{};
  if (const ShortSpan* s = short_span_of(spans, cues[static_cast<std::size_t>(which)].forward, index, *cue, *nearest,
                                         *clause, &figures, words.separators)) {
    return about_nearest(said + " and the " + type + " value '" + value_text +
                             "' are of a span shorter than a year: '" +
                             words_of(text, index, s->words.begin, s->words.end) + "'",
                         0);
  }
  if (value_slot.type == value::Type::Percent && nearest->end <= cue->begin &&
      shares_a_described_whole(index, nearest->end, *cue, last)) {
    return about_nearest(said + " and the " + type + " value '" + value_text +
                             "' were found, but the share is taken of what the cue describes ('of the " +
                             words_of(text, index, cue->begin, cue->end) + " ...'), and tells of something else",
                         1);
  }
  if (on_a_year(in_year, first, *nearest)) {
    // "1600 columns": four digits without a separator read as a year, which a count never takes.
    return about_nearest(said + " is here, but '" + value_text + "' reads as a year, and a " + type +
                             " fact never takes a year as its value (docs/rules.md, Cues, step 2); a pattern "
                             "capturing it reads it",
                         1);
  }
  if (overlaps(cue->begin, cue->end, nearest->begin, nearest->end)) {
    return about_nearest(said + " and the " + type + " value '" + value_text +
                             "' were found, but the value is one the cue itself captured",
                         1);
  }
  // The steps of find_cue_matches that pass over a count, each said as itself.
  const char* not_a_count = nullptr;
  if (generic && names_a_known_group(index, *nearest)) {
    not_a_count = "a number word after 'the' names a group the text has met (\"the four terminals\")";
  } else if (generic && one_of_a_group(index, *nearest, *cue, *clause)) {
    not_a_count = "'one' before the cue's noun picks one of a group (\"one terminal closed\")";
  } else if (generic && numbers_a_stage(index, *nearest, *clause)) {
    not_a_count = "the number names a stage of a sequence (\"phase 3\")";
  } else if (generic && counts_things_in_part(index, *nearest, *clause)) {
    not_a_count = "it counts things only parts of which the clause is about (\"parts of two terminals\")";
  }
  if (not_a_count) {
    return about_nearest(said + " and the " + type + " value '" + value_text + "' were found, but " + not_a_count +
                             ", not how many there are (docs/rules.md \"Cues\", step 2)",
                         1);
  }
  // No step above names the cause: say so rather than guess one (a newcomer and a
  // helper were sent after "the cue itself captured" for "handed over 1.3 million").
  return about_nearest(said + " and the " + type + " value '" + value_text +
                           "' were found, but no step of reading a cue (docs/rules.md \"Cues\") says why they "
                           "gave no statement: a pattern reads it; report the sentence if a cue should",
                       1);
}

int vetoed_antecedent(const std::vector<CompiledPattern>& cues, const std::vector<CompiledPattern>& vetoes,
                      const std::vector<std::string>& kinds, const DocumentIndex& index, int earliest, int first,
                      int last, NfaRunner& runner, MatchStats& stats) {
  if (vetoes.empty() || earliest >= first) return -1;
  int t = first;
  while (t < last && !index.has_word_char(t)) ++t;  // markup, a list item's dash
  if (t + 1 >= last) return -1;
  const std::string_view det = index.token_text(t);
  if (det != "the" && det != "this" && det != "that") return -1;
  auto plain = [&](int k) {
    const std::string_view w = index.token_text(k);
    return !w.empty() && index.entity_forward.count(k) == 0 && index.entity_reverse.count(k + 1) == 0 &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  const std::vector<TokenMatch> earlier = veto_hits_in(vetoes, index, earliest, first, runner, stats);
  if (earlier.empty()) return -1;
  // The noun: the word after the determiner, or the one after that ("The whole programme").
  for (int noun = t + 1; noun <= t + 2 && noun < last; ++noun) {
    if (!plain(noun)) return -1;
    if (is_any_cue_word(cues, index, noun)) return -1;
    // A role's kind ("The telescope") names the fact's own thing (kind_reference.h).
    const std::string_view word = index.token_text(noun);
    if (std::any_of(kinds.begin(), kinds.end(), [&](const std::string& k) { return source::ascii_lower(k) == word; })) {
      return -1;
    }
    // The nearest earlier mention of the noun is the one it refers back to.
    for (int k = first - 1; k >= earliest; --k) {
      if (index.spellings[static_cast<std::size_t>(k)] != index.spellings[static_cast<std::size_t>(noun)]) continue;
      for (const TokenMatch& v : earlier) {
        if (v.end <= k && v.end >= k - 2) return noun + 1;
      }
      break;
    }
  }
  return -1;
}

}  // namespace factlint::match
