// Why a pattern or cue whose words a sentence holds did not match there: not in its
// order or gaps, a word missing, a gap too short, vetoed by its own `unless`
// (explain --text and rules audit; docs/rules.md "Vetoing a pattern").
#include "match/matcher_impl.h"

namespace factlint::match {

// "pattern #2 matched 'the city has 60,000 people', but is vetoed by its 'unless'
// word 'homeless'": the first match starting in the sentence that the pattern's own
// `unless` dropped (docs/rules.md "Vetoing a pattern"), or nullopt.
std::optional<std::string> Matcher::Impl::vetoed_pattern(int f, const doc::Document& document,
                                                         const DocumentIndex& index, int sentence, NfaRunner& runner,
                                                         MatchStats& stats, TokenMatch* vetoed) const {
  const auto& sentences = index.sentence_tokens;
  const auto [first, last] = sentences[static_cast<std::size_t>(sentence)];
  const int count = static_cast<int>(sentences.size());
  const int window = std::max(0, facts[f].fact->window);
  const int hi = sentences[static_cast<std::size_t>(sentence + std::min(window, count - 1 - sentence))].second;
  auto text = [&](int begin, int end) {
    return document.original_text(index.tokens[static_cast<std::size_t>(begin)].begin,
                                  index.tokens[static_cast<std::size_t>(end - 1)].end);
  };
  for (int p = 0; p < static_cast<int>(facts[f].patterns.size()); ++p) {
    if (facts[f].pattern_vetoes[static_cast<std::size_t>(p)].empty()) continue;
    for (TokenMatch m : runner.longest_matches(facts[f].patterns[static_cast<std::size_t>(p)], index, first, hi, first,
                                               last, stats)) {
      if (auto veto = pattern_veto(f, p, index, sentence, m, runner, stats)) {
        if (vetoed) *vetoed = m;
        return fmt::format("pattern #{} matched '{}', but is vetoed by its 'unless' word '{}'", p + 1,
                           text(m.begin, m.end), text(veto->begin, veto->end));
      }
    }
  }
  return std::nullopt;
}

namespace {

// How many words more a cue's gaps may skip when explain tries it again.
constexpr int kGapWidening = 12;

// `node` with each gap of its own (not of its macros) widened by kGapWidening, up to
// lang::kMaxGap; `widest` is set to the widest gap it had.
lang::PatternNode widened_gaps(lang::PatternNode node, int& widest) {
  if (node.kind == lang::PatternNode::Kind::Gap) {
    widest = std::max(widest, node.max);
    node.max = std::min(node.max + kGapWidening, lang::kMaxGap);
  }
  for (lang::PatternNode& c : node.children) c = widened_gaps(std::move(c), widest);
  return node;
}

}  // namespace

// "Since 2004 the Lowland cabinet has been bound by the budget rule" under `cue since
// ... budget rule`: the cue's gap (`...`, 8 words) does not reach, and explain said
// only "no fact matched" (a blind writer's report). The cue is tried again with its
// gaps widened: when it then has a value, the gap is why. A value inside the gap is
// read like any other.
std::optional<std::string> Matcher::Impl::gap_cue_miss(int f, const doc::Document& document,
                                                       const DocumentIndex& index, int sentence, NfaRunner& runner,
                                                       MatchStats& stats) const {
  const int first = index.sentence_tokens[static_cast<std::size_t>(sentence)].first;  // not bound: lambdas capture it
  const int last = index.sentence_tokens[static_cast<std::size_t>(sentence)].second;
  const CompiledFact& compiled = facts[f];
  const lang::FactDecl& fact = *compiled.fact;
  for (std::size_t c = 0; c < compiled.cues.size() && c < fact.cues.size(); ++c) {
    const Program& program = compiled.cues[c].forward;
    if (program.anchors.size() < 2) continue;
    // Only a cue whose every word is in the sentence: compiling is the dear part.
    if (!all_anchors_in(program, index, first, last)) continue;
    int gap = 0;
    const lang::PatternNode wide = widened_gaps(fact.cues[c].root, gap);
    if (gap == 0 || gap >= lang::kMaxGap) continue;
    // The rule words are interned already; a copy keeps the matcher's own untouched.
    Vocabulary words = vocabulary;
    const std::vector<CompiledPattern> cue{
        CompiledPattern{compile_pattern(wide, fact, rules, words, false), compile_pattern(wide, fact, rules, words, true)}};
    const std::vector<CueMatch> found =
        find_cue_matches(cue, compiled.vetoes, index, cue_vocabulary, index.readings_of(value::Type::Year),
                         counted_ordinals(f, index), compiled.about, first, last, runner, stats);
    if (found.empty() || !found.front().bindings.back().bound()) continue;
    const Binding& value = found.front().bindings.back();
    const lang::Span& span = fact.cues[c].span;
    const std::string written =
        span.file ? std::string(span.file->text().substr(span.begin, span.end - span.begin)) : std::string("...");
    return fmt::format("cue '{}' and the value '{}': the cue's words are farther apart than its gap allows (at most "
                       "{} words; 'gap 0..N' allows more, up to {}); a value inside the gap is read like any other",
                       written,
                       document.original_text(index.tokens[static_cast<std::size_t>(value.begin)].begin,
                                              index.tokens[static_cast<std::size_t>(value.end - 1)].end),
                       gap, lang::kMaxGap);
  }
  return std::nullopt;
}

// Whether every anchor word of `program` stands in tokens [first, last).
bool Matcher::Impl::all_anchors_in(const Program& program, const DocumentIndex& index, int first, int last) const {
  return std::all_of(program.anchors.begin(), program.anchors.end(), [&](const std::vector<int>& clause) {
    for (int t = first; t < last; ++t) {
      if (std::find(clause.begin(), clause.end(), index.words[t]) != clause.end() ||
          std::find(clause.begin(), clause.end(), index.stems[t]) != clause.end()) {
        return true;
      }
    }
    return false;
  });
}

// "The lake, famous among divers for its clear water and its seals, is 1,642 m
// deep" under `pattern {lake} ... {depth} deep`: nine words between, and the pattern
// silently missed (a blind writer's report). As for a cue, the pattern is tried again
// with its gaps widened: when it then matches, its gap is why.
std::optional<std::string> Matcher::Impl::gap_pattern_miss(int f, const DocumentIndex& index, int sentence,
                                                           NfaRunner& runner, MatchStats& stats) const {
  const auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(sentence)];
  const CompiledFact& compiled = facts[f];
  const lang::FactDecl& fact = *compiled.fact;
  for (std::size_t p = 0; p < compiled.patterns.size() && p < fact.patterns.size(); ++p) {
    const Program& program = compiled.patterns[p].forward;
    // Only a pattern whose every word is in the sentence: compiling is the dear part.
    if (program.anchors.empty() || !all_anchors_in(program, index, first, last)) continue;
    int gap = 0;
    const lang::PatternNode wide = widened_gaps(fact.patterns[p].root, gap);
    if (gap == 0 || gap >= lang::kMaxGap) continue;
    Vocabulary words = vocabulary;  // a copy keeps the matcher's own untouched
    const CompiledPattern widened{compile_pattern(wide, fact, rules, words, false),
                                  compile_pattern(wide, fact, rules, words, true)};
    if (runner.longest_matches(widened, index, first, last, first, last, stats).empty()) continue;
    return fmt::format("pattern #{}: its words are farther apart than its gaps allow (at most {} words; 'gap 0..N' "
                       "allows more, up to {})",
                       p + 1, gap, lang::kMaxGap);
  }
  return std::nullopt;
}

// Why a pattern whose words are (nearly) all in the sentence did not match there.
std::optional<std::string> Matcher::Impl::pattern_miss(int f, const DocumentIndex& index, int sentence) const {
  const auto [first, last] = index.sentence_tokens[sentence];
  for (int p = 0; p < static_cast<int>(facts[f].patterns.size()); ++p) {
    const Program& program = facts[f].patterns[p].forward;
    if (program.anchors.empty()) continue;
    std::vector<std::string> missing;
    for (const std::vector<int>& clause : program.anchors) {
      bool here = false;
      for (int t = first; t < last && !here; ++t) {
        here = std::find(clause.begin(), clause.end(), index.words[t]) != clause.end() ||
               std::find(clause.begin(), clause.end(), index.stems[t]) != clause.end();
      }
      if (!here) missing.push_back(vocabulary.text(clause.front()));
    }
    if (missing.empty() && program.anchors.size() >= 2) {
      return fmt::format("pattern #{}: all its words are here, but not in its order, within its gaps or with its "
                         "roles and value",
                         p + 1);
    }
    if (missing.size() == 1 && program.anchors.size() >= 3) {
      return fmt::format("pattern #{}: the word '{}' is missing", p + 1, missing.front());
    }
  }
  return std::nullopt;
}

}  // namespace factlint::match
