// Entity aliases as a token trie: finds, at a token position, the longest alias
// that starts there and the entity it names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "match/tokenizer.h"
#include "match/vocabulary.h"

namespace factlint::match {

// An alias occurrence: entity index in RuleSet::entities, and the end token (exclusive).
struct EntityHit {
  int entity = -1;
  int end = 0;
  bool capitals = false;     // every alias of these words is written in capitals: an acronym
  bool capitalized = false;  // one word, declared only capitalized ("Crown"): see AliasOccurrence
  // Entities of other kinds the same alias names, in the order declared (null: none);
  // see AliasOccurrence::also.
  const std::vector<int>* also = nullptr;
};

// An alias occurrence in a text: tokens [begin, end) name `entity`.
struct AliasOccurrence {
  int begin = 0;
  int end = 0;
  int entity = -1;
  // Declared only in capitals ("AIMS", "NYPD", "US"): an acronym, which names its entity
  // only where the text writes it in capitals too ("aims", "us" are words); the
  // document index checks that, as only it sees the text as written.
  bool capitals = false;
  // One word declared only with a capital and the rest lowercase ("Crown", "Camry"): a
  // name, which never names its entity where the text writes it in lowercase ("kept
  // its crown" is a word).
  bool capitalized = false;
  // "the Amazon" declared for the forest and for the river: an alias may name one
  // entity of each kind (docs/rules.md "One name for things of different kinds"). `entity`
  // is the first declared; these are the others, in the order declared (null: none). A
  // role takes the one of its kind.
  const std::vector<int>* also = nullptr;
};

class EntityIndex {
 public:
  // Normalizes (doc::normalize) and tokenizes every alias of every entity, interning
  // its tokens in `vocabulary`. An alias declared for entities of different kinds names
  // each of them (AliasOccurrence::also); one declared again for an entity of a kind it
  // names already, or where either has no kind, names the first one declared (lint
  // says so). An alias with no tokens is ignored.
  EntityIndex(const lang::RuleSet& rules, Vocabulary& vocabulary);

  // The longest alias starting at token `at` of `words` (vocabulary ids), if any.
  // Cost: at most the longest alias's token count.
  std::optional<EntityHit> longest_at(const std::vector<int>& words, int at) const;

  // Whether words [begin, end) are exactly an alias.
  bool names(const std::vector<int>& words, int begin, int end) const;

  // The aliases named in `text` (normalized), whose `tokens` have vocabulary ids
  // `words`: at each token the longest alias, left to right, overlapping ones kept.
  // A name joined by a hyphen to a word before it names a kind of thing, not the
  // entity ("post-Panamax ships", "pro-Russia groups"); joined to another name it is
  // one of two entities ("China-Russia trade").
  std::vector<AliasOccurrence> occurrences(std::string_view text, const std::vector<Token>& tokens,
                                           const std::vector<int>& words) const;

  // Token count of the longest alias.
  int max_length() const { return max_length_; }

 private:
  struct Node {
    std::vector<std::pair<int, int>> next;  // (word id, node), sorted by word id
    int entity = -1;
    bool capitals = false;
    bool capitalized = false;
    std::vector<int> also;  // entities of other kinds with this alias (AliasOccurrence::also)
  };
  int child(int node, int word) const;
  static bool shareable(const lang::RuleSet& rules, const Node& node, int e);

  std::vector<Node> nodes_;
  int max_length_ = 0;
};

}  // namespace factlint::match
