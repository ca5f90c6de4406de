// The rule language's syntax tree: what parse_rules() returns after the grammar
// and the semantic checks. Spans point into the rule files the RuleSet owns.
#pragma once

#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "source/source_file.h"
#include "value/currency_reading.h"
#include "value/value.h"

namespace factlint::lang {

using source::Span;

// `entity Russia = "Russia", "Moscow"`: aliases as written (matching normalizes them).
struct EntityDecl {
  std::string name;
  std::string kind;  // `entity China: country = ...`; "" when not given
  Span kind_span;
  // `ignore entity K2: mountain = "K2"`: found like any entity, so it takes the figures
  // stated of it, but no statement of it is reported (docs/rules.md "Ignored entities").
  bool ignored = false;
  // `ignore entity Other_malls: complex = "ION Orchard" for complex_cost`: ignored for
  // these facts only; in every other fact it fills no role at all (docs/rules.md
  // "Ignoring an entity for some facts"). Empty: ignored for every fact.
  std::vector<std::string> ignored_for;
  std::vector<Span> ignored_for_spans;  // parallel to `ignored_for`
  // Whether it may fill a role of fact `fact` at all: false for an entity ignored only
  // for other facts.
  bool seen_by(const std::string& fact) const {
    return ignored_for.empty() || std::find(ignored_for.begin(), ignored_for.end(), fact) != ignored_for.end();
  }
  std::vector<std::string> aliases;
  Span span;
  std::vector<Span> alias_spans;
  Span name_span;  // the name alone, for "duplicate" and "did you mean" diagnostics
};

// `kind carmaker = "automaker", "company"`: the common nouns writers call an entity of
// a kind by, besides the kind's own word. "The automaker's sales ..." then refers to
// the carmaker named last, as "The carmaker's sales ..." does (docs/rules.md "Entity
// kinds"). Nouns are single words (lang/check.cc), as written here.
struct KindDecl {
  std::string name;  // the kind, as entities declare it (`entity Toyota: carmaker`)
  std::vector<std::string> nouns;
  Span span;
  Span name_span;
  std::vector<Span> noun_spans;  // parallel to `nouns`  // parallel to `nouns`
};

// One node of a token pattern.
struct PatternNode {
  enum class Kind {
    Word,         // a literal word (ASCII-lowercased) or punctuation (`,`); `text` holds it
    Capture,      // `{role}`; `text` holds the role name
    Gap,          // `...` or `gap 0..N`: min..max tokens; `...` is 0..kDefaultGap
    Macro,        // `@name`; `text` holds the name (check ensures it exists and is not recursive;
                  // the matcher expands it with RuleSet::find_macro)
    Sequence,     // children in order; never directly inside another Sequence (groups of
                  // one alternative and quoted "several words" are spliced into the parent)
    Alternation,  // `(a | b c)`: each child is a Sequence
    Optional,     // `word?` or `(...)?`: one child
  };
  Kind kind = Kind::Sequence;
  std::string text;
  int min = 0;
  int max = 0;
  bool exact = false;  // Word: quoted, so it matches this form only (not its inflections or spellings)
  std::vector<PatternNode> children;
  Span span;
};

inline constexpr int kContextSentences = 3;  // how far back `from context` looks
inline constexpr int kDefaultGap = 8;  // `...` skips at most this many tokens
inline constexpr int kMaxGap = 50;     // the largest bound `gap N..M` accepts
inline constexpr int kMaxWindow = 10;  // the most neighbouring sentences `window N` may join
inline constexpr int kMaxPriority = 1000;  // `priority N` lies in -kMaxPriority..kMaxPriority
// The most nodes a pattern may have once its macros are expanded: checked before any
// expansion, so macros that use each other twice over cannot grow a pattern exponentially.
inline constexpr long long kMaxExpandedNodes = 50'000;

// `cue trucks | lorries => service=LeShuttle_Freight`: a key role the line's matches
// take from the line itself when the sentence names no entity for it (docs/rules.md
// "A cue that names a role's entity").
struct RoleFix {
  std::string role;
  // The entity's name, as written; for the value role (`=> rank=1st`), the value the
  // line's matches state, as written (docs/rules.md "A fixed value").
  std::string entity;
  Span role_span;
  Span entity_span;
};

struct Pattern {
  PatternNode root;  // a Sequence
  Span span;
  // `pattern {city} has {people} residents unless homeless | shelters`: words that
  // veto this pattern's matches anywhere in the sentences a match spans (docs/rules.md
  // "Vetoing a pattern"). A Sequence like a cue's; no children when not given.
  PatternNode unless;
  Span unless_span;  // the words after `unless`
  // `=> role=Entity ...` at the end of a `pattern` or `cue` line; none when not given.
  std::vector<RoleFix> fixes;
  // `=> rank=1st` on a pattern line: the value every match states, read with the value
  // role's type once the checks have made sure it reads; none when not given.
  std::optional<value::Value> fixed_value;
};

// `partner: entity` or `rank: ordinal`.
struct RoleDecl {
  std::string name;
  std::string type;  // "entity", an entity kind ("country"), or a value type name (value::type_name)
  Span span;         // the role name
  Span type_span;    // the type name
  // A role typed with an entity's name ("(line: Elizabeth_line)") takes only that
  // entity: after the checks `type` becomes the entity's kind, so the role is searched
  // for as any of the kind, and statements of the others are dropped (docs/rules.md
  // "A role tied to one entity").
  std::string only;
  // `country: country = Norway`: the entity the role takes when nothing in the
  // document names one for it (docs/rules.md "A role's fallback entity"); "" when
  // not given. Unlike `only`, statements of other entities are kept.
  std::string fallback;
  Span fallback_span;
  // `project: project not edition | Old_Wiki`: kinds and entities the role must not
  // come from (docs/rules.md "A role that excludes a kind or an entity"). A kind: a
  // clause that names an entity of it, or calls a thing by its word ("The English
  // edition"), gives the role no entity from outside the clause (context, topic,
  // fallback). An entity: statements of it are dropped for this fact, as an ignored
  // entity's are, while it keeps its keys in the others.
  std::vector<std::string> excluded;
  std::vector<Span> excluded_spans;  // parallel to `excluded`
};

// `compare within 3%`, `compare within 50 km`, `compare start`, ...
struct CompareSpec {
  enum class Kind { Exact, WithinPercent, WithinUnit, Overlap, Start, End, Increasing, Identical };
  Kind kind = Kind::Exact;
  double amount = 0;  // WithinPercent: percent; WithinUnit: amount in `unit`
  std::string unit;   // WithinUnit only, as written ("km")
  double tolerance = 0;  // WithinUnit only: `amount` in the canonical unit of the fact's
                         // value ("within 50 km" is 50000 m), set by parse_rules
  Span span;
  Span unit_span;     // WithinUnit only
};

// `values 1 million to 50 million`, `values below 10`, `values above $1`: the
// plausible values of a fact (docs/rules.md "Plausible values"). A reading outside
// them is passed over, so the matcher tries the next value of the sentence. Bounds
// are in the fact's canonical unit (a money value's currency), set by parse_rules.
struct ValueBounds {
  bool set = false;
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();
  bool lo_inclusive = true;
  bool hi_inclusive = true;
  std::string unit;  // canonical unit of the bounds ("m", "USD", "")
  // Whether `v` may be a value of the fact: its span overlaps the bounds. A value in
  // another unit (another currency) or with no finite figure is never passed over.
  bool admits(const value::Value& v) const;
};

// `example "..." => partner=Russia of=China rank=10` or `counterexample "..."`.
struct Example {
  bool counter = false;
  std::string text;
  std::vector<std::pair<std::string, std::string>> expected;  // role -> entity name or value text
  Span span;
  std::vector<Span> role_spans;   // parallel to `expected`: the role name
  std::vector<Span> value_spans;  // parallel to `expected`: the value as written
};

// `known partner=Russia of=China rank=6 source "..."`: a canonical value editors declared.
struct KnownValue {
  std::vector<std::pair<std::string, std::string>> roles;  // key role -> entity name
  std::string value_text;                                  // read with the value role's type
  std::string note;
  Span span;
  std::vector<Span> role_spans;    // parallel to `roles`: the role name
  std::vector<Span> entity_spans;  // parallel to `roles`: the entity name
  Span value_span;                 // the value text (empty span when missing)
  std::string year;                // `in 2023`: the year it holds for ("" = every year)
  Span year_span;
};

struct FactDecl {
  std::string name;
  std::vector<RoleDecl> roles;  // the key roles, in declaration order
  RoleDecl value;               // the value role
  bool symmetric = false;       // key roles are an unordered pair
  CompareSpec compare;          // defaults to Exact
  std::string scope;            // "" (timeless) or "year": values keyed by year
  std::string severity = "error";  // error | warning | info
  std::string ton;              // "" (the document's setting), "metric", "short" or "long": a bare "ton"
  // `dollar AUD`, `yen CNY`, `shilling UGX`: what a bare "$", "¥" and "Sh" are; ""
  // (none() by default) is the document's setting (value/currency_reading.h).
  value::BareCodes currency = value::BareCodes::none();
  // `currency JPY` or `currency KES USD`: the only currencies the fact's amounts are
  // in (ISO codes, as written; empty: any). An amount in another currency, a bare
  // sign read as the options above say, is no value of the fact: the matcher passes
  // it over as it does a figure outside `values` (docs/rules.md "Money").
  std::vector<std::string> currencies;
  std::vector<Span> currency_code_spans;  // parallel to `currencies`
  Span currencies_span;                   // the `currency` keyword, when it was written
  // Whether `v` is in one of `currencies` (always, when there are none or `v` is no
  // money). `v`'s bare signs must be resolved first (value::with_currencies).
  bool in_currencies(const value::Value& v) const;
  // `-> fee: money per vehicle`: every amount of the fact is per this. `per` is as
  // written ("" when not given); `per_unit` the denominator the money reader reads
  // from it ("vehicle"; "head" is "person", "seat per month" "user/mo"), set by
  // parse_rules once the checks have made sure it reads (value/per_unit.h).
  std::string per;
  std::string per_unit;
  int priority = 0;             // higher wins when matches overlap
  int window = 0;               // neighbouring sentences a pattern may span (0: one sentence)
  Span priority_span;           // where the priority / window number was written, when it was
  Span window_span;
  // `resolve a, b from context`: key roles a pattern may leave out ("the countries'
  // 2,600-mile border"); the matcher takes them from the entities named together most
  // recently before the match (same sentence first, then up to kContextSentences back).
  std::vector<std::string> context_roles;
  std::vector<Span> context_role_spans;
  std::vector<Pattern> patterns;
  // `cue trade | commerce`: where the fact is stated; the value and the roles a cue
  // does not capture are found around it in its clause (docs/rules.md "Cues").
  std::vector<Pattern> cues;
  // `unless target | forecast`: words that veto a cue's match near it.
  std::vector<Pattern> vetoes;
  // `require Norway | Norwegian`: words one of which every match of the fact's cues and
  // patterns needs in its sentence, or, for a name, in the sentence a pronoun opening
  // it points back to (docs/rules.md "Required words"). The opposite of `unless`.
  std::vector<Pattern> required;
  // `negative loss | deficit`: words beside a value that state it below zero
  // ("a net loss of $1.9 billion" for a profit fact; docs/rules.md "Derived values").
  std::vector<Pattern> negatives;
  // `allow plan | will`: default veto words that do not veto this fact's cue matches
  // ("the Pro plan costs $29"; docs/rules.md "Cues", step 4). One word per alternative.
  std::vector<Pattern> allowed;
  // The words of `allowed`, lowercased (the checker has made sure each is a word).
  std::vector<std::string> allowed_words() const;
  // Statements name the pattern or cue that found them by one number: patterns
  // first (0..patterns-1), then cues. Null when out of range.
  const Pattern* matcher_rule(int index) const {
    if (index < 0) return nullptr;
    auto i = static_cast<std::size_t>(index);
    if (i < patterns.size()) return &patterns[i];
    if (i - patterns.size() < cues.size()) return &cues[i - patterns.size()];
    return nullptr;
  }
  bool is_cue(int index) const { return index >= 0 && static_cast<std::size_t>(index) >= patterns.size(); }
  std::vector<Example> examples;
  std::vector<KnownValue> known;
  Span span;
  Span name_span;
  Span symmetric_span;          // where `symmetric` was written, when it was
  Span ton_span;                // where `ton` was written, when it was
  std::map<std::string, Span> currency_spans;  // by option ("dollar"): where it was written, when it was
  Span per_span;                // the denominator after `per`, when it was written
  // `count ordinals`: an ordinal just before a cue counts its events ("their 12th
  // meeting" states 12 meetings). Off by default: "the first district" counts nothing.
  bool count_ordinals = false;
  Span count_ordinals_span;
  // `plans`: the fact states plans, schedules and targets ("the line is due to open
  // in 2027"): a figure dated after publication is its value, no forecast, and a year
  // or date value is scoped by when the plan was told, not by its own year.
  bool plans = false;
  Span plans_span;
  // `current only`: the fact states how things are now (a count of terminals, a
  // runway's length): a statement its own words, the sentence before or its paragraph
  // date to a year before publication is of the past, no value of the fact
  // (docs/rules.md "Current values only").
  bool current_only = false;
  Span current_only_span;
  // `values 1 million to 50 million`: as written (after `values`), and read once the
  // checks have made sure it reads (lang/value_bounds.h).
  std::string values_text;
  Span values_span;
  ValueBounds values;
  // `split start`: a year written across two ("2023-24", a school year or a season) is
  // named by the year it starts; "" or `split end` by the year it ends, as a fiscal
  // year is (docs/rules.md "Split years").
  std::string split;
  Span split_span;
  // `fiscal year ends June`: the month the fact's fiscal year ends in, as written ("" for
  // none): "this fiscal year" is then the one the publication date falls in
  // (docs/rules.md "Fiscal years").
  std::string fiscal_end;
  Span fiscal_end_span;
  // `range start` / `range end`: a range written where the value stands ("from 2014 to
  // 2021", "(2014-2021)") states its start or its end (docs/rules.md "One end of a
  // range"); "" takes the whole range.
  std::string range_end;
  Span range_end_span;
  // `duration from dates`: for a duration, two dates written as a range ("closed from
  // February 2020 to July 2022") state the time between them (docs/rules.md
  // "Durations from two dates").
  bool duration_from_dates = false;
  Span duration_from_dates_span;
};

// `macro trade_partner = trading? partner`: a named sub-pattern.
struct MacroDecl {
  std::string name;
  PatternNode body;
  Span span;
  Span name_span;
};

// `quote no_limits { speaker: Xi  text: "..."  about: Russia }`: a quotation a newsroom
// has verified, with its speaker and wording; every quotation in the corpus that
// matches it is compared with it (docs/quotes.md "Declared quotes").
struct QuoteDecl {
  std::string name;
  std::string speaker;  // an entity name; "" when not given (an error)
  std::string about;    // an entity name; "" when not given
  std::string text;     // the verified wording, as written
  bool has_text = false;
  Span span;
  Span name_span;
  Span speaker_span;
  Span about_span;
  Span text_span;
};

struct RuleSet {
  std::vector<std::unique_ptr<source::SourceFile>> files;  // owns every file spans point into
  std::vector<EntityDecl> entities;
  std::vector<KindDecl> kinds;
  std::vector<MacroDecl> macros;
  std::vector<FactDecl> facts;
  std::vector<QuoteDecl> quotes;

  const EntityDecl* find_entity(const std::string& name) const;
  // Whether a role of this type takes an entity: "entity" (any entity) or a kind
  // some entity declares ("country" takes only entities declared `: country`).
  bool is_entity_type(const std::string& type) const;
  // Whether `entity` may fill a role of entity type `type`.
  static bool entity_fits(const EntityDecl& entity, const std::string& type) {
    return type == "entity" || entity.kind == type || entity.name == type;
  }
  // The words that name an entity of kind `kind` in a sentence: the kind itself, then
  // the nouns a `kind` declaration gives it, lowercased. Empty for "entity".
  std::vector<std::string> kind_nouns(const std::string& kind) const;
  const FactDecl* find_fact(const std::string& name) const;
  const MacroDecl* find_macro(const std::string& name) const;
  const QuoteDecl* find_quote(const std::string& name) const;
  // A stable hash of the rule files' content, for the extraction cache.
  std::string content_hash() const;
};

}  // namespace factlint::lang
