// Counts of the things a fact's roles take, read from the case-folded tokens after a count.
#include "match/role_kind_count.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace factlint::match {

namespace {

// Words that end a noun phrase: prepositions, conjunctions, relatives.
constexpr std::array<std::string_view, 16> kPhraseEnds = {"of", "in",  "at",   "for",   "from",  "to",  "by",   "on",
                                                          "with", "and", "or", "that", "which", "who", "than", "as"};

bool lowercase_word(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

// "city", "cities"; "dam", "dams"; "bus", "buses".
bool names_kind(std::string_view w, std::string_view kind) {
  if (w == kind) return true;
  if (w.size() == kind.size() + 1 && w.starts_with(kind) && w.back() == 's') return true;
  if (w.size() == kind.size() + 2 && w.starts_with(kind) && w.ends_with("es")) return true;
  return kind.size() > 1 && kind.back() == 'y' && w.size() == kind.size() + 2 && w.ends_with("ies") &&
         w.substr(0, kind.size() - 1) == kind.substr(0, kind.size() - 1);
}

bool is_kind(const std::vector<std::string>& kinds, std::string_view w) {
  return std::any_of(kinds.begin(), kinds.end(), [&](const std::string& k) { return names_kind(w, k); });
}

}  // namespace

bool counts_role_things(const DocumentIndex& index, const std::vector<CompiledPattern>& cues,
                        const std::vector<std::string>& kinds, int end, int last) {
  if (kinds.empty()) return false;
  for (int noun = end; noun < last && noun <= end + 1; ++noun) {
    const std::string_view w = index.token_text(noun);
    if (!lowercase_word(w) || is_any_cue_word(cues, index, noun)) return false;
    if (!is_kind(kinds, w)) continue;
    // The kind's noun ends the phrase: "two city bridges" counts bridges.
    const int after = noun + 1;
    if (after >= last || !index.has_word_char(after)) return true;
    const std::string_view next = index.token_text(after);
    return std::find(kPhraseEnds.begin(), kPhraseEnds.end(), next) != kPhraseEnds.end();
  }
  return false;
}

}  // namespace factlint::match
