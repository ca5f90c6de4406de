// Documents joined by a copied sentence count once; see independent_sources.h.
#include "compare/independent_sources.h"

#include <cctype>
#include <cstdint>
#include <string_view>
#include <string>
#include <unordered_map>

#include <xxhash.h>

namespace factlint::compare {

namespace {

// Words as a reader counts them: runs of text between spaces that hold a letter or
// digit ("4,209" is one).
std::size_t word_count(const std::string& sentence) {
  std::size_t words = 0;
  bool in_word = false;
  bool counted = false;
  for (unsigned char c : sentence) {
    if (std::isspace(c)) {
      in_word = false;
      continue;
    }
    if (!in_word) counted = false;
    in_word = true;
    if (!counted && (std::isalnum(c) || c >= 0x80)) {
      ++words;
      counted = true;
    }
  }
  return words;
}

// Union-find over the documents, by index.
struct Sets {
  std::vector<std::size_t> parent;
  std::size_t add() {
    parent.push_back(parent.size());
    return parent.size() - 1;
  }
  std::size_t root(std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  bool join(std::size_t a, std::size_t b) {
    a = root(a);
    b = root(b);
    if (a == b) return false;
    parent[b] = a;
    return true;
  }
};

template <typename Each>
std::size_t count_sources(Each&& each_statement) {
  Sets sets;
  // Views of the statements' own strings, and hashes of the sentences: a finding a wire
  // story repeats in 80,000 documents would otherwise copy every sentence once more
  // (1 GB corpus, issue 10: the peak memory rose past 300 MB).
  std::unordered_map<std::string_view, std::size_t> document_index;
  std::unordered_map<std::uint64_t, std::size_t> first_with_sentence;  // sentence and value text -> document
  std::size_t sources = 0;
  each_statement([&](const match::Statement& s) {
    auto [doc, fresh] = document_index.try_emplace(s.document, 0);
    if (fresh) {
      doc->second = sets.add();
      ++sources;
    }
    if (word_count(s.sentence) < kCopiedSentenceWords) return;
    const std::uint64_t sentence = XXH3_64bits(s.sentence.data(), s.sentence.size());
    const std::uint64_t key = XXH3_64bits_withSeed(s.value.text.data(), s.value.text.size(), sentence);
    auto [copy, first] = first_with_sentence.try_emplace(key, doc->second);
    if (!first && sets.join(copy->second, doc->second)) --sources;
  });
  return sources;
}

}  // namespace

std::size_t independent_sources(const std::vector<match::Statement>& statements) {
  return count_sources([&](auto&& visit) {
    for (const match::Statement& s : statements) visit(s);
  });
}

std::size_t independent_sources(const std::vector<ValueGroup>& groups) {
  return count_sources([&](auto&& visit) {
    for (const ValueGroup& g : groups) {
      for (const match::Statement& s : g.statements) visit(s);
    }
  });
}

}  // namespace factlint::compare
