// Which sentences of `rules audit --without-cue` likely state a fact again: their
// figure is close to a value the rules read for that fact elsewhere, as a restatement
// in other words is (docs/rules.md "Finding phrasings your rules lack").
#pragma once

#include <vector>

#include "match/matcher.h"
#include "match/statement.h"

namespace factlint::match {

// Whether two figures of one fact are close enough to be one figure written twice, or
// a stale or mistaken copy of it: the same unit and within a factor of 1.5; figures
// under 20 (ranks, a few things) within one; years and dates overlapping ("1991" and
// "22 November 1991"). Looser than any comparison: it ranks, it never decides.
bool close_figures(const value::Value& a, const value::Value& b);

// Moves the misses whose figure is close to a statement of their fact (in `statements`,
// of every document) ahead of the others (rank -1), naming that statement in the reason.
void rank_restatements(const std::vector<NearMiss*>& misses, const std::vector<Statement>& statements);

}  // namespace factlint::match
