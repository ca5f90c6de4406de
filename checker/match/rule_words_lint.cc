#include "match/rule_words_lint.h"

#include <algorithm>
#include <optional>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "lang/pattern_words.h"
#include "lang/alternatives.h"
#include "source/ascii.h"
#include "value/units.h"
#include "value/value_type.h"
#include "match/word_forms.h"

namespace factlint::match {

namespace {

using lang::PatternNode;

// The stems a document word must have to match the rule word (docs/rules.md "Word
// forms"); a quoted word, or one without forms, matches as written: its text, marked.
std::set<std::string> stems_of(const PatternNode& w) {
  if (w.exact || !has_word_forms(w.text)) return {"=" + w.text};
  const std::vector<std::string> stems = rule_word_stems(w.text);
  return {stems.begin(), stems.end()};
}

// Whether a document word can match both rule words.
bool share_a_form(const PatternNode& a, const PatternNode& b) {
  const std::set<std::string> sa = stems_of(a), sb = stems_of(b);
  auto as_written_matches = [](const PatternNode& exact, const std::set<std::string>& other) {
    return other.count("=" + exact.text) > 0 || other.count(word_stem(exact.text)) > 0;
  };
  if (a.exact || !has_word_forms(a.text)) return as_written_matches(a, sb);
  if (b.exact || !has_word_forms(b.text)) return as_written_matches(b, sa);
  for (const std::string& s : sa) {
    if (sb.count(s) > 0) return true;
  }
  return false;
}

// The text of `node` as written in its rule file.
std::string written(const PatternNode& node) {
  if (!node.span.file || node.span.end <= node.span.begin) return node.text;
  return std::string(node.span.file->text().substr(node.span.begin, node.span.end - node.span.begin));
}

bool is_figure(const std::string& word) {
  return !word.empty() && std::isdigit(static_cast<unsigned char>(word[0]));
}

// The words of a cue alternative that is plain words side by side (no gap, capture,
// optional part, group or macro), or an empty list.
std::vector<const PatternNode*> plain_words(const PatternNode& alt) {
  if (alt.kind == PatternNode::Kind::Word) return {&alt};
  std::vector<const PatternNode*> out;
  if (alt.kind != PatternNode::Kind::Sequence) return out;
  for (const PatternNode& c : alt.children) {
    if (c.kind != PatternNode::Kind::Word) return {};
    out.push_back(&c);
  }
  return out;
}

// Where `inner` stands inside `outer`, each word sharing a form with the word it stands
// on: the first such offset, or -1.
int offset_inside(const std::vector<const PatternNode*>& outer, const std::vector<const PatternNode*>& inner) {
  if (inner.empty() || inner.size() > outer.size()) return -1;
  for (std::size_t at = 0; at + inner.size() <= outer.size(); ++at) {
    bool all = true;
    for (std::size_t k = 0; k < inner.size() && all; ++k) all = share_a_form(*outer[at + k], *inner[k]);
    if (all) return static_cast<int>(at);
  }
  return -1;
}

// Warns of a fact's cue alternative that another of its cue alternatives holds past its
// first word (`cue monthly active users | users`): each is a cue match of its own, and
// each takes the figure nearest it, so one phrase gives two statements ("61 million
// monthly active users and 21 million paying subscribers" gave both figures). One that
// opens a longer one (`trade target | trade`) or matches the same words (`operating loss
// | operating losses`) is no warning: both would match at one word, and the longest
// match there is the one cue match.
void lint_contained_cues(const lang::FactDecl& fact, source::DiagnosticSink& sink) {
  std::vector<std::pair<const PatternNode*, std::vector<const PatternNode*>>> alts;
  for (const lang::Pattern& cue : fact.cues) {
    for (const PatternNode* alt : lang::alternatives_of(cue.root)) {
      std::vector<const PatternNode*> words = plain_words(*alt);
      if (!words.empty()) alts.emplace_back(alt, std::move(words));
    }
  }
  std::set<const PatternNode*> warned;
  for (std::size_t i = 0; i < alts.size(); ++i) {
    for (std::size_t j = 0; j < alts.size(); ++j) {
      const auto& [inner, inner_words] = alts[i];
      const auto& [outer, outer_words] = alts[j];
      if (i == j || warned.count(inner) > 0) continue;
      const int at = offset_inside(outer_words, inner_words);
      if (at < 0) continue;
      if (at > 0) {
        warned.insert(inner);
        sink.warning(inner->span, fmt::format("cue '{}' of fact '{}' also matches inside its cue '{}': each is a "
                                              "cue match of its own and takes its own figure, so one phrase gives two "
                                              "statements; leave '{}' out, or write it as a longer phrase that "
                                              "'{}' does not hold",
                                              written(*inner), fact.name, written(*outer), written(*inner),
                                              written(*outer)));
      }
    }
  }
}

// The unit word of the fact's value type (value/units.h) that veto word `v` shares a
// form with, or "": `unless footing` also matches "foot", so it vetoes "746-foot towers"
// (a blind writer's report, session 20). A veto that is itself a unit's spelling
// (`unless feet`) is what its author meant.
std::string unit_form_of(const lang::FactDecl& fact, const PatternNode& v) {
  const std::optional<value::Type> type = value::type_from_name(fact.value.type);
  if (!type) return "";
  const std::vector<std::string> units = value::unit_names(*type);
  if (std::find(units.begin(), units.end(), source::ascii_lower(v.text)) != units.end()) return "";
  for (const std::string& unit : units) {
    // Words of letters only, long enough to have forms: "ft" or "sq mi" are no word forms.
    if (unit.size() < 3 || !std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      continue;
    }
    PatternNode u;
    u.kind = PatternNode::Kind::Word;
    u.text = unit;
    if (share_a_form(v, u)) return unit;
  }
  return "";
}

}  // namespace

void lint_rule_words(const lang::RuleSet& rules, source::DiagnosticSink& sink) {
  for (const lang::FactDecl& fact : rules.facts) {
    lint_contained_cues(fact, sink);
    // Each cue word, with the cue alternative it stands in.
    std::vector<std::pair<const PatternNode*, const PatternNode*>> cue_words;
    std::set<std::pair<const void*, std::size_t>> figures_said;
    for (const lang::Pattern& cue : fact.cues) {
      for (const PatternNode* alt : lang::alternatives_of(cue.root)) {
        for (const PatternNode* w : lang::words_of(*alt, rules)) {
          cue_words.push_back({w, alt});
          // "The 3 percent rule was set at 4 percent" gave 3%: a blind writer's report.
          if (is_figure(w->text) && figures_said.insert({w->span.file, w->span.begin}).second) {
            sink.warning(w->span, fmt::format("the figure '{}' in cue '{}' of fact '{}' is read as the fact's value "
                                              "when it is the figure nearest the cue (\"the {} was set at ...\" "
                                              "reads the {}): write a pattern that has the figure as a word and "
                                              "captures the value ('{{role}} ... {} ... {{value}}')",
                                              w->text, written(*alt), fact.name, written(*alt), w->text,
                                              written(*alt)));
          }
        }
      }
    }
    for (const lang::Pattern& veto : fact.vetoes) {
      for (const PatternNode* alt : lang::alternatives_of(veto.root)) {
        // One veto word alone: a phrase of several words matches them side by side.
        const std::vector<const PatternNode*> words = lang::words_of(*alt, rules);
        if (words.size() != 1) continue;
        const PatternNode& v = *words.front();
        // A quoted veto word is the form its author chose.
        if (v.exact) continue;
        if (!std::any_of(v.text.begin(), v.text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
          continue;
        }
        if (const std::string unit = unit_form_of(fact, v); !unit.empty()) {
          sink.warning(v.span, fmt::format("veto word '{}' of fact '{}' also matches the unit word '{}' (a word "
                                           "matches its other forms): it vetoes every figure written with that unit "
                                           "(\"746-{} towers\"); quote it ('\"{}\"') to veto that form only",
                                           v.text, fact.name, unit, unit, v.text));
        }
        for (const auto& [c, cue_alt] : cue_words) {
          // The same word is meant: the cue's own word never vetoes its match.
          if (c->text == v.text || !share_a_form(v, *c)) continue;
          sink.warning(v.span, fmt::format("veto word '{}' of fact '{}' also matches '{}' of its cue '{}' (a word "
                                           "matches its other forms): it vetoes the fact wherever '{}' stands outside "
                                           "that cue's own match, next to another cue or in a gap; quote it "
                                           "('\"{}\"') to veto that form only, or veto a longer phrase",
                                           v.text, fact.name, c->text, written(*cue_alt), c->text, v.text));
          break;
        }
      }
    }
  }
}

}  // namespace factlint::match
