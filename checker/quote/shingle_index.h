// Candidate matches between quotes of different documents: quotes sharing a word
// shingle (a pair of consecutive words; the word itself for one-word quotes).
// Near-linear: each quote is indexed once, and shingles shared by more than
// kMaxPostings quotes ("of the") are too common to propose pairs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "quote/word_table.h"

namespace factlint::quote {

inline constexpr std::size_t kMaxPostings = 64;

// Pairs (i, j), i < j, of word lists sharing a shingle that at most kMaxPostings
// lists contain; sorted and unique. Survives changed words, cuts and insertions:
// any two consecutive words kept in common are enough. A longer list is also indexed
// under each of its words that `single_words` holds, so a one-word quote of that
// word can be paired with the longer quotes it may be cut from.
// `too_common`, when given, says which shingles are too common instead of counting the
// lists given: they are then part of a larger index (the corpus's, in an incremental
// run, app/incremental_check.h), whose pairs among them these are.
std::vector<std::pair<std::size_t, std::size_t>> candidate_pairs(
    const std::vector<std::vector<std::string>>& words, const std::set<std::string>& single_words = {},
    const std::function<bool(const std::string& shingle)>& too_common = {});

// The same on words named by ids (word_table.h), as a full run compares its
// quotations: a shingle is the two ids in one integer (a one-word shingle's first id is
// WordTable::kNone), and the index is one sorted array of (shingle, list) pairs, 12
// bytes a shingle, not a map of strings (issue 10). The same pairs as the strings
// would give for the words the ids name.
std::vector<std::pair<std::size_t, std::size_t>> candidate_pairs(
    const std::vector<std::vector<WordTable::Id>>& words, const std::vector<WordTable::Id>& single_words,
    const std::function<bool(std::uint64_t shingle)>& too_common = {});

// The shingles one list is indexed under by candidate_pairs, sorted and unique.
std::vector<std::string> shingles_of(const std::vector<std::string>& words, const std::set<std::string>& single_words);

}  // namespace factlint::quote
