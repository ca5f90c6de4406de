// Simulates compiled patterns over a document's tokens, Pike-VM style: a set of
// threads, one per NFA state, advanced token by token. Never backtracks: each
// (state, token) pair is visited at most once per pass, so a pass over a range of
// T tokens costs O(T x program size).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "match/document_index.h"
#include "match/match_stats.h"
#include "match/pattern_compiler.h"

namespace factlint::match {

// A match of one pattern: the token range [begin, end).
struct TokenMatch {
  int begin = 0;
  int end = 0;
};

// What a capture slot bound: tokens [begin, end) and the entity index (entity
// slots) or the reading index in the slot type's TypedReadings (value slots).
struct Binding {
  int begin = -1;
  int end = -1;
  int payload = -1;
  bool bound() const { return begin >= 0; }
};

// A program ready to run over documents: the forward NFA (for captures), the
// reverse NFA (for match extents), and the value types of its slots.
struct CompiledPattern {
  Program forward;
  Program reverse;
  // The built-in veto words (docs/rules.md "Vetoes"), not the rule author's: a word of
  // theirs that is the whole of a declared name ("AIMS" for "aims") is that name.
  bool built_in = false;
};

class NfaRunner {
 public:
  // For every start token in [first_start, last_start) within the token range
  // [lo, hi), the longest match starting there, if any (empty matches are never
  // reported). One right-to-left pass over [lo, hi) with the reverse NFA: when two
  // threads reach one state, the one with the farther end survives, which is
  // exactly what the longest match per start needs. Sorted by begin.
  std::vector<TokenMatch> longest_matches(const CompiledPattern& pattern, const DocumentIndex& index, int lo, int hi,
                                          int first_start, int last_start, MatchStats& stats);

  // The capture bindings of `match` (one per slot), chosen by pattern priority:
  // earlier alternatives first, optional parts taken, gaps as short as possible,
  // longer value readings first. One left-to-right pass over the match with the
  // forward NFA. nullopt if the forward NFA does not match exactly `match`
  // (cannot happen for a match from longest_matches).
  std::optional<std::vector<Binding>> bind(const CompiledPattern& pattern, const DocumentIndex& index,
                                           TokenMatch match, MatchStats& stats);

 private:
  struct Thread {
    int pc;
    int until;  // stream position where the thread becomes active (> now: still inside an alias or reading)
    int tag;    // reverse: the global end token; forward: capture node or -1
  };
  struct ThreadList {
    std::vector<Thread> threads;
    std::vector<std::uint32_t> active_mark;   // per pc
    std::vector<std::uint32_t> waiting_mark;  // per (pc, distance)
    std::uint32_t stamp = 0;
  };
  struct CaptureNode {
    int parent;
    int slot;
    Binding binding;
  };
  template <bool Reverse>
  friend class Pass;

  void prepare(const Program& program, int longest_edge);

  ThreadList lists_[2];
  std::vector<int> stack_;
  std::vector<CaptureNode> captures_;
  // Per capture slot of the running pass, the readings it reads (null for an entity):
  // kept here, as the thread lists are, so a pass allocates nothing (issue 10).
  std::vector<const TypedReadings*> slot_readings_;
  int program_size_ = 0;
  int waiting_width_ = 0;
};

}  // namespace factlint::match
