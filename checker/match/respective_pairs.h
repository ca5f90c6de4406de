// Figures given "respectively": "Ruto and Odinga won 50.49% and 48.85% respectively"
// says Ruto's share is 50.49% and Odinga's 48.85%. The nth name of a list of names
// goes with the nth figure of the list of figures that "respectively" closes
// (docs/rules.md "Cues", step 5).
#pragma once

#include <vector>

#include "match/document_index.h"
#include "match/nfa_runner.h"
#include "match/vocabulary.h"

namespace factlint::match {

// The words of such lists, interned so tokens compare by id.
struct RespectiveWords {
  int respectively = 0;
  int each = 0;
  std::vector<int> joiners;  // ",", "and", "as well as"'s words are not joiners: a list is "A, B and C"
};
RespectiveWords respective_words(Vocabulary& vocabulary);

// One name of the list and the figure it goes with.
struct RespectivePair {
  int entity = 0;      // the entity named
  TokenMatch mention;  // its name
  int reading = -1;    // index in `values.readings`
  TokenMatch figure;   // the reading's tokens
};

// The pairs of sentence [first, last) when it says "respectively" just after a list
// of at least two readings of `values`, and before that list a list of exactly as
// many names of entities that `fits` (empty: any), each joined by "," or "and".
// Empty otherwise.
std::vector<RespectivePair> respective_pairs(const DocumentIndex& index, const RespectiveWords& words,
                                             const TypedReadings& values, int first, int last,
                                             const std::vector<char>& fits);

// The pairs of sentence [first, last) when the figure `figure` (a reading of `values`)
// follows "each" right after a list of at least two names of entities that `fits`
// (empty: any), joined by "," or "and": "Runway A and Runway B, each 3,200 m long", "Hall
// A and Hall B are each 40 m wide" give every name that one figure (docs/rules.md
// "Cues", step 5). Between the last name and "each" stand at most a "," and "are" or
// "were". Empty otherwise.
std::vector<RespectivePair> distributed_pairs(const DocumentIndex& index, const RespectiveWords& words,
                                              int reading, TokenMatch figure, int first,
                                              const std::vector<char>& fits);

}  // namespace factlint::match
