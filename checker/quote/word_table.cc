// The interning table of quotation words.
#include "quote/word_table.h"

#include <stdexcept>

namespace factlint::quote {

WordTable::Id WordTable::id(std::string_view word) {
  if (auto it = ids_.find(word); it != ids_.end()) return it->second;
  if (words_.size() >= kNone) throw std::length_error("more distinct quotation words than a 32-bit id can name");
  const Id next = static_cast<Id>(words_.size());
  ids_.emplace(words_.emplace_back(word), next);
  return next;
}

std::vector<std::string> Wording::words() const {
  std::vector<std::string> out;
  out.reserve(ids.size());
  for (WordTable::Id id : ids) out.push_back(table->text(id));
  return out;
}

}  // namespace factlint::quote
