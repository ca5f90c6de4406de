// The matcher's state and its steps, shared by the files that hold them: matcher.cc
// (candidates, overlaps, statements), sentence_roles.cc and context_roles.cc (filling a
// statement's roles), pattern_misses.cc and near_misses.cc (what stopped a fact, for
// explain and rules audit). Private to checker/match/: matcher.h is the interface.
#pragma once

#include "match/matcher.h"

#include "lang/value_bounds.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "doc/limits.h"
#include "doc/loader.h"
#include "doc/normalizer.h"
#include "source/ascii.h"
#include "match/document_index.h"
#include "match/attached_phrases.h"
#include "match/change_sign.h"
#include "match/conjoined_counts.h"
#include "match/respective_pairs.h"
#include "match/compared_mention.h"
#include "match/cue_finder.h"
#include "match/dimension.h"
#include "match/document_layout.h"
#include "match/document_title.h"
#include "match/entity_index.h"
#include "match/lead_year.h"
#include "match/measure_modifier.h"
#include "match/fact_key.h"
#include "match/kind_reference.h"
#include "match/nfa_runner.h"
#include "match/pattern_compiler.h"
#include "match/pattern_year.h"
#include "match/rank_order.h"
#include "match/required_words.h"
#include "match/sentence_subject.h"
#include "match/sorted_sentences.h"
#include "match/table_cues.h"
#include "match/tokenizer.h"
#include "match/undated_years.h"
#include "match/year_list.h"
#include "match/value_holder.h"
#include "match/year_owner.h"
#include "match/after_publication.h"
#include "match/continued_year.h"
#include "match/current_values.h"
#include "match/scope_year.h"
#include "match/time_frame.h"
#include "match/token_range.h"
#include "value/named_year.h"
#include "match/vocabulary.h"
#include "match/written_case.h"
#include "source/diagnostic.h"
#include "value/misspelt_scale.h"
#include "value/per_unit.h"

namespace factlint::match {

// "upstream there is another ship lift, which raises boats 114 m": a name after
// "another" that ends its noun phrase names a thing of the same sort, not the entity;
// it fills no role, and a role it would fit is not taken from the sentences before or
// the topic either (docs/rules.md "Cues", step 3, "A new thing"). "another Tube
// strike" (the name before a noun) is the entity's.
bool another_of_its_sort(const DocumentIndex& index, int begin, int end);


// The payload of a value binding that reads no reading: a pattern's fixed value.
inline constexpr int kFixedValue = -2;

// A fact as the matcher runs it: its patterns, cues and vetoes compiled once.
struct CompiledFact {
  const lang::FactDecl* fact = nullptr;
  std::vector<CaptureSlot> slots;
  std::vector<CompiledPattern> patterns;
  // Per pattern, its own `unless` words as one program, or none (docs/rules.md
  // "Vetoing a pattern").
  std::vector<std::vector<CompiledPattern>> pattern_vetoes;
  std::vector<CompiledPattern> cues;
  std::vector<CompiledPattern> vetoes;  // the fact's `unless` items, then the default vetoes
  std::vector<CompiledPattern> negatives;  // the fact's `negative` items
  std::vector<CompiledPattern> required;   // the fact's `require` words (match/required_words.h)
  CueFact about;  // the dimensions its cues name and its roles' kinds (match/cue_finder.h)
  // Whether it reads its measure written before its noun ("the 38-kilometre tunnel",
  // match/measure_modifier.h).
  bool reads_modifiers = false;
  // per key role: the words its kind is written with ("canal"; with `kind carmaker =
  // "automaker"`, "carmaker" and "automaker"), none for "entity" (match/kind_reference.h)
  std::vector<std::vector<int>> kind_words;
  // Per matcher rule (FactDecl::matcher_rule numbering), the roles its `=> role=Entity`
  // fixes: (key role, entity) (docs/rules.md "A cue that names a role's entity").
  std::vector<std::vector<std::pair<std::size_t, int>>> fixes;
  // Per key role, its fallback entity (`country: country = Norway`), or -1.
  std::vector<int> fallbacks;
  // Per key role, the kinds its `not` excludes (`project: project not edition`) and
  // the words they are written with, as `kind_words` (match/excluded_kinds.cc).
  std::vector<std::vector<std::string>> excluded_kinds;
  std::vector<std::vector<int>> excluded_kind_words;
  // Per pattern, the years it writes as words (match/pattern_year.h).
  std::vector<std::vector<int>> pattern_years;
  // The entity `rule` fixes role `role` to, or -1.
  int fixed(int rule, std::size_t role) const {
    if (rule < 0 || static_cast<std::size_t>(rule) >= fixes.size()) return -1;
    for (const auto& [r, e] : fixes[static_cast<std::size_t>(rule)]) {
      if (r == role) return e;
    }
    return -1;
  }
};

// One match of one pattern or cue, before overlap resolution.
struct Candidate {
  int fact = 0;
  int pattern = 0;        // FactDecl::matcher_rule numbering: patterns, then cues
  int priority = 0;
  TokenMatch tokens;
  std::size_t begin = 0;  // normalized byte range
  std::size_t end = 0;
  int sentence = 0;       // index in DocumentIndex::sentence_tokens where it starts
  TokenMatch clause;      // the clause of a cue match; the sentence otherwise
  bool cue = false;
  int distance = 0;                // cue matches: tokens between cue and value
  int open_roles = 0;              // cue matches: entity roles the sentence does not name
  bool from_ordinal = false;       // cue matches: an ordinal read as a count ("their 40th meeting")
  std::vector<Binding> bindings;   // cue matches: bound already
  std::shared_ptr<const TableMatch> table;  // a cell of a table (docs/rules.md "Facts in tables")
  TokenMatch compared_with{-1, -1};  // cue matches: the value this one is compared with (CueMatch)
  TokenMatch cue_tokens{-1, -1};     // cue matches: the cue's own words
  int year_offset = 0;
  int compared_sentence = -1;  // the sentence of `compared_with`, when not this one's
  // A cue clause that opens with a time counted back or on ("The previous year, ...")
  // and no statement of its fact before it to count from: the years to count from
  // the year its paragraph or title sets (0: none).
  int unanchored_shift = 0;
  // An answer's question (docs/rules.md "Cues", step 7): its sentence, else -1.
  int asked_in = -1;
  // Whether the `=> role=Entity` of its pattern or cue applies: not to a continued
  // sentence's or an answer's match, which holds no cue of its own.
  bool fixes = false;
};

// The entities given to the roles a statement leaves open, and where each came from
// (Statement::role_sources).
struct ResolvedRoles {
  std::vector<std::string> names;
  std::vector<std::string> sources;
  bool stopped = false;  // empty because the sentence, or one before it, is about another thing
  bool empty() const { return names.empty(); }
};

// compared_mention.h over a document's tokens, with the word after the name there.
bool compared_mention(const DocumentIndex& index, int t);

struct Matcher::Impl {
  Impl(const lang::RuleSet& r, source::DiagnosticSink* sink)
      : rules(r), entities(r, vocabulary), cue_vocabulary(cue_words(vocabulary)) {
    for (std::size_t e = 0; e < rules.entities.size(); ++e) {
      const lang::EntityDecl& entity = rules.entities[e];
      if (entity.ignored) ignored_entities.emplace(entity.name, &entity);
      for (const std::string& noun : rules.kind_nouns(entity.kind)) entities_of_noun[noun].push_back(static_cast<int>(e));
    }
    for (const lang::FactDecl& fact : rules.facts) {
      CompiledFact compiled;
      compiled.fact = &fact;
      compiled.slots = capture_slots(fact, rules);
      compiled.about.per_year = fact.scope == "year";
      auto compile_both = [&](const lang::PatternNode& root) {
        return CompiledPattern{compile_pattern(root, fact, rules, vocabulary, false),
                               compile_pattern(root, fact, rules, vocabulary, true)};
      };
      for (const lang::RoleDecl& role : fact.roles) {
        // A kind's declared nouns are read wherever its own word is (docs/rules.md "Entity kinds").
        const std::vector<std::string> nouns = rules.kind_nouns(role.type);
        compiled.about.kinds.insert(compiled.about.kinds.end(), nouns.begin(), nouns.end());
        std::vector<int>& words = compiled.kind_words.emplace_back();
        for (const std::string& noun : nouns) words.push_back(vocabulary.intern(noun));
        if (!role.only.empty()) role_ties[fact.name].emplace_back(role.name, role.only);
      }
      auto entity_at = [&](const std::string& name) {
        const lang::EntityDecl* e = rules.find_entity(name);
        return e ? static_cast<int>(e - rules.entities.data()) : -1;
      };
      auto fixes_of = [&](const lang::Pattern& p) {
        std::vector<std::pair<std::size_t, int>> out;
        for (const lang::RoleFix& fix : p.fixes) {
          for (std::size_t i = 0; i < fact.roles.size(); ++i) {
            if (fact.roles[i].name == fix.role && entity_at(fix.entity) >= 0) out.emplace_back(i, entity_at(fix.entity));
          }
        }
        return out;
      };
      for (const lang::Pattern& p : fact.patterns) compiled.fixes.push_back(fixes_of(p));
      for (const lang::Pattern& p : fact.cues) compiled.fixes.push_back(fixes_of(p));
      for (const lang::RoleDecl& role : fact.roles) {
        compiled.fallbacks.push_back(role.fallback.empty() ? -1 : entity_at(role.fallback));
        std::vector<std::string>& kinds = compiled.excluded_kinds.emplace_back();
        std::vector<int>& words = compiled.excluded_kind_words.emplace_back();
        for (const std::string& name : role.excluded) {
          if (entity_at(name) >= 0) {
            role_exclusions[fact.name].emplace_back(role.name, name);
            continue;
          }
          kinds.push_back(name);
          for (const std::string& noun : rules.kind_nouns(name)) words.push_back(vocabulary.intern(noun));
        }
      }
      for (const lang::Pattern& cue : fact.cues) {
        compiled.cues.push_back(compile_both(cue.root));
        compiled.about.dimensions |= dimensions_named(cue.root, rules);
      }
      for (const lang::Pattern& n : fact.negatives) compiled.negatives.push_back(compile_both(n.root));
      for (const lang::Pattern& r : fact.required) compiled.required.push_back(compile_both(r.root));
      if (!fact.cues.empty()) {
        for (const lang::Pattern& veto : fact.vetoes) compiled.vetoes.push_back(compile_both(veto.root));
        if (auto vetoes = default_vetoes(fact.allowed_words())) {
          compiled.vetoes.push_back(compile_both(*vetoes));
          compiled.vetoes.back().built_in = true;
        }
        const value::Type type = compiled.slots.back().type;
        if (type == value::Type::Count || type == value::Type::Number) add_type(value::Type::Year);
        if ((type == value::Type::Count && fact.count_ordinals) || type == value::Type::Year) {
          add_type(value::Type::Ordinal);
        }
      }
      for (const lang::Pattern& pattern : fact.patterns) {
        CompiledPattern cp;
        cp.forward = compile_pattern(pattern.root, fact, rules, vocabulary, false);
        cp.reverse = compile_pattern(pattern.root, fact, rules, vocabulary, true);
        if (sink && !cp.forward.valid) {
          sink->error(pattern.span, "pattern of fact '" + fact.name +
                                        "' cannot be compiled: it names an unknown role or macro, or its "
                                        "macros expand to more than " + std::to_string(kMaxPatternInstructions) +
                                        " steps");
        }
        compiled.patterns.push_back(std::move(cp));
        compiled.pattern_years.push_back(years_written(pattern.root, rules));
        compiled.pattern_vetoes.emplace_back();
        if (!pattern.unless.children.empty()) compiled.pattern_vetoes.back().push_back(compile_both(pattern.unless));
      }
      for (const CaptureSlot& slot : capture_slots(fact, rules)) {
        if (!slot.entity) add_type(slot.type);
        // A year may be stated by a date that leaves it to its paragraph (match/undated_years.h).
        if (!slot.entity && slot.type == value::Type::Year) add_type(value::Type::Date);
      }
      if (fact.scope == "year") {
        add_type(value::Type::Year);
        add_type(value::Type::Date);
      }
      // `range start` on a year reads ranges of years; `duration from dates` ranges of dates.
      if (!fact.range_end.empty() && fact.value.type == "year") add_type(value::Type::YearRange);
      if (fact.duration_from_dates) add_type(value::Type::Date);
      facts.push_back(std::move(compiled));
    }
    scan_plan = plan_scan(facts);
    plan_modifiers();
  }

  // Values are read only where a pattern or cue can match (ScanPlan): in sentences
  // holding one of their certain words, and as far around them as a pattern's window
  // or a continued sentence reaches.
  // A fact's amounts (its value's type and any figure a role of it takes) are read
  // only around its own words; years, dates and ordinals serve every fact (ScanPlan).
  static ScanPlan plan_scan(const std::vector<CompiledFact>& compiled_facts) {
    ScanPlan plan;
    plan.everywhere = false;
    for (const CompiledFact& f : compiled_facts) {
      std::vector<value::Type> own;
      for (const CaptureSlot& slot : f.slots) {
        const bool shared = value::is_temporal(slot.type) || slot.type == value::Type::Ordinal;
        if (!slot.entity && !shared && std::find(own.begin(), own.end(), slot.type) == own.end()) {
          own.push_back(slot.type);
        }
      }
      auto add = [&](const Program& program, int reach) {
        if (program.anchors.empty()) plan.everywhere = true;
        plan.needs.push_back({program.anchors, reach, own});
      };
      const int window = std::max(0, f.fact->window);
      for (const CompiledPattern& p : f.patterns) add(p.forward, window);
      for (const CompiledPattern& c : f.cues) add(c.forward, std::max(window, lang::kContextSentences));
    }
    return plan;
  }

  // Which facts read a measure before its noun (match/measure_modifier.h), and where
  // their values must be read for it: in the sentences naming their thing, by its
  // kind's noun or an entity's name, which need no cue word.
  void plan_modifiers() {
    std::vector<ModifierCandidateFact> candidates;
    for (const CompiledFact& f : facts) {
      ModifierCandidateFact c;
      c.type = f.slots.back().entity ? value::Type::Number : f.slots.back().type;
      c.dimensions = f.about.dimensions;
      c.entity_roles = static_cast<int>(std::count_if(f.slots.begin(), f.slots.end() - 1,
                                                      [](const CaptureSlot& s) { return s.entity; }));
      c.kinds = f.cues.empty() ? std::vector<std::string>{} : f.about.kinds;
      for (const lang::Pattern& cue : f.fact->cues) c.measure_word = c.measure_word || names_measure_alone(cue.root, rules, c.type);
      candidates.push_back(std::move(c));
    }
    const std::vector<char> reading = facts_reading_modifiers(candidates);
    for (std::size_t i = 0; i < facts.size(); ++i) {
      if (!reading[i]) continue;
      CompiledFact& f = facts[i];
      f.reads_modifiers = true;
      std::vector<int> ids;
      for (const std::vector<int>& words : f.kind_words) ids.insert(ids.end(), words.begin(), words.end());
      for (std::size_t e = 0; e < rules.entities.size(); ++e) {
        if (!fits_a_role(f.slots, static_cast<int>(e))) continue;
        for (const std::string& alias : rules.entities[e].aliases) {
          const std::string normalized = doc::normalize(alias).text;
          const std::vector<std::string_view> tokens = token_texts(normalized);
          if (!tokens.empty()) ids.push_back(vocabulary.intern(tokens.front()));
        }
      }
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      if (!ids.empty()) scan_plan.needs.push_back({{ids}, 0, {f.slots.back().type}});
    }
  }

  void add_type(value::Type type) {
    if (std::find(types.begin(), types.end(), type) == types.end()) types.push_back(type);
  }

  // `keep_ignored`: an ignored entity's statements stay (near misses: a sentence that
  // stated one is no miss of the rules).
  std::vector<Statement> run(const doc::Document& document, MatchStats& stats, bool keep_ignored = false) const;
  // Fills index.narrowings for the facts that read their own readings: plausible
  // values (`values`), one end of a range (`range`), durations from dates.
  void narrow_values(const doc::Document& document, DocumentIndex& index) const;
  // Whether a reading is among `fact`'s plausible values, read as its statements read
  // it: a bare ton, "$" or "¥" as the fact or the document says, an amount per the
  // fact's denominator.
  // An amount in a currency the fact's `currency` option leaves out is none of its
  // values either (docs/rules.md "Money").
  static bool admitted(const lang::FactDecl& fact, const doc::Document& document, value::Value v) {
    if (!fact.values.set && fact.currencies.empty()) return true;
    v = read_as_fact(fact, document, std::move(v));
    if (!fact.in_currencies(v)) return false;
    if (auto per = value::per_denominator(v, fact.per_unit)) v = std::move(*per);
    return fact.values.admits(v);
  }
  // A reading as `fact`'s statements read it: a bare ton, "$", "¥", "Sh" or "kr" as the
  // fact, else the document, says.
  static value::Value read_as_fact(const lang::FactDecl& fact, const doc::Document& document, value::Value v) {
    v = value::with_ton(std::move(v), fact.ton.empty() ? document.value_settings.ton : *value::ton_from_name(fact.ton));
    return value::with_currencies(std::move(v), value::overlaid(document.value_settings, fact.currency));
  }
  // Whether a reading is in one of `fact`'s currencies, its bare signs read as the
  // fact or the document says (always, for a fact without `currency`).
  static bool in_currencies(const lang::FactDecl& fact, const doc::Document& document, const value::Value& v) {
    return fact.currencies.empty() || fact.in_currencies(read_as_fact(fact, document, v));
  }
  // Why a reading `admitted` refuses was passed over, for explain: "passed over
  // '$34.6 billion': in USD, and the amounts of profit are in JPY only", or outside
  // the fact's values.
  static std::string passed_over(const lang::FactDecl& fact, const doc::Document& document, const value::Value& v,
                                 const std::string& written) {
    if (!in_currencies(fact, document, v)) {
      const value::Value read = read_as_fact(fact, document, v);
      return fmt::format("passed over '{}': in {}, and the amounts of {} are in {} only (its 'currency')", written,
                         value::currency_of(read), fact.name, lang::describe_currencies(fact));
    }
    return fmt::format("passed over '{}': outside the fact's values ({})", written, lang::describe_bounds(fact));
  }
  // A statement of an ignored entity, or of another entity than its fact ties a role to.
  bool dropped(const Statement& st) const { return dropping_role(st) != nullptr || !st.dropped_because.empty(); }
  // The role (and its entity) of `st` that drops it, or null.
  const std::pair<std::string, std::string>* dropping_role(const Statement& st) const;
  // Why `st` is dropped, for a near miss: the entity and the declaration that say so.
  std::string why_dropped(const Statement& st) const;
  // `miss`, when given, is the cue match the roles were missing from (its cue and first value).
  std::string roles_missing_cause(int f, const doc::Document& document, const DocumentIndex& index, int s,
                                  const CueMiss* miss = nullptr) const;
  // A name of [first, last) that fits one of fact `f`'s roles but that the role search
  // passes by: what a compared mention ("second after MSC") or a name after another
  // figure ("of which 38 km lie under the sea, the operator says") is; "" when none.
  std::string role_names_passed_by(int f, const doc::Document& document, const DocumentIndex& index, int first,
                                   int last, const CueMiss* miss) const;
  // The value a pattern candidate's `=> value=...` fixes, or null (docs/rules.md "A
  // fixed value").
  const std::optional<value::Value>* fixed_value(const Candidate& c) const {
    if (c.cue || c.table) return nullptr;
    const auto& patterns = facts[c.fact].fact->patterns;
    const auto p = static_cast<std::size_t>(c.pattern);
    return p < patterns.size() && patterns[p].fixed_value ? &patterns[p].fixed_value : nullptr;
  }
  // The reading a candidate's value binding points into: of the fact's type, or an
  // ordinal read as a count.
  const value::ValueMatch& value_reading(const DocumentIndex& index, const Candidate& c, const Binding& b) const {
    if (c.table) return c.table->reading;
    if (b.payload == kFixedValue) {
      // `=> rank=1st`: the pattern's whole match states it (docs/rules.md "A fixed value").
      thread_local value::ValueMatch fixed;
      fixed = value::ValueMatch{c.begin, c.end, **fixed_value(c)};
      return fixed;
    }
    if (c.from_ordinal) return counted_ordinals(c.fact, index)->readings[static_cast<std::size_t>(b.payload)];
    return index.readings_of(facts[c.fact].slots.back().type)->readings[static_cast<std::size_t>(b.payload)];
  }
  std::vector<NearMiss> near_misses(const doc::Document& document) const;
  std::vector<NearMiss> uncued_sentences(const doc::Document& document, const std::vector<NearMiss>& near) const;
  // Its steps (match/uncued_sentences.cc).
  bool vetoed_here(const CompiledFact& fact, const DocumentIndex& index, int first, int last, NfaRunner& runner,
                   MatchStats& stats) const;
  std::string named_entity(const CompiledFact& fact, const DocumentIndex& index, int first, int last) const;
  const value::ValueMatch* unread_figure(const CompiledFact& fact, const doc::Document& document,
                                         const DocumentIndex& index, const TypedReadings& typed,
                                         const TypedReadings* years, const std::vector<Statement>& found, int first,
                                         int last) const;
  // The statements an order after a kept rank statement `head` gives ("China,
  // followed by Japan and South Korea": Japan one place after, South Korea two;
  // match/rank_order.h), appended to `out`. A follower's own rank ("and Sweden 2nd")
  // is a reading a cue of the fact may read again: `claim` takes its normalized byte
  // range and says whether it was free, so one rank makes one statement.
  void add_followers(const doc::Document& document, const DocumentIndex& index, const Candidate& c,
                     const std::vector<Binding>& bindings, const Statement& head,
                     const std::function<bool(std::size_t, std::size_t)>& claim, std::vector<Statement>& out) const;
  // Whether the statement `st` of a `plans` fact, its value at `value`, is a plan of
  // its document's time: not one given up ("originally due in 2027"); its scope no
  // year after the document's (docs/rules.md "Plans and targets").
  bool plan_of_its_time(const doc::Document& document, const DocumentIndex& index, const Binding& value,
                        Statement& st) const;
  // "And how many cars did you carry last year?" then "Around 2.2 million.": an
  // answer whose own words name no year takes the year its question (sentence
  // `question`) names (docs/rules.md "Cues", step 7).
  void year_of_question(const doc::Document& document, const DocumentIndex& index, int question,
                        value::SplitYear split, Statement& st) const;
  // The statements of a list of names and a list of figures that "respectively"
  // pairs (match/respective_pairs.h), each with the reading it took, when candidate
  // `c`'s value is one of the figures; empty otherwise.
  std::vector<std::pair<const value::ValueMatch*, Statement>> respective_statements(
      const doc::Document& document, const DocumentIndex& index, const Candidate& c,
      const std::vector<Binding>& bindings) const;
  // The longest match of a pattern candidate's pattern from its start that ends
  // before it does, as a candidate; nullopt when there is none.
  std::optional<Candidate> shorter_candidate(const Candidate& c, const DocumentIndex& index, NfaRunner& runner,
                                             MatchStats& stats) const {
    if (c.cue || c.tokens.end - c.tokens.begin < 2) return std::nullopt;
    const CompiledPattern& pattern = facts[c.fact].patterns[static_cast<std::size_t>(c.pattern)];
    auto shorter = runner.longest_matches(pattern, index, c.tokens.begin, c.tokens.end - 1, c.tokens.begin,
                                          c.tokens.begin + 1, stats);
    if (shorter.empty()) return std::nullopt;
    Candidate next = c;
    next.tokens = shorter.front();
    next.end = index.tokens[static_cast<std::size_t>(next.tokens.end - 1)].end;
    if (pattern_veto(next.fact, next.pattern, index, next.sentence, next.tokens, runner, stats)) {
      return shorter_candidate(next, index, runner, stats);
    }
    return next;
  }
  // The first word of pattern `p` of fact `f`'s own `unless` in the sentences its match
  // `m`, starting in sentence `s`, spans (with `window`, the later ones it reaches too);
  // nullopt when none stands there, or the pattern has no `unless` (docs/rules.md
  // "Vetoing a pattern"). A word inside a longer name is the name's, as for a cue.
  std::optional<TokenMatch> pattern_veto(int f, int p, const DocumentIndex& index, int s, TokenMatch m,
                                         NfaRunner& runner, MatchStats& stats) const {
    const std::vector<CompiledPattern>& vetoes = facts[f].pattern_vetoes[static_cast<std::size_t>(p)];
    if (vetoes.empty()) return std::nullopt;
    const auto& sentences = index.sentence_tokens;
    int t = s;
    while (t + 1 < static_cast<int>(sentences.size()) && sentences[static_cast<std::size_t>(t)].second < m.end) ++t;
    const int first = sentences[static_cast<std::size_t>(s)].first, last = sentences[static_cast<std::size_t>(t)].second;
    std::vector<TokenMatch> hits = veto_hits_in(vetoes, index, first, last, runner, stats);
    if (hits.empty()) return std::nullopt;
    return *std::min_element(hits.begin(), hits.end(), [](TokenMatch a, TokenMatch b) { return a.begin < b.begin; });
  }
  // Whether one of the fact's `negative` words stands beside the value: within three
  // tokens before it ("a net loss of $1.9 billion", "lost $2 billion") or two after
  // ("a $1.9 billion net loss"), in its sentence.
  static bool stated_negative(const CompiledFact& fact, const DocumentIndex& index, const Candidate& c, const Binding& value) {
    if (fact.negatives.empty()) return false;
    const auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(c.sentence)];
    const int from = std::max(first, value.begin - 3);
    const int to = std::min(last, value.end + 2);
    NfaRunner runner;
    MatchStats stats;
    for (const CompiledPattern& negative : fact.negatives) {
      for (const TokenMatch& m : runner.longest_matches(negative, index, from, to, from, to, stats)) {
        // "gained 2.7 percent, down from 7.6 percent": the figure after "from" is where
        // the change started, a level, not a fall (docs/rules.md "Derived values").
        if (m.end < value.begin && index.token_text(m.end) == "from") continue;
        if (m.end <= value.begin || m.begin >= value.end) return true;
      }
    }
    return false;
  }
  // Whether the matched cue's own words hold one of the fact's `negative` items and
  // come before the value in its clause with no word of a gain between them: "the
  // operating loss in 2022 was €310 million", "the net loss for the year came to €0.4
  // billion" (docs/rules.md "Negative values"). Money facts only, asked by the caller.
  static bool cue_states_negative(const CompiledFact& fact, const DocumentIndex& index, const Candidate& c,
                                  const Binding& value) {
    if (fact.negatives.empty() || !c.cue || c.cue_tokens.begin < 0 || c.cue_tokens.end > value.begin) return false;
    if (c.cue_tokens.begin < c.clause.begin || value.end > c.clause.end) return false;
    for (int t = c.cue_tokens.end; t < value.begin; ++t) {
      const std::string_view w = index.token_text(t);
      if (w == "profit" || w == "profits" || w == "surplus" || w == "gain" || w == "gains" || w == "income" ||
          w == "earnings" || w == ";") {
        return false;
      }
    }
    NfaRunner runner;
    MatchStats stats;
    const int from = c.cue_tokens.begin;
    const int to = c.cue_tokens.end;
    for (const CompiledPattern& negative : fact.negatives) {
      if (!runner.longest_matches(negative, index, from, to, from, to, stats).empty()) return true;
    }
    return false;
  }
  // Whether the value restates a figure before ", or" that is negative, written so or
  // stated so as the fact's value would be (match/change_sign.h).
  bool restates_a_negative(const Candidate& c, const DocumentIndex& index, const Binding& value,
                           value::Type type) const {
    if (type != value::Type::Money && type != value::Type::Percent && type != value::Type::Number) return false;
    const int first = index.sentence_tokens[static_cast<std::size_t>(c.sentence)].first;
    const std::optional<RestatedFigure> head = restated_figure(index, first, value.begin);
    if (!head) return false;
    if (head->negative) return true;
    const Binding figure{head->begin, head->end, value.payload};
    return stated_negative(facts[c.fact], index, c, figure) ||
           (type == value::Type::Percent && change_sign.states_fall(index, head->begin, head->end));
  }
  // The count a cue's verb takes whole when its value is one of two counts joined by
  // "and" (match/conjoined_counts.h): their sum over the whole phrase, shown as "34 (31
  // + 3)"; nullopt when the value stands alone, or the cue names one of the two ("31
  // passengers and three crew" under `cue passengers` is 31).
  std::optional<value::ValueMatch> added_counts(const doc::Document& document, const DocumentIndex& index,
                                                const Candidate& c, const Binding& value) const;
  std::optional<std::string> pattern_miss(int f, const DocumentIndex& index, int sentence) const;
  // Why a pattern with a gap whose words are all in the sentence did not match there:
  // it matches with its gaps widened.
  std::optional<std::string> gap_pattern_miss(int f, const DocumentIndex& index, int sentence, NfaRunner& runner,
                                              MatchStats& stats) const;
  bool all_anchors_in(const Program& program, const DocumentIndex& index, int first, int last) const;
  // Why a cue with a gap whose words are all in the sentence did not match there.
  std::optional<std::string> gap_cue_miss(int f, const doc::Document& document, const DocumentIndex& index,
                                          int sentence, NfaRunner& runner, MatchStats& stats) const;
  // `vetoed`, when given, is set to the vetoed match's tokens.
  std::optional<std::string> vetoed_pattern(int f, const doc::Document& document, const DocumentIndex& index,
                                            int sentence, NfaRunner& runner, MatchStats& stats,
                                            TokenMatch* vetoed = nullptr) const;
  std::vector<Candidate> candidates(const doc::Document& document, const DocumentIndex& index, NfaRunner& runner,
                                    MatchStats& stats) const;
  // The cells of the document's tables that state fact `f` (match/table_cues.h), their
  // roles filled from the row, the headers, the caption and the sentences before.
  void table_candidates(int f, const doc::Document& document, const DocumentIndex& index, NfaRunner& runner,
                        MatchStats& stats, std::vector<Candidate>& out) const;
  // The sentences where a match of `program` may start: all of them, or (the
  // prefilter) those holding one of its anchors or followed within `window` by one.
  std::vector<int> candidate_sentences(const Program& program, const DocumentIndex& index, int window,
                                       MatchStats& stats) const;
  // The ordinal readings a fact's cues may read as its value: counted events (`count
  // ordinals`, only those whose count the fact's `values` admit) or anniversaries (a
  // year fact); null for other facts.
  const TypedReadings* counted_ordinals(int f, const DocumentIndex& index) const {
    const bool counts = facts[f].fact->count_ordinals || facts[f].slots.back().type == value::Type::Year;
    if (!counts) return nullptr;
    const auto at = static_cast<std::size_t>(f);
    if (at < index.counted_narrowings.size() && index.counted_narrowings[at]) {
      return index.counted_narrowings[at].get();
    }
    return index.readings_of(value::Type::Ordinal);
  }
  Candidate cue_candidate(int f, const DocumentIndex& index, int sentence, CueMatch m) const;
  // Dates cue candidate `c` of `sentence` from the statement of its fact before it
  // (among `before`) when its clause opens with a time counted from it.
  void date_from_statement_before(int f, const doc::Document& document, const DocumentIndex& index, int sentence,
                                  TokenMatch clause,
                                  const std::vector<Candidate>& before, Candidate& c) const;
  // The sentences (ascending, each once) where one of fact f's cues may match.
  std::vector<int> cue_candidate_sentences(int f, const DocumentIndex& index, MatchStats& stats) const;
  // Candidates of fact f's cues in `where` (cue_candidate_sentences).
  void cue_candidates(int f, const doc::Document& document, const DocumentIndex& index, const std::vector<int>& where,
                      NfaRunner& runner, MatchStats& stats, std::vector<Candidate>& out) const;
  // Label lines right under a heading that holds one of fact f's cues, whose label
  // names an entity a role takes ("## Coral cover by region" / "- Northern region: 36%"):
  // each states the fact (match/heading_label_lines.cc); `cue_sentences` as cue_candidates' `where`.
  // The statements of a measure written before its noun (match/measure_modifier.h) of
  // fact `f`; the noun's kind names the role's entity when it can mean only one
  // (match/definite_kind.h).
  void modifier_candidates(int f, const DocumentIndex& index, NfaRunner& runner, MatchStats& stats,
                           std::vector<Candidate>& out) const;
  void heading_label_candidates(int f, const doc::Document& document, const DocumentIndex& index,
                                const std::vector<int>& cue_sentences, NfaRunner& runner, MatchStats& stats,
                                std::vector<Candidate>& out) const;
  // Binds the entity roles a cue left open to entities named in `range`: in the cue's
  // clause those `nearest` the cue, elsewhere in the sentence those named first (its
  // subject, which "its" and "their" usually mean), given to the roles in the order
  // they are named. Roles no entity fits stay open for the context.
  // An ignored entity of another kind than a role's takes it as a last resort in the
  // cue's clause only: with `last_resort_too` false (the rest of the sentence), it is
  // passed over and the role stays open for the context.
  void fill_entity_roles(int f, const DocumentIndex& index, TokenMatch cue, TokenMatch range, bool nearest,
                         std::vector<Binding>& bindings, bool last_resort_too = true) const;
  // Whether cue match `m` (its clause's roles filled) leaves a role open and its figure
  // is a new thing's ("a peak over 7,000 metres"): that role is not taken from further
  // away (match/value_holder.h).
  bool new_things_figure(int f, const DocumentIndex& index, const CueMatch& m) const;
  // Whether cue match `m`'s figure lies in a phrase describing the thing its clause is
  // compared with ("longer than the Paris Metro, which is 226 km long"): that thing's,
  // and a compared thing fills no role (docs/rules.md "Cues", step 3).
  bool compared_things_figure(const DocumentIndex& index, const CueMatch& m) const;
  // "China ranked second and Japan third": whether the value stands right after "and"
  // or a comma and the name of an entity a role could take: it is that entity's, not the
  // subject's the sentence opened with (its own statement, or the rank order's, reads it).
  bool another_conjuncts_value(int f, const DocumentIndex& index, const std::vector<Binding>& bindings) const;
  // Whether an entity a role of fact f could take, other than the bound one, has a name
  // ending at `name_end` after "and" or a comma.
  bool conjunct_names_entity(int f, const DocumentIndex& index, const std::vector<Binding>& bindings,
                             int name_end) const;
  // The figure of a cue match in sentence `s` that new_things_figure drops, as written;
  // nullopt when there is none (for near misses).
  std::optional<std::string> new_things_figure_in(int f, const doc::Document& document, const DocumentIndex& index,
                                                  int s) const;
  // Binds an open entity role of fact f to the thing table match `m`'s row names with
  // its first cell and that column's header read together ("Northern" under "region":
  // the Northern region; match/header_named_row.cc). Whether it bound one.
  bool bind_header_named_row(int f, const doc::Document& document, const DocumentIndex& index, const TableMatch& m,
                             std::vector<Binding>& bindings) const;
  // Finishes a statement read from a table: its sentence is the row, its year the table's.
  Statement table_statement(const doc::Document& document, const DocumentIndex& index, const TableMatch& m,
                            const lang::FactDecl& fact, Statement st) const;
  // `listed`, when given, receives the other years of a list the statement's scope
  // year stands in ("first in 2022, 2023 and 2024"; match/year_list.h).
  std::optional<Statement> statement(const doc::Document& document, const DocumentIndex& index,
                                     const Candidate& candidate, const std::vector<Binding>& bindings,
                                     std::vector<int>* listed = nullptr) const;
  // The first `needed` distinct entities, not already `bound`, named before the
  // candidate: earlier in its sentence, else in the nearest of the kContextSentences
  // sentences before it that names enough, else the document's topic; empty when none does.
  // Entities of the right kind only: `wanted` holds the slots of the roles to fill, in
  // role order, and the result fills them in that order.
  ResolvedRoles context_entities(const doc::Document& document, const DocumentIndex& index,
                                 const Candidate& candidate, const std::set<std::string>& bound,
                                 const std::vector<const CaptureSlot*>& wanted) const;
  // The entities for the roles `from_context` of the candidate's fact that its match
  // leaves open, none of them `seen` already: those named before it (context_entities),
  // else the entity a role is tied to, else a role's fallback entity (docs/rules.md
  // "Roles resolved from context"); empty when none is found (the statement goes).
  ResolvedRoles roles_from_context(const doc::Document& document, const DocumentIndex& index,
                                   const Candidate& candidate,
                                   const std::vector<std::size_t>& from_context,
                                   const std::set<std::string>& seen) const;
  ResolvedRoles document_topic(const DocumentIndex& index, const std::set<std::string>& bound,
                               const std::vector<const CaptureSlot*>& wanted) const;
  // The entities the roles `open` of fact `f` are tied to, when each is tied and the
  // document names no other entity that could take it; empty otherwise.
  ResolvedRoles tied_entities(const DocumentIndex& index, int f, const std::vector<std::size_t>& open,
                              const std::set<std::string>& bound) const;
  // The roles `open` of the candidate's fact with a fallback entity take it, when the
  // document names no other entity that could take them; the others are searched for
  // as ever (`search`). Empty when a fallback is none of these (docs/rules.md "A role's
  // fallback entity").
  template <typename Search>
  ResolvedRoles fallback_entities(const DocumentIndex& index, int f, const std::vector<std::size_t>& open,
                                  const std::set<std::string>& bound, Search& search) const;
  // Whether the candidate's clause names a thing of a kind one of the roles `open`
  // excludes (`project: project not edition`): an entity of that kind that the role
  // could not take, or "the" and the kind's word ("The English edition"); such a
  // clause gives those roles nothing from outside it (docs/rules.md "A role that
  // excludes a kind or an entity").
  bool names_excluded_kind(const DocumentIndex& index, const Candidate& candidate,
                           const std::vector<std::size_t>& open) const;
  // Whether entity `e` is the only entity the document names that role slot `slot`
  // could take (ignored entities aside): no other one is named.
  bool alone_of_its_kind(const DocumentIndex& index, const CaptureSlot& slot, int e) const;
  // `noun`, when given, receives the token of the kind's noun the sentence opens with.
  std::vector<std::string> kind_in_sentence(const DocumentIndex& index, int first, int last,
                                            const std::vector<const CaptureSlot*>& wanted,
                                            int* noun = nullptr) const;
  // `cue cars => service=LeShuttle`: a sentence [range) that names the entity a cue
  // fixes a role to gives it that role, though another entity is named nearer the cue.
  void name_fixed_entities(int f, const DocumentIndex& index, int rule, TokenMatch range,
                           std::vector<Binding>& bindings) const;
  // "Cologne Cathedral was completed in 1880. With a height of 157 m it was ...": a
  // pronoun of the clause (outside brackets) means the entity the sentence before
  // opens with, when that sentence names nothing else the open roles could take (no
  // entity, no word of their kinds: "... completed the canal. It was opened in 1914"
  // may mean the canal) and does not open with a possessive ("Vienna's underground").
  // When no open role takes that entity, the figure is its own.
  template <typename Fill>
  bool pronoun_means_another(const doc::Document& document, const DocumentIndex& index, const Candidate& candidate,
                             const std::vector<const CaptureSlot*>& wanted, Fill& fill) const;
  // "The canal, 171 km long, ..." (match/kind_reference.h): when the candidate's sentence
  // opens by naming a wanted role by its kind, the nearest sentence of its section, at
  // most kKindReach back, whose entities `fill` the roles; nullopt when there is none.
  template <typename Fill>
  std::optional<ResolvedRoles> kind_referent(const doc::Document& document, const DocumentIndex& index,
                                             const Candidate& candidate,
                                             const std::vector<const CaptureSlot*>& wanted, Fill& fill) const;
  // "The Miraflores visitor centre costs $17": a sentence opening with "The", a declared
  // entity's name and a lowercase noun is about a thing of that entity; when no open
  // role takes the entity, its figure is not the topic's.
  bool opens_with_a_thing_of_another(const doc::Document& document, const DocumentIndex& index,
                                     const Candidate& candidate, const std::vector<const CaptureSlot*>& wanted) const;

  const lang::RuleSet& rules;
  Vocabulary vocabulary;  // before `entities`, which interns alias words in it
  EntityIndex entities;
  // `ignore entity`: they take figures, report none; name -> declaration.
  std::map<std::string, const lang::EntityDecl*> ignored_entities;
  // a word of a declared kind (its own, or a noun a `kind` declaration gives it) -> its entities
  std::map<std::string, std::vector<int>, std::less<>> entities_of_noun;
  // Per fact, its roles tied to one entity (lang::RoleDecl::only): role -> entity.
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> role_ties;
  // Per fact, the entities its roles exclude (`bridge: bridge not Bay_Bridge`): role -> entity.
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> role_exclusions;
  std::vector<CompiledFact> facts;
  std::vector<value::Type> types;  // value types to scan per document
  ScanPlan scan_plan;              // where to scan them
  CueWords cue_vocabulary;  // the cue model's word lists (cue_finder.h)
  std::vector<int> definite_words = vocabulary.intern_all({"the", "this", "that"});  // match/kind_reference.h
  YearOwnerWords year_words{year_owner_words(vocabulary)};
  RankOrderWords rank_words{rank_order_words(vocabulary)};
  RespectiveWords respective_words{match::respective_words(vocabulary)};
  YearListWords list_words{year_list_words(vocabulary)};
  AttachWords attach_vocabulary{attach_words(vocabulary)};
  ChangeSign change_sign{vocabulary};
};

}  // namespace factlint::match
