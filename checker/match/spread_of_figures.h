// A figure at an end of a spread of figures: "Estimates of the carbon stored vary widely,
// from below 100 to more than 200 billion tonnes". Writers who say figures vary give the
// bounds of what others said, no figure of their own (docs/rules.md "Cues", step 2).
#pragma once

#include "match/document_index.h"

namespace factlint::match {

// Whether the figure [begin, end) of the sentence [first, last) ends, or opens, a
// "from ... to ..." spread whose verb is "vary" (varies, varied, varying) or "differ"
// (differs, differed), the verb at most four words before "from" and "to" at most
// four words after it: "vary widely with method, from below 100 to more than 200".
bool ends_a_spread(const DocumentIndex& index, int first, int last, int begin, int end);

}  // namespace factlint::match
