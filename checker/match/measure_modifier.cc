// A measure before its noun, read from the case-folded tokens around a reading: a
// definite determiner before it, a short noun phrase after it whose last word names
// the fact's thing.
#include "match/measure_modifier.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "match/dimension.h"
#include "match/word_forms.h"

namespace factlint::match {

namespace {

// "the", "this", "that": a thing the reader knows. "a 12 km tunnel" may be another
// tunnel than the one the rules mean ("the project adds a 12 km tunnel").
constexpr std::array<std::string_view, 3> kDefinite = {"the", "this", "that"};

// Words after a common noun that show it ended its phrase: prepositions,
// conjunctions, relatives, and the verbs a subject's predicate opens with.
constexpr std::array<std::string_view, 55> kAfterHead = {
    "of",     "in",      "at",     "for",     "from",   "to",     "by",      "on",      "with",    "and",   "or",
    "that",   "which",   "who",    "whose",   "where",  "than",   "as",      "but",     "between", "since", "until",
    "before", "after",   "past",   "into",    "onto",   "across", "over",    "under",   "through", "along", "beneath",
    "below",  "above",   "near",   "towards", "toward", "is",     "was",     "are",     "were",    "has",   "had",
    "have",   "will",    "would",  "can",     "could",  "may",    "might",   "must",    "should",  "still", "now"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool lowercase_word(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

// "the park's 843 acres draw 42 million visits": a unit written out in the plural is
// the phrase's own noun. A unit that measures a noun stays singular ("a 400-metre
// quay", "its 12 km tunnel").
bool plural_unit(const DocumentIndex& index, int begin, int end) {
  if (end - begin < 2) return false;
  const std::string_view unit = index.token_text(end - 1);
  return unit == "feet" || (unit.size() >= 4 && unit.back() == 's' && lowercase_word(unit));
}

// Whether the common noun ending before `after` ends its phrase: the sentence's end,
// punctuation, or a word that opens what follows the phrase.
bool ends_phrase(const DocumentIndex& index, int after, int last) {
  if (after >= last || !index.has_word_char(after)) return true;
  const std::string_view w = index.token_text(after);
  if (one_of(kAfterHead, w)) return true;
  return lowercase_word(w) && w.size() > 4 && (w.ends_with("ed") || w.ends_with("ly"));
}

// The end of the noun phrase's head after the figure ending at `from`: the token after
// one of `kinds`, or after an alias of an entity a role takes, with at most two
// lowercase words before it; -1 when the phrase names neither.
int head_end(const DocumentIndex& index, const std::vector<CaptureSlot>& slots, const std::vector<std::string>& kinds,
             int from, int last) {
  for (int t = from; t < last && t < from + 3; ++t) {
    if (!index.has_word_char(t)) return -1;
    for (const TokenEdge* e = index.entity_forward.begin(t); e != index.entity_forward.end(t); ++e) {
      if (e->to <= last && fits_a_role(slots, e->payload)) return e->to;  // a name heads its phrase
    }
    const std::string_view w = index.token_text(t);
    if (!lowercase_word(w)) return -1;
    if (std::find(kinds.begin(), kinds.end(), w) != kinds.end()) return ends_phrase(index, t + 1, last) ? t + 1 : -1;
  }
  return -1;
}

// The words of `node`'s alternatives that stand alone: `long | length | overall
// length` gives "long" and "length".
void lone_words(const lang::PatternNode& node, std::vector<const lang::PatternNode*>& out) {
  using Kind = lang::PatternNode::Kind;
  if (node.kind == Kind::Word) {
    out.push_back(&node);
  } else if (node.kind == Kind::Alternation) {
    for (const lang::PatternNode& child : node.children) lone_words(child, out);
  } else if (node.kind == Kind::Sequence && node.children.size() == 1) {
    lone_words(node.children.front(), out);
  }
}

}  // namespace

bool names_measure_alone(const lang::PatternNode& cue, const lang::RuleSet& rules, value::Type type) {
  std::vector<const lang::PatternNode*> words;
  lone_words(cue, words);
  for (const lang::PatternNode* w : words) {
    if (type == value::Type::Length && dimensions_named(*w, rules) == kDimensionLength) return true;
    if (type == value::Type::Mass) {
      const std::string stem = word_stem(w->text);
      for (std::string_view m : {"weigh", "weight", "mass", "heavy"}) {
        if (word_stem(m) == stem) return true;
      }
    }
  }
  return false;
}

std::vector<char> facts_reading_modifiers(const std::vector<ModifierCandidateFact>& facts) {
  auto eligible = [](const ModifierCandidateFact& f) {
    if (f.entity_roles != 1 || f.kinds.empty() || !f.measure_word) return false;
    if (f.type == value::Type::Length) return f.dimensions == kDimensionLength;
    return f.type == value::Type::Mass;
  };
  std::vector<char> out(facts.size(), 0);
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (!eligible(facts[i])) continue;
    bool shared = false;
    for (std::size_t j = 0; j < facts.size() && !shared; ++j) {
      if (j == i || !eligible(facts[j]) || facts[j].type != facts[i].type) continue;
      for (const std::string& k : facts[i].kinds) {
        shared = shared || std::find(facts[j].kinds.begin(), facts[j].kinds.end(), k) != facts[j].kinds.end();
      }
    }
    out[i] = !shared;
  }
  return out;
}

std::vector<CueMatch> find_modifier_matches(const std::vector<CompiledPattern>& vetoes,
                                            const std::vector<CaptureSlot>& slots,
                                            const std::vector<std::string>& kinds, int dimensions,
                                            const DocumentIndex& index, const CueWords& words, int first, int last,
                                            NfaRunner& runner, MatchStats& stats) {
  std::vector<CueMatch> out;
  const CaptureSlot& value_slot = slots.back();
  const TypedReadings* typed = value_slot.entity ? nullptr : index.readings_of(value_slot.type);
  if (!typed) return out;
  std::vector<TokenMatch> veto_hits;
  bool vetoes_read = false;
  for (int t = first + 1; t < last; ++t) {
    // The longest reading starting here.
    const TokenEdge* e = typed->forward.begin(t);
    if (e == typed->forward.end(t) || e->to > last) continue;
    const int begin = t;
    const int end = e->to;
    if (!one_of(kDefinite, index.token_text(begin - 1)) || end - begin < 2 || plural_unit(index, begin, end)) continue;
    int from = end;
    if (value_slot.type == value::Type::Length) {
      // "the 1,642-metre-deep lake" is a depth; "the 50 km long tunnel" a length.
      const int named = dimension_after(index, end, last);
      if (named != 0 && (named & dimensions) == 0) continue;
      if (named != 0) ++from;
    }
    const int head = head_end(index, slots, kinds, from, last);
    if (head < 0) continue;
    // The clause holding the phrase: a veto word reaches no further.
    int clause_first = first;
    int clause_last = last;
    for (const TokenMatch& c : clauses_of(index, words.clause_breaks, first, last)) {
      if (c.begin <= begin && head <= c.end) {
        clause_first = c.begin;
        clause_last = c.end;
      }
    }
    if (!vetoes_read) {
      veto_hits = veto_hits_in(vetoes, index, first, last, runner, stats);
      vetoes_read = true;
    }
    const int veto_from = std::max(clause_first, begin - kVetoBefore);
    const int veto_to = std::min(clause_last, head + kVetoAfter);
    if (std::any_of(veto_hits.begin(), veto_hits.end(),
                    [&](TokenMatch v) { return v.begin < veto_to && v.end > veto_from; })) {
      continue;
    }
    CueMatch m;
    m.cue_tokens = {from, head};
    m.bindings.resize(slots.size());
    m.bindings.back() = Binding{begin, end, e->payload};
    m.clause = {clause_first, clause_last};
    m.distance = from - end;
    out.push_back(std::move(m));
    t = end - 1;
  }
  return out;
}

}  // namespace factlint::match
