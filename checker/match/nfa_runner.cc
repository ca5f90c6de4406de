// The Pike-VM simulation behind the matcher. Both passes share one loop over a
// "stream" of token boundaries: left to right for captures, right to left for
// match extents. Threads that consume an alias or a reading spanning k tokens wait
// k - 1 steps in the thread list, which keeps lists in priority order.
#include "match/nfa_runner.h"

#include <algorithm>

namespace factlint::match {

template <bool Reverse>
class Pass {
 public:
  Pass(NfaRunner& runner, const Program& program, const DocumentIndex& index, int lo, int hi, MatchStats& stats)
      : runner_(runner), program_(program), index_(index), lo_(lo), hi_(hi), stats_(stats),
        slot_readings_(runner.slot_readings_) {
    runner_.prepare(program, index.longest_edge);
    slot_readings_.clear();
    for (const CaptureSlot& slot : program.slots) {
      slot_readings_.push_back(slot.entity ? nullptr : index.readings_of(slot.type));
    }
    ++stats_.passes;
  }

  int size() const { return hi_ - lo_; }

  // Runs the pass. `start_tag(i)` gives the tag of a thread started at stream
  // position i (or nothing when no thread starts there); `on_match(i, tag)` sees
  // each thread that reaches Match at position i, in priority order, and returns
  // false to stop the pass.
  template <class StartTag, class OnMatch>
  void run(StartTag start_tag, OnMatch on_match) {
    const int n = size();
    NfaRunner::ThreadList* clist = &runner_.lists_[0];
    NfaRunner::ThreadList* nlist = &runner_.lists_[1];
    reset(*clist);
    for (int i = 0; i <= n; ++i) {
      if (auto tag = start_tag(i)) add_start(*clist, *tag, i);
      if (clist->threads.empty() && i > 0) {
        // Nothing alive; a start may still come later in an unanchored pass.
        reset(*nlist);
        std::swap(clist, nlist);
        continue;
      }
      reset(*nlist);
      for (std::size_t k = 0; k < clist->threads.size(); ++k) {
        const NfaRunner::Thread t = clist->threads[k];
        ++stats_.nfa_steps;
        if (t.until > i) {  // waiting inside a multi-token alias or reading
          if (t.until == i + 1) {
            add_active(*nlist, t.pc, t.tag);
          } else {
            add_waiting(*nlist, t.pc, t.until, t.tag, i + 1);
          }
          continue;
        }
        const Instr& instr = program_.code[t.pc];
        switch (instr.op) {
          case Instr::Op::Match:
            if (!on_match(i, t.tag)) return;
            break;
          case Instr::Op::Word:
            if (i < n && word(i) == instr.arg) add_active(*nlist, instr.x, t.tag);
            break;
          case Instr::Op::Stem:
            if (i < n && stem(i) == instr.arg) add_active(*nlist, instr.x, t.tag);
            break;
          case Instr::Op::Any:
            if (i < n) add_active(*nlist, instr.x, t.tag);
            break;
          case Instr::Op::Entity:
          case Instr::Op::Value:
            follow_edges(*nlist, instr, t.tag, i);
            break;
          default:
            break;
        }
      }
      std::swap(clist, nlist);
    }
  }

  // Global token range of the consumption from stream position i to j > i.
  std::pair<int, int> global_range(int i, int j) const {
    return Reverse ? std::pair{hi_ - j, hi_ - i} : std::pair{lo_ + i, lo_ + j};
  }

 private:
  int word(int i) const { return Reverse ? index_.words[hi_ - 1 - i] : index_.words[lo_ + i]; }
  int stem(int i) const { return Reverse ? index_.stems[hi_ - 1 - i] : index_.stems[lo_ + i]; }

  const EdgeTable* edges_for(const Instr& instr) const {
    if (instr.op == Instr::Op::Entity) return Reverse ? &index_.entity_reverse : &index_.entity_forward;
    const TypedReadings* readings = slot_readings_[instr.arg];
    if (!readings) return nullptr;
    return Reverse ? &readings->reverse : &readings->forward;
  }

  void follow_edges(NfaRunner::ThreadList& nlist, const Instr& instr, int tag, int i) {
    const EdgeTable* table = edges_for(instr);
    if (!table || i >= size()) return;
    const int g = Reverse ? hi_ - i : lo_ + i;
    const std::vector<char>* fits =
        instr.op == Instr::Op::Entity && !program_.slots[instr.arg].entity_fits.empty()
            ? &program_.slots[instr.arg].entity_fits
            : nullptr;
    // A name of things of different kinds has an edge for each (DocumentIndex::name_at):
    // the slot takes the one of its kind over one that only fits it (an ignored entity).
    const std::vector<char>* kinds = fits && table->count(g) > 1 ? &program_.slots[instr.arg].kind_fits : nullptr;
    auto of_kind = [&](const TokenEdge* e) { return (*kinds)[static_cast<std::size_t>(e->payload)] != 0; };
    auto another_of_kind = [&](const TokenEdge* e) {
      for (const TokenEdge* o = table->begin(g); o != table->end(g); ++o) {
        if (o != e && o->to == e->to && of_kind(o)) return true;
      }
      return false;
    };
    for (const TokenEdge* e = table->begin(g); e != table->end(g); ++e) {
      const int j = Reverse ? hi_ - e->to : e->to - lo_;
      if (j <= i || j > size()) continue;
      if (fits && !(*fits)[static_cast<std::size_t>(e->payload)]) continue;
      if (kinds && !of_kind(e) && another_of_kind(e)) continue;
      int new_tag = tag;
      if constexpr (!Reverse) {
        auto [b, end] = global_range(i, j);
        runner_.captures_.push_back({tag, instr.arg, Binding{b, end, e->payload}});
        new_tag = static_cast<int>(runner_.captures_.size()) - 1;
      }
      if (j == i + 1) {
        add_active(nlist, instr.x, new_tag);
      } else {
        add_waiting(nlist, instr.x, j, new_tag, i + 1);
      }
    }
  }

  void reset(NfaRunner::ThreadList& list) {
    list.threads.clear();
    if (++list.stamp == 0) {  // wrapped: clear the marks for real
      std::fill(list.active_mark.begin(), list.active_mark.end(), 0);
      std::fill(list.waiting_mark.begin(), list.waiting_mark.end(), 0);
      list.stamp = 1;
    }
  }

  // Starts threads at position i: the start states, skipping those that cannot
  // consume the token here (they would die in this step anyway). Starts come last
  // in the list, so skipping them never lets another thread take their place.
  void add_start(NfaRunner::ThreadList& list, int tag, int i) {
    for (int pc : program_.start_states) {
      ++stats_.nfa_steps;
      if (list.active_mark[pc] == list.stamp || !can_start(program_.code[pc], i)) continue;
      list.active_mark[pc] = list.stamp;
      list.threads.push_back({pc, 0, tag});
    }
  }

  bool can_start(const Instr& instr, int i) const {
    if (i >= size()) return false;
    switch (instr.op) {
      case Instr::Op::Word:
        return word(i) == instr.arg;
      case Instr::Op::Stem:
        return stem(i) == instr.arg;
      case Instr::Op::Any:
        return true;
      case Instr::Op::Entity:
      case Instr::Op::Value: {
        const EdgeTable* table = edges_for(instr);
        return table && table->count(Reverse ? hi_ - i : lo_ + i) > 0;
      }
      default:
        return false;  // Match here would be an empty match
    }
  }

  // Adds a thread waiting until stream position `until`, unless one with the same
  // state and arrival is already in the list (that one has priority).
  void add_waiting(NfaRunner::ThreadList& list, int pc, int until, int tag, int now) {
    const std::size_t key = static_cast<std::size_t>(pc) * runner_.waiting_width_ + (until - now);
    if (list.waiting_mark[key] == list.stamp) return;
    list.waiting_mark[key] = list.stamp;
    list.threads.push_back({pc, until, tag});
  }

  // Follows epsilon moves from `pc` depth-first in priority order, adding the
  // consuming and matching states it reaches. A state already in the list is not
  // added again: the thread there has priority (forward) or a farther end (reverse).
  void add_active(NfaRunner::ThreadList& list, int pc, int tag) {
    std::vector<int>& stack = runner_.stack_;
    stack.clear();
    stack.push_back(pc);
    while (!stack.empty()) {
      int at = stack.back();
      stack.pop_back();
      ++stats_.nfa_steps;
      if (at < 0 || list.active_mark[at] == list.stamp) continue;
      list.active_mark[at] = list.stamp;
      const Instr& instr = program_.code[at];
      switch (instr.op) {
        case Instr::Op::Split:
          stack.push_back(instr.y);
          stack.push_back(instr.x);
          break;
        case Instr::Op::Jump:
          stack.push_back(instr.x);
          break;
        case Instr::Op::Fail:
          break;
        default:
          list.threads.push_back({at, 0, tag});
          break;
      }
    }
  }

  NfaRunner& runner_;
  const Program& program_;
  const DocumentIndex& index_;
  int lo_;
  int hi_;
  MatchStats& stats_;
  std::vector<const TypedReadings*>& slot_readings_;  // the runner's (NfaRunner::slot_readings_)
};

void NfaRunner::prepare(const Program& program, int longest_edge) {
  // Marks only grow: stamps make marks left by another program harmless, and the
  // matcher alternates between programs when it binds captures.
  const int size = static_cast<int>(program.code.size());
  const int width = std::max(longest_edge, 1) + 1;
  if (size > program_size_ || width != waiting_width_) {
    program_size_ = std::max(size, program_size_);
    waiting_width_ = width;
    for (ThreadList& list : lists_) {
      list.active_mark.assign(program_size_, 0);
      list.waiting_mark.assign(static_cast<std::size_t>(program_size_) * width, 0);
      list.stamp = 0;
    }
  }
  captures_.clear();
}

std::vector<TokenMatch> NfaRunner::longest_matches(const CompiledPattern& pattern, const DocumentIndex& index, int lo,
                                                   int hi, int first_start, int last_start, MatchStats& stats) {
  std::vector<TokenMatch> out;
  if (!pattern.reverse.valid || hi <= lo) return out;
  Pass<true> pass(*this, pattern.reverse, index, lo, hi, stats);
  // Stream position i is global boundary hi - i; a thread started there records it as its end.
  int last_reported = -1;
  pass.run(
      [&](int i) -> std::optional<int> {
        if (i >= hi - lo) return std::nullopt;
        return hi - i;
      },
      [&](int i, int end) {
        const int begin = hi - i;
        // Threads are ordered by end, farthest first: the first Match here is the longest.
        if (begin != last_reported && end > begin && begin >= first_start && begin < last_start) {
          out.push_back({begin, end});
          last_reported = begin;
        }
        return true;
      });
  std::reverse(out.begin(), out.end());
  return out;
}

std::optional<std::vector<Binding>> NfaRunner::bind(const CompiledPattern& pattern, const DocumentIndex& index,
                                                    TokenMatch match, MatchStats& stats) {
  if (!pattern.forward.valid || match.end <= match.begin) return std::nullopt;
  Pass<false> pass(*this, pattern.forward, index, match.begin, match.end, stats);
  const int n = match.end - match.begin;
  std::optional<int> accepted;
  pass.run([&](int i) -> std::optional<int> { return i == 0 ? std::optional<int>(-1) : std::nullopt; },
           [&](int i, int tag) {
             if (i != n) return true;
             accepted = tag;
             return false;
           });
  if (!accepted) return std::nullopt;
  std::vector<Binding> bindings(pattern.forward.slots.size());
  for (int node = *accepted; node >= 0; node = captures_[node].parent) {
    Binding& b = bindings[captures_[node].slot];
    if (!b.bound()) b = captures_[node].binding;
  }
  return bindings;
}

}  // namespace factlint::match
