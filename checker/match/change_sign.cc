#include "match/change_sign.h"

#include <algorithm>

#include "match/word_forms.h"

namespace factlint::match {

ChangeSign::ChangeSign(Vocabulary& vocabulary) : by_(vocabulary.intern("by")) {
  for (const char* w : {"fall", "drop", "decline", "decrease", "shrink", "slump", "plunge", "plummet", "contract",
                        "contraction", "slip", "tumble", "sink", "dip", "slide", "lose", "loss"}) {
    int id = vocabulary.intern_stem(word_stem(w));
    if (std::find(fall_stems_.begin(), fall_stems_.end(), id) == fall_stems_.end()) fall_stems_.push_back(id);
  }
}

bool ChangeSign::falling(const DocumentIndex& index, int token) const {
  if (token < 0 || token >= static_cast<int>(index.stems.size())) return false;
  return std::find(fall_stems_.begin(), fall_stems_.end(), index.stems[token]) != fall_stems_.end();
}

bool ChangeSign::states_fall(const DocumentIndex& index, int begin, int end) const {
  // "fell 3.2%", "fell by 3.2%"
  if (falling(index, begin - 1)) return true;
  if (begin >= 2 && index.words[begin - 1] == by_ && falling(index, begin - 2)) return true;
  // "a 3.2% decline"
  return falling(index, end);
}

}  // namespace factlint::match
