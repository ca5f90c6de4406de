// The named subject a sentence opens with: an entity, or a name the rules know nothing
// of ("Hubble launched in 1990."). A sentence about another thing than a fact's
// entities gives its figures to that thing, so the matcher never credits them, nor a
// pronoun sentence's after it, to a fact's entity by context (docs/rules.md "Cues").
#pragma once

#include <vector>

#include "doc/document.h"
#include "match/document_index.h"

namespace factlint::match {

inline constexpr int kNoSubject = -1;       // no named subject: a pronoun, a common noun, a time
inline constexpr int kForeignSubject = -2;  // a name no entity stands for

// Per sentence of `index` (DocumentIndex::sentence_tokens): the entity index of the
// name the sentence opens with (after an optional "the"), kForeignSubject when no
// entity's alias covers the name's last word or owns it ("Russia's Gazprom" is
// Russia's; "Cologne Cathedral" is not the city Cologne), else kNoSubject.
// A name is a run of capitalized words, joined by "'s" or "of" ("South Korea's Hanjin
// Shipping", "Bank of Korea"), one of which the document never writes in lowercase:
// a word other than the sentence's first ("The Danube Island", "Cologne Cathedral";
// not a title's "Fleet And Position"), or the first word when the document also writes
// it capitalized after a lowercase word ("Hubble launched in 1990" where "... than
// Hubble" occurs; "Trade rose" is no name), unless it ends like a nationality or a
// language ("Chinese officials", "Danish ships" are adjectives). Month
// and weekday names are times, not names ("January's exports"); a name joined by a
// hyphen to the next word describes a noun ("The Copenhagen-based company").
// When `lowercase` is given, it receives the flags per spelling of the words the document
// writes in lowercase (DocumentIndex::lowercase_spellings).
std::vector<int> sentence_subjects(const doc::Document& document, const DocumentIndex& index,
                                   std::vector<char>* lowercase = nullptr);

// Per sentence: whether it opens with one capitalized word the document never writes in
// lowercase and no alias covers, which sentence_subjects does not call a name because
// the document never capitalizes it inside a sentence ("Norway came first in 2024." in
// a text that names Norway nowhere else). Not a month, an article or a pronoun, a
// nationality ("Chinese"), or a word hyphened to the next ("Nepali-owned operators").
// A sentence that answers another (docs/rules.md "Cues", step 7) must not open so:
// it may be about that thing. Uses index.lowercase_spellings when it is filled, and
// otherwise walks the document for the same flags.
std::vector<char> capitalized_openings(const doc::Document& document, const DocumentIndex& index);

// Whether the clause [clause_begin, ...) of the sentence [first, last) opens with "its"
// (a cue's clause, cut at "but", "while", ";" ...; "and its" after a ";" too), and an earlier clause of
// the same sentence has as its subject a name no entity stands for: "the Tupolev Tu-144
// is lighter, but its wings span only 28.8 m" (docs/rules.md "Cues", step 3). "its"
// means that thing, not a fact's entity found by context.
bool its_means_named_subject(const doc::Document& document, const DocumentIndex& index, int first, int last,
                             int clause_begin);

}  // namespace factlint::match
