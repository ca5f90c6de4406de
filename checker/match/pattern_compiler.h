// Compiles a fact's token pattern (lang::PatternNode tree) into a Thompson NFA over
// tokens. The NFA has no cycles: patterns have no repetition, and bounded gaps
// become chains of optional any-token steps, so its size is linear in the pattern.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lang/ast.h"
#include "match/vocabulary.h"
#include "value/value_type.h"

namespace factlint::match {

// One NFA instruction. Consuming instructions (Word, Any, Entity, Value) move over
// tokens; Split and Jump are epsilon moves; Match accepts.
struct Instr {
  enum class Op {
    Word,    // consume one token whose word id is `arg`, then go to `x`
    Stem,    // consume one token whose stem id is `arg` (match/word_forms.h), then go to `x`
    Any,     // consume any one token, then go to `x`
    Entity,  // consume an alias occurrence; capture it in slot `arg`; go to `x`
    Value,   // consume a value reading of the slot's type; capture it in slot `arg`; go to `x`
    Split,   // try `x` first, then `y`
    Jump,    // go to `x`
    Match,   // the pattern matched
    Fail,    // never matches (a pattern that references something unknown)
  };
  Op op = Op::Fail;
  int arg = 0;
  int x = -1;
  int y = -1;
};

// What a capture slot holds: slot i < roles.size() is key role i, the last slot is the value.
struct CaptureSlot {
  std::string role;
  bool entity = false;                     // an entity alias; otherwise a value reading
  std::vector<char> entity_fits;           // per RuleSet entity: may fill this slot (empty: any)
  std::vector<char> kind_fits;             // per RuleSet entity: of this slot's kind (an ignored
                                           // entity fits every slot, but not always by kind)
  value::Type type = value::Type::Number;  // the reading's type when !entity
};

struct Program {
  std::vector<Instr> code;
  int start = 0;
  std::vector<CaptureSlot> slots;
  bool valid = true;  // false when the pattern names an unknown role or macro
  // The consuming and Match states reachable from `start` by epsilon moves, in
  // priority order: a pass starts its threads there without walking the epsilons.
  std::vector<int> start_states;
  // The prefilter (matcher.h): every match reads, for each clause of `anchors`, at
  // least one of its word or stem ids; so a sentence that misses a clause entirely
  // cannot match. Empty when no word is certain (the pattern runs everywhere).
  std::vector<std::vector<int>> anchors;
};

// The most instructions a compiled pattern may have (macros can multiply its size).
inline constexpr std::size_t kMaxPatternInstructions = 1 << 18;

// The capture slots of a fact: its key roles in order, then its value role. Throws
// std::invalid_argument for a role whose type is neither an entity type nor a value
// type: lang rejects those, so only a rule set built by hand can hold one.
std::vector<CaptureSlot> capture_slots(const lang::FactDecl& fact, const lang::RuleSet& rules);

// Compiles `pattern` of `fact`. Gaps that may be empty at the start or end of the
// pattern are dropped (they would only pad matches). Words are normalized and tokenized like documents and
// interned in `vocabulary`; macros are inlined from `rules`. With `reverse` the NFA
// reads the tokens right to left (sequences reversed), which the matcher uses to find
// the longest match for every start position in one pass. An unknown role or macro,
// a recursive macro, macros nested deeper than 64, or a pattern whose macros expand
// past kMaxPatternInstructions compile to a program that never matches (`valid` false;
// lang reports the first three as errors). A role of unknown type throws, as in
// capture_slots.
Program compile_pattern(const lang::PatternNode& pattern, const lang::FactDecl& fact, const lang::RuleSet& rules,
                        Vocabulary& vocabulary, bool reverse);

}  // namespace factlint::match
