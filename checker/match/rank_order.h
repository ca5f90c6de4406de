// Ranks given as an order: "the largest buyers were China, followed by Japan and
// South Korea" ranks Japan one place and South Korea two places after China. The
// matcher asks it after keeping a statement of a rank fact (docs/rules.md "Derived values").
#pragma once

#include <vector>

#include "match/document_index.h"
#include "match/nfa_runner.h"
#include "match/vocabulary.h"

namespace factlint::match {

// The closed word lists of an order, interned so tokens compare by id.
struct RankOrderWords {
  int followed = 0;
  int by = 0;
  std::vector<int> separators;  // ",", "and", "then": between the names of an order
};
RankOrderWords rank_order_words(Vocabulary& vocabulary);

// One name of an order after a ranked one.
struct RankFollower {
  int entity = 0;     // the entity named
  TokenMatch mention;  // its name
  int places = 0;     // how many places after the ranked one: 1, 2, ...; 0 with `own_rank`
  TokenMatch said;    // "followed by ... <its name>", or "<its name> in third place"
  int own_rank = -1;  // an ordinal reading (index in the ordinal readings) that ranks it itself
};

// The names that follow a ranked statement: "followed by" within two punctuation
// tokens after the statement's words [span) (or after a comma that closes up to three
// words qualifying them: "the largest user by cargo, followed by China"), then names
// separated by ",", "and" or "then" up to the end of the clause [.., clause_end). Each
// item of the list takes one place whether or not the rules know its name; an item of
// more than four words, or one holding an `ordinal` reading ("India in fourth place":
// its own rank), ends the list. Then, up to the end of the clause, a name followed
// within three words by an exact rank of its own ("with Japan in third place", "China
// was second", "and Japan third") takes that rank: `own_rank`. Only names of an
// entity that `fits` (empty: any) are returned, and never one that owns what follows
// it ("China's third-largest partner"). Empty when no order follows.
std::vector<RankFollower> rank_followers(const DocumentIndex& index, const RankOrderWords& words, TokenMatch span,
                                         int clause_end, const std::vector<char>& fits);

}  // namespace factlint::match
