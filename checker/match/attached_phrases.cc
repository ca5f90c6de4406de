// Attached phrases, one pass over each sentence's tokens (attached_phrases.h).
#include "match/attached_phrases.h"

#include <algorithm>

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
      const int name_begin = name_ending_at(index, t);
      bool opens = false;
      if (name_begin >= 0) {
        bool possessive_name = false;
        if (index.entity_forward.count(s) > 0) {
          const int after = index.entity_forward.begin(s)->to;
          possessive_name = after < last && index.words[after] == words.possessive;
        }
        opens = w == words.open_paren || determiner || among(words.relatives, head) || possessive_name;
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
        if (name_begin >= 0) {
          phrase.name_begin = name_begin;
          phrase.name_end = t;
          for (const TokenEdge* e = index.entity_reverse.begin(t); e != index.entity_reverse.end(t); ++e) {
            if (e->to == name_begin) phrase.entity = e->payload;
          }
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
