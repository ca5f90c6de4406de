// Comparing quotes across documents without any rule: quotes are matched by shared
// word shingles, grouped, and each group gets a verdict with a reason —
// consistent, truncated-quote, altered-quote, misattributed-quote or single-source.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "compare/finding.h"
#include "quote/quote.h"

namespace factlint::quote {

struct QuoteOptions {
  bool enabled = true;
  std::size_t min_words = 1;  // quotes with fewer comparison words are ignored
};

// One wording given to one speaker, with every quote that uses it.
struct QuoteVariant {
  std::vector<std::string> words;
  std::string speaker;     // canonical name, "" when unknown
  std::vector<Quote> quotes;  // sorted by document and position
};

struct QuoteFinding {
  compare::Verdict verdict = compare::Verdict::SingleSource;
  std::string reason;       // consistent | truncated-quote | altered-quote | misattributed-quote | single-source
  std::string explanation;  // what differs: the diff, what was cut, the speakers
  std::string speaker;      // of the reference wording, "" when unknown
  std::string about;
  std::vector<std::string> words;     // the reference wording (the fullest attributed one)
  std::vector<QuoteVariant> variants; // the reference's first
};

// Groups `quotes` (from every document) and classifies each group. Nested quotes
// and quotes shorter than options.min_words take no part; a group with no speech
// (only scare quotes or titles) is not reported. Differences are judged against
// the reference wording: the longest one with a known speaker.
//  - same words (after case, punctuation and typography)   -> consistent
//  - one a contiguous part of the other (ellipses allowed) -> truncated-quote,
//    consistent unless the cut removed a negation ("not", "never", "n't"), which
//    can reverse the meaning: then conflicting
//  - words inserted, removed or replaced                   -> altered-quote, conflicting
//  - the same words given to different known speakers      -> misattributed-quote, conflicting
//  - one document only                                     -> single-source
// Findings are sorted by reference wording and speaker.
std::vector<QuoteFinding> compare_quotes(const std::vector<Quote>& quotes, const QuoteOptions& options);

}  // namespace factlint::quote
