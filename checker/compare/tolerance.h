// When two values of one fact count as the same: the fact's `compare` policy
// applied to intervals, with the precision each value was written to.
#pragma once

#include "lang/ast.h"
#include "value/value.h"

namespace factlint::compare {

// How two values relate under a policy.
enum class Agreement {
  Same,           // identical readings
  Compatible,     // intervals overlap as written ("over 40" and "42")
  WithinRounding, // agree once each is widened by the precision it was written to
  WithinTolerance,// agree within the fact's `within N%` / `within N unit`
  Differ,
};

// Compares `a` and `b` under `policy` (Increasing is compared as Exact here: the
// order in time is the comparator's business). Values of different canonical units
// (two currencies) always differ: they are never converted silently.
Agreement agreement(const value::Value& a, const value::Value& b, const lang::CompareSpec& policy);

inline bool agrees(Agreement a) { return a != Agreement::Differ; }

}  // namespace factlint::compare
