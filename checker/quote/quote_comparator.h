// Comparing quotes across documents without any rule: quotes are matched by shared
// word shingles, grouped, and each group gets a verdict with a reason —
// consistent, truncated-quote, altered-quote, misattributed-quote or single-source.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "compare/finding.h"
#include "lang/ast.h"
#include "quote/quote.h"
#include "quote/quote_core.h"
#include "quote/word_table.h"

namespace factlint::quote {

struct QuoteOptions {
  bool enabled = true;
  std::size_t min_words = 1;  // quotes with fewer comparison words are ignored
  // Globs of documents whose quotes take no part (`--quote-ignore`, `quote-ignore`),
  // matched like `--exclude` (doc::excluded_by): "corpus/archive/**", "*.html".
  std::vector<std::string> ignore;
};

// What a finding holds of each of its quotations: the quotation itself, or for a core
// a pointer to it among the run's cores, which outlive the findings (app/quote_book.h):
// a group quoted in 100,000 documents then holds 8 bytes a quotation, not a copy of
// each core (issue 10). held() gives the quotation either way.
template <class Q>
struct HeldQuote {
  using type = Q;
};
template <>
struct HeldQuote<QuoteCore> {
  using type = const QuoteCore*;
};
inline const Quote& held(const Quote& q) { return q; }
inline const QuoteCore& held(const QuoteCore* q) { return *q; }

// One wording given to one speaker, with every quote that uses it. `Q` is Quote, or
// QuoteCore when a run holds only what the comparison needs (issue 10).
template <class Q>
struct BasicQuoteVariant {
  std::vector<std::string> words;
  std::string speaker;     // canonical name, "" when unknown
  std::vector<typename HeldQuote<Q>::type> quotes;   // sorted by document and position
  bool deviates = false;   // differs from a declared quote's verified wording or speaker
};

template <class Q>
struct BasicQuoteFinding {
  compare::Verdict verdict = compare::Verdict::SingleSource;
  std::string reason;       // consistent | truncated-quote | altered-quote | misattributed-quote | single-source
  std::string explanation;  // what differs: the diff, what was cut, the speakers
  std::string speaker;      // of the reference wording, "" when unknown
  std::string about;
  std::vector<std::string> words;     // the reference wording (the fullest attributed one)
  std::vector<BasicQuoteVariant<Q>> variants; // the reference's first
  std::string declaration;  // the `quote` declaration judged against, "" for none
  std::string verified;     // its verified text as written
};

using QuoteVariant = BasicQuoteVariant<Quote>;
using QuoteFinding = BasicQuoteFinding<Quote>;
using CoreQuoteFinding = BasicQuoteFinding<QuoteCore>;

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
//
// With `declared` quotes (`quote` in rule files), a quotation matching a declaration
// (the same similarity) is judged against the verified wording and speaker instead,
// in one finding per declaration that any quotation matches; the reasons are the same,
// with the declaration as the reference, and a known speaker who is not the declared
// one gives misattributed-quote. A quotation matching two declarations goes to the one
// sharing more of its words. Such quotations take no part in the groups above.
std::vector<QuoteFinding> compare_quotes(const std::vector<Quote>& quotes, const QuoteOptions& options,
                                         const std::vector<lang::QuoteDecl>& declared = {});
// The same, moving each compared quotation into its finding instead of copying it:
// a run's quotations are then held once, not twice (issue 10). `quotes` is left
// with moved-from quotations.
std::vector<QuoteFinding> compare_quotes(std::vector<Quote>&& quotes, const QuoteOptions& options,
                                         const std::vector<lang::QuoteDecl>& declared = {});
// The same on the cores of a run's quotations (issue 10), which the findings' variants
// point to: `quotes` must outlive them, and is not changed. The same groups, verdicts
// and order as on the whole quotations.
std::vector<CoreQuoteFinding> compare_quotes(std::deque<QuoteCore>& quotes, const QuoteOptions& options,
                                             const std::vector<lang::QuoteDecl>& declared = {});

// The corpus a part of the quotations is compared within (an incremental run,
// app/incremental_check.h): which word shingles are too common across it to propose
// pairs, and the words of its one-word speech quotations. Given both, compare_quotes
// on a union of whole groups proposes exactly the pairs the whole corpus would.
struct CorpusShingles {
  std::function<bool(const std::string& shingle)> too_common;
  std::set<std::string> single_words;  // spelling keys (word_diff.h)
};
std::vector<QuoteFinding> compare_quotes(std::vector<Quote>&& quotes, const QuoteOptions& options,
                                         const std::vector<lang::QuoteDecl>& declared, const CorpusShingles& corpus);
// The same on cores (an incremental run holds its quotations as a full run does, issue 10).
std::vector<CoreQuoteFinding> compare_quotes(std::deque<QuoteCore>& quotes, const QuoteOptions& options,
                                             const std::vector<lang::QuoteDecl>& declared, const CorpusShingles& corpus);

// Whether a quotation takes part in the comparison at all: not nested, at least
// options.min_words words, its document not ignored.
// Each on a whole quotation or its core, with the same answer.
bool takes_part(const Quote& q, const QuoteOptions& options);
bool takes_part(const QuoteCore& q, const QuoteOptions& options);
// What makes two quotations one entry of the shingle index (compare_quotes): their
// words, and a one-word one's speaker. Entries, not quotations, are paired and joined.
std::string entry_key(const Quote& q);
std::string entry_key(const QuoteCore& q);
// A one-word quotation given to a known speaker: its word indexes longer quotations too.
bool one_word_speech(const Quote& q);
bool one_word_speech(const QuoteCore& q);

// Whether two wordings are the same quotation for matching: at least 75% of the
// shorter one's words appear in order in the other, and at least two words unless
// one is a single word; a single word matches only the same single word, or a longer
// wording holding it when `one_word_speech` (an attributed one-word quotation).
bool similar_wordings(const std::vector<std::string>& a, const std::vector<std::string>& b, bool one_word_speech);
// The same on wordings given as the ids of their spelling keys (word_diff.h
// common_words), as compare_quotes compares them.
bool similar_wordings(const std::vector<WordTable::Id>& a, const std::vector<WordTable::Id>& b, bool one_word_speech);

}  // namespace factlint::quote
