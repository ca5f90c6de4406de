// A thing's size written as the modifier of its noun: "the 38-kilometre tunnel", "The
// 397-metre Emma Maersk", "the 6.2-tonne telescope". English states the measure with
// no word for it: the unit says which measure it is, the noun whose thing it is. A
// rule writer lists "long" and "length" and never "38-kilometre", so without this the
// sentence holds no cue of the fact (docs/rules.md "Cues", "A measure before its noun").
#pragma once

#include <vector>

#include "lang/ast.h"
#include "match/cue_finder.h"
#include "match/document_index.h"
#include "match/nfa_runner.h"

namespace factlint::match {

// Which facts read such a modifier: one whose value is a length and whose cues name
// the length dimension alone ("long", "length": not a width, height or depth, which
// the bare modifier does not say), or a mass; with one entity role, whose thing the
// noun names; and with a cue that is the measure's word alone (`cue long | length`,
// `cue weight | weighs`): a fact whose every cue qualifies the measure (`cue undersea
// | under the sea`, `cue gold`) is a part's, which "the 38-kilometre tunnel" does not
// state. When two such facts of one value type take a kind in common ("length" and
// "cabin_length" of an aircraft, both `cue long`), the modifier says nothing of which:
// neither reads it. Returns, per fact (the rule set's order), whether it does.
struct ModifierCandidateFact {
  value::Type type = value::Type::Number;
  int dimensions = 0;       // match/dimension.h bits its cues name
  int entity_roles = 0;     // how many key roles take an entity
  bool measure_word = false;  // a cue is the measure's word alone (names_measure_alone)
  std::vector<std::string> kinds;  // the nouns its roles' kinds are written with
};
// Whether `cue` has an alternative that is one word naming the measure of `type`: for
// a length, a word of the length dimension ("long", "length"); for a mass, "weigh",
// "weight", "mass" or "heavy", in any of their forms.
bool names_measure_alone(const lang::PatternNode& cue, const lang::RuleSet& rules, value::Type type);
std::vector<char> facts_reading_modifiers(const std::vector<ModifierCandidateFact>& facts);

// The modifier matches of one fact in the sentence [first, last): a reading of the
// value's type right after "the", "this" or "that" (definite: "a 12 km tunnel" may be
// another one), its unit written in the singular ("the park's 843 acres draw" makes
// the unit the noun), then a noun phrase of at most three words whose last is one of
// `kinds` or the end of an alias of an entity a role takes, itself the phrase's last
// word (a common noun followed by punctuation, a preposition, a conjunction, a
// relative, a form of "be" or "have", a modal or a word in "-ed" or "-ly": "the 50 km
// tunnel boring machine" measures the machine). A dimension word written after the
// unit ("the 1,642-metre-deep lake") must be one `dimensions` names. No veto word of
// `vetoes` may stand within reach of it (kVetoBefore before the figure to kVetoAfter
// after the noun, in its clause). The noun is the match's cue, the figure its value
// (the last binding); the caller fills the roles.
std::vector<CueMatch> find_modifier_matches(const std::vector<CompiledPattern>& vetoes,
                                            const std::vector<CaptureSlot>& slots,
                                            const std::vector<std::string>& kinds, int dimensions,
                                            const DocumentIndex& index, const CueWords& words, int first, int last,
                                            NfaRunner& runner, MatchStats& stats);

}  // namespace factlint::match
