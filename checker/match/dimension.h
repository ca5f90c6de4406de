// Which dimension a length measures: a figure says it with the word after it ("366
// metres long", "24 m high", "49 metres in beam"), a fact with its cue words (`cue beam
// | wide`). A figure of another dimension than every one its fact's cues name is a
// figure of another measure of the same thing: "ships up to 49 metres in beam and 366
// metres long" gives the beam 49 m, never 366 m (docs/rules.md "Cues", step 2).
#pragma once

#include "lang/ast.h"
#include "match/document_index.h"

namespace factlint::match {

// Dimensions as bits, so a fact may name several.
inline constexpr int kDimensionLength = 1;  // long, length
inline constexpr int kDimensionWidth = 2;   // wide, width, broad, breadth, beam, across, wingspan, diameter
inline constexpr int kDimensionHeight = 4;  // high, height, tall, elevation, altitude
inline constexpr int kDimensionDepth = 8;   // deep, depth, draft, draught

// The dimensions the words of a cue name, in any of their forms and through its
// macros; 0 when it names none.
int dimensions_named(const lang::PatternNode& cue, const lang::RuleSet& rules);

// The dimension the words right after a figure ending at token `end` name, before
// `last`: "long", "high", ... or "in" and a dimension's noun ("in beam", "in length");
// 0 when they name none.
int dimension_after(const DocumentIndex& index, int end, int last);

}  // namespace factlint::match
