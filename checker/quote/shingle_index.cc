// The inverted index of word shingles.
#include "quote/shingle_index.h"

#include <algorithm>
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

}  // namespace factlint::quote
