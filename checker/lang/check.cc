// Semantic checks over a parsed rule set: names, types, units, bindings, bounds.
// They run after every file is parsed, so includes and declaration order do not matter.
#include "lang/check.h"

#include <algorithm>
#include <cstdlib>
#include <cctype>
#include <map>
#include <set>

#include <fmt/format.h>

#include "lang/alternatives.h"
#include "lang/entity_suggestion.h"
#include "value/month_name.h"
#include "lang/keywords.h"
#include "lang/lexer.h"
#include "lang/value_bounds.h"
#include "lang/written_value.h"
#include "lang/written_value_hint.h"
#include "source/ascii.h"
#include "value/per_unit.h"
#include "value/scan.h"
#include "value/units.h"
#include "value/value_type.h"

namespace factlint::lang {

namespace {

using source::Severity;

std::string quoted(const std::string& s) { return "'" + s + "'"; }

std::string suggest(const std::string& name, const std::vector<std::string>& candidates) {
  return source::suggestion(source::did_you_mean(name, candidates));
}

// "'a'", "'a' and 'b'", "'a', 'b' and 'c'"
std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += quoted(names[i]);
  }
  return out;
}


// "; did you mean 'x'?" for a near role, else the list of roles.
std::string role_hint(const std::string& name, const std::vector<std::string>& roles) {
  std::string hint = suggest(name, roles);
  return hint.empty() ? "; its roles are " + quoted_list(roles) : hint;
}


// What a pattern does on every match and on some match.
struct Binding {
  bool nullable = false;        // can match without reading a word
  std::set<std::string> must;   // roles every match captures
  std::set<std::string> may;    // roles some match captures
};

class Checker {
 public:
  Checker(const RuleSet& rules, source::DiagnosticSink& sink, const UnparsedNames& unparsed)
      : rules_(rules), sink_(sink), unparsed_(unparsed) {
    for (const MacroDecl& m : rules.macros) macro_names_.push_back(m.name);
  }

  void run() {
    check_duplicates(rules_.entities, "entity");
    check_duplicates(rules_.kinds, "kind");
    check_duplicates(rules_.macros, "macro");
    check_duplicates(rules_.facts, "fact");
    check_duplicates(rules_.quotes, "quote");
    check_aliases();
    check_ignored_for();
    check_kinds();
    check_macros();
    for (const FactDecl& fact : rules_.facts) {
      // Quote findings carry fact 'quote' (docs/quotes.md): a fact of that name would mix with them.
      if (fact.name == "quote") error(fact.name_span, "fact name 'quote' is reserved for quotations; choose another name");
      check_fact(fact);
    }
    for (const QuoteDecl& quote : rules_.quotes) check_quote(quote);
    warn_quoted_phrases();
  }

 private:
  void error(const Span& span, std::string message) { sink_.error(span, std::move(message)); }

  // An entity kind, also one only a declaration that did not parse gave (reported).
  bool entity_type(const std::string& type) const {
    return rules_.is_entity_type(type) || unparsed_.entity_kinds.count(type) > 0;
  }

  void with_note(Severity severity, const Span& span, std::string message, const Span& note_span,
                 std::string note) {
    source::Diagnostic d = source::make_diagnostic(severity, span, std::move(message));
    d.notes.push_back(source::make_diagnostic(Severity::Note, note_span, std::move(note)));
    sink_.add(std::move(d));
  }

  template <typename Decl>
  void check_duplicates(const std::vector<Decl>& decls, const char* what) {
    std::map<std::string, const Decl*> first;
    for (const Decl& d : decls) {
      auto [it, inserted] = first.emplace(d.name, &d);
      if (!inserted) {
        with_note(Severity::Error, d.name_span, std::string(what) + " " + quoted(d.name) + " is declared twice",
                  it->second->name_span, "first declared here");
      }
    }
  }

  // A declared quote needs a speaker and words to compare quotations with, and its
  // entities must exist (docs/quotes.md "Declared quotes").
  void check_quote(const QuoteDecl& q) {
    if (q.speaker.empty()) {
      error(q.name_span, "quote " + quoted(q.name) + " names no speaker; add 'speaker: Entity'");
    } else if (!rules_.find_entity(q.speaker) && !unparsed_.entities.count(q.speaker)) {
      error(q.speaker_span, "unknown entity " + quoted(q.speaker) + " as the speaker of quote " + quoted(q.name) +
                                entity_suggestion(rules_, q.speaker));
    }
    if (!q.about.empty() && !rules_.find_entity(q.about) && !unparsed_.entities.count(q.about)) {
      error(q.about_span, "unknown entity " + quoted(q.about) + " as whom quote " + quoted(q.name) + " is about" +
                              entity_suggestion(rules_, q.about));
    }
    // Comparison words are letters and digits: text of punctuation alone has none.
    bool has_word = std::any_of(q.text.begin(), q.text.end(), [](char c) {
      auto u = static_cast<unsigned char>(c);
      return u >= 0x80 || std::isalnum(u);
    });
    if (!q.has_text) {
      error(q.name_span, "quote " + quoted(q.name) + " has no text; add 'text: \"the verified words\"'");
    } else if (!has_word) {
      error(q.text_span, "the text of quote " + quoted(q.name) + " is empty; it must hold the verified words");
    }
  }

  // An alias may name one entity of each kind: "the Amazon" for the forest and the
  // river, which a role tells apart by the kind it takes (docs/rules.md "One name for
  // things of different kinds"). Two entities of one kind under one alias leave a role
  // of that kind nothing to choose by: an error. Where either has no kind, a role typed
  // `entity` takes both: the first declared keeps the alias, with a warning.
  void check_aliases() {
    std::map<std::string, std::vector<std::pair<const EntityDecl*, Span>>> owners;
    for (const EntityDecl& e : rules_.entities) {
      for (std::size_t i = 0; i < e.aliases.size(); ++i) {
        Span span = i < e.alias_spans.size() ? e.alias_spans[i] : e.name_span;
        // The name standing in for absent aliases is the author's choice of identifier.
        bool written = !(e.aliases.size() == 1 && e.aliases[0] == e.name && span.begin == e.name_span.begin);
        if (written) check_alias_text(e, e.aliases[i], span);
        auto& named = owners[source::ascii_lower(e.aliases[i])];
        if (std::any_of(named.begin(), named.end(), [&](const auto& o) { return o.first->name == e.name; })) continue;
        auto same_kind = std::find_if(named.begin(), named.end(), [&](const auto& o) {
          return !e.kind.empty() && o.first->kind == e.kind;
        });
        auto kindless = std::find_if(named.begin(), named.end(), [&](const auto& o) {
          return e.kind.empty() || o.first->kind.empty();
        });
        if (same_kind != named.end()) {
          with_note(Severity::Error, span,
                    "alias " + quoted(e.aliases[i]) + " of entity " + quoted(e.name) + " also names entity " +
                        quoted(same_kind->first->name) + " of the same kind " + quoted(e.kind) +
                        ", so a role of that kind cannot tell which is meant; give it to one of them",
                    same_kind->second, "first used here");
        } else if (kindless != named.end()) {
          with_note(Severity::Warning, span,
                    "alias " + quoted(e.aliases[i]) + " of entity " + quoted(e.name) + " also names entity " +
                        quoted(kindless->first->name) +
                        "; statements using it go to the first (give both a kind, different ones, and each "
                        "role takes the one of its kind)",
                    kindless->second, "first used here");
        } else {
          named.emplace_back(&e, span);
        }
      }
    }
  }

  // `ignore entity X = "..." for fact_a, fact_b` (docs/rules.md "Ignoring an entity for
  // some facts"): only an ignored entity is scoped to facts, and each must exist.
  void check_ignored_for() {
    std::vector<std::string> fact_names;
    for (const FactDecl& f : rules_.facts) fact_names.push_back(f.name);
    for (const EntityDecl& e : rules_.entities) {
      if (e.ignored_for.empty()) continue;
      if (!e.ignored) {
        error(e.ignored_for_spans.front(), "'for' names the facts an ignored entity is ignored for, and entity " +
                                               quoted(e.name) + " is not ignored; write 'ignore entity " + e.name +
                                               " ... for " + e.ignored_for.front() + "'");
        continue;
      }
      std::set<std::string> seen;
      for (std::size_t i = 0; i < e.ignored_for.size(); ++i) {
        const std::string& name = e.ignored_for[i];
        const Span& span = i < e.ignored_for_spans.size() ? e.ignored_for_spans[i] : e.name_span;
        if (!rules_.find_fact(name)) {
          error(span, "unknown fact " + quoted(name) + " after 'for' of ignored entity " + quoted(e.name) +
                          suggest(name, fact_names));
        } else if (!seen.insert(name).second) {
          error(span, "fact " + quoted(name) + " is listed twice after 'for' of ignored entity " + quoted(e.name));
        }
      }
    }
  }

  // `kind carmaker = "automaker", "company"` (docs/rules.md "Entity kinds"): the kind
  // must be some entity's, each noun one word, and a noun of two kinds is read for
  // both, so "The company ..." may mean either: a warning, as an alias of two entities is.
  void check_kinds() {
    std::set<std::string> kinds;
    for (const EntityDecl& e : rules_.entities) {
      if (!e.kind.empty()) kinds.insert(e.kind);
    }
    kinds.insert(unparsed_.entity_kinds.begin(), unparsed_.entity_kinds.end());
    // Each noun's first kind and where it was given; a kind's own word is its noun at
    // the first entity that declares it.
    std::map<std::string, std::pair<std::string, Span>> owner;
    for (const EntityDecl& e : rules_.entities) {
      if (!e.kind.empty()) owner.emplace(source::ascii_lower(e.kind), std::make_pair(e.kind, e.kind_span));
    }
    for (const KindDecl& k : rules_.kinds) {
      if (kinds.count(k.name) == 0) {
        std::vector<std::string> candidates(kinds.begin(), kinds.end());
        std::string hint = source::did_you_mean(k.name, candidates);
        error(k.name_span, "kind " + quoted(k.name) + " is no entity's kind, so its nouns name nothing" +
                               (hint.empty() ? "; declare it on an entity ('entity Name: " + k.name + " = ...')"
                                             : source::suggestion(hint)));
      }
      for (std::size_t i = 0; i < k.nouns.size(); ++i) {
        const std::string& noun = k.nouns[i];
        const Span& span = i < k.noun_spans.size() ? k.noun_spans[i] : k.name_span;
        if (noun.find_first_not_of(" \t") == std::string::npos) {
          error(span, "noun of kind " + quoted(k.name) + " is blank; a noun is one word such as \"company\"");
          continue;
        }
        if (!std::all_of(noun.begin(), noun.end(), [](char c) {
              auto u = static_cast<unsigned char>(c);
              return u >= 0x80 || std::isalpha(u) || c == '-';
            })) {
          error(span, "noun " + quoted(noun) + " of kind " + quoted(k.name) +
                          " must be one word of letters; 'the marine park' is read from \"park\", as up to two " +
                          "words may stand between 'the' and the noun");
          continue;
        }
        const std::string lower = source::ascii_lower(noun);
        if (lower == source::ascii_lower(k.name)) {
          sink_.warning(span, "noun " + quoted(noun) + " is kind " + quoted(k.name) +
                                  "'s own word, which names its entities already");
          continue;
        }
        auto [it, inserted] = owner.emplace(lower, std::make_pair(k.name, span));
        if (!inserted && it->second.first != k.name) {
          with_note(Severity::Warning, span,
                    "noun " + quoted(noun) + " of kind " + quoted(k.name) + " also names kind " +
                        quoted(it->second.first) + ", so 'the " + lower +
                        "' may mean an entity of either; a role takes the nearest of its own kind",
                    it->second.second, "first given here");
        }
      }
    }
  }

  // An alias is looked for as words in every document: one that is blank matches
  // nothing, and a single character matches far more than the entity.
  void check_alias_text(const EntityDecl& e, const std::string& alias, const Span& span) {
    std::size_t letters = 0;
    for (std::size_t i = 0; i < alias.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(alias[i]);
      if (c != ' ' && c != '\t' && (c & 0xC0) != 0x80) ++letters;
    }
    if (letters == 0) {
      error(span, "alias of entity " + quoted(e.name) + " is blank; an alias must have at least one word");
    } else if (letters == 1) {
      sink_.warning(span, "alias " + quoted(alias) + " of entity " + quoted(e.name) +
                              " is a single character and will match it wherever it stands alone");
    }
  }

  // --- macros ---------------------------------------------------------------

  void check_macros() {
    for (const MacroDecl& m : rules_.macros) check_nodes(m.body);
    // Recursion: depth-first over macro references, reporting each cycle once.
    std::set<std::string> done;
    for (const MacroDecl& m : rules_.macros) {
      std::vector<std::string> stack;
      find_cycles(m, stack, done);
    }
    for (const MacroDecl& m : rules_.macros) {
      long long size = macro_size(m);
      // Only the first macro past the limit: those using it are past it because of it.
      if (size > kMaxExpandedNodes && !uses_oversized_macro(m.body)) {
        error(m.name_span, "macro " + quoted(m.name) + " expands to " + size_text(size) + " pattern nodes, more than " +
                               std::to_string(kMaxExpandedNodes) +
                               "; a macro that uses another macro several times multiplies its size");
      }
    }
  }

  static std::string size_text(long long size) {
    return size >= kSizeCeiling ? "over " + std::to_string(kSizeCeiling) : std::to_string(size);
  }

  // Expanded sizes saturate here, so 2^40 copies never overflow.
  static constexpr long long kSizeCeiling = 1'000'000'000;

  // Nodes of `node` once every macro in it is expanded, memoized per macro so this is
  // linear in the rule text; a macro on a cycle (reported elsewhere) counts as one node.
  long long expanded_size(const PatternNode& node) {
    long long size = 1;
    if (node.kind == PatternNode::Kind::Macro) {
      if (const MacroDecl* m = rules_.find_macro(node.text)) size = macro_size(*m);
    }
    for (const PatternNode& c : node.children) size = std::min(kSizeCeiling, size + expanded_size(c));
    return size;
  }

  bool uses_oversized_macro(const PatternNode& node) {
    bool found = false;
    visit_refs(node, [&](const PatternNode& ref) {
      const MacroDecl* m = rules_.find_macro(ref.text);
      found = found || (m && macro_size(*m) > kMaxExpandedNodes);
    });
    return found;
  }

  long long macro_size(const MacroDecl& macro) {
    auto [it, inserted] = macro_sizes_.emplace(macro.name, 1);
    if (!inserted) return it->second;  // known, or on a cycle being measured
    long long size = expanded_size(macro.body);
    macro_sizes_[macro.name] = size;
    return size;
  }

  void find_cycles(const MacroDecl& macro, std::vector<std::string>& stack, std::set<std::string>& done) {
    if (done.count(macro.name)) return;
    stack.push_back(macro.name);
    visit_refs(macro.body, [&](const PatternNode& ref) {
      auto cycle_start = std::find(stack.begin(), stack.end(), ref.text);
      if (cycle_start != stack.end()) {
        if (reported_cycles_.insert(ref.text).second) {
          std::string path;
          for (auto it = cycle_start; it != stack.end(); ++it) path += *it + " -> ";
          error(ref.span, "macro " + quoted(ref.text) + " refers to itself (" + path + ref.text +
                              "); a macro cannot contain itself");
        }
        return;
      }
      if (const MacroDecl* next = rules_.find_macro(ref.text)) find_cycles(*next, stack, done);
    });
    stack.pop_back();
    done.insert(macro.name);
  }

  template <typename F>
  static void visit_refs(const PatternNode& node, F&& f) {
    if (node.kind == PatternNode::Kind::Macro) f(node);
    for (const PatternNode& c : node.children) visit_refs(c, f);
  }

  // Checks written in a pattern itself: unknown macros and gap bounds.
  void check_nodes(const PatternNode& node) {
    if (node.kind == PatternNode::Kind::Macro && !rules_.find_macro(node.text) && !unparsed_.macros.count(node.text)) {
      error(node.span, "unknown macro " + quoted(node.text) + suggest(node.text, macro_names_));
    }
    if (node.kind == PatternNode::Kind::Gap) {
      std::string written = "gap " + std::to_string(node.min) + ".." + std::to_string(node.max);
      if (node.min > node.max) {
        error(node.span, quoted(written) + " has its bounds reversed; write 'gap " + std::to_string(node.max) +
                             ".." + std::to_string(node.min) + "'");
      } else if (node.max > kMaxGap) {
        error(node.span, quoted(written) + " is too wide: a gap skips at most " + std::to_string(kMaxGap) +
                             " words");
      }
    }
    for (const PatternNode& c : node.children) check_nodes(c);
  }

  // --- facts ----------------------------------------------------------------

  void check_fact(const FactDecl& fact) {
    std::vector<const RoleDecl*> all_roles;
    for (const RoleDecl& r : fact.roles) all_roles.push_back(&r);
    all_roles.push_back(&fact.value);
    std::vector<std::string> role_names;
    std::map<std::string, const RoleDecl*> by_name;
    for (const RoleDecl* r : all_roles) {
      auto [it, inserted] = by_name.emplace(r->name, r);
      if (!inserted) {
        with_note(Severity::Error, r->span, "role " + quoted(r->name) + " is declared twice in fact " +
                                                quoted(fact.name),
                  it->second->span, "first declared here");
      } else {
        role_names.push_back(r->name);
      }
    }
    check_types(fact);
    check_bounds(fact);
    check_symmetric(fact);
    check_count_ordinals(fact);
    check_compare(fact);
    check_ton(fact);
    check_currencies(fact);
    check_currency_list(fact);
    check_per(fact);
    check_values(fact);
    check_date_options(fact);
    check_context_roles(fact);
    check_fallbacks(fact);
    check_exclusions(fact);

    std::set<std::string> captured;
    for (const Pattern& p : fact.patterns) {
      check_pattern(fact, p, role_names, captured, Use::Pattern);
      if (!p.unless.children.empty()) {
        check_pattern(fact, Pattern{p.unless, p.unless_span, {}, {}, {}, {}}, role_names, captured, Use::PatternUnless);
      }
    }
    for (const Pattern& p : fact.cues) check_pattern(fact, p, role_names, captured, Use::Cue);
    for (const Pattern& p : fact.vetoes) check_pattern(fact, p, role_names, captured, Use::Unless);
    for (const Pattern& p : fact.negatives) check_pattern(fact, p, role_names, captured, Use::Negative);
    for (const Pattern& p : fact.required) check_pattern(fact, p, role_names, captured, Use::Require);
    if (fact.required.size() > 1) {
      with_note(Severity::Error, fact.required[1].span,
                "fact " + quoted(fact.name) + " has two 'require' lines; list every word one of which a match "
                "needs on one line, apart by '|'",
                fact.required[0].span, "first 'require' here");
    }
    check_current_only(fact);
    check_negatives(fact);
    check_allowed(fact);
    // A fact with an item that did not parse (reported) lacks what it said: saying
    // what the fact as read lacks would only repeat that error.
    const bool complete = !unparsed_.incomplete_facts.count(fact.name);
    if (complete && fact.patterns.empty() && fact.cues.empty()) {
      sink_.warning(fact.name_span, "fact " + quoted(fact.name) + " has no 'cue' and no 'pattern', so " +
                                        quoted_list(role_names) + " are never captured");
    }
    if (complete && !fact.vetoes.empty() && fact.cues.empty()) {
      sink_.warning(fact.vetoes.front().span, "'unless' on a line of its own only vetoes the matches of 'cue' items, "
                                                  "and fact " + quoted(fact.name) + " has none; to veto a pattern's "
                                                  "matches, end the pattern's line with them: 'pattern ... unless "
                                                  "word | word'");
    }
    for (const Example& ex : fact.examples) check_example(fact, ex, role_names);
    for (const KnownValue& k : fact.known) check_known(fact, k);
    check_known_keys(fact);
    bool has_example = std::any_of(fact.examples.begin(), fact.examples.end(),
                                   [](const Example& e) { return !e.counter; });
    if (complete && !has_example) {
      const char* what = fact.cues.empty() ? "patterns" : fact.patterns.empty() ? "cues" : "cues and patterns";
      sink_.warning(fact.name_span, "fact " + quoted(fact.name) + " has no examples; add an 'example' so " +
                                        "'factlint test' checks its " + what);
    }
  }

  // `current only` keeps the values of now; a fact scoped per year keeps every year's
  // value, its past ones too, so the two say opposite things (docs/rules.md "Current
  // values only").
  void check_current_only(const FactDecl& fact) {
    if (!fact.current_only || fact.scope != "year") return;
    error(fact.current_only_span, "fact " + quoted(fact.name) + " is scoped per year, so each year's value is its "
                                  "own; 'current only' is for a fact of no scope, whose past values would conflict "
                                  "with today's");
  }

  // `resolve a, b from context` names key roles of type entity, once each.
  void check_context_roles(const FactDecl& fact) {
    std::vector<std::string> entity_roles;
    for (const RoleDecl& r : fact.roles) {
      if (entity_type(r.type)) entity_roles.push_back(r.name);
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < fact.context_roles.size(); ++i) {
      const std::string& name = fact.context_roles[i];
      const Span& span = fact.context_role_spans[i];
      if (std::find(entity_roles.begin(), entity_roles.end(), name) == entity_roles.end()) {
        std::string hint = suggest(name, entity_roles);
        error(span, "only entity roles can be resolved from context; " + quoted(name) + " is not an entity role of fact " +
                        quoted(fact.name) + hint);
      } else if (!seen.insert(name).second) {
        error(span, "role " + quoted(name) + " is listed twice in 'resolve'");
      }
    }
  }

  void check_types(const FactDecl& fact) {
    std::vector<std::string> types = value::all_type_names();
    for (const RoleDecl& r : fact.roles) {
      const bool kind = std::any_of(rules_.entities.begin(), rules_.entities.end(),
                                    [&](const EntityDecl& e) { return e.kind == r.type; });
      const bool name = std::any_of(rules_.entities.begin(), rules_.entities.end(),
                                    [&](const EntityDecl& e) { return e.name == r.type; });
      if (kind && name) {
        error(r.type_span, "role type " + quoted(r.type) + " is both an entity kind and an entity's name; rename one");
        continue;
      }
      if (entity_type(r.type) || value::type_from_name(r.type)) continue;
      std::vector<std::string> candidates = types;
      candidates.push_back("entity");
      for (const EntityDecl& e : rules_.entities) {
        if (!e.kind.empty()) candidates.push_back(e.kind);
        candidates.push_back(e.name);
      }
      std::string hint = suggest(r.type, candidates);
      error(r.type_span, "unknown role type " + quoted(r.type) +
                             (hint.empty() ? "; expected 'entity', an entity kind, an entity's name, or a value type such as 'year' or 'length'"
                                           : hint));
    }
    const RoleDecl& v = fact.value;
    if (entity_type(v.type)) {
      error(v.type_span, "the value of fact " + quoted(fact.name) +
                             " must be a value type such as 'ordinal' or 'length', not " + quoted(v.type));
    } else if (!value::type_from_name(v.type)) {
      std::string hint = suggest(v.type, types);
      // `-> count: visitors`: the type written first, the name second (a misspelt
      // type, `length: lenght`, keeps its "did you mean").
      if (hint.empty() && value::type_from_name(v.name)) {
        hint = "; the value's name goes first and its type after the ':' (write '" + v.type + ": " + v.name + "')";
      }
      error(v.type_span, "unknown value type " + quoted(v.type) +
                             (hint.empty() ? "; expected a value type such as 'ordinal' or 'length'" : hint));
    }
  }

  // Bounds keep the matcher's work per sentence small and its arithmetic in range.
  void check_bounds(const FactDecl& fact) {
    if (fact.window < 0 || fact.window > kMaxWindow) {
      error(fact.window_span, "'window " + std::to_string(fact.window) + "' is out of range: a pattern may join 0 to " +
                                  std::to_string(kMaxWindow) + " following sentences");
    }
    if (fact.priority < -kMaxPriority || fact.priority > kMaxPriority) {
      error(fact.priority_span, "'priority " + std::to_string(fact.priority) + "' is out of range; use " +
                                    std::to_string(-kMaxPriority) + " to " + std::to_string(kMaxPriority));
    }
  }

  void check_symmetric(const FactDecl& fact) {
    if (!fact.symmetric) return;
    int entity_roles = static_cast<int>(
        std::count_if(fact.roles.begin(), fact.roles.end(), [&](const RoleDecl& r) { return entity_type(r.type); }));
    if (fact.roles.size() != 2 || entity_roles != 2) {
      error(fact.symmetric_span, "'symmetric' needs exactly two entity roles; fact " + quoted(fact.name) + " has " +
                                     std::to_string(fact.roles.size()) + " role" + (fact.roles.size() == 1 ? "" : "s") +
                                     ", " + std::to_string(entity_roles) + " of them " +
                                     (entity_roles == 1 ? "an entity" : "entities"));
    }
  }

  // `ton` says what a bare "ton" weighs: only a mass value has one.
  void check_ton(const FactDecl& fact) {
    if (fact.ton.empty()) return;
    std::optional<value::Type> type = value::type_from_name(fact.value.type);
    if (!type || *type == value::Type::Mass) return;
    error(fact.ton_span, "'ton' reads a bare ton in a 'mass' value, but " + quoted(fact.value.name) + " is " +
                             quoted(fact.value.type));
  }

  // `dollar`, `yen` and `shilling` say what a bare sign is: only a money value has one.
  void check_currencies(const FactDecl& fact) {
    std::optional<value::Type> type = value::type_from_name(fact.value.type);
    if (!type || *type == value::Type::Money) return;
    for (const value::BareCurrency& bare : value::bare_currencies()) {
      auto span = fact.currency_spans.find(std::string(bare.name));
      if ((fact.currency.*bare.code).empty() || span == fact.currency_spans.end()) continue;
      error(span->second, "'" + std::string(bare.name) + "' reads a bare " + std::string(bare.written) +
                              " in a 'money' value, but " + quoted(fact.value.name) + " is " +
                              quoted(fact.value.type));
    }
  }

  // `currency JPY` keeps the amounts in those currencies: only money has one, each
  // code must be a currency's, and the fact's own examples, known values and bounds
  // must be in them, or the fact would pass its own examples over (docs/rules.md
  // "Money").
  void check_currency_list(const FactDecl& fact) {
    if (fact.currencies_span.file == nullptr) return;
    std::optional<value::Type> type = value::type_from_name(fact.value.type);
    if (!type) return;  // an unknown type is reported
    if (*type != value::Type::Money) {
      error(fact.currencies_span, "'currency' keeps amounts of money in the currencies it names, but " +
                                      quoted(fact.value.name) + " is " + quoted(fact.value.type));
      return;
    }
    bool known = true;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < fact.currencies.size(); ++i) {
      const std::string& code = fact.currencies[i];
      if (!value::is_currency_code(code)) {
        known = false;
        std::string hint = suggest(code, value::currency_codes());
        // Two letters swapped ("JYP") are two edits apart, too far for a code of three
        // letters; a code they swap into is the one meant.
        for (std::size_t at = 0; hint.empty() && at + 1 < code.size(); ++at) {
          std::string swapped = code;
          std::swap(swapped[at], swapped[at + 1]);
          for (char& c : swapped) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
          if (value::is_currency_code(swapped)) hint = "; did you mean " + quoted(swapped) + "?";
        }
        error(fact.currency_code_spans[i],
              "unknown currency " + quoted(code) +
                  (hint.empty() ? "; write an ISO 4217 code such as 'USD', 'EUR', 'JPY' or 'KES'" : hint));
      } else if (!seen.insert(code).second) {
        error(fact.currency_code_spans[i], "currency " + quoted(code) + " is named twice in 'currency'");
      }
    }
    if (!known) return;
    const std::string named = describe_currencies(fact);
    auto other = [&](const std::string& text) -> std::optional<std::string> {
      auto v = read_written_value(fact, text);
      if (!v || fact.in_currencies(*v)) return std::nullopt;
      return std::string(value::currency_of(*v));
    };
    for (const Example& ex : fact.examples) {
      for (std::size_t i = 0; i < ex.expected.size(); ++i) {
        if (ex.expected[i].first != fact.value.name) continue;
        if (auto code = other(ex.expected[i].second)) {
          error(ex.value_spans[i], "example value " + quoted(ex.expected[i].second) + " is in " + *code +
                                       ", and the fact's amounts are in " + named + ", so the fact passes it over");
        }
      }
    }
    for (const KnownValue& k : fact.known) {
      if (k.value_span.file == nullptr) continue;
      if (auto code = other(k.value_text)) {
        error(k.value_span, "known value " + quoted(k.value_text) + " is in " + *code + ", and the fact's amounts are in " +
                                named);
      }
    }
    if (fact.values_span.file != nullptr) {
      auto read = read_value_bounds(fact, fact.values_text);
      const ValueBounds* bounds = std::get_if<ValueBounds>(&read);
      if (bounds && !bounds->unit.empty()) {
        value::Value probe;
        probe.type = value::Type::Money;
        probe.unit = bounds->unit;
        if (!fact.in_currencies(probe)) {
          error(fact.values_span, "the values are in " + std::string(value::currency_of(probe)) +
                                      ", and the fact's amounts are in " + named + ", so they bound nothing");
        }
      }
    }
  }

  // `-> fee: money per vehicle`: only money is per something here, and the
  // denominator must be one the money reader reads after "per" in a document, or no
  // document could state the fact (docs/rules.md "Amounts per something").
  void check_per(const FactDecl& fact) {
    if (fact.per.empty()) return;
    std::optional<value::Type> type = value::type_from_name(fact.value.type);
    if (type && *type != value::Type::Money) {
      error(fact.per_span, "'per' says what amounts of money are per, but " + quoted(fact.value.name) + " is " +
                               quoted(fact.value.type));
      return;
    }
    if (!value::read_denominator(fact.per)) {
      error(fact.per_span, quoted(fact.per) + " is no denominator: write a noun after 'per', such as 'per vehicle', "
                                              "'per person' or 'per seat per month'");
    }
  }

  // `values A to B`: the bounds must read as the fact's values, and the values its
  // examples and known values give must lie within them, or the fact would pass over
  // its own examples (docs/rules.md "Plausible values").
  void check_values(const FactDecl& fact) {
    if (fact.values_span.file == nullptr) return;
    if (!value::type_from_name(fact.value.type)) {
      if (rules_.is_entity_type(fact.value.type)) {
        error(fact.values_span, "'values' bounds a figure, but " + quoted(fact.value.name) + " is an entity");
      }
      return;
    }
    auto read = read_value_bounds(fact, fact.values_text);
    if (auto* message = std::get_if<std::string>(&read)) {
      error(fact.values_span, *message);
      return;
    }
    const ValueBounds& bounds = std::get<ValueBounds>(read);
    auto outside = [&](const std::string& text) {
      auto v = read_written_value(fact, text);
      return v && !bounds.admits(*v);
    };
    for (const Example& ex : fact.examples) {
      for (std::size_t i = 0; i < ex.expected.size(); ++i) {
        if (ex.expected[i].first != fact.value.name || !outside(ex.expected[i].second)) continue;
        error(ex.value_spans[i], "example value " + quoted(ex.expected[i].second) + " is outside the fact's values (" +
                                     describe_bounds(fact) + "), so the fact passes it over");
      }
    }
    for (const KnownValue& k : fact.known) {
      if (k.value_span.file == nullptr || !outside(k.value_text)) continue;
      error(k.value_span, "known value " + quoted(k.value_text) + " is outside the fact's values (" +
                              describe_bounds(fact) + ")");
    }
  }

  // `split`, `range` and `duration from dates` read years and dates: each only where
  // it can change what is read.
  void check_date_options(const FactDecl& fact) {
    if (fact.split_span.file != nullptr && fact.scope != "year" && fact.value.type != "year" &&
        fact.value.type != "date") {
      error(fact.split_span, "'split " + fact.split + "' names the year of a split year ('2023-24'), but fact " +
                                 quoted(fact.name) + " has no 'scope per year' and its value is no year or date");
    }
    if (fact.fiscal_end_span.file != nullptr) {
      if (value::month_of_name(fact.fiscal_end) == 0) {
        error(fact.fiscal_end_span, "'fiscal year ends " + fact.fiscal_end +
                                        "' names no month: write a month such as 'June' or 'Jun'");
      } else if (fact.scope != "year") {
        error(fact.fiscal_end_span, "'fiscal year ends " + fact.fiscal_end + "' dates statements by fiscal year, but fact " +
                                        quoted(fact.name) + " has no 'scope per year'");
      }
    }
    const std::string& type = fact.value.type;
    if (fact.range_end_span.file != nullptr && (type == "version" || type == "ordinal")) {
      error(fact.range_end_span, "'range " + fact.range_end + "' takes one end of a range of years, dates or "
                                     "figures, but " + quoted(fact.value.name) + " is " + quoted(type));
    }
    if (fact.duration_from_dates && type != "duration") {
      error(fact.duration_from_dates_span, "'duration from dates' reads the time between two dates as a "
                                           "'duration', but " + quoted(fact.value.name) + " is " + quoted(type));
    }
  }

  void check_count_ordinals(const FactDecl& fact) {
    if (!fact.count_ordinals) return;
    if (fact.value.type != "count") {
      error(fact.count_ordinals_span, "'count ordinals' reads an ordinal as a count of events; fact " +
                                          quoted(fact.name) + "'s value is a " + fact.value.type + ", not a count");
    } else if (fact.cues.empty() && !unparsed_.incomplete_facts.count(fact.name)) {
      error(fact.count_ordinals_span, "'count ordinals' takes the ordinal just before a cue; fact " +
                                          quoted(fact.name) + " has no cue");
    } else {
      // "for the 13th time" counts wherever another cue of the fact stands in its clause
      // (docs/rules.md "Derived values"): a bare `cue time` only adds every other thing
      // done for the Nth time.
      std::size_t alternatives = 0;
      const PatternNode* time = nullptr;
      for (const Pattern& cue : fact.cues) {
        for (const PatternNode* alt : alternatives_of(cue.root)) {
          ++alternatives;
          if (const PatternNode* word = lone_word(*alt); word && !time && word->text == "time") time = word;
        }
      }
      if (time && alternatives > 1) {
        sink_.warning(time->span, "cue 'time' in fact " + quoted(fact.name) +
                                      ", which says 'count ordinals', reads every \"for the Nth time\", whatever "
                                      "was done the Nth time; an ordinal in \"for the Nth time\" is a count "
                                      "wherever another cue of the fact stands in its clause, so leave 'time' out "
                                      "(write '\"times\"' to read \"12 times\")");
      }
    }
  }

  void check_negatives(const FactDecl& fact) {
    if (fact.negatives.empty()) return;
    const std::string& type = fact.value.type;
    if (type != "money" && type != "number" && type != "percent") {
      error(fact.negatives.front().span, "'negative' states a value below zero; fact " + quoted(fact.name) +
                                             "'s value is a " + type + ": only money, number and percent values can be negative");
    }
  }

  // `allow` names default veto words, one word per alternative.
  void check_allowed(const FactDecl& fact) {
    for (const Pattern& p : fact.allowed) {
      for (const PatternNode* alt : alternatives_of(p.root)) {
        const PatternNode* word = lone_word(*alt);
        if (!word) {
          error(alt->span, "'allow' takes single words of the default vetoes, such as 'plan | will'");
          continue;
        }
        const std::string text = source::ascii_lower(word->text);
        if (std::find(kDefaultVetoWords.begin(), kDefaultVetoWords.end(), text) == kDefaultVetoWords.end()) {
          std::string hint = suggest(text, kDefaultVetoWords);
          if (hint.empty()) hint = "; the default vetoes are " + quoted_list(kDefaultVetoWords);
          error(word->span, quoted(text) + " is not a default veto word" + hint);
        }
      }
    }
    if (!fact.allowed.empty() && fact.cues.empty() && !unparsed_.incomplete_facts.count(fact.name)) {
      sink_.warning(fact.allowed.front().span, "'allow' lifts default vetoes of 'cue' matches, and fact " +
                                                   quoted(fact.name) + " has none");
    }
  }

  // A tolerance's amount as an author writes it: "3", "2.5".
  static std::string amount_text(double amount) {
    return amount < 1e15 && amount == static_cast<double>(static_cast<long long>(amount))
               ? fmt::format("{}", static_cast<long long>(amount))
               : fmt::format("{}", amount);
  }

  void check_compare(const FactDecl& fact) {
    const CompareSpec& c = fact.compare;
    if (c.kind == CompareSpec::Kind::WithinPercent && c.amount >= 100) {
      sink_.warning(c.span, fmt::format("'within {}%' is so wide that values far apart agree; "
                                        "tolerances are usually a few percent",
                                        amount_text(c.amount)));
    }
    if (c.kind != CompareSpec::Kind::WithinUnit) return;
    std::optional<value::Type> type = value::type_from_name(fact.value.type);
    if (type && value::find_tolerance_unit(*type, c.unit)) return;
    // A tolerance in percent is written '%', whatever the value's type: "within 3
    // percent" (or a misspelling of it) is the author's '%'.
    static const std::vector<std::string> kPercentWords = {"percent", "per cent", "pct", "percentage"};
    const std::string folded = source::ascii_lower(c.unit);
    if (std::find(kPercentWords.begin(), kPercentWords.end(), folded) != kPercentWords.end() ||
        !source::did_you_mean(folded, kPercentWords).empty()) {
      error(c.unit_span, "unknown unit " + quoted(c.unit) + source::suggestion("%") + " a tolerance in percent is "
                             "written 'within " + amount_text(c.amount) + "%'");
      return;
    }
    if (!type) return;  // already reported
    std::vector<std::string> units = value::tolerance_unit_names(*type);
    if (units.empty()) {
      error(c.span, "'within' with a unit needs a value with units such as 'length' or 'money', but " +
                        quoted(fact.value.name) + " is " + quoted(fact.value.type) +
                        "; use 'within N%' or 'exact'");
      return;
    }
    error(c.unit_span, "unknown unit " + quoted(c.unit) + " for " + quoted(fact.value.type) + suggest(c.unit, units));
  }

  // `use` is where the outermost macro being expanded is used, if any.
  Binding bind(const PatternNode& node, const FactDecl& fact, const std::vector<std::string>& roles,
               std::vector<std::string>& macro_stack, const Span* use = nullptr) {
    using Kind = PatternNode::Kind;
    Binding b;
    switch (node.kind) {
      case Kind::Word:
        return b;
      case Kind::Capture:
        if (std::find(roles.begin(), roles.end(), node.text) == roles.end()) {
          unknown_capture_ = true;
          if (reported_captures_.insert({fact.name, node.span.file, node.span.begin}).second) {
            std::string message = "unknown role " + quoted(node.text) + " in fact " + quoted(fact.name) +
                                  role_hint(node.text, roles);
            if (use) {
              with_note(Severity::Error, node.span, message, *use,
                        "the macro is used in fact " + quoted(fact.name) + " here");
            } else {
              error(node.span, message);
            }
          }
        }
        b.must.insert(node.text);
        b.may.insert(node.text);
        return b;
      case Kind::Gap:
        b.nullable = node.min == 0;
        return b;
      case Kind::Macro: {
        const MacroDecl* m = rules_.find_macro(node.text);
        // What an unknown macro (reported) would capture is unknown: say nothing of it.
        if (!m) unknown_capture_ = true;
        if (!m || std::find(macro_stack.begin(), macro_stack.end(), node.text) != macro_stack.end()) return b;
        if (macro_size(*m) > kMaxExpandedNodes) return b;  // reported with the macro
        macro_stack.push_back(node.text);
        b = bind(m->body, fact, roles, macro_stack, use ? use : &node.span);
        macro_stack.pop_back();
        return b;
      }
      case Kind::Sequence:
        b.nullable = true;
        for (const PatternNode& c : node.children) {
          Binding cb = bind(c, fact, roles, macro_stack, use);
          b.nullable = b.nullable && cb.nullable;
          b.must.insert(cb.must.begin(), cb.must.end());
          b.may.insert(cb.may.begin(), cb.may.end());
        }
        return b;
      case Kind::Alternation: {
        bool first = true;
        b.nullable = node.children.empty();
        for (const PatternNode& c : node.children) {
          Binding cb = bind(c, fact, roles, macro_stack, use);
          b.nullable = b.nullable || cb.nullable;
          b.may.insert(cb.may.begin(), cb.may.end());
          if (first) {
            b.must = cb.must;
          } else {
            std::set<std::string> both;
            std::set_intersection(b.must.begin(), b.must.end(), cb.must.begin(), cb.must.end(),
                                  std::inserter(both, both.begin()));
            b.must = std::move(both);
          }
          first = false;
        }
        return b;
      }
      case Kind::Optional:
        for (const PatternNode& c : node.children) {
          Binding cb = bind(c, fact, roles, macro_stack, use);
          b.may.insert(cb.may.begin(), cb.may.end());
        }
        b.nullable = true;
        return b;
    }
    return b;
  }

  // How a pattern is used: `pattern` binds every role; `cue` may bind some (the rest
  // come from around it, docs/rules.md "Cues"); `unless` binds none.
  enum class Use { Pattern, Cue, Unless, PatternUnless, Negative, Require };

  void check_pattern(const FactDecl& fact, const Pattern& pattern, const std::vector<std::string>& roles,
                     std::set<std::string>& captured, Use use) {
    check_nodes(pattern.root);
    long long size = expanded_size(pattern.root);
    if (size > kMaxExpandedNodes) {
      if (!uses_oversized_macro(pattern.root))
        error(pattern.span, "pattern expands to " + size_text(size) + " nodes once its macros are expanded, more than " +
                              std::to_string(kMaxExpandedNodes));
      return;
    }
    std::vector<std::string> stack;
    unknown_capture_ = false;
    Binding b = bind(pattern.root, fact, roles, stack);
    // A misspelt capture or macro was reported already; the role it missed would be noise.
    if (unknown_capture_) return;
    const std::string item = use == Use::Cue             ? "cue"
                             : use == Use::Negative      ? "'negative'"
                             : use == Use::PatternUnless ? "a pattern's 'unless'"
                             : use == Use::Require       ? "'require'"
                                                         : "'unless'";
    if (use != Use::Pattern) check_comma_list(pattern, use == Use::Cue ? "a cue" : item);
    check_glued_star(pattern.root);
    if (use == Use::Cue) check_quoted_phrase(pattern.root);
    if (b.nullable && use != Use::Pattern) {
      error(pattern.span, item + " can match without reading a single word");
      return;
    }
    if (use == Use::Unless || use == Use::PatternUnless || use == Use::Negative || use == Use::Require) {
      if (!b.may.empty()) {
        error(pattern.span, item + " cannot capture roles (" + quoted_list({b.may.begin(), b.may.end()}) + "): it only says " +
                                (use == Use::Unless          ? "which words veto a cue's match"
                                 : use == Use::PatternUnless ? "which words veto the pattern's matches"
                                 : use == Use::Require       ? "which words a match's sentence must hold"
                                                             : "which words make a value negative"));
      }
      return;
    }
    captured.insert(b.may.begin(), b.may.end());
    check_fixes(fact, pattern, b, use == Use::Cue ? "cue" : "pattern");
    if (use == Use::Cue || unparsed_.incomplete_facts.count(fact.name)) return;
    std::vector<std::string> never, sometimes;
    for (const std::string& r : roles) {
      bool from_context = std::find(fact.context_roles.begin(), fact.context_roles.end(), r) != fact.context_roles.end();
      // `=> service=...` gives the role to every match the line's words leave it open in.
      bool fixed = std::any_of(pattern.fixes.begin(), pattern.fixes.end(), [&](const RoleFix& f) { return f.role == r; });
      if (b.must.count(r) || from_context || fixed) continue;
      (b.may.count(r) ? sometimes : never).push_back(r);
    }
    if (!never.empty()) {
      error(pattern.span, "pattern does not capture " + quoted_list(never) +
                              "; every match must bind each role of fact " + quoted(fact.name));
    }
    if (!sometimes.empty()) {
      error(pattern.span, "pattern does not always capture " + quoted_list(sometimes) +
                              ": a capture is optional or missing from an alternative");
    }
    if (b.nullable) sink_.warning(pattern.span, "pattern can match without reading a single word");
  }

  // `cue trade, commerce` reads as one phrase with a comma in it, which no sentence
  // listing either word matches: warn when an alternative is nothing but plain words
  // and bare commas, as a list written the way prose writes one (`cue peak demand,
  // peak load` too: items of several words).
  void check_comma_list(const Pattern& pattern, const std::string& where) {
    for (const PatternNode* alt : alternatives_of(pattern.root)) {
      if (alt->kind != PatternNode::Kind::Sequence || alt->children.size() < 3) continue;
      const auto& words = alt->children;
      bool list = words.front().text != "," && words.back().text != ",";
      bool comma = false;
      std::string phrase, fixed, item;
      for (std::size_t i = 0; i < words.size() && list; ++i) {
        const bool comma_here = words[i].text == ",";
        list = words[i].kind == PatternNode::Kind::Word && !words[i].exact && !(comma_here && item.empty());
        phrase += (i == 0 || comma_here ? "" : " ") + words[i].text;
        if (comma_here) {
          comma = true;
          fixed += (fixed.empty() ? "" : " | ") + item;
          item.clear();
        } else {
          item += (item.empty() ? "" : " ") + words[i].text;
        }
      }
      if (!list || !comma) continue;
      fixed += " | " + item;
      sink_.warning(alt->span, "a ',' between words in " + where + " matches a comma in the sentence, so " +
                                   quoted(phrase) + " is one phrase; to list words that each count, separate them "
                                   "with '|': " + quoted(fixed));
    }
  }

  // `cue "runs at"` matches "runs at" only, never "run at": quotes turn word forms off,
  // and two blind rule writers quoted every phrase of their cues without knowing it
  // (docs/rules.md "Word forms"). Only phrases of plain words are said: a quoted
  // "take-off" or "U.S." is quoted for its punctuation.
  void check_quoted_phrase(const PatternNode& node) {
    for (const PatternNode& c : node.children) check_quoted_phrase(c);
    if (node.kind != PatternNode::Kind::Sequence) return;
    for (std::size_t i = 0; i < node.children.size();) {
      std::size_t j = i;
      while (j < node.children.size() && is_quoted_word(node.children[j]) &&
             node.children[j].span.begin == node.children[i].span.begin) {
        ++j;
      }
      if (j - i >= 2) quoted_phrases_.push_back({&node.children, i, j});
      i = std::max(j, i + 1);
    }
  }

  // One warning a rule file, at its first quoted phrase, counting the others: files
  // written before word forms quote dozens, and a warning each would bury the rest.
  void warn_quoted_phrases() {
    std::map<const source::SourceFile*, std::size_t> per_file;
    for (const QuotedPhrase& q : quoted_phrases_) ++per_file[(*q.words)[q.begin].span.file];
    for (const QuotedPhrase& q : quoted_phrases_) {
      auto it = per_file.find((*q.words)[q.begin].span.file);
      if (it == per_file.end()) continue;
      warn_quoted_phrase(*q.words, q.begin, q.end, it->second - 1);
      per_file.erase(it);
    }
  }

  static bool is_quoted_word(const PatternNode& n) {
    return n.kind == PatternNode::Kind::Word && n.exact && !n.text.empty() &&
           std::all_of(n.text.begin(), n.text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  }

  void warn_quoted_phrase(const std::vector<PatternNode>& words, std::size_t begin, std::size_t end,
                          std::size_t others) {
    std::string phrase, each;
    for (std::size_t k = begin; k < end; ++k) {
      phrase += (k == begin ? "" : " ") + words[k].text;
      each += (k == begin ? "\"" : " \"") + words[k].text + "\"";
    }
    sink_.warning(words[begin].span, "a quoted phrase in a cue matches only as written, with no other word forms: " +
                                         quoted("\"" + phrase + "\"") + " misses the same words in another tense or "
                                         "number; write it unquoted (" + quoted(phrase) + ") for their forms, or quote "
                                         "each word (" + quoted(each) + ") if only this form is meant" +
                                         (others == 0 ? std::string()
                                                      : "; " + std::to_string(others) + " more quoted phrase" +
                                                            (others == 1 ? " is" : "s are") +
                                                            " in this file's cues"));
  }

  // `limit*` is the word "limit" and then a literal '*', which prose never writes
  // there: an author reaching for a wildcard, who needs none (words match their forms).
  void check_glued_star(const PatternNode& node) {
    for (const PatternNode& c : node.children) check_glued_star(c);
    if (node.kind != PatternNode::Kind::Word || node.exact || node.text != "*" || !node.span.file) return;
    const std::string& text = node.span.file->text();
    const std::size_t at = node.span.begin;
    if (at == 0 || at > text.size() || !lexer::is_word_char(static_cast<unsigned char>(text[at - 1]))) return;
    sink_.warning(node.span, "'*' after a word matches a literal asterisk in the sentence, not any ending: "
                             "a word in a rule already matches its other forms ('limit' matches 'limits', "
                             "'limited'); drop the '*', or quote it (\"*\") if an asterisk is meant");
  }

  // `=> service=LeShuttle_Freight` on a pattern or cue line names a key entity role of
  // the fact, once, and an entity it takes that is reported (docs/rules.md "A cue that
  // names a role's entity"). A role the line captures is read from the sentence: fixing
  // it too would say two things.
  void check_fixes(const FactDecl& fact, const Pattern& pattern, const Binding& b, const std::string& item) {
    std::vector<std::string> key_names;
    for (const RoleDecl& r : fact.roles) key_names.push_back(r.name);
    std::set<std::string> given;
    for (const RoleFix& fix : pattern.fixes) {
      if (fix.role == fact.value.name && item != "pattern") {
        error(fix.role_span, "role " + quoted(fix.role) + " is the value of fact " + quoted(fact.name) + "; a " + item +
                                 " fixes only key roles that take an entity (a 'pattern' line may fix the value: "
                                 "'=> " + fix.role + "=...')");
        continue;
      }
      if (!given.insert(fix.role).second) {
        error(fix.role_span, "role " + quoted(fix.role) + " is fixed twice on this " + item);
        continue;
      }
      if (b.may.count(fix.role)) {
        error(fix.role_span, "the " + item + " captures " + quoted("{" + fix.role + "}") + " and fixes it with '=>'; " +
                                 "keep one (a fixed role is read from the " + item + " itself)");
        continue;
      }
      if (fix.role == fact.value.name) {
        check_fixed_value(fact, fix);
        continue;
      }
      check_entity_for_role(fact, fix.role, fix.role_span, fix.entity, fix.entity_span, key_names,
                            "a " + item + " fixes");
    }
  }

  // `pattern no other river carries as much water as {river} => rank=1st`: the value
  // every match states, read as the fact's type reads it (docs/rules.md "A fixed value").
  void check_fixed_value(const FactDecl& fact, const RoleFix& fix) {
    std::optional<value::Type> type = value::type_from_name(fact.value.type);
    if (!type) return;  // an unknown type was reported already (check_types)
    if (read_written_value(fact, fix.entity)) return;
    error(fix.entity_span, "fixed value " + quoted(fix.entity) + " cannot be read as " + quoted(fact.value.type) +
                               ", the type of value " + quoted(fact.value.name) + " of fact " + quoted(fact.name) +
                               unreadable_value_hint(*type, fix.entity));
  }

  // A role's fallback entity (`country: country = Norway`) is an entity the role
  // takes, reported (docs/rules.md "A role's fallback entity").
  void check_fallbacks(const FactDecl& fact) {
    std::vector<std::string> key_names;
    for (const RoleDecl& r : fact.roles) key_names.push_back(r.name);
    if (!fact.value.fallback.empty()) {
      error(fact.value.fallback_span, "the value " + quoted(fact.value.name) + " of fact " + quoted(fact.name) +
                                          " has no fallback entity; only key roles that take an entity have one");
    }
    for (const RoleDecl& r : fact.roles) {
      if (r.fallback.empty()) continue;
      check_entity_for_role(fact, r.name, r.span, r.fallback, r.fallback_span, key_names, "a fallback entity is for");
    }
  }

  // `project: project not edition | Old_Wiki`: each name is an entity kind other than the
  // role's own, or an entity the role could take (docs/rules.md "A role that excludes a
  // kind or an entity"); only key roles that take an entity have exclusions.
  void check_exclusions(const FactDecl& fact) {
    if (!fact.value.excluded.empty()) {
      error(fact.value.excluded_spans.front(), "the value " + quoted(fact.value.name) + " of fact " +
                                                   quoted(fact.name) +
                                                   " excludes nothing; only key roles that take an entity have 'not'");
    }
    for (const RoleDecl& r : fact.roles) {
      if (r.excluded.empty() || !entity_type(r.type)) continue;
      const EntityDecl* tied = rules_.find_entity(r.type);
      const std::string kind = tied ? tied->kind : r.type;
      for (std::size_t i = 0; i < r.excluded.size(); ++i) {
        const std::string& name = r.excluded[i];
        const Span& span = r.excluded_spans[i];
        if (const EntityDecl* e = rules_.find_entity(name)) {
          if (kind != "entity" && e->kind != kind) {
            error(span, "role " + quoted(r.name) + " of fact " + quoted(fact.name) + " takes a " + quoted(kind) +
                            ", never " + quoted(name) + " (a " + quoted(e->kind.empty() ? "entity" : e->kind) +
                            "); exclude only an entity the role could take");
          }
          continue;
        }
        if (name == kind) {
          error(span, "role " + quoted(r.name) + " of fact " + quoted(fact.name) + " cannot exclude its own kind " +
                          quoted(name));
        } else if (name == "entity" || !entity_type(name)) {
          error(span, "unknown entity kind or entity " + quoted(name) + " after 'not' of role " + quoted(r.name) +
                          " of fact " + quoted(fact.name));
        }
      }
    }
  }

  // `entity` given to key role `role` by a `=>` or a fallback: the role must take
  // entities, and the entity must exist, fit it and not be ignored.
  void check_entity_for_role(const FactDecl& fact, const std::string& role, const Span& role_span,
                             const std::string& entity, const Span& entity_span,
                             const std::vector<std::string>& key_names, const std::string& what) {
    const RoleDecl* decl = nullptr;
    for (const RoleDecl& r : fact.roles) {
      if (r.name == role) decl = &r;
    }
    if (!decl) {
      error(role_span, "unknown role " + quoted(role) + " in fact " + quoted(fact.name) + role_hint(role, key_names));
      return;
    }
    if (!entity_type(decl->type)) {
      // An unknown type was reported already (check_types).
      if (value::type_from_name(decl->type)) {
        error(role_span, "role " + quoted(role) + " takes a " + quoted(decl->type) + ", not an entity; " + what +
                             " roles that take an entity");
      }
      return;
    }
    check_role_value(fact, role, role_span, entity, entity_span, key_names);
    if (const EntityDecl* e = rules_.find_entity(entity); e && e->ignored) {
      error(entity_span, "entity " + quoted(entity) + " is ignored (`ignore entity`), so every statement of it is "
                             "dropped; give role " + quoted(role) + " an entity that is reported");
    }
  }

  // Entity roles take entity names; value roles take the value as text.
  void check_role_value(const FactDecl& fact, const std::string& role, const Span& role_span,
                        const std::string& value, const Span& value_span, const std::vector<std::string>& roles) {
    const RoleDecl* decl = nullptr;
    for (const RoleDecl& r : fact.roles) {
      if (r.name == role) decl = &r;
    }
    if (fact.value.name == role) decl = &fact.value;
    if (!decl) {
      error(role_span, "unknown role " + quoted(role) + " in fact " + quoted(fact.name) + role_hint(role, roles));
      return;
    }
    if (!entity_type(decl->type)) return;
    const EntityDecl* entity = rules_.find_entity(value);
    if (!entity && unparsed_.entities.count(value)) return;
    if (!entity) {
      error(value_span, "unknown entity " + quoted(value) + entity_suggestion(rules_, value));
    } else if (rules_.find_entity(decl->type) && !RuleSet::entity_fits(*entity, decl->type)) {
      error(value_span, "role " + quoted(role) + " takes only entity " + quoted(decl->type) + ", not " + quoted(value));
    } else if (!RuleSet::entity_fits(*entity, decl->type)) {
      error(value_span, "entity " + quoted(value) + " is " +
                            (entity->kind.empty() ? std::string("of no kind") : "a " + quoted(entity->kind)) +
                            ", but role " + quoted(role) + " takes a " + quoted(decl->type));
    }
  }

  void check_example(const FactDecl& fact, const Example& ex, const std::vector<std::string>& roles) {
    for (std::size_t i = 0; i < ex.expected.size(); ++i) {
      check_role_value(fact, ex.expected[i].first, ex.role_spans[i], ex.expected[i].second, ex.value_spans[i],
                       roles);
    }
  }

  void check_known(const FactDecl& fact, const KnownValue& k) {
    std::vector<std::string> key_names;
    for (const RoleDecl& r : fact.roles) key_names.push_back(r.name);
    std::set<std::string> given;
    for (std::size_t i = 0; i < k.roles.size(); ++i) {
      const std::string& role = k.roles[i].first;
      if (role == fact.value.name) {
        error(k.role_spans[i], "value " + quoted(role) + " is given twice in this known value");
        continue;
      }
      given.insert(role);
      check_role_value(fact, role, k.role_spans[i], k.roles[i].second, k.entity_spans[i], key_names);
    }
    std::vector<std::string> missing;
    for (const std::string& r : key_names) {
      if (!given.count(r)) missing.push_back(r);
    }
    if (k.value_span.file == nullptr) {
      missing.push_back(fact.value.name);
    } else {
      check_known_value(fact, k);
    }
    if (!k.year.empty()) check_known_year(fact, k);
    if (!missing.empty()) {
      error(k.span, "known value does not give " + quoted_list(missing) + "; it needs every role of fact " +
                        quoted(fact.name));
    }
  }

  // Two canonical values for one key would contradict each other. Keys are the
  // entities in role order, sorted for symmetric facts.
  void check_known_keys(const FactDecl& fact) {
    std::map<std::vector<std::string>, const KnownValue*> seen;
    for (const KnownValue& k : fact.known) {
      std::vector<std::string> key;
      for (const RoleDecl& r : fact.roles) {
        auto it = std::find_if(k.roles.begin(), k.roles.end(), [&r](const auto& p) { return p.first == r.name; });
        key.push_back(it == k.roles.end() ? "" : it->second);
      }
      if (fact.symmetric) std::sort(key.begin(), key.end());
      key.push_back(k.year);  // one known value per year, and one for every year
      auto [it, inserted] = seen.emplace(key, &k);
      if (!inserted) {
        std::string shown = fact.name + "(";
        for (std::size_t i = 0; i + 1 < key.size(); ++i) shown += (i ? ", " : "") + key[i];
        shown += ")";
        if (!k.year.empty()) shown += " in " + k.year;
        with_note(Severity::Error, k.span, "a known value for " + quoted(shown) + " is already declared",
                  it->second->span, "first declared here");
      }
    }
  }

  // `in 2023` names the year a value holds for: only a fact keyed by year has years.
  void check_known_year(const FactDecl& fact, const KnownValue& k) {
    if (fact.scope != "year") {
      error(k.year_span, "known value for the year " + k.year + ", but fact " + quoted(fact.name) +
                             " has no 'scope per year'; drop 'in " + k.year + "' or add the scope");
      return;
    }
    const int year = std::atoi(k.year.c_str());
    if (k.year.size() != 4 || year < 1000) error(k.year_span, "'" + k.year + "' is no year: write four digits, such as 'in 2023'");
  }

  // A canonical value must be readable as the fact's type, or it cannot be compared;
  // read as the comparison reads it (lang/written_value.h).
  void check_known_value(const FactDecl& fact, const KnownValue& k) {
    std::optional<value::Type> type = value::type_from_name(fact.value.type);
    if (!type || read_written_value(fact, k.value_text)) return;
    const std::string& text = k.value_text;
    if (!fact.per.empty() && read_written_value(*type, text, "")) {
      // "$30 per person" is no value of a fact whose amounts are per vehicle.
      error(k.value_span, "known value " + quoted(text) + " is no amount per " + quoted(fact.per) +
                              ", as every amount of fact " + quoted(fact.name) + " is");
      return;
    }
    error(k.value_span, "known value " + quoted(text) + " cannot be read as " + quoted(fact.value.type) +
                            unreadable_value_hint(*type, text));
  }

  struct QuotedPhrase {
    const std::vector<PatternNode>* words;
    std::size_t begin, end;
  };
  std::vector<QuotedPhrase> quoted_phrases_;  // in the order met, for warn_quoted_phrases
  const RuleSet& rules_;
  source::DiagnosticSink& sink_;
  const UnparsedNames& unparsed_;
  std::vector<std::string> macro_names_;
  std::set<std::tuple<std::string, const source::SourceFile*, std::size_t>> reported_captures_;
  std::set<std::string> reported_cycles_;
  std::map<std::string, long long> macro_sizes_;
  bool unknown_capture_ = false;
};

}  // namespace

void check_rules(const RuleSet& rules, source::DiagnosticSink& sink, const UnparsedNames& unparsed) {
  Checker(rules, sink, unparsed).run();
}

}  // namespace factlint::lang
