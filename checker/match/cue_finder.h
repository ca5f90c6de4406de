// Cue matches: where a fact's cue words occur, the value of the fact's type nearest
// to them in the same clause, unless a veto word stands between or just around them
// (docs/rules.md "Cues"). Patterns say a fact word by word; cues say what it is about
// and leave the order of the words to the writer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "match/document_index.h"
#include "match/match_stats.h"
#include "match/nfa_runner.h"
#include "match/vocabulary.h"

namespace factlint::match {

// How far a cue reaches for its value: at most this many tokens between them when the
// value comes after the cue ("trade ... reached $5 billion"), and this many when it
// comes before, where English puts a figure only inside the noun phrase ("$5 billion
// in trade", "a 4,209 km shared border").
inline constexpr int kCueReach = 20;
inline constexpr int kCueReachBefore = 6;
// Veto words count from this many tokens before the cue-and-value span to this many
// after it ("they aim to raise trade to $250 billion"; "a $250 billion target").
inline constexpr int kVetoBefore = 6;
inline constexpr int kVetoAfter = 3;

// One cue occurrence paired with its value.
struct CueMatch {
  int cue = 0;                    // which cue of the fact
  TokenMatch cue_tokens;          // the cue's own tokens
  std::vector<Binding> bindings;  // one per capture slot: the cue's captures, then the value (last slot)
  TokenMatch clause;              // the clause both lie in
  int distance = 0;               // tokens between the cue and the value
};

// The words that end a clause inside a sentence (";", "but", "while", "whereas",
// "although", "though", "however"), interned so documents' tokens can be compared.
std::vector<int> clause_break_words(Vocabulary& vocabulary);

// The default vetoes of every cue: the words of forecasts, targets and plans
// ("expected", "forecast", "projected", "target", "aim", "plan", "goal", "will",
// "would", "could", "might", "should", "hope", "seek"), as one pattern.
lang::PatternNode default_vetoes();

// Clauses of the sentence [first, last): token ranges between clause breaks.
std::vector<TokenMatch> clauses_of(const DocumentIndex& index, const std::vector<int>& breaks, int first, int last);

// The cue matches of one fact in one sentence [first, last). `cues` and `vetoes` are
// the fact's compiled cue and veto programs; the value is a reading of the last
// slot's type. A reading is paired with the nearest cue occurrence in its clause
// within kCueReach tokens; each cue occurrence keeps its nearest unvetoed reading
// (after it on a tie). A cue that captures the value itself needs no pairing. Readings
// overlapping a reading of a year are not counts or numbers (`years`: those readings,
// or null).
std::vector<CueMatch> find_cue_matches(const std::vector<CompiledPattern>& cues,
                                       const std::vector<CompiledPattern>& vetoes, const DocumentIndex& index,
                                       const std::vector<int>& breaks, const TypedReadings* years, int first,
                                       int last, NfaRunner& runner, MatchStats& stats);

// Why a sentence where a cue occurs gave no cue match, for `rules audit` and
// `explain --text`: empty when no cue occurs or a match would be made.
struct CueMiss {
  std::string reason;
  int rank = 0;  // 0: nearest to a statement (vetoed), 1: value out of reach, 2: no value at all
};
std::optional<CueMiss> explain_cue_miss(const std::vector<CompiledPattern>& cues,
                                        const std::vector<CompiledPattern>& vetoes, const DocumentIndex& index,
                                        const std::vector<int>& breaks, const TypedReadings* years,
                                        std::string_view text, int first, int last, NfaRunner& runner,
                                        MatchStats& stats);

}  // namespace factlint::match
