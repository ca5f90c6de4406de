// Word-level differences between two wordings of a quote, and whether one is a
// cut-down version of the other.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace factlint::quote {

struct DiffOp {
  enum class Kind { Same, Removed, Added } kind = Kind::Same;
  std::string words;  // consecutive words of the same kind, space separated
};

// Words are compared by spelling: the British and American spellings of a word are the
// same word here ("stabilised" and "stabilized"), in every function below.

// The spelling each word is compared by, never shown: the British and American
// spellings of a word ("stabilised", "stabilized") share one, because a publication
// respelling a speaker's words in its house style has not altered them.
std::vector<std::string> spelling_keys(const std::vector<std::string>& words);

// Whether two wordings are the same words.
bool same_words(const std::vector<std::string>& a, const std::vector<std::string>& b);

// The shortest edit from `a` to `b` by a longest common subsequence of words.
// Example: "we will stand together" -> "we shall stand together" gives
// same "we", removed "will", added "shall", same "stand together".
std::vector<DiffOp> word_diff(const std::vector<std::string>& a, const std::vector<std::string>& b);

// "-will +shall" style text of the changed runs only: "will -> shall", "+not", "-very".
std::string describe_changes(const std::vector<DiffOp>& ops);

// Length of the longest common subsequence of words.
std::size_t common_words(const std::vector<std::string>& a, const std::vector<std::string>& b);
// The same on wordings given as the ids of their spelling keys (one id a key): how a
// full run compares its quotations (quote_comparator.cc, issue 10).
std::size_t common_words(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

// How `part` is cut from `whole` when it is: each run of `part` between ellipsis
// gaps (`gaps`, word indexes into part) appears in `whole` in order, contiguously.
struct Cut {
  std::string before;  // words of `whole` left out before the part
  std::string elided;  // words left out at the part's ellipses, "; " between places
  std::string after;   // words left out after the part
};
std::optional<Cut> find_cut(const std::vector<std::string>& whole, const std::vector<std::string>& part,
                            const std::vector<std::size_t>& gaps);

// What a cut left out, where: "drops 'and closest friend' at the end". Says where the
// dropped words were, not where the cut is, which readers took the wrong way round.
std::string describe_cut(const Cut& cut);

}  // namespace factlint::quote
