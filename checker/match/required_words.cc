// A fact's required words (match/required_words.h).
#include "match/required_words.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "lang/ast.h"
#include "match/document_layout.h"
#include "match/table_cues.h"
#include "source/ascii.h"

namespace factlint::match {

namespace {

// Whether one of `required` matches in tokens [first, last); with `names_only`, only a
// match that lies on a name the rules declare counts.
bool hit_in(const std::vector<CompiledPattern>& required, const DocumentIndex& index, int first, int last,
            bool names_only, NfaRunner& runner, MatchStats& stats) {
  if (first >= last) return false;
  for (const CompiledPattern& words : required) {
    for (TokenMatch m : runner.longest_matches(words, index, first, last, first, last, stats)) {
      if (!names_only) return true;
      // The match covers a declared name, or lies inside one ("Norway" of "Norway's fund").
      for (int t = std::max(first, m.begin - 8); t < m.end; ++t) {
        if (index.entity_forward.count(t) == 0) continue;
        const int to = index.entity_forward.begin(t)->to;
        if (t <= m.begin && to >= m.end) return true;
      }
    }
  }
  return false;
}

bool names_any(const DocumentIndex& index, int first, int last) {
  for (int t = first; t < last; ++t) {
    if (index.entity_forward.count(t) > 0) return true;
  }
  return false;
}

// The first pronoun that refers back to a thing ("it", "its", "they", "their") in
// tokens [first, last), or -1.
int pronoun_in(const doc::Document& document, const DocumentIndex& index, int first, int last) {
  for (int t = first; t < last; ++t) {
    const Token& tok = index.tokens[static_cast<std::size_t>(t)];
    const std::string word =
        source::ascii_lower(std::string(std::string_view(document.normalized).substr(tok.begin, tok.end - tok.begin)));
    if (word == "it" || word == "its" || word == "they" || word == "their") return t;
  }
  return -1;
}

}  // namespace

bool holds_required(const std::vector<CompiledPattern>& required, const doc::Document& document,
                    const DocumentIndex& index, int sentence, TokenMatch match, NfaRunner& runner,
                    MatchStats& stats) {
  if (required.empty()) return true;
  const auto& sentences = index.sentence_tokens;
  const int first = sentences[static_cast<std::size_t>(sentence)].first;
  const int last = std::max(sentences[static_cast<std::size_t>(sentence)].second, match.end);
  if (hit_in(required, index, first, last, false, runner, stats)) return true;
  // "In 2008 it pledged $1 billion": the pronoun means what the sentence before named,
  // as a role's context does (docs/rules.md "Cues", step 3).
  const int pronoun = pronoun_in(document, index, first, std::max(first, match.begin));
  if (pronoun < 0 || names_any(index, first, pronoun)) return false;
  for (int s = sentence - 1; s >= 0 && s >= sentence - lang::kContextSentences; --s) {
    if (opens_paragraph(document, s + 1) || is_heading(document, s)) return false;
    const auto [b, e] = sentences[static_cast<std::size_t>(s)];
    if (!names_any(index, b, e)) continue;
    return hit_in(required, index, b, e, true, runner, stats);
  }
  return false;
}

bool table_holds_required(const std::vector<CompiledPattern>& required, const DocumentIndex& index,
                          const TableMatch& cell, NfaRunner& runner, MatchStats& stats) {
  if (required.empty()) return true;
  // The cell's row and its column's header cells ("| Year | Seal population |"), then
  // where its cue came from (a header, a row header, or the table's title).
  for (int k = 0; k < cell.around_from && k < static_cast<int>(cell.role_ranges.size()); ++k) {
    const TokenMatch range = cell.role_ranges[static_cast<std::size_t>(k)];
    if (hit_in(required, index, range.begin, range.end, false, runner, stats)) return true;
  }
  const TokenMatch cue = tokens_in(index, cell.cue_cell);
  return hit_in(required, index, cue.begin, cue.end, false, runner, stats);
}

}  // namespace factlint::match
