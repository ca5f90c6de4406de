// Counts joined by "and" that a verb takes as one whole (docs/rules.md "Counts added
// up"): "all 31 passengers and three crew escaped" is 34 people, "Eight British and two
// French workers died" 10 workers.
#pragma once

#include <functional>
#include <optional>

#include "match/document_index.h"

namespace factlint::match {

struct ConjoinedCounts {
  int begin = 0;         // tokens of the whole phrase: "31 passengers and three crew"
  int end = 0;
  int parts_end = 0;     // the end of what the two figures count apart: a cue within
                         // [begin, parts_end) counts one of them, never the whole
  int first = 0;         // reading indexes (payloads) of the two figures
  int second = 0;
};

// The two counts a reading of `counts` at tokens [value_begin, value_end) is one of,
// when they are joined so: two figures of people ("31 passengers and three crew",
// "one pilot and four cabin crew") or two figures before one noun, each with a
// capitalized qualifier ("Eight British and two French workers"; `capitalized` says
// whether a token is written with a capital in the document). Both figures exact;
// nullopt otherwise. Never two things of other kinds: "2.3 million cars and 1.2
// million trucks" are no whole.
std::optional<ConjoinedCounts> conjoined_counts(const DocumentIndex& index, const TypedReadings& counts,
                                                int value_begin, int value_end,
                                                const std::function<bool(int)>& capitalized);

}  // namespace factlint::match
