// The inverted index of word shingles.
#include "quote/shingle_index.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace factlint::quote {

std::vector<std::string> shingles_of(const std::vector<std::string>& w, const std::set<std::string>& single_words) {
  std::vector<std::string> shingles;
  if (w.size() == 1) shingles.push_back(w[0]);
  for (std::size_t k = 0; k + 1 < w.size(); ++k) shingles.push_back(w[k] + '\x1f' + w[k + 1]);
  if (w.size() > 1) {
    for (const std::string& word : w) {
      if (single_words.count(word)) shingles.push_back(word);
    }
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

std::vector<std::pair<std::size_t, std::size_t>> candidate_pairs(
    const std::vector<std::vector<std::string>>& words, const std::set<std::string>& single_words,
    const std::function<bool(const std::string& shingle)>& too_common) {
  std::unordered_map<std::string, std::vector<std::size_t>> postings;
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (auto& s : shingles_of(words[i], single_words)) postings[std::move(s)].push_back(i);
  }
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (const auto& [shingle, list] : postings) {
    if (list.size() < 2 || (too_common ? too_common(shingle) : list.size() > kMaxPostings)) continue;
    for (std::size_t a = 0; a < list.size(); ++a) {
      for (std::size_t b = a + 1; b < list.size(); ++b) pairs.emplace_back(list[a], list[b]);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

namespace {

std::uint64_t shingle(WordTable::Id first, WordTable::Id second) {
  return (static_cast<std::uint64_t>(first) << 32) | second;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> candidate_pairs(
    const std::vector<std::vector<WordTable::Id>>& words, const std::vector<WordTable::Id>& single_words,
    const std::function<bool(std::uint64_t shingle)>& too_common) {
  // single_words sorted, for binary search; (shingle, list) pairs, each list's unique.
  std::vector<WordTable::Id> singles(single_words);
  std::sort(singles.begin(), singles.end());
  std::vector<std::pair<std::uint64_t, std::uint32_t>> index;
  std::vector<std::uint64_t> own;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::vector<WordTable::Id>& w = words[i];
    own.clear();
    if (w.size() == 1) own.push_back(shingle(WordTable::kNone, w[0]));
    for (std::size_t k = 0; k + 1 < w.size(); ++k) own.push_back(shingle(w[k], w[k + 1]));
    if (w.size() > 1) {
      for (WordTable::Id word : w) {
        if (std::binary_search(singles.begin(), singles.end(), word)) own.push_back(shingle(WordTable::kNone, word));
      }
    }
    std::sort(own.begin(), own.end());
    own.erase(std::unique(own.begin(), own.end()), own.end());
    for (std::uint64_t s : own) index.emplace_back(s, static_cast<std::uint32_t>(i));
  }
  std::sort(index.begin(), index.end());
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t from = 0; from < index.size();) {
    std::size_t to = from + 1;
    while (to < index.size() && index[to].first == index[from].first) ++to;
    const std::size_t n = to - from;
    if (n >= 2 && !(too_common ? too_common(index[from].first) : n > kMaxPostings)) {
      for (std::size_t a = from; a < to; ++a) {
        for (std::size_t b = a + 1; b < to; ++b) pairs.emplace_back(index[a].second, index[b].second);
      }
    }
    from = to;
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace factlint::quote
