// A figure written between a determiner and a noun measures that noun: "its own $8.2
// billion widening of the Suez Canal", "the spillway's 483 m crest", "its 12 km
// tunnel". When the noun is none of the fact's cue words, no entity's name and no kind
// its roles take, the figure is another thing's, not the fact's (docs/rules.md "Cues",
// step 2); "the 4,209 km border" (a cue word), "the 2,335 m dam" (a role's kind) and
// "the 310 people who died" (the subject of a cue just after it) stay the fact's.
#pragma once

#include <string>
#include <vector>

#include "match/cue_finder.h"

namespace factlint::match {

// Whether the reading [begin, end) of the sentence ending at `last` stands between a
// determiner ("a", "the", "its", "their", "his", "her", "our", "'s") and a noun phrase
// of up to three words (ending at punctuation or at "of", "in", "and", "which", ...)
// that holds no word of `cues`, no entity name and none of `kinds`, and that no cue
// word follows within four words (not after "from", which names where the noun comes
// from: "the 32 TB ceiling comes from the block size"). `any_start`: whatever stands before it, for a
// figure before its cue ("four occupation zones, with the first district").
bool measures_another_noun(const DocumentIndex& index, const std::vector<CompiledPattern>& cues,
                           const std::vector<std::string>& kinds, int begin, int end, int last, bool any_start = false);

// Whether the count [begin, end), after a preposition, counts the plural noun right
// after it (up to three lowercase words, the last a plural, then the phrase's end),
// one that holds none of the fact's cue words, entities or role kinds: "stations in
// three boroughs", "software that switches between three control systems" count
// boroughs and systems, not stations (docs/rules.md "Cues", step 2). A figure after a
// cue verb ("displaced 1.3 million people") has no preposition before it.
bool counts_its_own_plural(const DocumentIndex& index, const std::vector<CompiledPattern>& cues,
                           const std::vector<std::string>& kinds, int begin, int end, int last);

// Whether the figure ending before token `end` counts some of a group named after it
// ("of the", "its", "their", "these" or "those" and up to three words), a group the
// fact's cues, entities and role kinds do not name: "built two of the instruments with
// industry partners" counts instruments, not partners (docs/rules.md "Cues", step 2).
// "Eight of the climbers died" still counts what the cue says happened to them (a cue
// word right after the group, before any preposition).
bool counts_some_of_another(const DocumentIndex& index, const std::vector<CompiledPattern>& cues,
                            const std::vector<std::string>& kinds, int end, int last);

// Whether a share ending before token `end` is taken of a whole its cue describes: "of
// the", "its", "their", "these" or "those", then the cue, one word ending in "-ed",
// before its noun ("about half of the bleached coral was dead", "a third of the
// flooded homes"). The cue says what the whole already is; the share tells of
// something else, so it is no statement of the cue's fact (docs/rules.md "Cues",
// step 2).
bool shares_a_described_whole(const DocumentIndex& index, int end, TokenMatch cue, int last);

// Whether the figure ending before token `end`, right before the cue, is a part of a
// whole given after the cue by "out of" and a figure: "87 reefs out of 2,900" counts
// the 87 of them surveyed; the reefs are 2,900 (docs/rules.md "Cues", step 2).
bool part_out_of_whole(const DocumentIndex& index, int end, TokenMatch cue, int last);

// Whether the reading ending at token `end` (before `last`) is hyphened to a participle
// made of a noun, which names what the figure counts: "a four-engined jet" has four
// engines, "a seven-pointed star" seven points (docs/rules.md "Numbers"). It is the
// value only of a cue that names that word (`cue engine`), so with `cues` given, a
// participle that is one of their words does not count. With none (a sentence read
// without its own cue), any such participle does.
bool counts_its_participle(const DocumentIndex& index, const std::vector<CompiledPattern>* cues, int end, int last);

}  // namespace factlint::match
