// Appositives and relative clauses: the phrases a writer hangs on a name to say what
// it is ("The gauge at Kaub, the narrow stretch between Mainz and Koblenz, dropped to
// 27 cm", "Skou, who took charge in July, said ..."). What a phrase says, it says of
// that name: the entities it names are not the clause's subject, its years date only
// its own figures, its vetoes veto only its own statements (docs/rules.md "Cues",
// "Appositives and relative clauses").
#pragma once

#include <vector>

#include "match/document_index.h"
#include "match/vocabulary.h"

namespace factlint::match {

// The closed word lists of attached phrases, interned so tokens compare by id.
struct AttachWords {
  int comma = 0;
  int dash = 0;  // a dash between words: the normalizer folds every dash to '-'
  int semicolon = 0;
  int open_paren = 0;
  int close_paren = 0;
  int possessive = 0;                // "'s": "Rotterdam, Europe's largest port, ..."
  std::vector<int> determiners;      // "the", "a", "an"
  std::vector<int> relatives;        // "which", "who", "whose"
  std::vector<int> places;           // "near", "beside", "opposite": a landmark follows
  std::vector<int> sides;            // "upstream", "north": a landmark follows "of"
  std::vector<int> linked;           // "next", "close": a landmark follows "to"
  int of = 0;
  int to = 0;
  std::vector<int> comparisons;      // "than", "unlike", "compared" ("with"/"to")
};
AttachWords attach_words(Vocabulary& vocabulary);

// The attached phrases of every sentence of `index`, in order, none inside another.
// After an entity's name, a comma or a dash opens one when a determiner ("the", "a",
// "an"; not before another name: "China, the US and Russia" is a list), a relative
// ("which", "who", "whose"), a possessive name ("Europe's") or a past participle whose
// phrase a comma closes ("The rule, introduced in 2001, ...") follows, and a
// parenthesis always does. A comma or a dash followed by a determiner after other
// words opens one that comments on its clause ("..., the biggest bet yet by the
// world's largest carrier"), when the sentence named an entity before it ("In 2023,
// the port ..." opens nothing). A phrase ends at the next comma, dash or ';' (a
// parenthesis at its ')'), else at the end of its sentence.
// A comma or a dash followed by a place phrase ("upstream of", "38 km downstream of",
// "near", "next to") opens a landmark phrase after any word: it says where something
// stands. A phrase after a name compared with ("than", "unlike", "compared with/to"
// earlier in its clause) describes that name, known to the rules or not ("longer than
// the Paris Metro, which is 226 km long"; docs/rules.md "Appositives and relative
// clauses").
std::vector<AttachedPhrase> attached_phrases(const DocumentIndex& index, const AttachWords& words);

// The phrase of `phrases` (sorted, none inside another) that holds all of the tokens
// [begin, end), or null.
const AttachedPhrase* phrase_holding(const std::vector<AttachedPhrase>& phrases, int begin, int end);

}  // namespace factlint::match
