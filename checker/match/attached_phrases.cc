// Attached phrases, one pass over each sentence's tokens (attached_phrases.h).
#include "match/attached_phrases.h"

#include <algorithm>

#include "match/compared_mention.h"

namespace factlint::match {

namespace {

bool among(const std::vector<int>& ids, int id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

// The first token of the longest entity name that ends right before token `t`, or -1.
int name_ending_at(const DocumentIndex& index, int t) {
  int begin = -1;
  for (const TokenEdge* e = index.entity_reverse.begin(t); e != index.entity_reverse.end(t); ++e) {
    if (begin < 0 || e->to < begin) begin = e->to;
  }
  return begin;
}

// The end of the phrase that starts at `s` after the opener `opener`: its closing
// token, or `last`.
int phrase_end(const DocumentIndex& index, const AttachWords& words, int opener, int s, int last) {
  const bool parenthesis = index.words[opener] == words.open_paren;
  int depth = 0;  // parentheses opened inside the phrase
  for (int t = s; t < last; ++t) {
    const int w = index.words[t];
    if (w == words.open_paren) {
      ++depth;
    } else if (w == words.close_paren) {
      if (depth == 0) return t;
      --depth;
    } else if (depth == 0 && !parenthesis && (w == words.comma || w == words.dash || w == words.semicolon)) {
      return t;
    }
  }
  return last;
}

// Whether the parenthesis opening at `opener` is closed right before a colon: part of
// a label ("Endowment (2023): US$119.1 million", "Staff (FY2023): 700"), which says
// what the line's figure is of and when, not a phrase hung on the name.
bool label_parenthesis(const DocumentIndex& index, const AttachWords& words, int opener, int s, int last) {
  const int close = phrase_end(index, words, opener, s, last);
  return close + 1 < last && index.words[close] == words.close_paren && index.token_text(close + 1) == ":";
}

// Whether the phrase opening at `s` is a past participle's, set off by commas as a
// whole: "The fiscal rule, introduced in 2001, limits ...", "The bridge, built in
// 1932 and widened in 1990, carries ...", "The pier, being rebuilt, ...". Its own
// comma must close it, so "The rule, introduced in 2001" at the sentence's end stays a
// clause of its own.
bool participle_phrase(const DocumentIndex& index, const AttachWords& words, int opener, int s, int last) {
  constexpr int kLongest = 24;  // tokens: a participle, its time, place and agent ("by the survey of ...")
  // "Pier 4, being built on the old quay, ...", "The bridge, having been widened in
  // 1990, ...": the participle after its auxiliaries.
  int h = s;
  if (index.token_text(h) == "being") {
    h += 1;
  } else if (index.token_text(h) == "having" && h + 1 < last && index.token_text(h + 1) == "been") {
    h += 2;
  }
  if (h >= last) return false;
  const std::string_view head = index.token_text(h);
  static constexpr std::string_view kIrregular[] = {"built", "set", "begun", "made", "written", "founded",
                                                    "known", "seen", "held", "sold", "bought", "won",
                                                    "cut", "put", "laid", "paid", "struck", "drawn"};
  const bool participle = (head.size() > 4 && head.ends_with("ed")) ||
                          std::find(std::begin(kIrregular), std::end(kIrregular), head) != std::end(kIrregular);
  if (!participle) return false;
  const int end = phrase_end(index, words, opener, s, last);
  return end < last && end - h <= kLongest && index.words[end] == words.comma;
}

// The first token of a place phrase ("upstream of", "near", "next to", after an
// optional measure: "38 km downstream of") starting at `s`, its landmark's first
// token; or -1.
int landmark_after(const DocumentIndex& index, const AttachWords& words, int s, int last) {
  int t = s;
  // "just north of", "directly upstream of", "some 38 km downstream of".
  for (std::string_view hedge : {"just", "directly", "immediately", "slightly", "further", "farther", "some",
                                 "about", "roughly", "around", "nearly", "almost"}) {
    if (t < last && index.token_text(t) == hedge) {
      ++t;
      break;
    }
  }
  // A measure first: a figure and at most two words ("38 km", "about 20 miles").
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (t < last && !index.token_text(t).empty() && digit(index.token_text(t).front())) {
    for (int k = 0; k < 3 && t < last && !among(words.sides, index.words[t]) && !among(words.places, index.words[t]);
         ++k) {
      ++t;
    }
  }
  if (t + 1 >= last) return -1;
  const int w = index.words[t];
  if (among(words.places, w)) return t + 1;
  if (among(words.sides, w) && index.words[t + 1] == words.of) return t + 2;
  if (among(words.linked, w) && index.words[t + 1] == words.to) return t + 2;
  return -1;
}

// The first word after a comparison in [first, t) with no comma or dash after it, or
// -1: the name a relative or appositive at `t` may describe ("than the Paris Metro").
int compared_name(const DocumentIndex& index, const AttachWords& words, int first, int t) {
  for (int k = t - 1; k >= first; --k) {
    const int w = index.words[k];
    if (w == words.comma || w == words.dash || w == words.semicolon || w == words.open_paren) return -1;
    if (!among(words.comparisons, w)) continue;
    // "more than half of the city's population, which is ...": a quantity, no rival.
    if (k > first) {
      const std::string_view before = index.token_text(k - 1);
      if (before == "more" || before == "less" || before == "fewer" || before == "rather" || before == "other" ||
          before == "no") {
        return -1;
      }
    }
    // "compared with", "compared to": the name follows the preposition.
    if (index.token_text(k) == "compared") {
      if (k + 1 >= t || (index.token_text(k + 1) != "with" && index.token_text(k + 1) != "to")) return -1;
      ++k;
    }
    return k + 1 < t ? k + 1 : -1;
  }
  return -1;
}

}  // namespace

AttachWords attach_words(Vocabulary& vocabulary) {
  AttachWords out;
  out.comma = vocabulary.intern(",");
  out.dash = vocabulary.intern("-");
  out.semicolon = vocabulary.intern(";");
  out.open_paren = vocabulary.intern("(");
  out.close_paren = vocabulary.intern(")");
  out.possessive = vocabulary.intern("'s");
  out.determiners = vocabulary.intern_all({"the", "a", "an"});
  out.relatives = vocabulary.intern_all({"which", "who", "whose"});
  out.places = vocabulary.intern_all({"near", "beside", "opposite", "nearby"});
  out.sides = vocabulary.intern_all({"upstream", "downstream", "north", "south", "east", "west", "northeast",
                                     "northwest", "southeast", "southwest", "ahead"});
  out.linked = vocabulary.intern_all({"next", "close"});
  out.of = vocabulary.intern("of");
  out.to = vocabulary.intern("to");
  out.comparisons = vocabulary.intern_all({"than", "unlike", "compared"});
  return out;
}

std::vector<AttachedPhrase> attached_phrases(const DocumentIndex& index, const AttachWords& words) {
  std::vector<AttachedPhrase> out;
  for (const auto& [first, last] : index.sentence_tokens) {
    bool named = false;  // the sentence named an entity before `t`
    for (int t = first; t < last;) {
      if (index.entity_forward.count(t) > 0) {
        named = true;
        t = std::max(t + 1, index.entity_forward.begin(t)->to);
        continue;
      }
      const int w = index.words[t];
      const bool comma_or_dash = w == words.comma || w == words.dash;
      const int s = t + 1;
      if ((!comma_or_dash && w != words.open_paren) || s >= last || t == first) {
        ++t;
        continue;
      }
      const int head = index.words[s];
      const bool name_next = s + 1 < last && index.entity_forward.count(s + 1) > 0;
      const bool determiner = among(words.determiners, head) && !name_next;
      int name_begin = name_ending_at(index, t);
      const bool landmark = comma_or_dash && landmark_after(index, words, s, last) >= 0;
      bool opens = false;
      bool compared = false;
      if (landmark) {
        opens = true;
      } else if (name_begin < 0 && comma_or_dash && among(words.relatives, head)) {
        // "... than the Paris Metro, which is 226 km long": a name the rules do not know.
        name_begin = compared_name(index, words, first, t);
        opens = compared = name_begin >= 0;
      } else if (name_begin >= 0) {
        bool possessive_name = false;
        if (index.entity_forward.count(s) > 0) {
          const int after = index.entity_forward.begin(s)->to;
          possessive_name = after < last && index.words[after] == words.possessive;
        }
        opens = (w == words.open_paren && !label_parenthesis(index, words, t, s, last)) || determiner ||
                among(words.relatives, head) || possessive_name ||
                (w == words.comma && participle_phrase(index, words, t, s, last));
      } else {
        opens = comma_or_dash && determiner && named;
      }
      if (!opens) {
        ++t;
        continue;
      }
      const int end = phrase_end(index, words, t, s, last);
      if (end > s) {
        AttachedPhrase phrase;
        phrase.begin = s;
        phrase.end = end;
        phrase.landmark = landmark;
        if (name_begin >= 0) {
          phrase.name_begin = name_begin;
          phrase.name_end = t;
          for (const TokenEdge* e = index.entity_reverse.begin(t); e != index.entity_reverse.end(t); ++e) {
            if (e->to == name_begin && phrase.entity < 0) phrase.entity = e->payload;  // the first declared
          }
          // "well ahead of Apple Music, which launched a year ago": a known name the
          // clause compares with ("behind", "ahead of", "trailing", ...; match/
          // compared_mention.h) fills no role, and what its phrase says is its own.
          const auto word = [&](int k) { return index.token_text(k); };
          phrase.compared = compared || (!landmark && compared_name(index, words, first, t) >= 0) ||
                            (!landmark && phrase.entity >= 0 && compared_mention(word, name_begin, index.token_text(t)));
        }
        for (int k = s; k < end && !named; ++k) named = index.entity_forward.count(k) > 0;
        out.push_back(phrase);
      }
      t = std::max(end, s);
    }
  }
  return out;
}

const AttachedPhrase* phrase_holding(const std::vector<AttachedPhrase>& phrases, int begin, int end) {
  auto after = std::upper_bound(phrases.begin(), phrases.end(), begin,
                                [](int at, const AttachedPhrase& p) { return at < p.begin; });
  if (after == phrases.begin()) return nullptr;
  const AttachedPhrase& p = *std::prev(after);
  return begin >= p.begin && end <= p.end ? &p : nullptr;
}

}  // namespace factlint::match
