// A role that excludes a kind (`project: project not edition`): a clause about a thing
// of that kind is not about the role's entity, whatever the sentences before it, the
// document's topic or the role's fallback name (docs/rules.md "A role that excludes a
// kind or an entity"). "Wikipedia launched in 2001. The English edition now receives
// 8 billion page views a month." gives the project nothing: the figure is the edition's.
#include <algorithm>

#include "match/cue_finder.h"
#include "match/kind_reference.h"
#include "match/matcher_impl.h"

namespace factlint::match {

namespace {

// The clause a candidate's match stands in: a cue match's own; for a pattern, whose
// candidate holds its whole sentence, the clauses its match spans, split where a cue's
// are (";", "but", "while", "whereas" ...): "The skyscraper cost $1.5 billion; the
// district cost $20 billion" under `not district` still gives the skyscraper its cost
// (a blind writer's report, session 22).
TokenMatch clause_of_match(const DocumentIndex& index, const CueWords& words, const Candidate& candidate) {
  if (candidate.cue || candidate.tokens.end <= candidate.tokens.begin) return candidate.clause;
  TokenMatch out{candidate.tokens.begin, candidate.tokens.end};
  for (const TokenMatch& c : clauses_of(index, words.clause_breaks, candidate.clause.begin, candidate.clause.end)) {
    if (c.end <= candidate.tokens.begin || c.begin >= candidate.tokens.end) continue;
    out.begin = std::min(out.begin, c.begin);
    out.end = std::max(out.end, c.end);
  }
  out.begin = std::max(out.begin, candidate.clause.begin);
  out.end = std::min(out.end, candidate.clause.end);
  return out;
}

}  // namespace

bool Matcher::Impl::names_excluded_kind(const DocumentIndex& index, const Candidate& candidate,
                                        const std::vector<std::size_t>& open) const {
  const CompiledFact& compiled = facts[candidate.fact];
  for (std::size_t role : open) {
    if (role >= compiled.excluded_kinds.size() || compiled.excluded_kinds[role].empty()) continue;
    const std::vector<std::string>& kinds = compiled.excluded_kinds[role];
    const CaptureSlot& slot = compiled.slots[role];
    auto fits = [&](int e) { return slot.entity_fits.empty() || slot.entity_fits[static_cast<std::size_t>(e)]; };
    auto excluded = [&](int e) {
      return std::find(kinds.begin(), kinds.end(), rules.entities[static_cast<std::size_t>(e)].kind) != kinds.end();
    };
    const TokenMatch clause = clause_of_match(index, cue_vocabulary, candidate);
    for (int t = clause.begin; t < clause.end; ++t) {
      // A name the role could take is the role's, though it also names a thing of the
      // excluded kind (docs/rules.md "One name for things of different kinds").
      if (const TokenEdge* name = index.name_at(t, fits); name && !fits(name->payload)) {
        for (const TokenEdge* e = index.entity_forward.begin(t); e != index.entity_forward.end(t); ++e) {
          if (excluded(e->payload)) return true;
        }
      }
      if (refers_by_kind(index, definite_words, compiled.excluded_kind_words[role], t, clause.end) >= 0) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace factlint::match
