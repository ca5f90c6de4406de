// PatternNode tree -> token NFA, built back to front: each node is compiled with
// the instruction it continues to, and returns its entry point.
#include "match/pattern_compiler.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include "doc/normalizer.h"
#include "match/tokenizer.h"
#include "match/word_forms.h"

namespace factlint::match {

namespace {

constexpr int kMaxMacroDepth = 64;

class Compiler {
 public:
  Compiler(const lang::FactDecl& fact, const lang::RuleSet& rules, Vocabulary& vocabulary, bool reverse,
           Program& program)
      : rules_(rules), vocabulary_(vocabulary), reverse_(reverse), program_(program) {
    program_.slots = capture_slots(fact, rules);
  }

  // Compiles `node` so that it continues at `next`; returns its entry.
  int compile(const lang::PatternNode& node, int next, int depth) {
    using Kind = lang::PatternNode::Kind;
    if (program_.code.size() >= kMaxPatternInstructions) return fail();
    switch (node.kind) {
      case Kind::Word: {
        const std::vector<WordStep>& words = word_steps(node.text, node.exact);
        int at = next;
        if (reverse_) {
          for (const WordStep& w : words) at = emit_word(w, at);
        } else {
          for (auto it = words.rbegin(); it != words.rend(); ++it) at = emit_word(*it, at);
        }
        return at;
      }
      case Kind::Capture: {
        int slot = slot_of(node.text);
        if (slot < 0) return fail();
        Instr::Op op = program_.slots[slot].entity ? Instr::Op::Entity : Instr::Op::Value;
        return emit({op, slot, next, -1});
      }
      case Kind::Gap: {
        int min = std::max(0, node.min);
        int max = std::max(min, node.max);
        // Lazy optional steps: prefer leaving the gap, so a capture after it binds
        // the nearest candidate.
        int at = next;
        for (int i = 0; i < max - min; ++i) {
          int any = emit({Instr::Op::Any, 0, at, -1});
          at = emit({Instr::Op::Split, 0, next, any});
        }
        for (int i = 0; i < min; ++i) at = emit({Instr::Op::Any, 0, at, -1});
        return at;
      }
      case Kind::Macro: {
        const lang::MacroDecl* macro = find_macro(node.text);
        if (!macro || depth >= kMaxMacroDepth) return fail();
        // lang rejects recursive macros; refuse them here too rather than recurse.
        if (std::find(expanding_.begin(), expanding_.end(), macro) != expanding_.end()) return fail();
        expanding_.push_back(macro);
        int entry = compile(macro->body, next, depth + 1);
        expanding_.pop_back();
        return entry;
      }
      case Kind::Sequence: {
        int at = next;
        if (reverse_) {
          for (const lang::PatternNode& child : node.children) at = compile(child, at, depth);
        } else {
          for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) at = compile(*it, at, depth);
        }
        return at;
      }
      case Kind::Alternation: {
        if (node.children.empty()) return next;
        // Split(b0, Split(b1, ... bn)): earlier branches are preferred.
        int at = compile(node.children.back(), next, depth);
        for (std::size_t i = node.children.size() - 1; i-- > 0;) {
          int branch = compile(node.children[i], next, depth);
          at = emit({Instr::Op::Split, 0, branch, at});
        }
        return at;
      }
      case Kind::Optional: {
        if (node.children.empty()) return next;
        int body = next;
        if (node.children.size() == 1) {
          body = compile(node.children.front(), next, depth);
        } else {
          lang::PatternNode seq;
          seq.children = node.children;
          body = compile(seq, next, depth);
        }
        return emit({Instr::Op::Split, 0, body, next});  // greedy: prefer taking it
      }
    }
    return fail();
  }

  int emit(Instr instr) {
    // Macros nested inside macros can multiply a pattern's size; past the cap the
    // pattern is refused instead of exhausting memory.
    if (program_.code.size() >= kMaxPatternInstructions) {
      program_.valid = false;
      instr = {Instr::Op::Fail, 0, -1, -1};
      if (!program_.code.empty() && program_.code.back().op == Instr::Op::Fail) {
        return static_cast<int>(program_.code.size()) - 1;
      }
    }
    program_.code.push_back(instr);
    return static_cast<int>(program_.code.size()) - 1;
  }

 private:
  int fail() {
    program_.valid = false;
    return emit({Instr::Op::Fail, 0, -1, -1});
  }

  // One token of a pattern word: matched as written (`word`), or by the stems of
  // its spellings (`stems`, match/word_forms.h).
  struct WordStep {
    int word = kUnknownWord;
    std::vector<int> stems;
  };

  int emit_word(const WordStep& step, int next) {
    if (step.stems.empty()) return emit({Instr::Op::Word, step.word, next, -1});
    int at = emit({Instr::Op::Stem, step.stems.back(), next, -1});
    for (std::size_t i = step.stems.size() - 1; i-- > 0;) {
      int alt = emit({Instr::Op::Stem, step.stems[i], next, -1});
      at = emit({Instr::Op::Split, 0, alt, at});
    }
    return at;
  }

  // The steps of a pattern word, normalized and tokenized like documents.
  const std::vector<WordStep>& word_steps(const std::string& text, bool exact) {
    const std::string key = (exact ? "=" : "~") + text;
    auto it = word_steps_.find(key);
    if (it != word_steps_.end()) return it->second;
    std::vector<WordStep> steps;
    std::string normalized = doc::normalize(text).text;
    for (std::string_view w : token_texts(normalized)) {
      WordStep step;
      step.word = vocabulary_.intern(w);
      if (!exact && has_word_forms(w)) {
        for (const std::string& stem : rule_word_stems(w)) {
          int id = vocabulary_.intern_stem(stem);
          if (std::find(step.stems.begin(), step.stems.end(), id) == step.stems.end()) step.stems.push_back(id);
        }
      }
      steps.push_back(std::move(step));
    }
    return word_steps_.emplace(key, std::move(steps)).first->second;
  }

  int slot_of(const std::string& role) const {
    for (std::size_t i = 0; i < program_.slots.size(); ++i) {
      if (program_.slots[i].role == role) return static_cast<int>(i);
    }
    return -1;
  }

  const lang::MacroDecl* find_macro(const std::string& name) const {
    for (const lang::MacroDecl& m : rules_.macros) {
      if (m.name == name) return &m;
    }
    return nullptr;
  }

  const lang::RuleSet& rules_;
  std::vector<const lang::MacroDecl*> expanding_;  // macros being expanded, outermost first
  std::unordered_map<std::string, std::vector<WordStep>> word_steps_;
  Vocabulary& vocabulary_;
  bool reverse_;
  Program& program_;
};

// A role typed with an entity kind ("country") only takes entities of that kind, so
// "Xi and Putin ... a 2,300-mile border" never reads as a border between two people.
CaptureSlot slot_for(const lang::RoleDecl& role, const lang::RuleSet& rules, const std::string& fact) {
  CaptureSlot slot;
  slot.role = role.name;
  slot.entity = rules.is_entity_type(role.type);
  // An entity ignored only for other facts fills no role of this one (docs/rules.md
  // "Ignoring an entity for some facts").
  const bool scoped = std::any_of(rules.entities.begin(), rules.entities.end(),
                                  [&](const lang::EntityDecl& e) { return !e.seen_by(fact); });
  if (!slot.entity) {
    // lang's checks reject unknown types, so only a rule set built by hand gets here.
    auto type = value::type_from_name(role.type);
    if (!type) throw std::invalid_argument("role '" + role.name + "' has unknown type '" + role.type + "'");
    slot.type = *type;
  } else if (role.type != "entity" || scoped) {
    // An ignored entity fits every role: it is there to take the figures of the other
    // things it stands for, whatever kind they would be (docs/rules.md "Ignored entities").
    for (const lang::EntityDecl& e : rules.entities) {
      const bool seen = e.seen_by(fact);
      const bool of_kind = seen && lang::RuleSet::entity_fits(e, role.type);
      slot.entity_fits.push_back(seen && (e.ignored || of_kind));
      slot.kind_fits.push_back(of_kind);
    }
  }
  return slot;
}

// What every match must read, as clauses of word or stem ids ("one of these"). The
// NFA is built back to front, so an instruction's successors come before it and one
// pass in index order computes each instruction's clauses from its successors': a
// word adds itself; a split keeps what both branches need (the unions of their
// clauses, pairwise). Sizes are capped, which only drops knowledge: fewer or wider
// clauses filter less but never wrongly. A successor after its instruction (never
// built today) leaves the program without anchors, which is always safe.
constexpr std::size_t kMaxClauses = 6;
constexpr std::size_t kMaxClauseIds = 24;
constexpr std::size_t kMaxAnchoredProgram = 20'000;

using Clauses = std::vector<std::vector<int>>;

// A clause both branches need is needed as it is; the others only as pairwise unions.
// Shared clauses first: a gap's split has the same clauses on both branches, and an
// alternation's branches share what follows them, and pairwise unions alone, capped,
// lost them ("ticket ... tram 28" kept only clauses holding "ticket", so explain said
// "all its words are here" of a sentence without "tram").
Clauses either(const Clauses& x, const Clauses& y) {
  Clauses out;
  for (const auto& cx : x) {
    if (out.size() >= kMaxClauses) return out;
    if (std::find(y.begin(), y.end(), cx) != y.end() && std::find(out.begin(), out.end(), cx) == out.end()) {
      out.push_back(cx);
    }
  }
  auto implied = [&](const std::vector<int>& u) {  // a superset of a clause kept adds nothing
    return std::any_of(out.begin(), out.end(), [&](const std::vector<int>& c) {
      return std::includes(u.begin(), u.end(), c.begin(), c.end());
    });
  };
  for (const auto& cx : x) {
    if (std::find(y.begin(), y.end(), cx) != y.end()) continue;
    for (const auto& cy : y) {
      if (std::find(x.begin(), x.end(), cy) != x.end()) continue;
      std::vector<int> u;
      std::set_union(cx.begin(), cx.end(), cy.begin(), cy.end(), std::back_inserter(u));
      if (u.size() <= kMaxClauseIds && !implied(u)) out.push_back(std::move(u));
      if (out.size() >= kMaxClauses) return out;
    }
  }
  return out;
}

Clauses with_word(int id, const Clauses& next) {
  Clauses out{{id}};
  for (const auto& c : next) {
    if (out.size() >= kMaxClauses) break;
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

void find_anchors(Program& program) {
  const std::size_t n = program.code.size();
  if (!program.valid || n > kMaxAnchoredProgram) return;
  std::vector<Clauses> must(n);
  static const Clauses kNone;
  for (std::size_t pc = 0; pc < n; ++pc) {
    const Instr& instr = program.code[pc];
    auto next = [&](int to) -> const Clauses* {
      if (to < 0) return &kNone;
      return static_cast<std::size_t>(to) < pc ? &must[static_cast<std::size_t>(to)] : nullptr;
    };
    switch (instr.op) {
      case Instr::Op::Match:
      case Instr::Op::Fail:
        break;
      case Instr::Op::Word:
      case Instr::Op::Stem: {
        const Clauses* x = next(instr.x);
        if (!x) return;
        must[pc] = with_word(instr.arg, *x);
        break;
      }
      case Instr::Op::Split: {
        const Clauses* x = next(instr.x);
        const Clauses* y = next(instr.y);
        if (!x || !y) return;
        must[pc] = either(*x, *y);
        break;
      }
      default: {  // Any, Entity, Value, Jump: no word read here
        const Clauses* x = next(instr.x);
        if (!x) return;
        must[pc] = *x;
        break;
      }
    }
  }
  if (program.start >= 0 && static_cast<std::size_t>(program.start) < n) {
    program.anchors = must[static_cast<std::size_t>(program.start)];
  }
}

}  // namespace

std::vector<CaptureSlot> capture_slots(const lang::FactDecl& fact, const lang::RuleSet& rules) {
  std::vector<CaptureSlot> slots;
  for (const lang::RoleDecl& role : fact.roles) slots.push_back(slot_for(role, rules, fact.name));
  slots.push_back(slot_for(fact.value, rules, fact.name));
  return slots;
}

Program compile_pattern(const lang::PatternNode& pattern, const lang::FactDecl& fact, const lang::RuleSet& rules,
                        Vocabulary& vocabulary, bool reverse) {
  Program program;
  Compiler compiler(fact, rules, vocabulary, reverse, program);
  int match = compiler.emit({Instr::Op::Match, 0, -1, -1});
  // A gap that may be empty at either end of a pattern only widens its matches
  // with words that are not part of the statement: drop it.
  const lang::PatternNode* root = &pattern;
  lang::PatternNode trimmed;
  auto optional_gap = [](const lang::PatternNode& n) { return n.kind == lang::PatternNode::Kind::Gap && n.min <= 0; };
  if (pattern.kind == lang::PatternNode::Kind::Sequence && !pattern.children.empty() &&
      (optional_gap(pattern.children.front()) || optional_gap(pattern.children.back()))) {
    trimmed = pattern;
    auto& children = trimmed.children;
    while (!children.empty() && optional_gap(children.front())) children.erase(children.begin());
    while (!children.empty() && optional_gap(children.back())) children.pop_back();
    root = &trimmed;
  }
  program.start = compiler.compile(*root, match, 0);
  find_anchors(program);
  // Depth-first in priority order, like the runner's epsilon closure.
  std::vector<bool> seen(program.code.size(), false);
  std::vector<int> stack{program.start};
  while (!stack.empty()) {
    int pc = stack.back();
    stack.pop_back();
    if (pc < 0 || seen[pc]) continue;
    seen[pc] = true;
    const Instr& instr = program.code[pc];
    if (instr.op == Instr::Op::Split) {
      stack.push_back(instr.y);
      stack.push_back(instr.x);
    } else if (instr.op == Instr::Op::Jump) {
      stack.push_back(instr.x);
    } else if (instr.op != Instr::Op::Fail) {
      program.start_states.push_back(pc);
    }
  }
  return program;
}

}  // namespace factlint::match
