// A clause that repeats the one before for another figure (match/parallel_clause.h).
#include "match/parallel_clause.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace factlint::match {

namespace {

bool among(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Words that may open the clause before its figure: "but only 480,000", "while just
// over 300".
bool hedge_word(std::string_view w) {
  return among(w, {"only", "just", "about", "around", "roughly", "some", "nearly", "almost", "approximately", "over",
                   "under", "more", "less", "than", "a", "mere", "barely", "fewer", "still"});
}

// Words too common to say the clauses share a predicate.
bool function_word(std::string_view w) {
  return among(w, {"in", "of", "the", "a", "an", "to", "and", "for", "on", "at", "by", "with", "from", "as", "per",
                   "that", "this", "it", "its", "their", "or"});
}

}  // namespace

bool repeats_the_clause(const DocumentIndex& index, TokenMatch first, TokenMatch second, int begin, int end) {
  if (second.begin < 1 || second.begin - 1 != first.end || end >= second.end) return false;
  if (!among(index.token_text(second.begin - 1), {"but", "while", "whereas"})) return false;
  int t = second.begin;
  while (t < begin && hedge_word(index.token_text(t))) ++t;
  if (t != begin) return false;
  // An auxiliary says nothing of the predicate: "were recorded" repeats "recorded",
  // and "$3 billion was lost" repeats no "was" of "Revenue was $5 billion".
  while (end + 1 < second.end && among(index.token_text(end), {"was", "were", "is", "are", "had", "has", "have", "been"})) {
    ++end;
  }
  const std::string_view verb = index.token_text(end);
  if (!index.has_word_char(end) || function_word(verb) ||
      among(verb, {"was", "were", "is", "are", "had", "has", "have", "been", "be"})) {
    return false;
  }
  for (int k = first.begin; k < first.end; ++k) {
    if (index.token_text(k) == verb) return true;
  }
  return false;
}

}  // namespace factlint::match
