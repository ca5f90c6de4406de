// The matcher: compiles every pattern once, then per document builds the token
// index, runs each pattern sentence by sentence, resolves overlaps and turns the
// kept matches into statements (see matcher.h for the order).
#include "match/matcher.h"

#include "lang/value_bounds.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
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
#include "match/bracketed_conversion.h"
#include "match/lead_year.h"
#include "match/fact_key.h"
#include "match/kind_reference.h"
#include "match/nfa_runner.h"
#include "match/pattern_compiler.h"
#include "match/rank_order.h"
#include "match/sentence_subject.h"
#include "match/sorted_sentences.h"
#include "match/table_cues.h"
#include "match/undated_years.h"
#include "match/year_list.h"
#include "match/value_holder.h"
#include "match/year_owner.h"
#include "match/after_publication.h"
#include "match/continued_year.h"
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

namespace {

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
  CueFact about;  // the dimensions its cues name and its roles' kinds (match/cue_finder.h)
  // per key role: the words its kind is written with ("canal"; with `kind carmaker =
  // "automaker"`, "carmaker" and "automaker"), none for "entity" (match/kind_reference.h)
  std::vector<std::vector<int>> kind_words;
  // Per matcher rule (FactDecl::matcher_rule numbering), the roles its `=> role=Entity`
  // fixes: (key role, entity) (docs/rules.md "A cue that names a role's entity").
  std::vector<std::vector<std::pair<std::size_t, int>>> fixes;
  // Per key role, its fallback entity (`country: country = Norway`), or -1.
  std::vector<int> fallbacks;
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

// While it lives, the index reads fact `f`'s value type through the fact's plausible
// values (DocumentIndex::narrowed, docs/rules.md "Plausible values").
class NarrowedTo {
 public:
  NarrowedTo(const DocumentIndex& index, int f) : index_(index), before_(index.narrowed) {
    const auto i = static_cast<std::size_t>(f);
    index.narrowed = i < index.narrowings.size() ? index.narrowings[i].get() : nullptr;
  }
  ~NarrowedTo() { index_.narrowed = before_; }
  NarrowedTo(const NarrowedTo&) = delete;
  NarrowedTo& operator=(const NarrowedTo&) = delete;

 private:
  const DocumentIndex& index_;
  const TypedReadings* before_;
};

// How far back in its own paragraph a time counted back ("The previous year, ...")
// finds the statement it counts from, as a paragraph's year reaches (six sentences).
constexpr int kCountedBackInParagraph = 6;

// The latest cue candidate of fact `f` among `before` whose value ends by token `limit`,
// in sentence `s`, up to kContextSentences before it, or further back in its paragraph
// up to kCountedBackInParagraph: the statement a time counted from it ("A year earlier
// the figure had been 1.98 million") counts from. Null when there is none.
const Candidate* statement_counted_from(const doc::Document& document, const std::vector<Candidate>& before, int f,
                                        int s, int limit) {
  // The first sentence of the paragraph of `s`, within reach.
  int paragraph_first = s;
  while (paragraph_first > 0 && paragraph_first > s - kCountedBackInParagraph &&
         !opens_paragraph(document, paragraph_first)) {
    --paragraph_first;
  }
  const int reach = std::min(s - lang::kContextSentences, paragraph_first);
  const Candidate* anchor = nullptr;
  for (const Candidate& c : before) {
    if (c.fact != f || !c.cue || c.sentence > s || c.sentence < reach) continue;
    if (c.bindings.empty() || !c.bindings.back().bound() || c.bindings.back().end > limit) continue;
    if (!anchor || c.sentence > anchor->sentence ||
        (c.sentence == anchor->sentence && c.bindings.back().begin > anchor->bindings.back().begin)) {
      anchor = &c;
    }
  }
  return anchor;
}

bool ranks_before(const Candidate& a, const Candidate& b) {
  if (a.priority != b.priority) return a.priority > b.priority;
  // Patterns say a fact word by word; a cue match is a looser reading and yields to them.
  if (a.cue != b.cue) return !a.cue;
  // A figure the writer compares with the cue's value and dates by it ("9.1 million
  // TEU, against 9.8 million TEU the year before") is read as that comparison first:
  // the cue word beside it would read it too, dated by the sentence, a year late.
  if (a.cue && (a.year_offset != 0) != (b.year_offset != 0)) return a.year_offset != 0;
  if (a.cue && a.distance != b.distance) return a.distance < b.distance;
  // Two facts' cues on one value: the one whose entities the sentence names reads it
  // ("M3 is 15.5 km long" is the line's length, not the network's taken from context;
  // a newcomer's report, session 9).
  if (a.cue && a.open_roles != b.open_roles) return a.open_roles < b.open_roles;
  int la = a.tokens.end - a.tokens.begin;
  int lb = b.tokens.end - b.tokens.begin;
  if (!a.cue && la != lb) return la > lb;
  if (a.fact != b.fact) return a.fact < b.fact;
  if (a.pattern != b.pattern) return a.pattern < b.pattern;
  return a.begin < b.begin;
}

// Byte ranges already taken, for the overlap test.
class TakenRanges {
 public:
  bool overlaps(std::size_t begin, std::size_t end) const {
    auto it = ranges_.upper_bound(begin);  // first range starting after begin
    if (it != ranges_.end() && it->first < end) return true;
    if (it != ranges_.begin() && std::prev(it)->second > begin) return true;
    return false;
  }
  void take(std::size_t begin, std::size_t end) { ranges_[begin] = end; }

 private:
  std::map<std::size_t, std::size_t> ranges_;
};

// Whether an entity role of `slots` is still unbound in `bindings`.
bool leaves_role_open(const std::vector<CaptureSlot>& slots, const std::vector<Binding>& bindings) {
  for (std::size_t i = 0; i + 1 < slots.size() && i < bindings.size(); ++i) {
    if (slots[i].entity && !bindings[i].bound()) return true;
  }
  return false;
}

// compared_mention.h over a document's tokens, with the word after the name there.
bool compared_mention(const DocumentIndex& index, int t) {
  const int end = index.entity_forward.count(t) > 0 ? index.entity_forward.begin(t)->to : -1;
  const std::string_view next =
      end >= 0 && end < static_cast<int>(index.tokens.size()) ? index.token_text(end) : std::string_view();
  return match::compared_mention([&](int i) { return index.token_text(i); }, t, next);
}

// Whether the mention [begin, end) is a landmark of a place phrase ("..., upstream of
// the Three Gorges Dam, ..."): where another thing stands, never a role from context.
bool in_landmark_phrase(const DocumentIndex& index, int begin, int end) {
  const AttachedPhrase* p = phrase_holding(index.attached, begin, end);
  return p && p->landmark;
}

// Where the main clause of the sentence [first, last) begins when an adverbial clause
// opens it ("When MSC went past it at the start of last year, Maersk slipped ..."): the
// token after that clause's comma; else -1.
int main_clause(const DocumentIndex& index, int first, int last) {
  int t = first;
  while (t < last && !index.has_word_char(t)) ++t;
  if (t >= last) return -1;
  static constexpr std::array<std::string_view, 13> kSubordinators = {
      "when", "after", "before", "as", "while", "although", "though", "if", "since", "because", "once", "until",
      "whereas"};
  if (std::find(kSubordinators.begin(), kSubordinators.end(), index.token_text(t)) == kSubordinators.end()) return -1;
  for (++t; t < last; ++t) {
    if (index.token_text(t) == ",") return t + 1;
  }
  return -1;
}

// The sentences up to kContextSentences after a cue sentence that hold no cue of
// their own (those were read as cue sentences), ascending, each once. A paragraph
// is where a writer changes subject: continuing stops at its end.
std::vector<int> continued_sentences(const doc::Document& document, const std::vector<int>& cue_sentences,
                                     int sentence_count) {
  std::vector<int> out;
  for (int s : cue_sentences) {
    for (int t = s + 1; t <= s + lang::kContextSentences && t < sentence_count; ++t) {
      if (opens_paragraph(document, t)) break;
      if (!std::binary_search(cue_sentences.begin(), cue_sentences.end(), t)) out.push_back(t);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The entities given to the roles a statement leaves open, and where each came from
// (Statement::role_sources).
struct ResolvedRoles {
  std::vector<std::string> names;
  std::vector<std::string> sources;
  bool stopped = false;  // empty because the sentence, or one before it, is about another thing
  bool empty() const { return names.empty(); }
};

ResolvedRoles stopped_search() {
  ResolvedRoles out;
  out.stopped = true;
  return out;
}

}  // namespace

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
      }
      for (const lang::Pattern& cue : fact.cues) {
        compiled.cues.push_back(compile_both(cue.root));
        compiled.about.dimensions |= dimensions_named(cue.root, rules);
      }
      for (const lang::Pattern& n : fact.negatives) compiled.negatives.push_back(compile_both(n.root));
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
  // The reading a candidate's value binding points into: of the fact's type, or an
  // ordinal read as a count.
  const value::ValueMatch& value_reading(const DocumentIndex& index, const Candidate& c, const Binding& b) const {
    if (c.table) return c.table->reading;
    if (c.from_ordinal) return counted_ordinals(c.fact, index)->readings[static_cast<std::size_t>(b.payload)];
    return index.readings_of(facts[c.fact].slots.back().type)->readings[static_cast<std::size_t>(b.payload)];
  }
  std::vector<NearMiss> near_misses(const doc::Document& document) const;
  // The statements an order after a kept rank statement `head` gives ("China,
  // followed by Japan and South Korea": Japan one place after, South Korea two;
  // match/rank_order.h), appended to `out`.
  void add_followers(const doc::Document& document, const DocumentIndex& index, const Candidate& c,
                     const std::vector<Binding>& bindings, const Statement& head, std::vector<Statement>& out) const;
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
        if (m.end <= value.begin || m.begin >= value.end) return true;
      }
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
  void cue_candidates(int f, const doc::Document& document, const DocumentIndex& index, NfaRunner& runner,
                      MatchStats& stats, std::vector<Candidate>& out) const;
  // Binds the entity roles a cue left open to entities named in `range`: in the cue's
  // clause those `nearest` the cue, elsewhere in the sentence those named first (its
  // subject, which "its" and "their" usually mean), given to the roles in the order
  // they are named. Roles no entity fits stay open for the context.
  void fill_entity_roles(int f, const DocumentIndex& index, TokenMatch cue, TokenMatch range, bool nearest,
                         std::vector<Binding>& bindings) const;
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
  // The figure of a cue match in sentence `s` that new_things_figure drops, as written;
  // nullopt when there is none (for near misses).
  std::optional<std::string> new_things_figure_in(int f, const doc::Document& document, const DocumentIndex& index,
                                                  int s) const;
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
  // Whether entity `e` is the only entity the document names that role slot `slot`
  // could take (ignored entities aside): no other one is named.
  bool alone_of_its_kind(const DocumentIndex& index, const CaptureSlot& slot, int e) const;
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

std::vector<int> Matcher::Impl::candidate_sentences(const Program& program, const DocumentIndex& index,
                                                   int window, MatchStats& stats) const {
  const int count = static_cast<int>(index.sentence_tokens.size());
  std::vector<int> out;
  if (program.anchors.empty()) {
    out.resize(static_cast<std::size_t>(count));
    for (int s = 0; s < count; ++s) out[static_cast<std::size_t>(s)] = s;
    return out;
  }
  // Most patterns are of facts the document never mentions: a clause none of whose
  // words it holds ends them before a sentence list is built and sorted (issue 10:
  // with 1,000 facts that was a fifth of the run, growing with the rules).
  for (const std::vector<int>& clause : program.anchors) {
    if (std::none_of(clause.begin(), clause.end(), [&](int id) { return index.holds_anywhere(id); })) return out;
  }
  // A match starting in sentence s may read its words up to `window` sentences later:
  // s qualifies when, for every clause, one of s .. s + window holds one of its ids.
  // The index's own lists, narrowed in place: no list is copied (match/sorted_sentences.h).
  bool first = true;
  std::vector<int> merged;
  std::vector<int> starts;
  for (const std::vector<int>& clause : program.anchors) {
    std::span<const int> holding = index.sentences_holding(clause, merged);
    ++stats.sentence_lists;
    if (window > 0) {
      starts.clear();
      for (int h : holding) {
        for (int s = std::max(0, h - window); s <= h; ++s) starts.push_back(s);
      }
      std::sort(starts.begin(), starts.end());
      starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
      holding = starts;
    }
    if (first) {
      out.assign(holding.begin(), holding.end());
      first = false;
    } else {
      keep_common(out, holding);
    }
    if (out.empty()) break;
  }
  return out;
}

std::vector<Candidate> Matcher::Impl::candidates(const doc::Document& document, const DocumentIndex& index,
                                                 NfaRunner& runner, MatchStats& stats) const {
  std::vector<Candidate> out;
  const auto& sentences = index.sentence_tokens;
  const int sentence_count = static_cast<int>(sentences.size());
  for (int f = 0; f < static_cast<int>(facts.size()); ++f) {
    const NarrowedTo narrowed(index, f);
    const lang::FactDecl& fact = *facts[f].fact;
    const int window = std::max(0, fact.window);
    for (int p = 0; p < static_cast<int>(facts[f].patterns.size()); ++p) {
      const CompiledPattern& pattern = facts[f].patterns[p];
      for (int s : candidate_sentences(pattern.forward, index, window, stats)) {
        const auto [first, last] = sentences[s];
        if (first >= last) continue;
        // `window` is bounded by the rule checks; the subtraction keeps the index in range anyway.
        const int hi = sentences[s + std::min(window, sentence_count - 1 - s)].second;
        for (TokenMatch m : runner.longest_matches(pattern, index, first, hi, first, last, stats)) {
          Candidate c;
          c.fact = f;
          c.pattern = p;
          c.fixes = true;
          c.priority = fact.priority;
          c.tokens = m;
          c.begin = index.tokens[m.begin].begin;
          c.end = index.tokens[m.end - 1].end;
          c.sentence = s;
          c.clause = {first, last};
          // A vetoed match states nothing; a shorter one from its start may, when it
          // spans fewer sentences (`window`) than the veto word's.
          if (pattern_veto(f, p, index, s, m, runner, stats)) {
            std::optional<Candidate> shorter = shorter_candidate(c, index, runner, stats);
            if (!shorter) continue;
            c = *shorter;
          }
          out.push_back(c);
        }
      }
    }
    if (!facts[f].cues.empty()) {
      cue_candidates(f, document, index, runner, stats, out);
      table_candidates(f, document, index, runner, stats, out);
    }
  }
  return out;
}

void Matcher::Impl::table_candidates(int f, const doc::Document& document, const DocumentIndex& index,
                                     NfaRunner& runner, MatchStats& stats, std::vector<Candidate>& out) const {
  if (document.tables.empty()) return;
  const CompiledFact& compiled = facts[f];
  for (TableMatch& m : find_table_matches(compiled.cues, compiled.vetoes, document, index, runner, stats)) {
    if (m.cell.begin >= m.cell.end) continue;
    if (!compiled.fact->values.admits(m.reading.value)) continue;  // outside its plausible values
    if (!in_currencies(*compiled.fact, document, m.reading.value)) continue;  // in a currency it leaves out
    std::vector<Binding> bindings = m.bindings;
    bindings.back() = Binding{m.cell.begin, m.cell.end, 0};  // the cell; its reading is the table match's
    if (m.from_title && !m.role_ranges.empty()) {
      // A cue the table's titles give names its measure, not which row is whose: a row
      // must name its thing ("| Northern region | 31 | 28 |"), or rows of other
      // measures ("Net income" under "## Operating income") would all take the topic.
      const auto open = [&] {
        return std::count_if(bindings.begin(), bindings.end() - 1, [](const Binding& b) { return !b.bound(); });
      };
      const auto before = open();
      fill_entity_roles(f, index, m.cell, m.role_ranges.front(), false, bindings);
      if (before > 0 && open() == before) continue;
    }
    for (TokenMatch range : m.role_ranges) fill_entity_roles(f, index, m.cell, range, false, bindings);
    Candidate c;
    c.fact = f;
    c.pattern = static_cast<int>(compiled.patterns.size()) + m.cue;
    c.fixes = true;
    c.priority = compiled.fact->priority;
    c.tokens = m.cell;
    c.begin = m.reading.begin;
    c.end = m.reading.end;
    auto at = std::upper_bound(document.sentences.begin(), document.sentences.end(), c.begin,
                               [](std::size_t offset, const doc::Sentence& s) { return offset < s.begin; });
    c.sentence = at == document.sentences.begin() ? 0 : static_cast<int>(at - document.sentences.begin()) - 1;
    c.clause = m.cell;
    c.cue = true;
    c.bindings = std::move(bindings);
    c.table = std::make_shared<const TableMatch>(std::move(m));
    out.push_back(std::move(c));
  }
}

void Matcher::Impl::cue_candidates(int f, const doc::Document& document, const DocumentIndex& index,
                                   NfaRunner& runner, MatchStats& stats, std::vector<Candidate>& out) const {
  const CompiledFact& compiled = facts[f];
  const TypedReadings* years = index.readings_of(value::Type::Year);
  const auto& sentences = index.sentence_tokens;
  // A sentence may hold any of the cues: the union of the sentences each may match in.
  std::vector<int> where;
  for (const CompiledPattern& cue : compiled.cues) {
    std::vector<int> these = candidate_sentences(cue.forward, index, 0, stats);
    where.insert(where.end(), these.begin(), these.end());
  }
  std::sort(where.begin(), where.end());
  where.erase(std::unique(where.begin(), where.end()), where.end());
  std::vector<int> cue_sentences;
  std::vector<int> questions;  // cue sentences without a value: the next may give it
  std::vector<char> capital_openings;  // match/sentence_subject.h, when a sentence may answer
  for (int s : where) {
    const auto [first, last] = sentences[s];
    bool cue_seen = false;
    std::vector<CueMatch> matches = find_cue_matches(compiled.cues, compiled.vetoes, index, cue_vocabulary, years,
                                                     counted_ordinals(f, index), compiled.about, first, last,
                                                     runner, stats, &cue_seen);
    // A question asserts nothing ("How many locks does it have?" read "many" locks; "Is
    // it 80 km long?"): its figure is none, and the next sentence may answer it.
    if (!matches.empty() && is_question(index, first, last)) matches.clear();
    if (!matches.empty()) {
      // "The programme cost $5.4 billion" after "an expansion programme" under `unless
      // expansion`: the thing the subject named before was vetoed, and so is its figure.
      int earliest = first;
      for (int back = s; back > 0 && back > s - lang::kContextSentences && !opens_paragraph(document, back); --back) {
        earliest = sentences[static_cast<std::size_t>(back - 1)].first;
      }
      if (const int subject_end =
              vetoed_antecedent(compiled.cues, compiled.vetoes, compiled.about.kinds, index, earliest, first, last,
                                runner, stats);
          subject_end >= 0) {
        std::erase_if(matches, [&](const CueMatch& m) { return m.cue_tokens.begin >= subject_end; });
      }
    }
    if (matches.empty() && cue_seen && compiled.slots.back().type == value::Type::Year && !compiled.slots.back().entity) {
      if (auto label = entry_label_year(document, index, s)) {
        if (auto m = find_label_year_match(compiled.cues, compiled.vetoes, index, cue_vocabulary, *label, first, last,
                                           runner, stats)) {
          matches.push_back(std::move(*m));
        }
      }
    }
    for (CueMatch& m : matches) {
      fill_entity_roles(f, index, m.cue_tokens, m.clause, true, m.bindings);
      if (new_things_figure(f, index, m) || compared_things_figure(index, m)) continue;
      fill_entity_roles(f, index, m.cue_tokens, {first, last}, false, m.bindings);
      name_fixed_entities(f, index, static_cast<int>(compiled.patterns.size()) + m.cue, {first, last}, m.bindings);
      const TokenMatch clause = m.clause;
      Candidate c = cue_candidate(f, index, s, std::move(m));
      date_from_statement_before(f, document, index, s, clause, out, c);
      out.push_back(std::move(c));
    }
    if (cue_seen) cue_sentences.push_back(s);
    if (cue_seen && matches.empty()) questions.push_back(s);
  }
  // "How much freight does the Rhine carry? It was about 163 million tonnes last year."
  for (int s : questions) {
    if (s + 1 >= static_cast<int>(sentences.size()) ||
        std::binary_search(cue_sentences.begin(), cue_sentences.end(), s + 1) || is_heading(document, s + 1)) {
      continue;
    }
    // A statement's answer stands in its paragraph; a question's may open the next.
    const bool asked = is_question(index, sentences[s].first, sentences[s].second);
    if (opens_paragraph(document, s + 1) && !asked) continue;
    // "Norway came first in 2024.": a sentence about a thing the rules do not know, or
    // (after a statement, where nothing asked for the figure) that may be.
    if (static_cast<std::size_t>(s + 1) < index.subjects.size() &&
        index.subjects[static_cast<std::size_t>(s + 1)] == kForeignSubject) {
      continue;
    }
    if (!asked && capital_openings.empty()) capital_openings = capitalized_openings(document, index);
    if (!asked && capital_openings[static_cast<std::size_t>(s + 1)]) continue;
    const auto [first, last] = sentences[s + 1];
    if (auto m = find_answer_match(compiled.cues, compiled.vetoes, compiled.slots, index, cue_vocabulary, years,
                                   sentences[s].first, sentences[s].second, first, last, runner, stats)) {
      // Its roles are named before the answer, or in the sentence that asked: "1st (K2,
      // 8,611 m, is 2nd)" after "Rank among the world's mountains" is no rank of K2.
      fill_entity_roles(f, index, m->cue_tokens, {first, m->cue_tokens.begin}, false, m->bindings);
      out.push_back(cue_candidate(f, index, s + 1, std::move(*m)));
      if (asked) out.back().asked_in = s;
    }
  }
  // A continued sentence [first, last) of sentence s, or a cue sentence's clause after
  // ';' that counts back ("...; the figure two years earlier was 381").
  auto continue_in = [&](int s, int first, int last, bool counting_back_only) {
    for (CueMatch& m : find_continued_matches(compiled.vetoes, compiled.slots, index, cue_vocabulary, first, last,
                                              runner, stats, counting_back_only)) {
      // "A year earlier the figure had been 1.98 million": dated from the statement it
      // continues, the latest one before it. Without one, or for a fact with no year
      // scope (it would conflict with the figure it was before), nothing.
      if (m.years_back != 0 && compiled.fact->scope != "year") continue;
      const Candidate* anchor = m.years_back != 0 ? statement_counted_from(document, out, f, s, first) : nullptr;
      if (m.years_back != 0 && !anchor) continue;
      if (another_conjuncts_value(f, index, m.bindings)) continue;
      fill_entity_roles(f, index, m.cue_tokens, {first, last}, false, m.bindings);
      Candidate c = cue_candidate(f, index, s, std::move(m));
      if (anchor) {
        c.compared_with = {anchor->bindings.back().begin, anchor->bindings.back().end};
        c.compared_sentence = anchor->sentence;
      }
      out.push_back(std::move(c));
    }
  };
  for (int s : cue_sentences) {
    const auto [first, last] = sentences[s];
    for (int t = first; t < last; ++t) {
      if (index.words[t] != cue_vocabulary.semicolon) continue;
      int end = t + 1;
      while (end < last && index.words[end] != cue_vocabulary.semicolon) ++end;
      continue_in(s, t + 1, end, true);
    }
  }
  for (int s : continued_sentences(document, cue_sentences, static_cast<int>(sentences.size()))) {
    const auto [first, last] = sentences[s];
    continue_in(s, first, last, false);
  }
}

void Matcher::Impl::date_from_statement_before(int f, const doc::Document& document, const DocumentIndex& index,
                                               int sentence, TokenMatch clause,
                                               const std::vector<Candidate>& before, Candidate& c) const {
  // "In 2022 the plant generated 78.8 TWh. A year earlier it had produced 103.6 TWh.":
  // a cue clause that opens with a time counted from the statement before is dated
  // from that statement (the latest one of the fact before it, in an earlier clause or
  // up to three sentences back), not
  // from its paragraph or the publication date. docs/rules.md "Cues", step 5.
  if (facts[f].fact->scope != "year" || c.year_offset != 0 || c.compared_with.begin >= 0) return;
  if (c.bindings.empty() || !c.bindings.back().bound()) return;
  const int shift = opening_year_shift(index, cue_vocabulary, clause.begin, clause.end);
  if (shift == 0) return;
  // A year of its own in the clause says when ("A year earlier, in 2021, ...").
  if (const TypedReadings* years = index.readings_of(value::Type::Year)) {
    const std::size_t from = index.tokens[static_cast<std::size_t>(clause.begin)].begin;
    const std::size_t to = index.tokens[static_cast<std::size_t>(clause.end - 1)].end;
    for (const value::ValueMatch& y : years->readings) {
      if (y.begin >= from && y.end <= to) return;
    }
  }
  // In its own sentence, only a statement before its clause ("...; two years earlier ...").
  const Candidate* anchor = statement_counted_from(document, before, f, sentence, clause.begin);
  if (!anchor) {
    c.unanchored_shift = shift;
    return;
  }
  c.year_offset = shift;
  c.compared_with = {anchor->bindings.back().begin, anchor->bindings.back().end};
  c.compared_sentence = anchor->sentence;
}

std::optional<value::ValueMatch> Matcher::Impl::added_counts(const doc::Document& document, const DocumentIndex& index,
                                                             const Candidate& c, const Binding& value) const {
  const TypedReadings* counts = index.readings_of(value::Type::Count);
  if (!counts || c.cue_tokens.begin < 0) return std::nullopt;
  auto capitalized = [&](int t) {
    const Token& token = index.tokens[static_cast<std::size_t>(t)];
    const std::string said = document.original_text(token.begin, token.end);
    return !said.empty() && said[0] >= 'A' && said[0] <= 'Z';
  };
  const std::optional<ConjoinedCounts> pair = conjoined_counts(index, *counts, value.begin, value.end, capitalized);
  if (!pair) return std::nullopt;
  // A cue inside what the two figures count apart counts one of them: the figure alone.
  if (c.cue_tokens.begin >= pair->begin && c.cue_tokens.end <= pair->parts_end) return std::nullopt;
  const value::ValueMatch& a = counts->readings[static_cast<std::size_t>(pair->first)];
  const value::ValueMatch& b = counts->readings[static_cast<std::size_t>(pair->second)];
  value::ValueMatch sum;
  sum.begin = a.begin;
  sum.end = index.tokens[static_cast<std::size_t>(pair->end - 1)].end;
  sum.value = a.value;
  sum.value.lo = sum.value.hi = a.value.lo + b.value.lo;
  sum.value.precision = std::max(a.value.precision, b.value.precision);
  const bool grouped = a.value.display.find(',') != std::string::npos || b.value.display.find(',') != std::string::npos ||
                       sum.value.lo >= 10000;
  std::string total = fmt::format("{}", static_cast<long long>(sum.value.lo));
  if (grouped) {
    for (int at = static_cast<int>(total.size()) - 3; at > 0; at -= 3) total.insert(static_cast<std::size_t>(at), ",");
  }
  sum.value.display = total + " (" + a.value.display + " + " + b.value.display + ")";
  return sum;
}

Candidate Matcher::Impl::cue_candidate(int f, const DocumentIndex& index, int sentence, CueMatch m) const {
  Candidate c;
  c.fact = f;
  c.pattern = static_cast<int>(facts[f].patterns.size()) + m.cue;
  c.priority = facts[f].fact->priority;
  c.tokens = m.cue_tokens;
  for (const Binding& b : m.bindings) {
    if (!b.bound()) continue;
    c.tokens.begin = std::min(c.tokens.begin, b.begin);
    c.tokens.end = std::max(c.tokens.end, b.end);
  }
  c.begin = index.tokens[c.tokens.begin].begin;
  c.end = index.tokens[c.tokens.end - 1].end;
  c.sentence = sentence;
  c.clause = m.clause;
  c.cue = true;
  c.distance = m.distance;
  c.from_ordinal = m.from_ordinal;
  c.bindings = std::move(m.bindings);
  const std::vector<CaptureSlot>& slots = facts[f].slots;
  c.fixes = !m.continued;
  for (std::size_t i = 0; i + 1 < slots.size() && i < c.bindings.size(); ++i) {
    // A role the cue fixes is named by the cue itself.
    const bool fixed = c.fixes && facts[f].fixed(c.pattern, i) >= 0;
    if (slots[i].entity && !c.bindings[i].bound() && !fixed) ++c.open_roles;
  }
  c.compared_with = m.compared_with;
  c.cue_tokens = m.cue_tokens;
  c.year_offset = m.year_offset != 0 ? m.year_offset : -m.years_back;
  return c;
}

bool Matcher::Impl::another_conjuncts_value(int f, const DocumentIndex& index,
                                            const std::vector<Binding>& bindings) const {
  const std::vector<CaptureSlot>& slots = facts[f].slots;
  const Binding& value = bindings.back();
  if (!value.bound() || value.begin < 2) return false;
  // An entity whose name ends right before the value, itself after "and" or a comma.
  for (const TokenEdge* e = index.entity_reverse.begin(value.begin); e != index.entity_reverse.end(value.begin); ++e) {
    const int begin = e->to;
    if (begin < 1 || compared_mention(index, begin)) continue;
    const std::string_view before = index.token_text(begin - 1);
    if (before != "and" && before != ",") continue;
    // Each entity the name names (one name may name things of different kinds).
    for (const TokenEdge* g = index.entity_forward.begin(begin); g != index.entity_forward.end(begin); ++g) {
      if (g->to != value.begin) continue;
      const int entity = g->payload;
      for (std::size_t i = 0; i + 1 < slots.size(); ++i) {
        if (!slots[i].entity || (bindings[i].bound() && bindings[i].payload == entity)) continue;
        if (slots[i].entity_fits.empty() || slots[i].entity_fits[static_cast<std::size_t>(entity)]) return true;
      }
    }
  }
  return false;
}

bool Matcher::Impl::compared_things_figure(const DocumentIndex& index, const CueMatch& m) const {
  const Binding& value = m.bindings.back();
  if (!value.bound()) return false;
  const AttachedPhrase* p = phrase_holding(index.attached, value.begin, value.end);
  return p && p->compared;
}

bool Matcher::Impl::new_things_figure(int f, const DocumentIndex& index, const CueMatch& m) const {
  const CompiledFact& compiled = facts[f];
  return leaves_role_open(compiled.slots, m.bindings) && m.bindings.back().bound() &&
         held_by_another_thing(index, compiled.cues, compiled.about.kinds, m.clause.begin, m.bindings.back().begin);
}

std::optional<std::string> Matcher::Impl::new_things_figure_in(int f, const doc::Document& document,
                                                               const DocumentIndex& index, int s) const {
  const CompiledFact& compiled = facts[f];
  const auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(s)];
  NfaRunner runner;
  MatchStats stats;
  for (CueMatch& m : find_cue_matches(compiled.cues, compiled.vetoes, index, cue_vocabulary,
                                      index.readings_of(value::Type::Year), counted_ordinals(f, index), compiled.about,
                                      first, last, runner, stats)) {
    fill_entity_roles(f, index, m.cue_tokens, m.clause, true, m.bindings);
    if (!new_things_figure(f, index, m)) continue;
    const Binding& v = m.bindings.back();
    return document.original_text(index.tokens[static_cast<std::size_t>(v.begin)].begin,
                                  index.tokens[static_cast<std::size_t>(v.end - 1)].end);
  }
  return std::nullopt;
}

// "LeShuttle and LeShuttle Freight carried 2.3 million cars and 1.2 million trucks":
// under `cue cars => service=LeShuttle` the cars are LeShuttle's, though LeShuttle
// Freight stands nearer the cue (docs/rules.md "A cue that names a role's entity").
void Matcher::Impl::name_fixed_entities(int f, const DocumentIndex& index, int rule, TokenMatch range,
                                        std::vector<Binding>& bindings) const {
  if (rule < 0 || static_cast<std::size_t>(rule) >= facts[f].fixes.size()) return;
  for (const auto& fix : facts[f].fixes[static_cast<std::size_t>(rule)]) {
    // Named, not bound: a lambda below captures them (clang 14 cannot capture bindings).
    const auto role = fix.first;
    const auto entity = fix.second;
    Binding& b = bindings[role];
    if (!b.bound() || b.payload == entity) continue;
    const bool elsewhere = std::any_of(bindings.begin(), bindings.end() - 1, [&](const Binding& o) {
      return &o != &b && o.bound() && o.payload == entity;
    });
    if (elsewhere) continue;
    for (int t = range.begin; t < range.end;) {
      if (index.entity_forward.count(t) == 0 || index.entity_forward.begin(t)->to > range.end) {
        ++t;
        continue;
      }
      const TokenEdge& e = *index.entity_forward.begin(t);
      if (e.payload == entity && !compared_mention(index, t)) {
        b = Binding{t, e.to, entity};
        break;
      }
      t = e.to;
    }
  }
}

void Matcher::Impl::fill_entity_roles(int f, const DocumentIndex& index, TokenMatch cue, TokenMatch range,
                                      bool nearest, std::vector<Binding>& bindings) const {
  const std::vector<CaptureSlot>& slots = facts[f].slots;
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i + 1 < slots.size(); ++i) {
    if (slots[i].entity && !bindings[i].bound()) open.push_back(i);
  }
  if (open.empty()) return;
  auto taken = [&](int begin, int end, int entity) {
    for (const Binding& b : bindings) {
      if (b.bound() && b.begin < end && begin < b.end) return true;
    }
    for (std::size_t i = 0; i + 1 < slots.size(); ++i) {
      if (slots[i].entity && bindings[i].bound() && bindings[i].payload == entity) return true;
    }
    return false;
  };
  auto fits_open = [&](int entity) {
    return std::any_of(open.begin(), open.end(), [&](std::size_t slot) {
      return slots[slot].entity_fits.empty() || slots[slot].entity_fits[static_cast<std::size_t>(entity)];
    });
  };
  // In the cue's clause, an appositive or relative clause says what its name is
  // (match/attached_phrases.h): a match inside one (its cue, else its value) is about
  // the name it describes, then about what it names itself; outside one, the entities
  // a phrase names yield to the name it describes when that name could fill a role
  // ("The gauge at Kaub, the stretch between Mainz and Koblenz, dropped to 27 cm").
  // A match in a phrase that comments on its clause ("..., the biggest bet yet by the
  // world's largest carrier") is about the clause's subject: the entity named first.
  const Binding& value = bindings.back();
  const AttachedPhrase* unit = nearest ? phrase_holding(index.attached, cue.begin, cue.end) : nullptr;
  if (nearest && !unit && value.bound()) unit = phrase_holding(index.attached, value.begin, value.end);
  enum Weight { kDescribed, kPlain, kWeaker };
  // "The Blue Line is 23.4 km long and the Red Line is 31 km long": a name after the
  // match that a figure of the fact's type follows is that figure's subject, and yields
  // to a name before the match (a newcomer's false conflict).
  const TypedReadings* figures = slots.back().entity ? nullptr : index.readings_of(slots.back().type);
  const int match_end = std::max(cue.end, value.bound() ? value.end : cue.end);
  auto has_own_figure = [&](int begin, int end) {
    if (!figures || begin < match_end) return false;
    for (int t = end; t < range.end; ++t) {
      if (figures->forward.count(t) > 0) return true;
    }
    return false;
  };
  // A name after the match that another such figure stands before is that figure's and
  // fills no role of the match ("a share of 17 percent, against 18 percent for MSC").
  auto after_another_figure = [&](int begin) {
    if (!figures || begin < match_end) return false;
    for (int t = match_end; t < begin; ++t) {
      if (figures->forward.count(t) > 0) return true;
    }
    return false;
  };
  auto weight_of = [&](int begin, int end) {
    if (!nearest) return kPlain;
    if (unit) {
      if (unit->entity >= 0 && begin == unit->name_begin) return kDescribed;
      return begin >= unit->begin && end <= unit->end ? kPlain : kWeaker;
    }
    const AttachedPhrase* p = phrase_holding(index.attached, begin, end);
    if (p && p->entity >= 0 && fits_open(index.name_at(p->name_begin, fits_open)->payload)) return kWeaker;
    return has_own_figure(begin, end) ? kWeaker : kPlain;
  };
  const bool subject_first = unit && unit->entity < 0;
  // An ignored entity fits every role. One declared with another kind than every open
  // role's is a last resort: it yields to any entity that fits a role without it, however
  // much nearer the cue it is ("Four outbreaks of starfish (a group, ignored) have hit
  // the reef" is the reef's); it takes the role only when the clause names nothing else
  // that fits. One declared without a kind stands for any thing and yields only to an
  // entity of a role's kind as near: "Transport for London (ignored, kind-less) runs a
  // fleet of 192 S Stock trains" is the trains' (docs/rules.md "Ignored entities").
  auto of_kind = [&](int entity) {
    return std::any_of(open.begin(), open.end(), [&](std::size_t slot) {
      return slots[slot].kind_fits.empty() || slots[slot].kind_fits[static_cast<std::size_t>(entity)];
    });
  };
  auto last_resort = [&](int entity) { return !of_kind(entity) && !rules.entities[entity].kind.empty(); };
  // Entities named in the range, each once (its mention nearest the cue), nearest first.
  struct Hit {
    int begin, end, entity, distance;
    Weight weight;
    bool kind;         // of an open role's kind (not only fitting as an ignored entity)
    bool last_resort;  // an ignored entity declared with another kind
    // Among the entities outside a commenting phrase, the one named first.
    int order(bool by_position) const { return by_position && weight == kWeaker ? begin : distance; }
  };
  auto before = [&](const Hit& a, const Hit& b) {
    if (a.last_resort != b.last_resort) return b.last_resort;
    if (a.weight != b.weight) return a.weight < b.weight;
    if (a.order(subject_first) != b.order(subject_first)) return a.order(subject_first) < b.order(subject_first);
    return a.kind && !b.kind;
  };
  // "Xiluodu Dam, upstream of the Three Gorges Dam, is 285.5 m high": a landmark of a
  // place phrase the match lies outside of fills no role (match/attached_phrases.h).
  auto landmark = [&](int begin, int end) {
    const AttachedPhrase* p = phrase_holding(index.attached, begin, end);
    return p && p->landmark && !(cue.begin >= p->begin && cue.end <= p->end) &&
           !(value.bound() && value.begin >= p->begin && value.end <= p->end);
  };
  // A name of things of different kinds is the one of an open role's kind, else one
  // that fits a role otherwise (an ignored entity), else the first declared
  // (docs/rules.md "One name for things of different kinds").
  auto named_at = [&](int t) -> const TokenEdge& {
    const TokenEdge* e = index.name_at(t, of_kind);
    return of_kind(e->payload) ? *e : *index.name_at(t, fits_open);
  };
  std::vector<Hit> hits;
  for (int t = range.begin; t < range.end;) {
    if (index.entity_forward.count(t) == 0 || index.entity_forward.begin(t)->to > range.end) {
      ++t;
      continue;
    }
    const TokenEdge& e = named_at(t);
    int distance = e.to <= cue.begin ? cue.begin - e.to : t >= cue.end ? t - cue.end : 0;
    if (!taken(t, e.to, e.payload) && !compared_mention(index, t) && !landmark(t, e.to) &&
        !after_another_figure(t)) {
      const Hit hit{t, e.to, e.payload, distance, weight_of(t, e.to), of_kind(e.payload), last_resort(e.payload)};
      auto same = std::find_if(hits.begin(), hits.end(), [&](const Hit& h) { return h.entity == e.payload; });
      if (same == hits.end()) hits.push_back(hit);
      else if (before(hit, *same)) *same = hit;
    }
    t = e.to;
  }
  if (nearest) std::stable_sort(hits.begin(), hits.end(), before);
  else std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return b.last_resort && !a.last_resort; });
  auto fits = [&](std::size_t slot, int entity) {
    return slots[slot].entity_fits.empty() || slots[slot].entity_fits[static_cast<std::size_t>(entity)];
  };
  // The nearest entities that fit some open role, as many as there are open roles...
  std::vector<Hit> chosen;
  std::vector<bool> filled(open.size(), false);
  for (const Hit& h : hits) {
    for (std::size_t k = 0; k < open.size(); ++k) {
      if (!filled[k] && fits(open[k], h.entity)) {
        filled[k] = true;
        chosen.push_back(h);
        break;
      }
    }
  }
  // ...given to the roles in the order the sentence names them.
  std::sort(chosen.begin(), chosen.end(), [](const Hit& a, const Hit& b) { return a.begin < b.begin; });
  std::vector<bool> used(chosen.size(), false);
  for (std::size_t slot : open) {
    for (std::size_t k = 0; k < chosen.size(); ++k) {
      if (used[k] || !fits(slot, chosen[k].entity)) continue;
      used[k] = true;
      bindings[slot] = Binding{chosen[k].begin, chosen[k].end, chosen[k].entity};
      break;
    }
  }
}

ResolvedRoles Matcher::Impl::context_entities(const doc::Document& document, const DocumentIndex& index,
                                              const Candidate& candidate, const std::set<std::string>& bound,
                                              const std::vector<const CaptureSlot*>& wanted) const {
  auto fits = [&](const CaptureSlot& slot, int entity) {
    return slot.entity_fits.empty() || slot.entity_fits[static_cast<std::size_t>(entity)];
  };
  // An ignored entity declared with another kind than the role's (docs/rules.md
  // "Ignored entities").
  auto last_resort = [&](const CaptureSlot& slot, int entity) {
    return !slot.kind_fits.empty() && !slot.kind_fits[static_cast<std::size_t>(entity)] &&
           !rules.entities[static_cast<std::size_t>(entity)].kind.empty();
  };
  // A name of things of different kinds means the one of a wanted role's kind, else one
  // that fits a wanted role otherwise, else the first declared (docs/rules.md "One name
  // for things of different kinds").
  auto of_wanted_kind = [&](int entity) {
    return std::any_of(wanted.begin(), wanted.end(), [&](const CaptureSlot* slot) {
      return slot->kind_fits.empty() || slot->kind_fits[static_cast<std::size_t>(entity)];
    });
  };
  auto fits_wanted = [&](int entity) {
    return std::any_of(wanted.begin(), wanted.end(), [&](const CaptureSlot* slot) { return fits(*slot, entity); });
  };
  auto named_at = [&](int t) -> const TokenEdge& {
    const TokenEdge* e = index.name_at(t, of_wanted_kind);
    return of_wanted_kind(e->payload) ? *e : *index.name_at(t, fits_wanted);
  };
  // Fills the wanted slots, in order, from the distinct entities named in tokens
  // [first, last), leaving out `bound` ones; empty when they are not enough. Those of
  // [first, main) come after the others: a clause that opens the sentence with "When",
  // "After", "As" ... is not what it is about ("When MSC went past it, Maersk slipped to
  // second place. Today it is the number two" is Maersk's).
  auto fill = [&](int first, int last, int main = -1, bool no_last_resort = false) {
    std::vector<int> named;
    std::vector<int> subordinate;
    for (int t = first; t < last;) {
      if (index.entity_forward.count(t) == 0 || index.entity_forward.begin(t)->to > last) {
        ++t;
        continue;
      }
      const TokenEdge& hit = named_at(t);
      std::vector<int>& into = t < main ? subordinate : named;
      if (!bound.count(rules.entities[hit.payload].name) && !compared_mention(index, t) &&
          !in_landmark_phrase(index, t, hit.to) && std::find(into.begin(), into.end(), hit.payload) == into.end()) {
        into.push_back(hit.payload);
      }
      t = hit.to;
    }
    for (int e : subordinate) {
      if (std::find(named.begin(), named.end(), e) == named.end()) named.push_back(e);
    }
    std::vector<std::string> out;
    std::vector<bool> used(named.size(), false);
    for (const CaptureSlot* slot : wanted) {
      // An ignored entity of another kind than the role's only as a last resort: "Divers
      // counted parrotfish at Tallis Reef." is the reef's for a role of kind `reef`, with
      // the fish an ignored group, whichever the sentence names first.
      std::size_t k = 0;
      while (k < named.size() && (used[k] || !fits(*slot, named[k]) || last_resort(*slot, named[k]))) ++k;
      if (k == named.size() && !no_last_resort) {
        k = 0;
        while (k < named.size() && (used[k] || !fits(*slot, named[k]))) ++k;
      }
      if (k == named.size()) return std::vector<std::string>{};
      used[k] = true;
      out.push_back(rules.entities[named[k]].name);
    }
    return out;
  };
  const auto& sentences = index.sentence_tokens;
  // A sentence about a thing the rules do not know ("Hubble launched in 1990.") is not
  // about the fact's entities, nor is a sentence after it that names none of them ("It
  // cost $4.7 billion."): the nearest named subject is what a pronoun means. (A subject
  // that is an entity of another kind does not stop the search: "Putin arrived in
  // Beijing. Trade between the two countries ..." is about Russia and China.)
  auto foreign = [&](int s) {
    return static_cast<std::size_t>(s) < index.subjects.size() &&
           index.subjects[static_cast<std::size_t>(s)] == kForeignSubject;
  };
  // The match's own sentence before it, then whole sentences further back.
  std::vector<std::string> here = fill(sentences[candidate.sentence].first, candidate.tokens.begin);
  if (!here.empty()) return {here, std::vector<std::string>(here.size(), "sentence")};
  // Then a pattern's own words: "Night Tube" in `night tube ... launched ... {day}`
  // names the railway when "Tube" is its alias (a cue match took the entities of its
  // clause already).
  if (!candidate.cue) {
    here = fill(candidate.tokens.begin, candidate.tokens.end);
    if (!here.empty()) return {here, std::vector<std::string>(here.size(), "match")};
  }
  // A sentence opening with "The canal" is about a canal, whatever name it holds: the
  // nearest one named before, never an ignored entity of another kind.
  auto fill_of_kind = [&](int first, int last, int main) { return fill(first, last, main, true); };
  if (auto by_kind = kind_referent(document, index, candidate, wanted, fill_of_kind)) {
    return by_kind->empty() ? stopped_search() : *by_kind;
  }
  if (foreign(candidate.sentence)) return stopped_search();
  if (opens_with_a_thing_of_another(document, index, candidate, wanted)) return stopped_search();
  if (pronoun_means_another(document, index, candidate, wanted, fill)) return stopped_search();
  bool earlier_paragraph = false;
  for (int s = candidate.sentence - 1; s >= 0 && s >= candidate.sentence - lang::kContextSentences; --s) {
    earlier_paragraph = earlier_paragraph || opens_paragraph(document, s + 1);
    // Another thing's sentence in an earlier paragraph is no pronoun's antecedent: a new
    // paragraph goes back to what the document is about ("The Central line has 49
    // stations." does not make the next paragraph's "It opened in 1863" about it).
    if (foreign(s) && earlier_paragraph) break;
    if (foreign(s)) return stopped_search();
    std::vector<std::string> there =
        fill(sentences[s].first, sentences[s].second, main_clause(index, sentences[s].first, sentences[s].second));
    // An ignored entity is another thing too: named in an earlier paragraph it is no
    // antecedent either ("MySQL users know it." does not take the next paragraph's figure).
    if (!there.empty() && earlier_paragraph &&
        std::all_of(there.begin(), there.end(), [&](const std::string& e) { return ignored_entities.count(e) > 0; })) {
      break;
    }
    if (!there.empty()) {
      const std::size_t at = sentences[s].first < sentences[s].second
                                 ? index.tokens[static_cast<std::size_t>(sentences[s].first)].begin
                                 : document.sentences[static_cast<std::size_t>(s)].begin;
      const std::string source = "line " + std::to_string(document.location(at).line);
      return {there, std::vector<std::string>(there.size(), source)};
    }
    // A heading opens a section: what the section before it named is not this one's subject.
    if (is_heading(document, s)) break;
  }
  return document_topic(index, bound, wanted);
}

template <typename Fill>
bool Matcher::Impl::pronoun_means_another(const doc::Document& document, const DocumentIndex& index,
                                          const Candidate& candidate, const std::vector<const CaptureSlot*>& wanted,
                                          Fill& fill) const {
  const int s = candidate.sentence;
  const auto& sentences = index.sentence_tokens;
  if (s == 0 || opens_paragraph(document, s) || index.subjects.size() < static_cast<std::size_t>(s)) return false;
  const int before = index.subjects[static_cast<std::size_t>(s - 1)];
  if (before < 0 || std::any_of(wanted.begin(), wanted.end(), [&](const CaptureSlot* slot) {
        return slot->entity_fits.empty() || slot->entity_fits[static_cast<std::size_t>(before)];
      })) {
    return false;
  }
  // "it" as a subject: opening its clause, or after punctuation, a conjunction or the
  // figure ("With a height of 157 m it was ..."). After a verb or a preposition it is
  // an object ("Some 8.2 million people come to see it each year"): what is seen or
  // visited may be the topic as well as the thing just named, so the search goes on.
  const TypedReadings* figures =
      facts[candidate.fact].slots.back().entity ? nullptr : index.readings_of(facts[candidate.fact].slots.back().type);
  auto as_subject = [&](int t) {
    if (t == candidate.clause.begin || !index.has_word_char(t - 1)) return true;
    if (figures && figures->reverse.count(t) > 0) return true;
    static constexpr std::array<std::string_view, 18> kOpeners = {
        "and", "but", "when", "as", "because", "that", "where", "while", "since",
        "so", "if", "though", "although", "after", "before", "until", "once", "then"};
    return std::find(kOpeners.begin(), kOpeners.end(), index.token_text(t - 1)) != kOpeners.end();
  };
  bool pronoun = false;
  int depth = 0;
  for (int t = candidate.clause.begin; t < candidate.clause.end && !pronoun; ++t) {
    const std::string_view w = index.token_text(t);
    depth += w == "(" ? 1 : w == ")" ? -1 : 0;
    pronoun = depth == 0 && (w == "its" || (w == "it" && as_subject(t)));
  }
  if (!pronoun) return false;
  const auto [first, last] = sentences[static_cast<std::size_t>(s - 1)];
  if (!fill(first, last).empty()) return false;
  for (int t = first; t < last; ++t) {
    if (index.entity_forward.count(t) > 0) {
      const int end = index.entity_forward.begin(t)->to;
      if (end < last && index.token_text(end) == "'s") return false;  // "Vienna's underground"
      break;
    }
  }
  for (int t = first; t < last; ++t) {
    auto kind = entities_of_noun.find(index.token_text(t));
    if (kind == entities_of_noun.end()) continue;
    for (int e : kind->second) {
      for (const CaptureSlot* slot : wanted) {
        if (slot->entity_fits.empty() || slot->entity_fits[static_cast<std::size_t>(e)]) return false;
      }
    }
  }
  return true;
}

template <typename Fill>
std::optional<ResolvedRoles> Matcher::Impl::kind_referent(const doc::Document& document, const DocumentIndex& index,
                                                          const Candidate& candidate,
                                                          const std::vector<const CaptureSlot*>& wanted,
                                                          Fill& fill) const {
  const CompiledFact& compiled = facts[candidate.fact];
  const auto& sentences = index.sentence_tokens;
  const int first = sentences[candidate.sentence].first;
  int noun = -1;
  for (const CaptureSlot* slot : wanted) {
    const auto role = static_cast<std::size_t>(slot - compiled.slots.data());
    if (role < compiled.kind_words.size()) {
      noun = refers_by_kind(index, definite_words, compiled.kind_words[role], first, candidate.tokens.end);
    }
    if (noun >= 0) break;
  }
  if (noun < 0) return std::nullopt;
  for (int s = candidate.sentence - 1; s >= 0 && s >= candidate.sentence - kKindReach; --s) {
    std::vector<std::string> there =
        fill(sentences[s].first, sentences[s].second, main_clause(index, sentences[s].first, sentences[s].second));
    if (!there.empty()) {
      const std::size_t at = index.tokens[static_cast<std::size_t>(sentences[s].first)].begin;
      // "line 12 by automaker": explain says which noun of the sentence led there.
      const std::string source = "line " + std::to_string(document.location(at).line) + " by " +
                                 std::string(index.token_text(noun));
      return ResolvedRoles{there, std::vector<std::string>(there.size(), source)};
    }
    if (is_heading(document, s)) break;
  }
  return std::nullopt;
}

// docs/rules.md "Cues", step 3: a name between "The" and a common noun describes that
// noun ("The Miraflores visitor centre", "The Orm ferry service"), the sentence's subject.
bool Matcher::Impl::opens_with_a_thing_of_another(const doc::Document& document, const DocumentIndex& index,
                                                  const Candidate& candidate,
                                                  const std::vector<const CaptureSlot*>& wanted) const {
  auto [first, last] = index.sentence_tokens[candidate.sentence];
  while (first < last && !index.has_word_char(first)) ++first;  // markup, a dash, a bracket
  if (first + 2 >= last || index.token_text(first) != "the" || index.entity_forward.count(first) > 0) return false;
  auto takes = [&](int entity) {
    return std::any_of(wanted.begin(), wanted.end(), [&](const CaptureSlot* slot) {
      return slot->entity_fits.empty() || slot->entity_fits[static_cast<std::size_t>(entity)];
    });
  };
  // "The first section of the U-Bahn opens": one to three lowercase words and "of"
  // before the name, then the rest of the sentence, the match included.
  if (index.entity_forward.count(first + 1) == 0) {
    int of = first + 1;
    while (of < last && of <= first + 3 && index.token_text(of) != "of") {
      const std::string_view w = index.token_text(of);
      if (w.empty() || written_capitalized(document, index.tokens[static_cast<std::size_t>(of)]) ||
          !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return false;
      }
      ++of;
    }
    if (of >= last || of == first + 1 || index.token_text(of) != "of") return false;
    int at = of + 1;
    if (at < last && index.entity_forward.count(at) == 0 && index.token_text(at) == "the") ++at;
    if (at >= last || index.entity_forward.count(at) == 0) return false;
    const TokenEdge& whole = *index.name_at(at, takes);
    return whole.to <= candidate.tokens.end && whole.to < last && index.token_text(whole.to) != "'s" &&
           !takes(whole.payload);
  }
  const TokenEdge& name = *index.name_at(first + 1, takes);
  // One to three nouns between the name and the match, the subject's head: "The Orm
  // visitor centre costs $17". A verb right after the name ("The Americans finished it
  // and opened it") makes the name the subject itself; a word ending in "-ed" or "-ly",
  // a pronoun, an auxiliary or a function word is taken for such a clause.
  const int nouns = candidate.tokens.begin - name.to;
  if (nouns < 1 || nouns > 3) return false;
  static constexpr std::array<std::string_view, 40> kNotNouns = {
      "it",   "its",  "they", "them", "their", "he",   "she",  "his",   "her",   "and",
      "or",   "but",  "then", "to",   "in",    "on",   "at",   "of",    "for",   "by",
      "with", "the",  "a",    "an",   "has",   "had",  "have", "is",    "was",   "were",
      "are",  "be",   "been", "will", "would", "can",  "could", "also", "not",   "which"};
  for (int t = name.to; t < candidate.tokens.begin; ++t) {
    const std::string_view w = index.token_text(t);
    if (w.empty() || written_capitalized(document, index.tokens[static_cast<std::size_t>(t)])) return false;
    if (!std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; })) return false;
    if (w.ends_with("ed") || w.ends_with("ly") || w == "'s") return false;
    if (std::find(kNotNouns.begin(), kNotNouns.end(), w) != kNotNouns.end()) return false;
  }
  return !takes(name.payload);
}

// The last resort for "the countries" far from any naming sentence: the document's
// topic. Its title says best what it is about, so the entities the title names come
// first (the most-named of them first); then those of the right kind the whole
// document names most, at least twice each, most first.
ResolvedRoles Matcher::Impl::document_topic(const DocumentIndex& index, const std::set<std::string>& bound,
                                            const std::vector<const CaptureSlot*>& wanted) const {
  std::vector<int> mentions(rules.entities.size(), 0);
  std::copy_n(index.entity_mentions.begin(), std::min(index.entity_mentions.size(), mentions.size()), mentions.begin());
  std::vector<char> in_title(rules.entities.size(), 0);
  for (int e : index.title.entities) {
    if (static_cast<std::size_t>(e) < in_title.size()) in_title[static_cast<std::size_t>(e)] = 1;
  }
  std::vector<int> order;
  for (int e : index.title.entities) {
    if (static_cast<std::size_t>(e) < in_title.size()) order.push_back(e);
  }
  for (std::size_t e = 0; e < rules.entities.size(); ++e) {
    if (!in_title[e]) order.push_back(static_cast<int>(e));
  }
  const auto title_end = order.begin() + static_cast<std::ptrdiff_t>(index.title.entities.size());
  auto most_named = [&](int a, int b) { return mentions[a] > mentions[b]; };
  std::stable_sort(order.begin(), title_end, most_named);
  std::stable_sort(title_end, order.end(), most_named);
  ResolvedRoles out;
  std::vector<bool> used(order.size(), false);
  for (const CaptureSlot* slot : wanted) {
    std::size_t k = 0;
    auto fits = [&](int e) { return slot->entity_fits.empty() || slot->entity_fits[static_cast<std::size_t>(e)]; };
    while (k < order.size() && (used[k] || !fits(order[k]) || bound.count(rules.entities[order[k]].name))) ++k;
    if (k == order.size()) return {};
    const bool titled = in_title[static_cast<std::size_t>(order[k])];
    if (!titled && mentions[order[k]] < 2) return {};
    used[k] = true;
    out.names.push_back(rules.entities[order[k]].name);
    out.sources.push_back(titled ? "title" : "most-named");
  }
  return out;
}

// "Normal pool level: 175 m" in a fact sheet about the dam never names the reservoir a
// role is tied to: with no other entity of its kind anywhere in the document, the
// tied entity is the only one the figure can be of (docs/rules.md "A role tied to one
// entity").
ResolvedRoles Matcher::Impl::tied_entities(const DocumentIndex& index, int f, const std::vector<std::size_t>& open,
                                           const std::set<std::string>& bound) const {
  const lang::FactDecl& fact = *facts[f].fact;
  const std::vector<CaptureSlot>& slots = facts[f].slots;
  auto ties = role_ties.find(fact.name);
  if (ties == role_ties.end()) return {};
  ResolvedRoles out;
  for (std::size_t i : open) {
    auto tie = std::find_if(ties->second.begin(), ties->second.end(),
                            [&](const auto& t) { return t.first == fact.roles[i].name; });
    if (tie == ties->second.end() || bound.count(tie->second)) return {};
    const CaptureSlot& slot = slots[i];
    for (std::size_t e = 0; e < rules.entities.size(); ++e) {
      const bool fits = slot.entity_fits.empty() || slot.entity_fits[e];
      const bool named = e < index.entity_mentions.size() && index.entity_mentions[e] > 0;
      // An ignored entity fits every role only so that its figures go (and near it, the
      // sentences before take it): it is no other thing of the role's kind.
      const bool ignored = ignored_entities.count(rules.entities[e].name) > 0;
      if (fits && named && !ignored && rules.entities[e].name != tie->second) return {};
    }
    out.names.push_back(tie->second);
    out.sources.push_back("tied role");
  }
  return out;
}

bool Matcher::Impl::alone_of_its_kind(const DocumentIndex& index, const CaptureSlot& slot, int e) const {
  for (std::size_t x = 0; x < rules.entities.size(); ++x) {
    const bool fits = slot.entity_fits.empty() || slot.entity_fits[x];
    const bool named = x < index.entity_mentions.size() && index.entity_mentions[x] > 0;
    // An ignored entity fits every role only so that its figures go: it is no other
    // thing of the role's kind.
    const bool ignored = ignored_entities.count(rules.entities[x].name) > 0;
    if (fits && named && !ignored && static_cast<int>(x) != e) return false;
  }
  return true;
}

// "The government may spend 3 percent of the fund" in a story that never names Norway
// as itself: with `country: country = Norway`, the rule is Norway's, as a tied role's
// would be, but the role still takes any country a sentence names (docs/rules.md "A
// role's fallback entity").
template <typename Search>
ResolvedRoles Matcher::Impl::fallback_entities(const DocumentIndex& index, int f, const std::vector<std::size_t>& open,
                                               const std::set<std::string>& bound, Search& search) const {
  const CompiledFact& compiled = facts[f];
  std::vector<std::size_t> rest;
  for (std::size_t i : open) {
    if (compiled.fallbacks[i] < 0) rest.push_back(i);
  }
  if (rest.size() == open.size()) return {};
  ResolvedRoles others;
  if (!rest.empty()) {
    others = search(rest);
    if (others.empty()) return others;
  }
  std::set<std::string> taken = bound;
  taken.insert(others.names.begin(), others.names.end());
  ResolvedRoles out;
  std::size_t k = 0;
  for (std::size_t i : open) {
    const int e = compiled.fallbacks[i];
    if (e < 0) {
      out.names.push_back(others.names[k]);
      out.sources.push_back(others.sources[k]);
      ++k;
      continue;
    }
    const std::string& name = rules.entities[static_cast<std::size_t>(e)].name;
    if (taken.count(name) || !alone_of_its_kind(index, compiled.slots[i], e)) return {};
    taken.insert(name);
    out.names.push_back(name);
    out.sources.push_back("fallback");
  }
  return out;
}

std::optional<Statement> Matcher::Impl::statement(const doc::Document& document, const DocumentIndex& index,
                                                  const Candidate& candidate, const std::vector<Binding>& bindings,
                                                  std::vector<int>* listed) const {
  const lang::FactDecl& fact = *facts[candidate.fact].fact;
  const std::vector<CaptureSlot>& slots = facts[candidate.fact].slots;
  Statement st;
  st.fact = fact.name;
  std::vector<std::string> ids(fact.roles.size());
  std::set<std::string> seen;
  std::vector<std::size_t> from_context;  // unbound roles the fact resolves from context
  std::vector<std::size_t> fixed;         // unbound roles its pattern's or cue's `=>` gives
  const CompiledFact& compiled = facts[candidate.fact];
  for (std::size_t i = 0; i < fact.roles.size(); ++i) {
    const Binding& b = bindings[i];
    const int fix = candidate.fixes ? compiled.fixed(candidate.pattern, i) : -1;
    if (!b.bound() && fix >= 0) {
      // `cue trucks => service=LeShuttle_Freight`: no entity of the sentence took the
      // role, so the cue gives it, before the sentences before and the topic.
      ids[i] = rules.entities[static_cast<std::size_t>(fix)].name;
      if (!seen.insert(ids[i]).second) return std::nullopt;
      fixed.push_back(i);
      continue;
    }
    if (b.bound() && fix >= 0 && b.payload != fix && slots[i].entity && st.dropped_because.empty()) {
      // The sentence names another entity for it, and not the cue's: the writer's words
      // and the rule disagree. The statement takes its figure, and is dropped.
      const std::string written =
          document.original_text(index.tokens[b.begin].begin, index.tokens[b.end - 1].end);
      const std::string cue = candidate.fixes && candidate.cue_tokens.begin >= 0
                                  ? " '" + document.original_text(index.tokens[candidate.cue_tokens.begin].begin,
                                                                  index.tokens[candidate.cue_tokens.end - 1].end) + "'"
                                  : "";
      st.dropped_because = fmt::format("dropped: its {} is '{}' ({}), but its {}{} gives that role {} (`=> {}={}`)",
                                       fact.roles[i].name, written, rules.entities[b.payload].name,
                                       candidate.cue ? "cue" : "pattern", cue,
                                       rules.entities[static_cast<std::size_t>(fix)].name, fact.roles[i].name,
                                       rules.entities[static_cast<std::size_t>(fix)].name);
    }
    if (!b.bound()) {
      const auto& context = fact.context_roles;
      // Cue matches take any entity role they could not find in the sentence from the
      // context; patterns only the roles the fact lists in `resolve ... from context`.
      const bool resolvable =
          candidate.cue || std::find(context.begin(), context.end(), fact.roles[i].name) != context.end();
      if (!slots[i].entity || !resolvable) {
        return std::nullopt;
      }
      from_context.push_back(i);
      continue;
    }
    if (slots[i].entity) {
      ids[i] = rules.entities[b.payload].name;
    } else {
      ids[i] = index.readings_of(slots[i].type)->readings[b.payload].value.display;
    }
    if (!seen.insert(ids[i]).second) return std::nullopt;  // "China's China"
  }
  if (!from_context.empty()) {
    std::vector<const CaptureSlot*> wanted;
    for (std::size_t i : from_context) wanted.push_back(&slots[i]);
    // A table's rows are no sentences before one another: past its row, headers,
    // caption and lead-in (filled already), a cell takes the document's topic.
    ResolvedRoles found = candidate.table ? document_topic(index, seen, wanted)
                                          : context_entities(document, index, candidate, seen, wanted);
    if (found.empty() && !found.stopped) found = tied_entities(index, candidate.fact, from_context, seen);
    if (found.empty() && !found.stopped) {
      auto search = [&](const std::vector<std::size_t>& roles) {
        std::vector<const CaptureSlot*> these;
        for (std::size_t i : roles) these.push_back(&slots[i]);
        return candidate.table ? document_topic(index, seen, these)
                               : context_entities(document, index, candidate, seen, these);
      };
      found = fallback_entities(index, candidate.fact, from_context, seen, search);
    }
    if (found.empty()) return std::nullopt;  // nothing named before: never invent a key
    st.role_sources.resize(fact.roles.size());
    for (std::size_t k = 0; k < from_context.size(); ++k) {
      ids[from_context[k]] = found.names[k];
      st.role_sources[from_context[k]] = found.sources[k];
    }
  }
  if (!fixed.empty()) {
    st.role_sources.resize(fact.roles.size());
    const std::string words = candidate.fixes && candidate.cue_tokens.begin >= 0
                                  ? document.original_text(index.tokens[candidate.cue_tokens.begin].begin,
                                                           index.tokens[candidate.cue_tokens.end - 1].end)
                                  : "";
    for (std::size_t i : fixed) st.role_sources[i] = !candidate.cue ? "pattern" : words.empty() ? "cue" : "cue " + words;
  }
  for (std::size_t i = 0; i < fact.roles.size(); ++i) {
    st.roles.emplace_back(fact.roles[i].name, ids[i]);
    const Binding& b = bindings[i];
    st.role_texts.push_back(b.bound() ? document.original_text(index.tokens[b.begin].begin, index.tokens[b.end - 1].end)
                                      : std::string());
  }
  st.key = fact_key(fact, st.roles);

  const CaptureSlot& value_slot = slots.back();
  const Binding& vb = bindings.back();
  if (!vb.bound() || value_slot.entity) return std::nullopt;
  const value::ValueMatch& reading = value_reading(index, candidate, vb);
  st.value = reading.value;
  if (candidate.from_ordinal && value_slot.type == value::Type::Count) st.value = value::ordinal_as_count(reading.value);
  if (!candidate.table && st.value.type == value::Type::Percent && st.value.lo >= 0 &&
      change_sign.states_fall(index, vb.begin, vb.end)) {
    // A fact whose values leave out every fall measures the fall itself: "the forest
    // has lost 17%" is 17% of a share lost (docs/rules.md "Derived values").
    value::Value fallen = value::negated(st.value);
    if (admitted(fact, document, fallen) || !admitted(fact, document, st.value)) {
      st.value = std::move(fallen);
    }
  }
  if (st.value.lo >= 0 && stated_negative(facts[candidate.fact], index, candidate, vb)) st.value = value::negated(st.value);
  if (!candidate.table && st.value.lo > 0 && restates_a_negative(candidate, index, vb, st.value.type)) {
    // "a loss of 14.1 percent, or NOK 1.64 trillion"; as for a fall, not where the
    // fact's values leave out every negative value.
    value::Value restated = value::negated(st.value);
    if (admitted(fact, document, restated) || !admitted(fact, document, st.value)) st.value = std::move(restated);
  }
  if (!candidate.table && st.value.type == value::Type::Date) {
    if (auto framed = dated_by_frame(document, index, reading)) st.value = std::move(*framed);
    // "on Monday" is the Monday on or before the publication date: in a sentence or
    // paragraph framed by another year ("In 2003 the level fell to 35 cm on Monday", a
    // timeline's "**2003.**") it is some other Monday, which nothing here says.
    const std::string_view said = std::string_view(document.normalized).substr(reading.begin, reading.end - reading.begin);
    if (names_weekday(said) && std::isfinite(st.value.lo)) {
      const int year = frame_year(document, index, reading.begin);
      if (year != 0 && year != value::civil_from_days(static_cast<long>(std::floor(st.value.lo))).year) {
        return std::nullopt;
      }
    }
  }
  std::size_t value_from = reading.begin, value_to = reading.end;
  if (candidate.cue && !candidate.table && !candidate.from_ordinal && value_slot.type == value::Type::Count) {
    // "all 31 passengers and three crew escaped" is 34 people (docs/rules.md "Counts added up").
    if (auto sum = added_counts(document, index, candidate, vb)) {
      st.value = std::move(sum->value);
      value_from = sum->begin;
      value_to = sum->end;
    }
  }
  // A cell's value was read with its header's unit: its text is what was read.
  if (!candidate.table) st.value.text = document.original_text(value_from, value_to);
  st.value = read_as_fact(fact, document, std::move(st.value));
  if (!fact.in_currencies(st.value)) return std::nullopt;  // `currency` leaves it out (docs/rules.md "Money")
  // A fact of money per vehicle reads "$35" as $35 per vehicle; "$30 per person" is
  // not its value (docs/rules.md "Amounts per something").
  auto per = value::per_denominator(st.value, fact.per_unit);
  if (!per) return std::nullopt;
  st.value = std::move(*per);

  st.document = document.path;
  st.begin = document.original_offset(candidate.begin);
  st.end = document.original_offset(candidate.end);
  st.value_begin = document.original_offset(value_from);
  st.value_end = document.original_offset(value_to);
  st.location = document.location(value_from);
  st.text = document.original_text(candidate.begin, candidate.end);
  st.pattern = candidate.pattern;
  st.priority = fact.priority;

  // The sentence(s) the match lies in.
  doc::Sentence sentence{0, document.normalized.size()};
  if (!document.sentences.empty()) {
    const int s = candidate.sentence;
    int last = s;
    while (last + 1 < static_cast<int>(document.sentences.size()) &&
           document.sentences[last + 1].begin < candidate.end) {
      ++last;
    }
    sentence = {document.sentences[s].begin, document.sentences[last].end};
  }
  st.sentence = document.excerpt(sentence, candidate.begin, candidate.end);
  std::size_t clause_begin = sentence.begin, clause_end = sentence.end;
  if (candidate.clause.end > candidate.clause.begin) {
    clause_begin = index.tokens[candidate.clause.begin].begin;
    clause_end = index.tokens[candidate.clause.end - 1].end;
  }
  // Plain variables, not structured bindings: clang 14 cannot capture those in a lambda.
  const int sentence_first = index.sentence_tokens[static_cast<std::size_t>(candidate.sentence)].first;
  const int figures_last =
      std::max(index.sentence_tokens[static_cast<std::size_t>(candidate.sentence)].second, candidate.tokens.end);
  auto figures_besides = [&](TokenMatch value) {
    return candidate.table ? std::vector<TokenMatch>{}
                           : other_figures(index, value_slot.type, sentence_first, figures_last, value);
  };
  std::pair<std::size_t, std::size_t> year_at{0, 0};
  // `split start`: "2023-24" is 2023 (docs/rules.md "Split years").
  const value::SplitYear split = fact.split == "start" ? value::SplitYear::Start : value::SplitYear::End;
  auto year_of_statement = [&] {
    return scope_year(document, index, year_words, sentence.begin, sentence.end, clause_begin, clause_end,
                      reading.begin, reading.end, figures_besides({vb.begin, vb.end}), &year_at, split);
  };
  if (candidate.from_ordinal && value_slot.type == value::Type::Year) {
    // An anniversary counts back from the year it is stated of; with none, nothing.
    const std::string year = year_of_statement().first;
    if (year.empty()) return std::nullopt;
    st.value = value::anniversary_year(reading.value, std::stoi(year));
    st.value.text = document.original_text(reading.begin, reading.end);
  }
  if (candidate.table) return table_statement(document, index, *candidate.table, fact, std::move(st));
  if (fact.scope == "year") std::tie(st.scope, st.scope_source) = year_of_statement();
  if (fact.scope == "year" && candidate.asked_in >= 0) year_of_question(document, index, candidate.asked_in, split, st);
  if (fact.scope == "year" && listed && year_at.second > year_at.first && candidate.compared_with.begin < 0) {
    if (const TypedReadings* years = index.readings_of(value::Type::Year)) {
      const int first = candidate.cue ? candidate.clause.begin : sentence_first;
      const int last = candidate.cue ? candidate.clause.end : figures_last;
      const TokenMatch year = token_range(index, year_at.first, year_at.second);
      *listed = listed_years(index, list_words, *years, year, first, last);
    }
  }
  if (fact.scope == "year" && candidate.year_offset != 0 && candidate.compared_with.begin >= 0) {
    // "up from $147 billion the year before": a year before the value it is compared with.
    const std::size_t b = index.tokens[static_cast<std::size_t>(candidate.compared_with.begin)].begin;
    const std::size_t e = index.tokens[static_cast<std::size_t>(candidate.compared_with.end - 1)].end;
    std::string year;
    if (candidate.compared_sentence >= 0) {
      // A continued sentence counting back from the one before: that sentence's year.
      const auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(candidate.compared_sentence)];
      const std::size_t sb = index.tokens[static_cast<std::size_t>(first)].begin;
      const std::size_t se = index.tokens[static_cast<std::size_t>(last - 1)].end;
      year = scope_year(document, index, year_words, sb, se, sb, se, b, e,
                        other_figures(index, value_slot.type, first, last, candidate.compared_with), nullptr, split)
                 .first;
    } else {
      year = scope_year(document, index, year_words, sentence.begin, sentence.end, clause_begin, clause_end, b, e,
                        figures_besides(candidate.compared_with), nullptr, split)
                 .first;
    }
    if (year.empty()) return std::nullopt;
    st.scope = std::to_string(std::stoi(year) + candidate.year_offset);
    st.scope_source = candidate.year_offset == -1  ? "the year before the value it is compared with"
                      : candidate.year_offset == 1 ? "the year after the value it is compared with"
                      : candidate.year_offset > 1  ? "years after the value it is compared with"
                                                   : "years before the value it is compared with";
  }
  if (fact.scope == "year" && candidate.unanchored_shift != 0 && candidate.compared_with.begin < 0) {
    // "The previous year, it earned $3.2 billion" with no statement of the fact before
    // it: counted from the year its paragraph, title or first sentence set ("In 2022,
    // ..."); the publication year is no time the writer counted from, so nothing.
    const bool set_by_text = st.scope_source == "paragraph's year" || st.scope_source == "title's year" ||
                             st.scope_source == "first sentence's year";
    if (st.scope_source == "publication date" || st.scope_source == "none") return std::nullopt;
    if (set_by_text && scope_as_year(st) != 0) {
      st.scope = std::to_string(scope_as_year(st) + candidate.unanchored_shift);
      st.scope_source = "counted from the " + st.scope_source;
    }
  }
  // A plan's year is when it was told ("In 2014 the end was moved to 2024" is 2014's
  // plan), so it is not scoped by its own year.
  if (fact.scope == "year" && !fact.plans) {
    // A date or year says its own year: "the record of 25 cm set on 22 October 2018",
    // in a story of 2022, is 2018's record, whatever year the sentence is about.
    if (auto own = value::named_year(st.value, split)) {
      st.scope = std::to_string(*own);
      st.scope_source = "value's own year";
      if (listed) listed->clear();
    }
  }
  // A figure dated after its document was written is a forecast or a plan, whatever
  // words tell it ("cargo of 250 million tonnes in fiscal 2026", in a story of 2025).
  // Patterns are exact and keep theirs, as they keep a figure beside a veto word.
  // A fact of `plans` states exactly those.
  if (candidate.cue && !fact.plans && dated_after_publication(document, fact, st, value_slot.type)) return std::nullopt;
  if (fact.plans && !plan_of_its_time(document, index, vb, st)) return std::nullopt;
  return st;
}

void Matcher::Impl::year_of_question(const doc::Document& document, const DocumentIndex& index, int question,
                                     value::SplitYear split, Statement& st) const {
  if (st.scope_source != "paragraph's year" && st.scope_source != "title's year" &&
      st.scope_source != "first sentence's year" && st.scope_source != "publication date") {
    return;
  }
  const auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(question)];
  const std::size_t begin = index.tokens[static_cast<std::size_t>(first)].begin;
  const std::size_t end = index.tokens[static_cast<std::size_t>(last - 1)].end;
  // Scoped as a value at the question's end would be: its own words' year only.
  auto [year, source] = scope_year(document, index, year_words, begin, end, begin, end, end, end, {}, nullptr, split);
  if (source != "value's sentence" && source != "value's clause") return;
  st.scope = std::move(year);
  st.scope_source = "question it answers";
}

bool Matcher::Impl::plan_of_its_time(const doc::Document& document, const DocumentIndex& index, const Binding& value,
                                     Statement& st) const {
  // "originally due to open in 2027, it will now open in 2029": the plan given up.
  for (int t = std::max(0, value.begin - 5); t < value.begin; ++t) {
    const std::string_view w = index.token_text(t);
    if (w == "originally" || w == "initially" || w == "previously" || w == "formerly") return false;
  }
  // A plan is told by the time of its writing: a later year in the sentence is another
  // plan's ("due in 2027, will now open in 2029"), so the publication year dates it.
  const auto published = document.date();
  if (published && scope_as_year(st) > published->year) {
    st.scope = std::to_string(published->year);
    st.scope_source = "publication date";
  }
  return true;
}

Statement Matcher::Impl::table_statement(const doc::Document& document, const DocumentIndex& index,
                                         const TableMatch& m, const lang::FactDecl& fact, Statement st) const {
  const doc::Table& table = document.tables[static_cast<std::size_t>(m.table)];
  st.sentence = row_text(document, table, m.row);
  if (st.sentence.size() > doc::kMaxExcerptBytes) {
    st.sentence = document.sentence_text({m.reading.begin, m.reading.end});
  }
  st.table_header = document.sentence_text({m.cue_cell.begin, m.cue_cell.end});
  if (!m.year_cell.empty()) st.table_year = document.sentence_text({m.year_cell.begin, m.year_cell.end});
  if (fact.scope == "year") {
    if (m.year) {
      st.scope = std::to_string(*m.year);
      st.scope_source = m.year_source;
      // `split start`: a year cell "2023-24" is 2023 (docs/rules.md "Split years").
      if (fact.split == "start" && !m.year_cell.empty()) {
        const std::string_view cell =
            std::string_view(document.normalized).substr(m.year_cell.begin, m.year_cell.end - m.year_cell.begin);
        for (const value::ValueMatch& y : value::scan_values(value::Type::Year, cell, {})) {
          if (value::named_year(y.value) == *m.year) {
            st.scope = std::to_string(value::named_year(y.value, value::SplitYear::Start).value_or(*m.year));
            break;
          }
        }
      }
    } else if (index.title.year != 0) {
      st.scope = std::to_string(index.title.year);
      st.scope_source = "title's year";
    } else if (index.lead_year != 0) {
      st.scope = std::to_string(index.lead_year);
      st.scope_source = "first sentence's year";
    } else if (auto date = document.date()) {
      st.scope = std::to_string(date->year);
      st.scope_source = "publication date";
    } else {
      st.scope_source = "none";
    }
  }
  return st;
}

std::vector<std::vector<std::vector<std::string>>> Matcher::certain_words() const {
  std::vector<std::vector<std::vector<std::string>>> out;
  auto add = [&](const Program& program) {
    if (!program.valid) return;
    std::vector<std::vector<std::string>>& clauses = out.emplace_back();
    for (const std::vector<int>& clause : program.anchors) {
      std::vector<std::string>& words = clauses.emplace_back();
      for (int id : clause) words.push_back(impl_->vocabulary.text(id));
    }
  };
  for (const CompiledFact& f : impl_->facts) {
    for (const CompiledPattern& p : f.patterns) add(p.forward);
    for (const CompiledPattern& c : f.cues) add(c.forward);
  }
  return out;
}

namespace {

// Whether a year or date reading is a range of several years, months or days ("from
// 2014 to 2021", "February 2020 to July 2022"), or open on one side ("since 2014").
bool is_range(const value::Value& v) {
  if (std::isnan(v.lo) || std::isnan(v.hi)) return false;
  if (std::isfinite(v.lo) != std::isfinite(v.hi)) return true;
  if (!std::isfinite(v.lo)) return false;
  const value::CivilDate a = value::civil_from_days(static_cast<long>(std::floor(v.lo)));
  const value::CivilDate b = value::civil_from_days(static_cast<long>(std::floor(v.hi_inclusive ? v.hi : v.hi - 1)));
  switch (v.grain) {
    case value::Grain::Year: return a.year != b.year;
    case value::Grain::Month: return a.year != b.year || a.month != b.month;
    case value::Grain::Day: return !(a == b);
    case value::Grain::None: return false;
  }
  return false;
}

// The year, month or day (by the reading's grain) at one end of a range reading, as a
// value of `type`; nullopt when that end is open.
std::optional<value::Value> range_end_value(const value::Value& range, bool start, value::Type type) {
  const double at = start ? range.lo : (range.hi_inclusive ? range.hi : range.hi - 1);
  if (!std::isfinite(at)) return std::nullopt;
  value::Grain grain = type == value::Type::Year || type == value::Type::YearRange ? value::Grain::Year : range.grain;
  const auto [first, last] = value::grain_days(static_cast<long>(std::floor(at)), grain);
  value::Value v;
  v.type = type;
  v.lo = static_cast<double>(first);
  v.hi = static_cast<double>(last);
  v.grain = grain;
  v.approx = range.approx;
  v.text = range.text;
  v.display = value::format_day(v.lo, grain);
  return v;
}

// The time between the two ends of a range of dates, in the range's grain ("February
// 2020 to July 2022" is 29 months), as a duration read from those words; nullopt for
// an open range or one of no grain.
std::optional<value::Value> duration_between(const value::Value& range) {
  if (!std::isfinite(range.lo) || !std::isfinite(range.hi)) return std::nullopt;
  const value::CivilDate a = value::civil_from_days(static_cast<long>(std::floor(range.lo)));
  const value::CivilDate b =
      value::civil_from_days(static_cast<long>(std::floor(range.hi_inclusive ? range.hi : range.hi - 1)));
  long n = 0;
  std::string unit;
  switch (range.grain) {
    case value::Grain::Year: n = b.year - a.year; unit = "years"; break;
    case value::Grain::Month: n = (b.year * 12L + b.month) - (a.year * 12L + a.month); unit = "months"; break;
    case value::Grain::Day: n = value::days_from_civil(b) - value::days_from_civil(a); unit = "days"; break;
    case value::Grain::None: return std::nullopt;
  }
  if (n <= 0) return std::nullopt;
  auto read = value::first_value(value::Type::Duration, fmt::format("{} {}", n, unit), {});
  if (!read) return std::nullopt;
  value::Value v = read->value;
  v.text = range.text;
  return v;
}

}  // namespace

namespace {

// A reading as its statement will state it: a date without its year in the year its
// sentence or paragraph sets ("**1981.** ... opens on 1 July"), so a fact's values
// weigh 1 July 1981, not the publication year's 1 July.
value::Value as_framed(const doc::Document& document, const DocumentIndex& index, const value::ValueMatch& m) {
  if (m.value.type == value::Type::Date) {
    if (auto framed = dated_by_frame(document, index, m)) return std::move(*framed);
  }
  return m.value;
}

}  // namespace

void Matcher::Impl::narrow_values(const doc::Document& document, DocumentIndex& index) const {
  for (std::size_t f = 0; f < facts.size(); ++f) {
    const lang::FactDecl& fact = *facts[f].fact;
    if (facts[f].slots.empty() || facts[f].slots.back().entity) continue;
    const value::Type type = facts[f].slots.back().type;
    const bool one_end = !fact.range_end.empty() &&
                         (type == value::Type::Year || type == value::Type::YearRange || type == value::Type::Date);
    const bool between = fact.duration_from_dates && type == value::Type::Duration;
    if (!fact.values.set && fact.currencies.empty() && !one_end && !between) continue;
    // A count read from an ordinal passes the fact's `values` as any figure does.
    if (fact.count_ordinals && fact.values.set && type == value::Type::Count) {
      if (const TypedReadings* ordinals = index.readings_of(value::Type::Ordinal)) {
        std::vector<value::ValueMatch> counted = ordinals->readings;
        std::erase_if(counted, [&](const value::ValueMatch& m) {
          return !admitted(fact, document, value::ordinal_as_count(m.value));
        });
        if (index.counted_narrowings.size() < facts.size()) index.counted_narrowings.resize(facts.size());
        index.counted_narrowings[f] =
            std::make_unique<TypedReadings>(index.placed(value::Type::Ordinal, std::move(counted)));
      }
    }
    const TypedReadings* all = index.readings_of(type);
    if (!all) continue;
    std::vector<value::ValueMatch> matches = all->readings;
    // `range start` / `range end` (docs/rules.md "One end of a range") and `duration
    // from dates` ("Durations from two dates"): a range of years or dates stands for
    // one of its ends, or for the time between them, in place of the readings inside it.
    std::vector<value::ValueMatch> made;
    if (one_end || between) {
      const TypedReadings* ranges = index.readings_of(
          between ? value::Type::Date : type == value::Type::Year ? value::Type::YearRange : type);
      for (const value::ValueMatch& r : ranges ? ranges->readings : std::vector<value::ValueMatch>{}) {
        if (!is_range(r.value)) continue;
        std::optional<value::Value> v = between ? duration_between(r.value)
                                                : range_end_value(r.value, fact.range_end == "start", type);
        if (v) made.push_back({r.begin, r.end, std::move(*v)});
      }
    }
    if (between && !made.empty()) {
      // Only where the sentence gives no duration of its own.
      auto sentence_of = [&](std::size_t at) {
        auto t = std::upper_bound(index.tokens.begin(), index.tokens.end(), at,
                                  [](std::size_t offset, const Token& token) { return offset < token.begin; });
        const int token = static_cast<int>(t - index.tokens.begin()) - 1;
        auto s = std::upper_bound(index.sentence_tokens.begin(), index.sentence_tokens.end(), token,
                                  [](int tk, const std::pair<int, int>& st) { return tk < st.first; });
        return static_cast<int>(s - index.sentence_tokens.begin()) - 1;
      };
      std::erase_if(made, [&](const value::ValueMatch& m) {
        const int s = sentence_of(m.begin);
        return std::any_of(matches.begin(), matches.end(), [&](const value::ValueMatch& d) {
          return sentence_of(d.begin) == s;
        });
      });
    }
    if (!made.empty()) {
      std::erase_if(matches, [&](const value::ValueMatch& m) {
        return std::any_of(made.begin(), made.end(),
                           [&](const value::ValueMatch& r) { return m.begin < r.end && r.begin < m.end; });
      });
      matches.insert(matches.end(), made.begin(), made.end());
      std::stable_sort(matches.begin(), matches.end(),
                       [](const value::ValueMatch& a, const value::ValueMatch& b) { return a.begin < b.begin; });
    }
    if (fact.values.set || !fact.currencies.empty()) {
      erase_with_conversions(document.normalized, matches, [&](const value::ValueMatch& m) {
        return !admitted(fact, document, as_framed(document, index, m));
      });
    }
    if (index.narrowings.size() < facts.size()) index.narrowings.resize(facts.size());
    index.narrowings[f] = std::make_unique<TypedReadings>(index.placed(type, std::move(matches)));
  }
}

std::vector<Statement> Matcher::Impl::run(const doc::Document& document, MatchStats& stats, bool keep_ignored) const {
  DocumentIndex index(document, vocabulary, entities, types, scan_plan);
  add_undated_years(document, index);
  index.subjects = sentence_subjects(document, index);
  index.title = read_title(document, vocabulary, entities);
  if (index.title.year == 0) index.lead_year = lead_year(document, index);
  index.attached = attached_phrases(index, attach_vocabulary);
  narrow_values(document, index);
  stats.value_bytes += index.scanned_bytes;
  NfaRunner runner;
  std::vector<Candidate> found = candidates(document, index, runner, stats);
  std::sort(found.begin(), found.end(), ranks_before);

  std::vector<TakenRanges> taken_matches(facts.size());  // per fact
  TakenRanges taken_values;                             // normalized byte ranges of values
  // Values of statements dropped below (an ignored entity's, a tied role's): still taken
  // from their own fact's other candidates ("K2 stands 8,611 m high" gives Everest
  // nothing), given back to the other facts' statements whose sentence names their
  // entities (docs/rules.md "Ignored entities").
  std::vector<TakenRanges> dropped_values(facts.size());  // per fact
  TakenRanges given_back;                                // all of them
  std::vector<Statement> out;
  // A pattern match that loses (its words or its value taken, no statement) gives way
  // to its next candidate: the longest shorter match from the same start ("{a} ... {amount}"
  // reaching past a figure another fact took may still end at its own). It ranks
  // after the longer one, so it joins the queue where it ranks.
  auto lose = [&](std::size_t i) {
    if (found[i].cue) return;
    if (auto next = shorter_candidate(found[i], index, runner, stats)) {
      auto at = std::upper_bound(found.begin() + static_cast<std::ptrdiff_t>(i) + 1, found.end(), *next, ranks_before);
      found.insert(at, std::move(*next));
    }
  };
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Candidate c = found[i];  // a copy: a shorter candidate may be inserted into `found`
    const NarrowedTo narrowed(index, c.fact);
    // A cue match competes for its value only: a cue may find a second value in a
    // sentence a pattern of its fact matched already.
    if (!c.cue && taken_matches[c.fact].overlaps(c.begin, c.end)) {
      lose(i);
      continue;
    }
    std::optional<std::vector<Binding>> bindings;
    if (c.cue) {
      bindings = c.bindings;
    } else {
      bindings = runner.bind(facts[c.fact].patterns[c.pattern], index, c.tokens, stats);
    }
    if (!bindings) continue;
    std::vector<int> listed;
    auto st = statement(document, index, c, *bindings, &listed);
    if (!st) {
      lose(i);
      continue;
    }
    const value::ValueMatch& reading = value_reading(index, c, bindings->back());
    if (taken_values.overlaps(reading.begin, reading.end) ||
        dropped_values[c.fact].overlaps(reading.begin, reading.end)) {
      lose(i);
      continue;
    }
    // A value given back goes only to a statement whose sentence names its entities:
    // one that took them from an earlier sentence or the title has less claim to it
    // than the name that stood beside it.
    if (given_back.overlaps(reading.begin, reading.end) &&
        std::any_of(st->role_sources.begin(), st->role_sources.end(),
                    [](const std::string& source) { return !source.empty() && source != "sentence"; })) {
      lose(i);
      continue;
    }
    taken_matches[c.fact].take(c.begin, c.end);
    if (dropped(*st)) {
      dropped_values[c.fact].take(reading.begin, reading.end);
      given_back.take(reading.begin, reading.end);
    } else {
      taken_values.take(reading.begin, reading.end);
    }
    // "Ruto and Odinga won 50.49% and 48.85% respectively": each name with its figure.
    if (auto pairs = respective_statements(document, index, c, *bindings); !pairs.empty()) {
      for (auto& [pair_reading, each] : pairs) {
        if (pair_reading->begin != reading.begin && taken_values.overlaps(pair_reading->begin, pair_reading->end)) {
          continue;
        }
        taken_values.take(pair_reading->begin, pair_reading->end);
        out.push_back(std::move(each));
      }
      continue;
    }
    out.push_back(std::move(*st));
    const Statement head = out.back();
    add_followers(document, index, c, *bindings, head, out);
    // "ranked first in 2022, 2023 and 2024": the same value for each year of the list.
    for (int year : listed) {
      Statement each = head;
      each.scope = std::to_string(year);
      each.scope_source = "list of years";
      out.push_back(std::move(each));
    }
  }
  std::sort(out.begin(), out.end(), [](const Statement& a, const Statement& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end < b.end;
    if (a.fact != b.fact) return a.fact < b.fact;
    return a.scope < b.scope;  // a list of years' statements, in the years' order
  });
  date_by_sentence_before(document, rules, out);
  // An ignored entity's statements, and those of another entity than a role is tied to,
  // took their figures from every other candidate above; now they go (docs/rules.md
  // "Ignored entities", "A role tied to one entity").
  if (!keep_ignored) std::erase_if(out, [&](const Statement& st) { return dropped(st); });
  return out;
}

const std::pair<std::string, std::string>* Matcher::Impl::dropping_role(const Statement& st) const {
  for (const auto& role : st.roles) {
    if (ignored_entities.count(role.second)) return &role;
  }
  auto ties = role_ties.find(st.fact);
  if (ties == role_ties.end()) return nullptr;
  for (const auto& [role, only] : ties->second) {
    for (const auto& r : st.roles) {
      if (r.first == role && r.second != only) return &r;
    }
  }
  return nullptr;
}

std::string Matcher::Impl::why_dropped(const Statement& st) const {
  const auto* role = dropping_role(st);
  if (role == nullptr && !st.dropped_because.empty()) return st.dropped_because;
  if (role == nullptr) return "";
  // The words it was read from ("Lakeside"), with the entity they stand for.
  const std::size_t at = static_cast<std::size_t>(role - st.roles.data());
  const std::string written = at < st.role_texts.size() ? st.role_texts[at] : "";
  const std::string named = written.empty() || written == role->second
                                ? role->second
                                : fmt::format("'{}' ({})", written, role->second);
  auto ignored = ignored_entities.find(role->second);
  if (ignored != ignored_entities.end()) {
    const source::Span& span = ignored->second->span;
    std::string where = span.file == nullptr
                            ? ""
                            : fmt::format(" at {}:{}", span.file->path(), span.file->location(span.begin).line);
    return fmt::format("dropped: its {} is {}, an ignored entity (`ignore entity`{})", role->first, named, where);
  }
  return fmt::format("dropped: its {} is {}, and the fact ties that role to another entity", role->first, named);
}

void Matcher::Impl::add_followers(const doc::Document& document, const DocumentIndex& index, const Candidate& c,
                                  const std::vector<Binding>& bindings, const Statement& head,
                                  std::vector<Statement>& out) const {
  const std::vector<CaptureSlot>& slots = facts[c.fact].slots;
  if (slots.back().entity || slots.back().type != value::Type::Ordinal || c.table || c.from_ordinal) return;
  // Only an exact place counts on: "among the top five" says no place to add to.
  if (head.value.lo != head.value.hi || head.value.vague || !std::isfinite(head.value.lo)) return;
  // The ranked entity: the role named last, but not an owner ("Russia is China's
  // biggest partner, followed by India": India is China's second, Russia is the ranked one).
  std::size_t role = slots.size();
  for (std::size_t i = 0; i + 1 < slots.size(); ++i) {
    if (!slots[i].entity || !bindings[i].bound()) continue;
    const int after = bindings[i].end;
    const bool owner = after < static_cast<int>(index.tokens.size()) &&
                       (index.token_text(after) == "'s" || index.token_text(after) == "\u2019s");
    if (owner) continue;
    if (role == slots.size() || bindings[i].begin > bindings[role].begin) role = i;
  }
  // A role the cue fixes is the cue's entity's, never a follower's.
  if (role == slots.size() || (c.fixes && facts[c.fact].fixed(c.pattern, role) >= 0)) return;
  const int clause_end = c.cue ? c.clause.end : index.sentence_tokens[static_cast<std::size_t>(c.sentence)].second;
  const lang::FactDecl& fact = *facts[c.fact].fact;
  for (const RankFollower& f : rank_followers(index, rank_words, c.tokens, clause_end, slots[role].entity_fits)) {
    const std::string& name = rules.entities[static_cast<std::size_t>(f.entity)].name;
    Statement st = head;
    const bool named_twice = std::any_of(st.roles.begin(), st.roles.end(), [&](const auto& r) { return r.second == name; });
    if (named_twice) continue;
    const std::size_t mention_begin = index.tokens[static_cast<std::size_t>(f.mention.begin)].begin;
    const std::size_t said_begin = index.tokens[static_cast<std::size_t>(f.said.begin)].begin;
    const std::size_t end = index.tokens[static_cast<std::size_t>(f.mention.end - 1)].end;
    st.roles[role].second = name;
    st.role_texts[role] = document.original_text(mention_begin, end);
    if (role < st.role_sources.size()) st.role_sources[role].clear();
    st.key = fact_key(fact, st.roles);
    std::size_t value_begin = mention_begin, value_end = end, said_end = end;
    if (f.own_rank >= 0) {
      // "with Japan in third place": its own rank, as written.
      const value::ValueMatch& rank = index.readings_of(value::Type::Ordinal)->readings[static_cast<std::size_t>(f.own_rank)];
      said_end = index.tokens[static_cast<std::size_t>(f.said.end - 1)].end;
      value_begin = rank.begin;
      value_end = rank.end;
      st.value = rank.value;
      st.value.text = document.original_text(said_begin, said_end);
    } else {
      st.value = value::rank_after(head.value, f.places, document.original_text(said_begin, end));
    }
    st.value_begin = document.original_offset(value_begin);
    st.value_end = document.original_offset(value_end);
    st.location = document.location(mention_begin);
    st.end = document.original_offset(said_end);
    st.text = document.original_text(c.begin, said_end);
    out.push_back(std::move(st));
  }
}

std::vector<std::pair<const value::ValueMatch*, Statement>> Matcher::Impl::respective_statements(
    const doc::Document& document, const DocumentIndex& index, const Candidate& c,
    const std::vector<Binding>& bindings) const {
  const std::vector<CaptureSlot>& slots = facts[c.fact].slots;
  if (c.table || c.from_ordinal || slots.back().entity) return {};
  const TypedReadings* values = index.readings_of(slots.back().type);
  if (!values) return {};
  const auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(c.sentence)];
  const Binding& vb = bindings.back();
  for (std::size_t role = 0; role + 1 < slots.size(); ++role) {
    if (!slots[role].entity) continue;
    const std::vector<RespectivePair> pairs =
        respective_pairs(index, respective_words, *values, first, last, slots[role].entity_fits);
    const bool ours = std::any_of(pairs.begin(), pairs.end(), [&](const RespectivePair& p) {
      return p.figure.begin == vb.begin && p.figure.end == vb.end;
    });
    if (!ours) continue;
    std::vector<std::pair<const value::ValueMatch*, Statement>> out;
    for (const RespectivePair& p : pairs) {
      std::vector<Binding> each = bindings;
      each[role] = Binding{p.mention.begin, p.mention.end, p.entity};
      each.back() = Binding{p.figure.begin, p.figure.end, p.reading};
      if (auto st = statement(document, index, c, each, nullptr)) {
        out.emplace_back(&values->readings[static_cast<std::size_t>(p.reading)], std::move(*st));
      }
    }
    return out;
  }
  return {};
}

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
    const bool all_here = std::all_of(program.anchors.begin(), program.anchors.end(), [&](const std::vector<int>& clause) {
      for (int t = first; t < last; ++t) {
        if (std::find(clause.begin(), clause.end(), index.words[t]) != clause.end() ||
            std::find(clause.begin(), clause.end(), index.stems[t]) != clause.end()) {
          return true;
        }
      }
      return false;
    });
    if (!all_here) continue;
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

namespace {

// Whether the normalized range [begin, end) is a header cell of a table that states
// `fact`: its cue was read there, so it is no near miss of the prose rules.
bool header_of_stated_table(const doc::Document& document, const std::vector<Statement>& found,
                            const std::string& fact, std::size_t begin, std::size_t end) {
  for (const doc::Table& table : document.tables) {
    if (table.rows.empty() || table.rows.front().cells.empty() || table.rows.back().cells.empty()) continue;
    const std::size_t first = table.rows.front().cells.front().begin, last = table.rows.back().cells.back().end;
    if (begin < first || end > last) continue;
    bool in_header = false;
    for (const doc::TableRow& row : table.rows) {
      for (const doc::TextRange& cell : row.cells) {
        in_header = in_header || (begin >= cell.begin && end <= cell.end && (row.header || &cell == &row.cells.front()));
      }
    }
    if (!in_header) return false;
    const std::size_t from = document.original_offset(first), to = document.original_offset(last);
    return std::any_of(found.begin(), found.end(), [&](const Statement& st) {
      return st.fact == fact && !st.table_header.empty() && st.value_begin >= from && st.value_end <= to;
    });
  }
  return false;
}

// When [begin, end) is a column header cell of a table that gave `fact` no statement,
// the first cell under it that holds a figure (a header's unit makes a bare "12,000" a
// mass), or nullopt: a header cue above figures no role reached, which the audit should
// show at the header (a newcomer's table whose city was named nowhere: only "no length
// value is" was said).
std::optional<doc::TextRange> figure_under_header(const doc::Document& document, const std::vector<Statement>& found,
                                                  const std::string& fact, std::size_t begin, std::size_t end) {
  for (const doc::Table& table : document.tables) {
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const doc::TableRow& row = table.rows[r];
      if (!row.header) continue;
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (begin < row.cells[c].begin || end > row.cells[c].end) continue;
        const std::size_t from = document.original_offset(row.cells[c].begin);
        const std::size_t to = document.original_offset(
            table.rows.back().cells.empty() ? row.cells[c].end : table.rows.back().cells.back().end);
        if (std::any_of(found.begin(), found.end(), [&](const Statement& st) {
              return st.fact == fact && st.value_begin >= from && st.value_end <= to;
            })) {
          return std::nullopt;
        }
        for (std::size_t below = r + 1; below < table.rows.size(); ++below) {
          if (c >= table.rows[below].cells.size()) continue;
          const doc::TextRange& cell = table.rows[below].cells[c];
          const std::string_view text = std::string_view(document.normalized).substr(cell.begin, cell.end - cell.begin);
          if (std::any_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return cell;
        }
        return std::nullopt;
      }
    }
  }
  return std::nullopt;
}

// The first phrase of `typed`'s type read only in part within [begin, end), or null.
const value::UnreadValue* unread_in(const TypedReadings& typed, std::size_t begin, std::size_t end) {
  for (const value::UnreadValue& u : typed.unread) {
    if (u.begin >= begin && u.end <= end) return &u;
  }
  return nullptr;
}

// The first reading of `typed` within [begin, end) that is a rate per something else
// than `fact`'s amounts are ("$30 per person" for a fact per vehicle), or null.
const value::ValueMatch* other_rate_in(const TypedReadings& typed, const lang::FactDecl& fact, std::size_t begin,
                                       std::size_t end) {
  if (fact.per_unit.empty()) return nullptr;
  for (const value::ValueMatch& r : typed.readings) {
    if (r.begin >= begin && r.end <= end && !value::per_denominator(r.value, fact.per_unit)) return &r;
  }
  return nullptr;
}

// The first reading of `typed` within [begin, end) outside `fact`'s plausible values
// (`values`), but for those `skip` holds, or null.
template <typename Skip, typename Admits>
const value::ValueMatch* outside_values_in(const TypedReadings& typed, const lang::FactDecl& fact, std::size_t begin,
                                           std::size_t end, Skip skip, Admits admits) {
  if (!fact.values.set && fact.currencies.empty()) return nullptr;
  for (const value::ValueMatch& r : typed.readings) {
    if (r.begin < begin || r.end > end || skip(r)) continue;
    if (!admits(r.value)) return &r;
  }
  return nullptr;
}

// "in 2021" read as a count: a count or number fact never takes a year (docs/rules.md,
// Cues, step 2), so its values passing it over explains nothing.
bool year_for_count(const lang::FactDecl& fact, const TypedReadings* years, const value::ValueMatch& r) {
  if (!years || (fact.value.type != "count" && fact.value.type != "number")) return false;
  auto at = std::lower_bound(years->readings.begin(), years->readings.end(), r.begin,
                             [](const value::ValueMatch& y, std::size_t begin) { return y.begin < begin; });
  return at != years->readings.end() && at->begin == r.begin && at->end == r.end;
}

// The figure of [begin, end) the fact's values passed over that is why the sentence gave
// no statement, or nullptr: with no values the reason is about (`about`, normalized byte
// ranges), the first passed over; else one of those, and only when none of them holds a
// value the fact may take (`admitted_in`): a missing role or a veto is the cause then.
// A figure `of_a_name` ("3" in "Terminal 3") is never the one.
template <typename AdmittedIn, typename Admits, typename OfAName>
const value::ValueMatch* passed_over_cause(const TypedReadings& typed, const lang::FactDecl& fact,
                                           const TypedReadings* years, std::size_t begin, std::size_t end,
                                           const std::vector<std::pair<std::size_t, std::size_t>>& about,
                                           AdmittedIn admitted_in, Admits admits, OfAName of_a_name) {
  auto year = [&](const value::ValueMatch& r) { return year_for_count(fact, years, r) || of_a_name(r); };
  if (about.empty()) return outside_values_in(typed, fact, begin, end, year, admits);
  if (std::any_of(about.begin(), about.end(), admitted_in)) return nullptr;
  for (const auto& range : about) {
    if (const value::ValueMatch* passed = outside_values_in(typed, fact, range.first, range.second, year, admits)) {
      return passed;
    }
  }
  return nullptr;
}

// Why a cue match with a value gave no statement when nothing else explains it: a role
// was found neither in the sentence, the three before it, nor the topic. Names the roles.
std::string roles_missing_reason(const lang::FactDecl& fact) {
  std::string roles;
  for (const lang::RoleDecl& r : fact.roles) {
    roles += fmt::format("{}{} ({})", roles.empty() ? "" : ", ", r.name, r.type);
  }
  return fmt::format("a cue matched with a value, but its roles ({}) were not all named in the sentence, the three "
                     "before it or the document's title",
                     roles);
}

// A statement of another fact whose value lies in [begin, end) of the normalized text
// and is of `fact`'s value type: it read the value first (overlap is resolved across
// facts, docs/rules.md "When matches overlap"). nullptr when there is none.
// With `overlapping`, a statement whose value overlaps [begin, end) (one value's range).
const Statement* value_taken_in(const std::vector<Statement>& found, const lang::FactDecl& fact,
                                const doc::Document& document, std::size_t begin, std::size_t end,
                                bool overlapping = false) {
  const std::size_t from = document.original_offset(begin), to = document.original_offset(end);
  for (const Statement& st : found) {
    if (st.fact == fact.name) continue;
    if (overlapping ? (st.value_end <= from || st.value_begin >= to) : (st.value_begin < from || st.value_end > to)) {
      continue;
    }
    if (value::type_name(st.value.type) == fact.value.type) return &st;
  }
  return nullptr;
}

// The first year named in [begin, end) of the normalized text that comes after the
// document's publication year, else 0: why a cue's statement there was dropped as a
// forecast (dated_after_publication).
int year_after_publication(const doc::Document& document, const DocumentIndex& index, std::size_t begin,
                           std::size_t end) {
  const auto published = document.date();
  if (!published) return 0;
  for (value::Type type : {value::Type::Year, value::Type::Date}) {
    const TypedReadings* readings = index.readings_of(type);
    if (!readings) continue;
    for (const value::ValueMatch& m : readings->readings) {
      if (m.begin < begin || m.end > end || !std::isfinite(m.value.lo)) continue;
      const int year = value::civil_from_days(static_cast<long>(std::floor(m.value.lo))).year;
      if (year > published->year) return year;
    }
  }
  return 0;
}

}  // namespace

std::string Matcher::Impl::roles_missing_cause(int f, const doc::Document& document, const DocumentIndex& index,
                                               int s, const CueMiss* miss) const {
  // What the role search met, so the writer need not bisect documents: a name that fits
  // a role but the search passed by, the names of the sentence no role takes ("The City
  // Council" read as "the city"), else the sentence about another thing that stopped the
  // search (docs/rules.md "Cues", step 3).
  const std::vector<CaptureSlot>& slots = facts[f].slots;
  const auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(s)];
  if (std::string passed = role_names_passed_by(f, document, index, first, last, miss); !passed.empty()) return passed;
  std::vector<std::string> others;
  for (int t = first; t < last;) {
    if (index.entity_forward.count(t) == 0) {
      ++t;
      continue;
    }
    const TokenEdge& e = *index.name_at(t, [&](int entity) { return fits_a_role(slots, entity); });
    const bool fits = fits_a_role(slots, e.payload);
    const std::string written = document.original_text(index.tokens[static_cast<std::size_t>(t)].begin,
                                                       index.tokens[static_cast<std::size_t>(e.to - 1)].end);
    // Each entity the name names: "'The Amazon' (Amazon_Rainforest, forest; Amazon_River, river)".
    std::string named;
    for (const TokenEdge* g = index.entity_forward.begin(t); g != index.entity_forward.end(t); ++g) {
      const lang::EntityDecl& entity = rules.entities[static_cast<std::size_t>(g->payload)];
      named += fmt::format("{}{}{}{}", named.empty() ? "" : "; ", entity.name, entity.kind.empty() ? "" : ", ",
                           entity.kind);
    }
    const std::string said = fmt::format("'{}' ({})", written, named);
    if (!fits && std::find(others.begin(), others.end(), said) == others.end()) others.push_back(said);
    t = e.to;
  }
  if (!others.empty()) {
    std::string list;
    for (const std::string& o : others) list += (list.empty() ? "" : ", ") + o;
    return fmt::format("; the sentence names {}, which no role takes", list);
  }
  // "The Concert Hall holds 2,679 people. With 8.2 million visitors it ...": a pronoun
  // after a sentence that opens with an entity no role takes means that entity.
  if (s > 0 && !opens_paragraph(document, s) && static_cast<std::size_t>(s) <= index.subjects.size()) {
    const int before = index.subjects[static_cast<std::size_t>(s - 1)];
    const bool fits = before >= 0 && fits_a_role(slots, before);
    bool pronoun = false;
    for (int t = first; before >= 0 && t < last && !pronoun; ++t) {
      pronoun = index.token_text(t) == "it" || index.token_text(t) == "its";
    }
    if (before >= 0 && !fits && pronoun) {
      const lang::EntityDecl& entity = rules.entities[static_cast<std::size_t>(before)];
      return fmt::format("; 'it' may mean {}{}{}{}, which the sentence before opens with", entity.name,
                         entity.kind.empty() ? "" : " (", entity.kind, entity.kind.empty() ? "" : ")");
    }
  }
  // A sentence before it, in its paragraph, about a name the rules do not know.
  for (int back = 1; back <= lang::kContextSentences && s - back >= 0; ++back) {
    const int before = s - back;
    if (opens_paragraph(document, before + 1) || is_heading(document, before)) break;
    if (static_cast<std::size_t>(before) < index.subjects.size() &&
        index.subjects[static_cast<std::size_t>(before)] == kForeignSubject) {
      const std::size_t at = index.tokens[static_cast<std::size_t>(index.sentence_tokens[static_cast<std::size_t>(before)].first)].begin;
      return fmt::format("; the search stopped at the sentence at line {}, about a name the rules do not know",
                         document.location(at).line);
    }
  }
  return "";
}

std::string Matcher::Impl::role_names_passed_by(int f, const doc::Document& document, const DocumentIndex& index,
                                                int first, int last, const CueMiss* miss) const {
  const std::vector<CaptureSlot>& slots = facts[f].slots;
  const TypedReadings* figures = slots.back().entity ? nullptr : index.readings_of(slots.back().type);
  const bool matched = miss && miss->cue.begin >= 0 && !miss->values.empty();
  const int match_end = matched ? std::max(miss->cue.end, miss->values.front().end) : last;
  auto text = [&](int begin, int end) {
    return document.original_text(index.tokens[static_cast<std::size_t>(begin)].begin,
                                  index.tokens[static_cast<std::size_t>(end - 1)].end);
  };
  for (int t = first; t < last;) {
    if (index.entity_forward.count(t) == 0 || index.entity_forward.begin(t)->to > last) {
      ++t;
      continue;
    }
    // A name of things of different kinds as the entity a role takes (DocumentIndex::name_at).
    const TokenEdge& e = *index.name_at(t, [&](int entity) { return fits_a_role(slots, entity); });
    const lang::EntityDecl& entity = rules.entities[static_cast<std::size_t>(e.payload)];
    const std::string said = fmt::format("'{}' ({}{}{})", text(t, e.to), entity.name, entity.kind.empty() ? "" : ", ",
                                         entity.kind);
    if (fits_a_role(slots, e.payload)) {
      if (compared_mention(index, t)) {
        return fmt::format("; the sentence names {}, but after '{}', so as what the figure is compared with, "
                           "which fills no role",
                           said, index.token_text(t > first && index.token_text(t - 1) == "the" ? t - 2 : t - 1));
      }
      // The first figure of the fact's type between the match and the name.
      for (int k = match_end; matched && figures && k < t; ++k) {
        if (figures->forward.count(k) == 0) continue;
        return fmt::format("; the sentence names {} after the figure '{}', which stands between it and the value "
                           "'{}': a name after another figure is that figure's, and fills no role of this one",
                           said, text(k, figures->forward.begin(k)->to),
                           text(miss->values.front().begin, miss->values.front().end));
      }
    }
    t = e.to;
  }
  return "";
}

std::vector<NearMiss> Matcher::Impl::near_misses(const doc::Document& document) const {
  MatchStats stats;
  const std::vector<Statement> found = run(document, stats, true);
  DocumentIndex index(document, vocabulary, entities, types);
  add_undated_years(document, index);
  index.subjects = sentence_subjects(document, index);
  index.attached = attached_phrases(index, attach_vocabulary);
  NfaRunner runner;
  const TypedReadings* years = index.readings_of(value::Type::Year);
  std::vector<NearMiss> out;
  const auto& sentences = index.sentence_tokens;
  for (int f = 0; f < static_cast<int>(facts.size()); ++f) {
    const CompiledFact& compiled = facts[f];
    for (int s = 0; s < static_cast<int>(sentences.size()); ++s) {
      const int first = sentences[s].first;  // not bound: lambdas capture it (clang 14)
      const int last = sentences[s].second;
      if (first >= last) continue;
      const std::size_t b = index.tokens[first].begin, e = index.tokens[last - 1].end;
      const bool stated = std::any_of(found.begin(), found.end(), [&](const Statement& st) {
        return st.fact == compiled.fact->name && st.value_begin < document.original_offset(e) &&
               document.original_offset(b) < st.value_end;
      });
      // A statement the rules drop on purpose (an ignored entity's, a tied role's) is no
      // miss; explain says so, so a writer sees the ignore at work (a newcomer's report).
      const auto dropped_here = std::find_if(found.begin(), found.end(), [&](const Statement& st) {
        return st.fact == compiled.fact->name && st.value_begin < document.original_offset(e) &&
               document.original_offset(b) < st.value_end && dropped(st);
      });
      // A near miss of this fact in this sentence; its reason is set by the caller.
      auto miss_here = [&] {
        NearMiss miss;
        miss.fact = compiled.fact->name;
        miss.document = document.path;
        miss.begin = document.original_offset(b);
        miss.end = document.original_offset(e);
        miss.location = document.location(b);
        miss.sentence = document.excerpt(doc::Sentence{b, e}, b, b);
        return miss;
      };
      if (dropped_here != found.end()) {
        NearMiss miss = miss_here();
        miss.reason = why_dropped(*dropped_here);
        miss.value_here = true;
        miss.on_purpose = true;
        out.push_back(std::move(miss));
        continue;
      }
      const TypedReadings* typed =
          compiled.slots.back().entity ? nullptr : index.readings_of(compiled.slots.back().type);
      auto admits = [&](const value::Value& v) { return admitted(*compiled.fact, document, v); };
      // A figure inside a name ("3" in "Terminal 3") is none the fact's values passed over.
      auto of_a_name = [&](const value::ValueMatch& r) {
        const TokenMatch t = token_range(index, r.begin, r.end);
        return names_figure(index, first, t.begin, t.end);
      };
      if (stated && typed && (compiled.fact->values.set || !compiled.fact->currencies.empty())) {
        // The statement read another value; say which the fact's values passed over
        // (docs/rules.md "Plausible values"), so a writer sees the bounds at work.
        const auto st = std::find_if(found.begin(), found.end(), [&](const Statement& st) {
          return st.fact == compiled.fact->name && st.value_begin < document.original_offset(e) &&
                 document.original_offset(b) < st.value_end;
        });
        auto read_by_statement = [&](const value::ValueMatch& r) {
          return (document.original_offset(r.begin) < st->value_end &&
                  st->value_begin < document.original_offset(r.end)) ||
                 of_a_name(r);
        };
        if (const value::ValueMatch* passed =
                outside_values_in(*typed, *compiled.fact, b, e, read_by_statement, admits)) {
          NearMiss miss = miss_here();
          miss.reason = fmt::format("{}; the statement read '{}'",
                                    passed_over(*compiled.fact, document, passed->value,
                                                document.original_text(passed->begin, passed->end)),
                                    st->value.text);
          miss.value_here = true;
          miss.on_purpose = true;
          out.push_back(std::move(miss));
        }
      }
      if (stated || header_of_stated_table(document, found, compiled.fact->name, b, e)) continue;
      // A question the next sentence answered (Cues, step 7) came to its statement.
      if (s + 1 < static_cast<int>(sentences.size()) && is_question(index, first, last)) {
        const auto [next_first, next_last] = sentences[s + 1];
        const std::size_t nb = document.original_offset(index.tokens[next_first].begin);
        const std::size_t ne = document.original_offset(index.tokens[next_last - 1].end);
        if (next_first < next_last && std::any_of(found.begin(), found.end(), [&](const Statement& st) {
              return st.fact == compiled.fact->name && st.value_begin >= nb && st.value_end <= ne;
            })) {
          continue;
        }
      }
      TokenMatch vetoed_match{-1, -1};
      std::optional<std::string> reason = vetoed_pattern(f, document, index, s, runner, stats, &vetoed_match);
      int rank = reason ? 0 : 2;
      // The values the reason is about, as normalized byte ranges: a figure the fact's
      // values pass over beside them is not why the sentence gave nothing (a blind
      // writer read "passed over '2021'" where the cue had its value and no role).
      std::vector<std::pair<std::size_t, std::size_t>> about;
      auto bytes_of = [&](TokenMatch m) {
        return std::pair{index.tokens[static_cast<std::size_t>(m.begin)].begin,
                         index.tokens[static_cast<std::size_t>(m.end - 1)].end};
      };
      if (reason && vetoed_match.begin >= 0 && vetoed_match.end > vetoed_match.begin) {
        about.push_back(bytes_of(vetoed_match));
      }
      // Whether a reading in the range is one the fact may take (a fact without
      // `values` or `currency` takes them all).
      auto admitted_in = [&](std::pair<std::size_t, std::size_t> range) {
        if (!typed || !(compiled.fact->values.set || !compiled.fact->currencies.empty())) return true;
        return std::any_of(typed->readings.begin(), typed->readings.end(), [&](const value::ValueMatch& r) {
          return r.begin >= range.first && r.end <= range.second && !year_for_count(*compiled.fact, years, r) &&
                 admits(r.value);
        });
      };
      if (auto miss = reason ? std::nullopt
                             : explain_cue_miss(compiled.cues, compiled.vetoes, index, cue_vocabulary, years,
                                                counted_ordinals(f, index), compiled.about, document.normalized,
                                                first, last, runner, stats)) {
        for (TokenMatch v : miss->values) about.push_back(bytes_of(v));
        reason = miss->matched ? roles_missing_reason(*compiled.fact) +
                                     roles_missing_cause(f, document, index, s, &*miss)
                               : miss->reason;
        const bool question = miss->matched && is_question(index, first, last);
        if (question) reason = "a question states nothing (Cues, step 7), and the sentence after it gave no answer";
        // Another fact's statement read the cue's value first only when it read every
        // value the cue had that the fact may take; else that is not what stopped it.
        const Statement* taken = nullptr;
        if (miss->matched && !question && about.empty()) {
          taken = value_taken_in(found, *compiled.fact, document, b, e);
        } else if (miss->matched && !question) {
          for (const auto& range : about) {
            if (!admitted_in(range)) continue;
            const Statement* here = value_taken_in(found, *compiled.fact, document, range.first, range.second, true);
            if (here == nullptr) {
              taken = nullptr;
              break;
            }
            if (taken == nullptr) taken = here;
          }
        }
        if (taken != nullptr) {
          // One cause named, not three guessed (a blind writer bisected documents to tell).
          reason = fmt::format("a cue matched with a value, but another statement read it first: {} = '{}' at {}",
                               taken->key, taken->value.text, taken->location);
        }
        if (auto figure = miss->matched && !question ? new_things_figure_in(f, document, index, s) : std::nullopt) {
          reason = fmt::format("a cue matched with '{}', but an indefinite phrase before it holds that figure "
                               "(a new thing, not your entity), and the clause names no entity for its roles",
                               *figure);
        }
        const bool plans = facts[static_cast<std::size_t>(f)].fact->plans;
        if (int later = miss->matched && !question && taken == nullptr && !plans
                            ? year_after_publication(document, index, b, e)
                            : 0) {
          reason = fmt::format("a cue matched with a value, but it is of {}, after the document's date: a forecast "
                               "or a plan (a fact that states plans says 'plans')",
                               later);
        }
        rank = miss->rank;
      }
      bool value_here = false;
      for (int t = first; typed && t < last && !value_here; ++t) {
        value_here = typed->forward.count(t) > 0 && typed->forward.begin(t)->to <= last;
      }
      // A value phrase read only in part gives no reading, so no statement: when the
      // sentence holds the fact's words, that is the reason, said where the phrase is.
      const value::UnreadValue* unread = typed ? unread_in(*typed, b, e) : nullptr;
      // A pattern's words alone are common ("is", "in"): only beside a value of its type
      // does a sentence come near to stating the fact.
      if (!reason && (value_here || unread)) reason = pattern_miss(f, index, s);
      if (!reason && value_here && (reason = gap_cue_miss(f, document, index, s, runner, stats))) rank = 1;
      if (!reason) continue;
      NearMiss miss = miss_here();
      if (unread) {
        // The message quotes the phrase as written; reports escape it for their medium.
        const std::string left = document.original_text(unread->unread_begin, unread->unread_end);
        reason = fmt::format("dropped: '{}' \u2014 '{}' is not read{}", document.original_text(unread->begin, unread->end),
                             left, value::misspelling_note(left));
        miss.dropped = true;
        miss.location = document.location(unread->begin);
        rank = 0;
        value_here = true;
      } else if (const std::optional<doc::TextRange> cell =
                     value_here ? std::nullopt : figure_under_header(document, found, compiled.fact->name, b, e)) {
        // "cue 'x' is here, but no length value is" is true of the header cell alone.
        if (std::size_t but = reason->find(", but no "); but != std::string::npos) reason->resize(but);
        *reason += fmt::format("; the column it heads holds figures ('{}' at {}), but none gave a statement: "
                               "a veto word is in their rows or headers, or the fact's roles are named neither in "
                               "their rows nor in the table's caption, the sentences before it or the document's "
                               "title",
                               document.original_text(cell->begin, cell->end),
                               document.location(cell->begin));
        value_here = true;
        rank = 1;
      } else if (const value::ValueMatch* passed = typed ? passed_over_cause(*typed, *compiled.fact, years, b, e, about,
                                                                             admitted_in, admits, of_a_name)
                                                         : nullptr) {
        // The fact's words and a value its bounds pass over: that is why (docs/rules.md
        // "Plausible values"). Meant by the rule's author, so the audit leaves it out.
        reason = passed_over(*compiled.fact, document, passed->value, document.original_text(passed->begin, passed->end));
        miss.on_purpose = true;
        miss.location = document.location(passed->begin);
        rank = 0;
      } else if (const value::ValueMatch* other = typed ? other_rate_in(*typed, *compiled.fact, b, e) : nullptr) {
        // The fact's words and a rate per something else: that rate is why.
        const std::string written = document.original_text(other->begin, other->end);
        reason = fmt::format("dropped: '{}' \u2014 the amounts of {} are per {}, and this is {}", written,
                             compiled.fact->name, compiled.fact->per, other->value.display);
        miss.dropped = true;
        miss.location = document.location(other->begin);
        rank = 0;
      }
      miss.value_here = value_here;
      miss.reason = std::move(*reason);
      miss.rank = value_here ? rank : std::max(rank, 2);
      out.push_back(std::move(miss));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const NearMiss& a, const NearMiss& b) { return a.begin < b.begin; });
  return out;
}

Matcher::Matcher(const lang::RuleSet& rules) : impl_(std::make_unique<Impl>(rules, nullptr)) {}
Matcher::Matcher(const lang::RuleSet& rules, source::DiagnosticSink& sink)
    : impl_(std::make_unique<Impl>(rules, &sink)) {}
Matcher::~Matcher() = default;
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;

std::vector<Statement> Matcher::run(const doc::Document& document) const {
  MatchStats stats;
  return impl_->run(document, stats);
}

std::vector<Statement> Matcher::run(const doc::Document& document, MatchStats* stats) const {
  MatchStats local;
  return impl_->run(document, stats ? *stats : local);
}

namespace {

// Text held in memory as a plain-text document named "<example>" published on `date`.
doc::Document example_document(std::string_view text, std::optional<value::CivilDate> date,
                               const value::ValueSettings& settings) {
  source::DiagnosticSink sink;
  doc::Document document = doc::make_document("<example>", std::string(text), "txt", sink);
  if (date) document.meta.date = value::to_iso(*date);
  document.value_settings = settings;
  return document;
}

}  // namespace

std::vector<Statement> Matcher::run_text(std::string_view text, std::optional<value::CivilDate> date,
                                         const value::ValueSettings& settings) const {
  return run(example_document(text, date, settings));
}

std::vector<NearMiss> Matcher::near_misses(const doc::Document& document) const {
  return impl_->near_misses(document);
}

std::vector<NearMiss> Matcher::near_misses_text(std::string_view text, std::optional<value::CivilDate> date,
                                                const value::ValueSettings& settings) const {
  return near_misses(example_document(text, date, settings));
}

}  // namespace factlint::match
