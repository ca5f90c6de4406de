// Dimensions, by the stems of their words: a cue's `length` and a document's "lengths"
// name the same one.
#include "match/dimension.h"

#include <array>
#include <string>
#include <string_view>

#include "lang/pattern_words.h"
#include "match/word_forms.h"

namespace factlint::match {

namespace {

struct DimensionWord {
  std::string_view word;
  int dimension;
  bool after_in;  // only as "in <word>" after a figure: "49 metres in beam"
};

// Adjectives stand right after a figure ("366 metres long"); nouns after "in" ("in
// length"). In a cue, either names its dimension.
constexpr std::array<DimensionWord, 19> kWords = {{
    {"long", kDimensionLength, false},    {"length", kDimensionLength, true},
    {"wide", kDimensionWidth, false},     {"width", kDimensionWidth, true},
    {"broad", kDimensionWidth, false},    {"breadth", kDimensionWidth, true},
    {"beam", kDimensionWidth, true},      {"across", kDimensionWidth, false},
    {"wingspan", kDimensionWidth, true},  {"diameter", kDimensionWidth, true},
    {"high", kDimensionHeight, false},    {"height", kDimensionHeight, true},
    {"tall", kDimensionHeight, false},    {"elevation", kDimensionHeight, true},
    {"altitude", kDimensionHeight, true}, {"deep", kDimensionDepth, false},
    {"depth", kDimensionDepth, true},     {"draft", kDimensionDepth, true},
    {"draught", kDimensionDepth, true},
}};

int dimension_of_stem(const std::string& stem) {
  for (const DimensionWord& w : kWords) {
    if (word_stem(w.word) == stem) return w.dimension;
  }
  return 0;
}

}  // namespace

int dimensions_named(const lang::PatternNode& cue, const lang::RuleSet& rules) {
  int out = 0;
  for (const lang::PatternNode* word : lang::words_of(cue, rules)) out |= dimension_of_stem(word_stem(word->text));
  return out;
}

int dimension_after(const DocumentIndex& index, int end, int last) {
  if (end >= last) return 0;
  const bool in = index.token_text(end) == "in";
  const int t = in ? end + 1 : end;
  if (t >= last) return 0;
  const std::string_view word = index.token_text(t);
  // "2.3 miles across the estuary", "runs 40 km across Veland": "across" a place says
  // what the length spans, no width ("eight inches across", "3 km across at its
  // widest"). A blind writer's report.
  if (!in && word == "across" && t + 1 < last) {
    const std::string_view next = index.token_text(t + 1);
    if (next == "the" || next == "a" || next == "an" || next == "its" || next == "their" || next == "this" ||
        next == "that" || index.entity_forward.count(t + 1) > 0) {
      return 0;
    }
  }
  for (const DimensionWord& w : kWords) {
    if (w.after_in == in && w.word == word) return w.dimension;
  }
  return 0;
}

}  // namespace factlint::match
