// An aside that counts some of a group; see partitive_aside.h.
#include "match/partitive_aside.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace factlint::match {

namespace {

bool group_pronoun(std::string_view w) {
  static constexpr std::array<std::string_view, 5> kPronouns = {"them", "whom", "which", "those", "us"};
  return std::find(kPronouns.begin(), kPronouns.end(), w) != kPronouns.end();
}

bool stops(std::string_view w) { return w == "." || w == ";" || w == ":" || w == "(" || w == ")"; }

}  // namespace

std::vector<TokenMatch> partitive_asides(const DocumentIndex& index, int first, int last) {
  std::vector<TokenMatch> out;
  for (int k = first; k < last; ++k) {
    if (index.token_text(k) != ",") continue;
    // One or two words of quantity, then "of" and the group's pronoun.
    int of = -1;
    for (int q = k + 2; q <= k + 3 && q + 1 < last; ++q) {
      if (index.token_text(q) == "of" && group_pronoun(index.token_text(q + 1))) {
        of = q;
        break;
      }
      if (!index.has_word_char(q)) break;
    }
    if (of < 0 || !index.has_word_char(k + 1)) continue;
    for (int e = of + 2; e < last && e <= k + 9; ++e) {
      const std::string_view w = index.token_text(e);
      if (stops(w)) break;
      if (w != ",") continue;
      out.push_back({k, e});
      k = e - 1;
      break;
    }
  }
  return out;
}

bool counts_part_of_fronted_group(const DocumentIndex& index, int first, int begin) {
  constexpr int kLongest = 6;  // "of", a determiner, a figure and up to three words
  if (begin - 1 <= first || index.token_text(begin - 1) != ",") return false;
  static constexpr std::array<std::string_view, 6> kDeterminers = {"the", "its", "their", "these", "those", "our"};
  static constexpr std::array<std::string_view, 5> kOpeners = {"so", "and", "but", "yet", "now"};
  for (int of = begin - 3; of >= first && of >= begin - 1 - kLongest; --of) {
    const std::string_view w = index.token_text(of);
    if (!index.has_word_char(of)) return false;  // the phrase is words only
    if (w != "of") continue;
    const std::string_view determiner = index.token_text(of + 1);
    if (std::find(kDeterminers.begin(), kDeterminers.end(), determiner) == kDeterminers.end()) return false;
    // "of" opens the sentence or a clause, or follows one word that joins it to the one before.
    return of == first || index.token_text(of - 1) == "," ||
           (of == first + 1 && std::find(kOpeners.begin(), kOpeners.end(), index.token_text(first)) != kOpeners.end());
  }
  return false;
}

bool inside_an_aside(const std::vector<TokenMatch>& asides, int begin, int end) {
  return std::any_of(asides.begin(), asides.end(), [&](TokenMatch a) { return begin >= a.begin && end <= a.end; });
}

int aside_tokens(const std::vector<TokenMatch>& asides, int from, int to) {
  int n = 0;
  for (TokenMatch a : asides) n += std::max(0, std::min(a.end, to) - std::max(a.begin, from));
  return n;
}

}  // namespace factlint::match
