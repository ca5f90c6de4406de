// Interning of rule words.
#include "match/vocabulary.h"

#include <atomic>
#include <string>
#include <utility>

namespace factlint::match {

std::uint64_t Vocabulary::next_state() {
  static std::atomic<std::uint64_t> last{0};
  return ++last;
}

Vocabulary::Vocabulary(Vocabulary&& other) noexcept
    : words_(std::move(other.words_)), ids_(std::move(other.ids_)), stems_(other.stems_), state_(other.state_) {
  other.words_.clear();
  other.ids_.clear();
  other.stems_ = 0;
  other.state_ = next_state();
}

Vocabulary& Vocabulary::operator=(Vocabulary&& other) noexcept {
  if (this == &other) return *this;
  words_ = std::move(other.words_);
  ids_ = std::move(other.ids_);
  stems_ = other.stems_;
  state_ = other.state_;
  other.words_.clear();
  other.ids_.clear();
  other.stems_ = 0;
  other.state_ = next_state();
  return *this;
}

int Vocabulary::intern(std::string_view word) {
  if (auto it = ids_.find(word); it != ids_.end()) return it->second;
  state_ = next_state();
  words_.emplace_back(word);
  int id = static_cast<int>(words_.size()) - 1;
  ids_.emplace(words_.back(), id);
  return id;
}

std::vector<int> Vocabulary::intern_all(std::initializer_list<const char*> words) {
  std::vector<int> ids;
  ids.reserve(words.size());
  for (const char* w : words) ids.push_back(intern(w));
  return ids;
}

int Vocabulary::find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kUnknownWord : it->second;
}

namespace {
// Stems are keyed with a prefix no word can hold (normalized text has no control characters).
std::string stem_key(std::string_view stem) { return "\x01" + std::string(stem); }
}  // namespace

int Vocabulary::intern_stem(std::string_view stem) {
  const std::string key = stem_key(stem);
  if (int id = find(key); id != kUnknownWord) return id;
  ++stems_;
  return intern(key);
}

std::string Vocabulary::text(int id) const {
  if (id < 0 || id >= size()) return "?";
  const std::string& w = words_[static_cast<std::size_t>(id)];
  return !w.empty() && w[0] == '\x01' ? w.substr(1) + "*" : w;
}

int Vocabulary::find_stem(std::string_view stem) const { return stems_ == 0 ? kUnknownWord : find(stem_key(stem)); }

}  // namespace factlint::match
