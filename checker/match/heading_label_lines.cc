// Label lines under a heading that names their measure: under "## Hard coral cover by
// region" the line "- **Northern region:** 36% (2021: 27%)" states the northern
// region's cover, 36%, and 27% for 2021. The heading's cue applies to a label line
// only when the label names an entity one of the fact's roles takes: a line naming
// no such thing ("Reefs surveyed: 87") is another measure of the section, as a
// table's row is (docs/rules.md "Facts in tables", label lines).
#include "match/document_layout.h"
#include "match/matcher_impl.h"

namespace factlint::match {

namespace {

// Whether one of `programs` (cues or vetoes) matches within [first, last).
bool any_match(const std::vector<CompiledPattern>& programs, const DocumentIndex& index, int first, int last,
               NfaRunner& runner, MatchStats& stats) {
  if (first >= last) return false;
  for (const CompiledPattern& p : programs) {
    if (!runner.longest_matches(p, index, first, last, first, last, stats).empty()) return true;
  }
  return false;
}

}  // namespace

void Matcher::Impl::heading_label_candidates(int f, const doc::Document& document, const DocumentIndex& index,
                                             const std::vector<int>& cue_sentences, NfaRunner& runner, MatchStats& stats,
                                             std::vector<Candidate>& out) const {
  const CompiledFact& compiled = facts[f];
  const std::vector<CaptureSlot>& slots = compiled.slots;
  if (slots.back().entity) return;
  const bool has_role = std::any_of(slots.begin(), slots.end() - 1, [](const CaptureSlot& s) { return s.entity; });
  if (!has_role) return;
  const TypedReadings* readings = index.readings_of(slots.back().type);
  if (!readings) return;
  const TypedReadings* years = index.readings_of(value::Type::Year);
  const auto& sentences = index.sentence_tokens;
  const int count = static_cast<int>(sentences.size());
  for (int h : cue_sentences) {
    // Not the document's title: what it names, the whole document is about.
    if (h == 0 || !is_heading(document, h)) continue;
    const auto [hfirst, hlast] = sentences[static_cast<std::size_t>(h)];
    if (!any_match(compiled.cues, index, hfirst, hlast, runner, stats)) continue;
    if (any_match(compiled.vetoes, index, hfirst, hlast, runner, stats)) continue;  // "## Cover targets for 2030"
    // The label lines right under it, up to the first line that is none.
    for (int s = h + 1; s < count && is_label_line(document, s) && !is_heading(document, s); ++s) {
      // Plain copies, not a structured binding: clang 14 (the sanitizer build) cannot
      // capture a binding in the lambda below.
      const int first = sentences[static_cast<std::size_t>(s)].first;
      const int last = sentences[static_cast<std::size_t>(s)].second;
      int colon = first;
      while (colon < last && index.words[static_cast<std::size_t>(colon)] != cue_vocabulary.colon) ++colon;
      if (colon >= last) continue;
      // A label holding a cue of the fact is read by the cue itself (or, vetoed, not at all).
      if (any_match(compiled.cues, index, first, last, runner, stats) ||
          any_match(compiled.vetoes, index, first, last, runner, stats)) {
        continue;
      }
      std::vector<Binding> bindings(slots.size());
      fill_entity_roles(f, index, {first, colon}, {first, colon}, false, bindings);
      if (std::none_of(bindings.begin(), bindings.end() - 1, [](const Binding& b) { return b.bound(); })) continue;
      // The line's value: the first figure of the fact's type after the colon.
      int at = colon + 1;
      while (at < last && (readings->forward.count(at) == 0 || readings->forward.begin(at)->to > last)) ++at;
      if (at >= last) continue;
      const TokenEdge value = *readings->forward.begin(at);
      auto add = [&](TokenEdge v, int begin, TokenMatch compared) {
        CueMatch m;
        m.cue = 0;
        m.cue_tokens = {first, colon};
        m.bindings = bindings;
        m.bindings.back() = Binding{begin, v.to, v.payload};
        m.clause = {first, last};
        m.distance = begin - colon;
        m.compared_with = compared;
        Candidate c = cue_candidate(f, index, s, std::move(m));
        c.fixes = false;  // the heading's cue fixes no role of the line
        out.push_back(std::move(c));
      };
      add(value, at, {-1, -1});
      // "36% (2021: 27%)": a parenthesis opened by a year and a colon gives that year's figure.
      int p = value.to;
      if (!years || p >= last || index.words[static_cast<std::size_t>(p)] != cue_vocabulary.open_paren) continue;
      if (years->forward.count(p + 1) == 0) continue;
      const int year_end = years->forward.begin(p + 1)->to;
      if (year_end >= last || index.words[static_cast<std::size_t>(year_end)] != cue_vocabulary.colon) continue;
      const int before = year_end + 1;
      if (before >= last || readings->forward.count(before) == 0 || readings->forward.begin(before)->to > last) continue;
      add(*readings->forward.begin(before), before, {at, value.to});
    }
  }
}

}  // namespace factlint::match
