// What a figure leaves out (left_out_words.h).
#include "match/left_out_words.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace factlint::match {

bool left_out(const DocumentIndex& index, TokenMatch v, int clause_begin) {
  static constexpr std::array<std::string_view, 5> kOpeners = {"excluding", "excludes", "excluded", "except",
                                                               "without"};
  const int first = std::max(clause_begin, v.begin - 4);
  for (int t = v.begin - 1; t >= first; --t) {
    const std::string_view w = index.token_text(t);
    if (w == "," || w == ";" || w == "(" || w == ")") return false;
    if (std::find(kOpeners.begin(), kOpeners.end(), w) != kOpeners.end()) return true;
    if (t > clause_begin) {
      const std::string_view before = index.token_text(t - 1);
      if ((w == "than" && before == "other") || (w == "from" && before == "apart") ||
          ((w == "counting" || w == "including") && before == "not")) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace factlint::match
