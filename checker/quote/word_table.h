// Quotation words named by 4-byte ids (issue 10): a corpus's quotations use a few
// thousand distinct words many million times, so a run holds each word once and a
// wording as its ids, compared as integers.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace factlint::quote {

class WordTable {
 public:
  using Id = std::uint32_t;
  // Never an id: shingle_index.h marks a one-word shingle with it.
  static constexpr Id kNone = 0xFFFFFFFFu;

  WordTable() = default;
  WordTable(const WordTable&) = delete;
  WordTable& operator=(const WordTable&) = delete;

  // The id of `word`, given the next one when it is new (throws std::length_error
  // past kNone words).
  Id id(std::string_view word);
  const std::string& text(Id id) const { return words_[id]; }
  std::size_t size() const { return words_.size(); }

 private:
  std::deque<std::string> words_;                  // a deque: the keys below view into it
  std::unordered_map<std::string_view, Id> ids_;
};

// A wording as the ids of its words, with the table that names them.
struct Wording {
  std::vector<WordTable::Id> ids;
  const WordTable* table = nullptr;

  std::vector<std::string> words() const;
};

}  // namespace factlint::quote
