// The sign of a change read from its verb or noun (docs/rules.md "Derived values"):
// "fell 3.2%", "dropped by 3.2%" and "a 3.2% decline" state -3.2%. Percent values
// only, and only a figure written without a sign: "fell to 3.2%" is a level, not a change.
#pragma once

#include <optional>
#include <vector>

#include "match/document_index.h"
#include "match/vocabulary.h"

namespace factlint::match {

class ChangeSign {
 public:
  // Interns the stems of falling words, so documents' tokens can be compared.
  explicit ChangeSign(Vocabulary& vocabulary);
  // Whether the reading over tokens [begin, end) is stated as a fall.
  bool states_fall(const DocumentIndex& index, int begin, int end) const;

 private:
  bool falling(const DocumentIndex& index, int token) const;
  std::vector<int> fall_stems_;
  int by_ = kUnknownWord;
};

// The figure a value restates: in "a loss of 14.1 percent, or NOK 1.64 trillion" and
// "It was minus 14.1 percent, or NOK 1,637 billion" the amount after ", or" says the
// figure before it again, in another unit, and takes its sign (docs/rules.md "Derived
// values"). Its tokens, and whether it is written negative ("minus 14.1 percent").
struct RestatedFigure {
  int begin = 0;
  int end = 0;
  bool negative = false;
};
// The money, percent or number figure that ends right before ", or" and the value at
// token `value_begin`, within the sentence starting at token `first`; nullopt when
// the value follows no such figure.
std::optional<RestatedFigure> restated_figure(const DocumentIndex& index, int first, int value_begin);

}  // namespace factlint::match
