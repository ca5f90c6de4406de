// Declared names that hold a figure, read as words.
#include "match/name_digits.h"

#include "match/document_index.h"

namespace factlint::match {

std::string digits_of_names_as_letters(const std::string& text, const std::vector<Token>& tokens,
                                       const EdgeTable& names) {
  std::string out;
  const int n = static_cast<int>(tokens.size());
  for (int t = 0; t < n; ++t) {
    for (const TokenEdge* e = names.begin(t); e != names.end(t); ++e) {
      for (int k = t; k < e->to && k < n; ++k) {
        const Token& token = tokens[static_cast<std::size_t>(k)];
        for (std::size_t b = token.begin; b < token.end; ++b) {
          if (text[b] < '0' || text[b] > '9') continue;
          if (out.empty()) out = text;
          out[b] = 'n';
        }
      }
    }
  }
  return out;
}

}  // namespace factlint::match
