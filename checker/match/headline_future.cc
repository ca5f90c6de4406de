// A headline's future ("Harbour Bridge to get $20 million repaint"); see headline_future.h.
#include "match/headline_future.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "match/document_layout.h"
#include "match/written_case.h"

namespace factlint::match {

namespace {

// A headline's subject is short: "to" stands within this many tokens of its start.
constexpr int kSubjectReach = 8;

bool lowercase_word(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

// Words after "to" that open a noun phrase, not a verb: "Dubai to the Gulf".
bool opens_noun_phrase(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kDeterminers = {"the", "a",     "an",   "its",
                                                                   "his", "their", "this", "new"};
  return std::find(kDeterminers.begin(), kDeterminers.end(), w) != kDeterminers.end();
}

}  // namespace

bool headline_future(const doc::Document& document, const DocumentIndex& index, int s, int value_begin) {
  if (s < 0 || static_cast<std::size_t>(s) >= index.sentence_tokens.size() || !is_heading(document, s)) return false;
  const auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(s)];
  const int end = std::min({last, value_begin, first + kSubjectReach});
  for (int t = first + 1; t + 1 < end; ++t) {
    if (index.token_text(t) != "to") continue;
    const std::string_view after = index.token_text(t + 1);
    return written_capitalized(document, index.tokens[static_cast<std::size_t>(t - 1)]) &&
           written_lowercase(document, index.tokens[static_cast<std::size_t>(t + 1)]) && lowercase_word(after) &&
           !opens_noun_phrase(after);
  }
  return false;
}

}  // namespace factlint::match
