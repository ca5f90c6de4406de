// A later predicate of the same subject that a veto word heads; see undoing_predicate.h.
#include "match/undoing_predicate.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "match/compared_mention.h"

namespace factlint::match {

namespace {

constexpr std::array<std::string_view, 4> kPronouns = {"it", "they", "he", "she"};
constexpr std::array<std::string_view, 10> kAuxiliaries = {"was", "were", "is", "are", "has",
                                                           "had", "have", "been", "be", "being"};
constexpr std::array<std::string_view, 16> kAdverbs = {"later", "then", "soon",       "briefly", "quickly", "again",
                                                       "eventually", "subsequently", "partly", "partially", "only",
                                                       "to",    "finally", "promptly", "swiftly", "also"};
// What ends the predicate before: the joining word of the next.
constexpr std::array<std::string_view, 8> kJoints = {"and", "but", "yet", "then", "before", "until", ",", ";"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

}  // namespace

bool undone_by_later_predicate(const DocumentIndex& index, const std::vector<TokenMatch>& vetoes, int span_end,
                               int last) {
  for (const TokenMatch& v : vetoes) {
    if (v.begin <= span_end || v.end > last) continue;
    bool subject_or_auxiliary = false;
    int t = v.begin - 1;
    for (; t >= span_end; --t) {
      const std::string_view w = index.token_text(t);
      if (among(kPronouns, w) || among(kAuxiliaries, w)) {
        subject_or_auxiliary = true;
      } else if (!among(kAdverbs, w)) {
        break;
      }
    }
    if (t < span_end || !among(kJoints, index.token_text(t))) continue;
    const std::string_view verb = index.token_text(v.begin);
    if (subject_or_auxiliary || clause_verb(verb) || (verb.size() > 4 && verb.ends_with("ing"))) return true;
  }
  return false;
}

bool cue_of_stopping(const DocumentIndex& index, TokenMatch cue) {
  static constexpr std::array<std::string_view, 17> kStems = {
      "clos", "shut", "stop", "halt", "suspen", "ceas", "abandon", "froz", "freez", "discontinu", "decommission",
      "retir", "scrap", "idled", "mothball", "wound", "terminat"};
  for (int t = cue.begin; t < cue.end; ++t) {
    const std::string_view w = index.token_text(t);
    if (w == "end" || w == "ended" || w == "ends" || w == "ending" || w == "quit") return true;
    if (std::any_of(kStems.begin(), kStems.end(), [&](std::string_view s) { return w.starts_with(s); })) return true;
  }
  return false;
}

}  // namespace factlint::match
