// The sign of a change read from its verb or noun (docs/rules.md "Derived values"):
// "fell 3.2%", "dropped by 3.2%" and "a 3.2% decline" state -3.2%. Percent values
// only, and only a figure written without a sign: "fell to 3.2%" is a level, not a change.
#pragma once

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

}  // namespace factlint::match
