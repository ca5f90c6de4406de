// Money told as the size of a change (match/change_amount.h).
#include "match/change_amount.h"

#include <string_view>

#include "match/cue_finder.h"
#include "value/change_words.h"

namespace factlint::match {

namespace {

// The forms of a verb of change that take the size of the change as their object.
bool change_verb(std::string_view w) { return value::is_change_word(w, value::kSizedBy); }

// A verb before "up" or "down" that makes a change of it: "went up", "is down".
bool moves_by(std::string_view w) {
  for (std::string_view v : {"went", "go", "goes", "gone", "going", "was", "were", "is", "are", "been", "edged",
                             "crept", "inched", "shot", "came", "come", "comes"}) {
    if (w == v) return true;
  }
  return false;
}

bool hedge(std::string_view w) {
  for (std::string_view h : {"by", "about", "around", "some", "nearly", "almost", "roughly", "just", "over",
                             "approximately", "another"}) {
    if (w == h) return true;
  }
  return false;
}

}  // namespace

bool sizes_a_change(const std::vector<CompiledPattern>& cues, const DocumentIndex& index, int first, int begin) {
  // "fell below $9 billion" crosses a level, a bound the reading holds: no change.
  const std::string_view own = index.token_text(begin);
  if (own == "below" || own == "above" || own == "under" || own == "over" || own == "beyond" || own == "past") {
    return false;
  }
  int t = begin - 1;
  while (t >= first && hedge(index.token_text(t))) --t;
  if (t < first) return false;
  const std::string_view w = index.token_text(t);
  int verb = -1;
  if (change_verb(w)) {
    verb = t;
  } else if ((w == "up" || w == "down") && t > first && moves_by(index.token_text(t - 1))) {
    verb = t - 1;
  }
  if (verb < 0) return false;
  // A verb the cues name ("cue rose") makes the change the fact's own; but "by" after
  // it says it is a change even so, unless the cues name "by" too ("cue grew by"): a
  // writer's `cue rose to` for a level does not make "the value rose by $3 billion" one.
  if (!is_any_cue_word(cues, index, verb)) return true;
  return verb + 1 < begin && index.token_text(verb + 1) == "by" && !is_any_cue_word(cues, index, verb + 1);
}

}  // namespace factlint::match
