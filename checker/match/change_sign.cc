#include "match/change_sign.h"

#include <algorithm>
#include <string_view>

#include "value/scan.h"

#include "match/word_forms.h"

namespace factlint::match {

ChangeSign::ChangeSign(Vocabulary& vocabulary) : by_(vocabulary.intern("by")) {
  for (const char* w : {"fall", "drop", "decline", "decrease", "shrink", "slump", "plunge", "plummet", "contract",
                        "contraction", "slip", "tumble", "sink", "dip", "slide", "lose", "loss"}) {
    int id = vocabulary.intern_stem(word_stem(w));
    if (std::find(fall_stems_.begin(), fall_stems_.end(), id) == fall_stems_.end()) fall_stems_.push_back(id);
  }
}

bool ChangeSign::falling(const DocumentIndex& index, int token) const {
  if (token < 0 || token >= static_cast<int>(index.stems.size())) return false;
  return std::find(fall_stems_.begin(), fall_stems_.end(), index.stems[token]) != fall_stems_.end();
}

bool ChangeSign::states_fall(const DocumentIndex& index, int begin, int end) const {
  // "fell 3.2%", "fell by 3.2%"
  if (falling(index, begin - 1)) return true;
  if (begin >= 2 && index.words[begin - 1] == by_ && falling(index, begin - 2)) return true;
  // "a 3.2% decline"
  return falling(index, end);
}

std::optional<RestatedFigure> restated_figure(const DocumentIndex& index, int first, int value_begin) {
  if (value_begin - 3 < first) return std::nullopt;
  if (index.token_text(value_begin - 1) != "or" || index.token_text(value_begin - 2) != ",") return std::nullopt;
  const int last = value_begin - 2;  // the comma: the figure ends at the token before it
  // A figure is a few words ("minus 14.1 percent", "NOK 1,637 billion"): read the
  // words before the comma, as far back as the sentence and eight tokens go.
  const int from = std::max(first, last - 8);
  const std::size_t begin = index.tokens[static_cast<std::size_t>(from)].begin;
  const std::size_t end = index.tokens[static_cast<std::size_t>(last - 1)].end;
  const std::string_view said = index.text.substr(begin, end - begin);
  std::optional<value::ValueMatch> head;
  for (value::Type type : {value::Type::Money, value::Type::Percent, value::Type::Number}) {
    for (const value::ValueMatch& m : value::scan_values(type, said, value::ParseContext{})) {
      if (m.end != said.size()) continue;
      if (!head || m.begin < head->begin) head = m;
    }
  }
  if (!head) return std::nullopt;
  // Back to tokens: the token the reading starts at.
  int t = from;
  while (t < last && index.tokens[static_cast<std::size_t>(t)].begin < begin + head->begin) ++t;
  if (t >= last || index.tokens[static_cast<std::size_t>(t)].begin != begin + head->begin) return std::nullopt;
  return RestatedFigure{t, last, head->value.hi < 0};
}

}  // namespace factlint::match
