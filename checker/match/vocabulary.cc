// Interning of rule words.
#include "match/vocabulary.h"

namespace factlint::match {

int Vocabulary::intern(std::string_view word) {
  if (auto it = ids_.find(word); it != ids_.end()) return it->second;
  words_.emplace_back(word);
  int id = static_cast<int>(words_.size()) - 1;
  ids_.emplace(words_.back(), id);
  return id;
}

int Vocabulary::find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kUnknownWord : it->second;
}

}  // namespace factlint::match
