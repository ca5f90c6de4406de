// The words a compiled rule set knows: pattern words and alias tokens get small
// integer ids, so matching compares integers instead of strings.
#pragma once

#include <cstdint>
#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace factlint::match {

inline constexpr int kUnknownWord = -1;

class Vocabulary {
 public:
  Vocabulary() = default;
  Vocabulary(const Vocabulary&) = default;
  Vocabulary& operator=(const Vocabulary&) = default;
  // A vocabulary moved from holds nothing it held: it takes a new state().
  Vocabulary(Vocabulary&& other) noexcept;
  Vocabulary& operator=(Vocabulary&& other) noexcept;
  // The id of `word`, adding it when new.
  int intern(std::string_view word);
  // The id of `word`, or kUnknownWord when no rule uses it.
  int find(std::string_view word) const;
  // The ids of `words`, in order, adding those that are new (the matcher's own
  // closed word lists: clause breaks, contrast words, pronouns).
  std::vector<int> intern_all(std::initializer_list<const char*> words);
  int size() const { return static_cast<int>(words_.size()); }

  // Stems (match/word_forms.h) live beside the words under ids of their own, so a
  // rule word matched by its forms never meets a word matched as written.
  int intern_stem(std::string_view stem);
  int find_stem(std::string_view stem) const;
  bool has_stems() const { return stems_ > 0; }
  // The word an id stands for; a stem is shown with a trailing '*' ("climb*").
  std::string text(int id) const;
  // Names what the vocabulary holds: a number no other vocabulary of the process had,
  // renewed whenever a word or stem is added (a copy shares it while it holds the same
  // words). Caches of looked-up ids key on it (document_index.cc).
  std::uint64_t state() const { return state_; }

 private:
  std::deque<std::string> words_;  // stable storage for the map's keys
  std::unordered_map<std::string_view, int> ids_;
  int stems_ = 0;
  std::uint64_t state_ = next_state();
  static std::uint64_t next_state();
};

}  // namespace factlint::match
