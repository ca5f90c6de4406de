// Number words that begin a name ("Nine Rivers Travel", "Twenty Questions"): the
// readings of counts and numbers they would give are no figures of anything.
#pragma once

#include <vector>

#include "doc/document.h"
#include "value/scan.h"

namespace factlint::match {

// Drops from `matches` (readings of the normalized text) each spelled-out number that
// the original text capitalizes inside a sentence and follows with a capitalized word:
// "a spokesman for Nine Rivers Travel" counts no nine of anything. A sentence's first
// word is capitalized anyway ("Nine ferries sank"), so it is kept.
void drop_numbers_in_names(const doc::Document& document, std::vector<value::ValueMatch>& matches);

}  // namespace factlint::match
