// Writing the explanation of one finding.
#include "report/explain_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "doc/normalizer.h"
#include "match/left_unread.h"
#include "match/role_source.h"
#include "quote/quote_findings.h"
#include "report/finding_text.h"
#include "report/json_report.h"
#include "report/quote_explain.h"
#include "source/ascii.h"
#include "source/display_path.h"
#include "report/value_format.h"
#include "source/display_text.h"
#include "source/place.h"
#include "value/value_json.h"

namespace factlint::report {

namespace {

std::string span_text(const source::Span& span) {
  if (span.file == nullptr || span.end <= span.begin) return "";
  return span.file->text().substr(span.begin, span.end - span.begin);
}

std::string span_location(const source::Span& span) {
  if (span.file == nullptr) return "";
  source::Location at = span.file->location(span.begin);
  return fmt::format("{}", source::Place{span.file->path(), at});
}

std::string policy_text(const lang::FactDecl& fact) {
  using Kind = lang::CompareSpec::Kind;
  const lang::CompareSpec& c = fact.compare;
  std::string policy;
  switch (c.kind) {
    case Kind::Exact: policy = "exact (values agree when their intervals, widened by the precision they were written to, meet)"; break;
    case Kind::WithinPercent: policy = fmt::format("within {}%", c.amount); break;
    case Kind::WithinUnit: policy = fmt::format("within {} {}", c.amount, c.unit); break;
    case Kind::Overlap: policy = "overlap (ranges agree when they share any point)"; break;
    case Kind::Start: policy = "start (only where ranges begin is compared)"; break;
    case Kind::End: policy = "end (only where ranges finish is compared)"; break;
    case Kind::Increasing: policy = "increasing (a running total: a later document may state more, never less)"; break;
    case Kind::Identical: policy = "identical (the figures as written must be equal: no rounding, no overlapping ranges)"; break;
  }
  std::string extras;
  if (fact.symmetric) extras += ", symmetric key";
  if (!fact.scope.empty()) extras += ", scope per " + fact.scope;
  return policy + extras;
}

const lang::Pattern* pattern_of(const lang::FactDecl* fact, int index) {
  return fact ? fact->matcher_rule(index) : nullptr;
}

// Patterns and cues are numbered apart, from 1, as written in the fact.
int rule_number(const lang::FactDecl& fact, int index) {
  return fact.is_cue(index) ? index - static_cast<int>(fact.patterns.size()) + 1 : index + 1;
}

// One name for things of different kinds (docs/rules.md "One name for things of
// different kinds"): why a role took `entity` where `names` (the words it was read
// from, or, when it came from context, each of its aliases) also name entities of
// other kinds. ", a name Amazon_River (river) shares: the role takes a forest" for
// words; "; Amazon_Rainforest shares a name with Amazon_River (river): the role takes a
// forest" from context; "" when no other entity has the name.
std::string shared_name_text(const std::vector<std::string>& names, bool from_words, const std::string& entity,
                             const std::string& role_type, const lang::RuleSet* rules) {
  if (rules == nullptr || names.empty()) return "";
  const lang::EntityDecl* taken = rules->find_entity(entity);
  if (taken == nullptr || taken->kind.empty()) return "";
  auto same = [](const std::string& a, const std::string& b) {
    return source::ascii_lower(doc::normalize(a).text) == source::ascii_lower(doc::normalize(b).text);
  };
  std::string others;
  for (const lang::EntityDecl& e : rules->entities) {
    if (e.name == taken->name || e.kind.empty() || e.kind == taken->kind) continue;
    const bool shares = std::any_of(e.aliases.begin(), e.aliases.end(), [&](const std::string& a) {
      return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return same(a, n); });
    });
    if (shares) others += fmt::format("{}{} ({})", others.empty() ? "" : ", ", e.name, e.kind);
  }
  if (others.empty()) return "";
  // A role tied to one entity takes that entity's kind (docs/rules.md "A role tied to one entity").
  std::string kind = role_type;
  if (const lang::EntityDecl* tie = rules->find_entity(role_type)) kind = tie->kind;
  std::string why = "the role takes a " + kind;
  if (kind == "entity" || kind.empty()) why = "a role of any kind takes the first declared";
  else if (kind != taken->kind) why = "none is a " + kind + ", the role's kind";
  if (from_words) return fmt::format(", a name {} shares: {}", others, why);
  return fmt::format("; {} shares a name with {}: {}", taken->name, others, why);
}

// How the words aligned with the pattern's captures: each role with the words it was
// read from, or where it came from when the pattern left it to the context.
std::string roles_text(const match::Statement& s, const lang::FactDecl* fact, const lang::RuleSet* rules) {
  std::string out;
  for (std::size_t i = 0; i < s.roles.size(); ++i) {
    const std::string& words = i < s.role_texts.size() ? s.role_texts[i] : std::string();
    const std::string& source = i < s.role_sources.size() ? s.role_sources[i] : std::string();
    std::string type;
    if (fact) {
      for (const lang::RoleDecl& r : fact->roles) {
        if (r.name == s.roles[i].first) type = r.type;
      }
    }
    std::string said;
    if (words.empty()) {
      const lang::EntityDecl* e = rules ? rules->find_entity(s.roles[i].second) : nullptr;
      said = match::role_source_text(source) +
             (e ? shared_name_text(e->aliases, false, s.roles[i].second, type, rules) : std::string());
    } else {
      said = "'" + source::printable(words) + "'" + shared_name_text({words}, true, s.roles[i].second, type, rules);
    }
    out += fmt::format("{}{{{}}} = {} ({})", i == 0 ? "" : ", ", s.roles[i].first, s.roles[i].second, said);
  }
  return out.empty() ? "(none: the fact has no key roles)" : out;
}

// Document text is shown on one line each: a statement read across a wrapped source
// line keeps its line break in `text`, which must print as "\n" (docs/limits.md), as it
// does everywhere else, not break the layout.
void explain_statement(std::string& out, const match::Statement& s, const lang::FactDecl* fact,
                       const ReportInput& input, const lang::RuleSet* rules) {
  std::string provenance = input.source_label(s.document);
  out += fmt::format("    {}{}\n", s.place(), provenance.empty() ? "" : "  (" + provenance + ")");
  out += fmt::format("      sentence:  {}\n", source::printable(s.sentence));
  out += fmt::format("      matched:   \"{}\"\n", source::printable(s.text));
  if (const lang::Pattern* p = pattern_of(fact, s.pattern)) {
    out += fmt::format("      {:<10} #{} at {}: {}\n", fact->is_cue(s.pattern) ? "cue:" : "pattern:",
                       rule_number(*fact, s.pattern), span_location(p->span), span_text(p->span));
  }
  out += fmt::format("      roles:     {}{}\n", roles_text(s, fact, rules), fact && fact->symmetric ? " (symmetric: ids sorted)" : "");
  if (!s.table_header.empty()) {
    out += fmt::format("      table:     a cell under the header '{}'{}\n", source::printable(s.table_header),
                       s.table_year.empty() ? ""
                                            : fmt::format(", its year from the cell '{}'", source::printable(s.table_year)));
  }
  if (!s.scope.empty()) {
    out += fmt::format("      scope:     {}{}\n", s.scope, s.scope_source.empty() ? "" : " (" + s.scope_source + ")");
  }
  // The value as every report writes it (value_format.h): the reading behind it is
  // `--format json`'s and `factlint parse`'s to show, not a JSON object in a line of text.
  out += fmt::format("      value:     {{{}}} = \"{}\" -> normalized \"{}\" -> '{}'\n",
                     fact ? fact->value.name : "value", source::printable(s.value.text),
                     source::printable(doc::normalize(s.value.text).text), source::printable(s.value.display));
}

}  // namespace

std::string explain_text(const compare::Finding& f, const lang::RuleSet& rules, const ReportInput& input,
                         const std::vector<match::NearMiss>& dropped) {
  if (f.fact == quote::kQuoteFact) return explain_quote_text(f, rules, input);
  const lang::FactDecl* fact = rules.find_fact(f.fact);
  std::string out = fmt::format("{}  {}  {} ({})\n", f.id, scoped_key(f),
                                compare::verdict_name(f.verdict), f.reason);
  out += fmt::format("  {}\n", f.explanation);
  for (const compare::Decision& d : f.decisions) out += fmt::format("  decided: {}\n", source::printable(decision_text(d)));
  if (fact != nullptr) {
    out += fmt::format("  fact '{}' declared at {}\n", fact->name, span_location(fact->span));
    out += fmt::format("  compare: {}\n", policy_text(*fact));
  }
  for (const compare::ValueGroup& g : f.values) {
    out += fmt::format("\n  value '{}'{}: {} statement{}\n", g.value, g.suggested ? " (best supported)" : "",
                       g.statements.size(), g.statements.size() == 1 ? "" : "s");
    for (const match::Statement& s : g.statements) explain_statement(out, s, fact, input, &rules);
  }
  if (!dropped.empty()) {
    out += fmt::format("\n  dropped: {} sentence{} of '{}' whose value was read only in part\n", dropped.size(),
                       dropped.size() == 1 ? "" : "s", f.fact);
  }
  for (const match::NearMiss& m : dropped) {
    out += fmt::format("    {}  {}\n      sentence:  {}\n", source::Place{m.document, m.location}, m.reason,
                       source::printable(m.sentence));
  }
  return source::break_workflow_commands(source::printable_lines(out));
}

std::string explain_sentence_text(const std::vector<match::Statement>& statements,
                                  const std::vector<match::NearMiss>& misses, const lang::RuleSet& rules) {
  std::string out;
  if (statements.empty()) out = "no fact matched this text\n";
  ReportInput no_documents;
  for (const match::Statement& s : statements) {
    out += fmt::format("{} = '{}'\n", scoped_key(s), s.value);
    explain_statement(out, s, rules.find_fact(s.fact), no_documents, &rules);
  }
  // What almost matched, and what stopped it: the rule writer's next edit.
  if (!misses.empty()) out += "near misses:\n";
  for (const match::NearMiss& m : misses) {
    std::string where = m.dropped ? fmt::format(" at {}", source::Place{m.document, m.location}) : "";
    out += fmt::format("  {}: {}{}\n    \"{}\"\n", m.fact, m.reason, where, source::printable(m.sentence));
  }
  return source::break_workflow_commands(source::printable_lines(out));
}

namespace {

// One miss: where, why, and the sentence.
std::string located(const AuditedMiss& m) {
  return fmt::format("  {}:{}  {}\n    \"{}\"\n", source::display_path(m.document), m.miss.location, m.miss.reason,
                     source::printable(m.miss.sentence));
}

// The misses of one fact that hold its words: nearest to a statement first.
std::string cued_section(const std::string& fact, std::vector<const AuditedMiss*> list) {
  std::stable_sort(list.begin(), list.end(),
                   [](const AuditedMiss* a, const AuditedMiss* b) { return a->miss.rank < b->miss.rank; });
  // A sentence that stated the fact but left a figure unread is listed too: say so.
  const bool unread =
      std::any_of(list.begin(), list.end(), [](const AuditedMiss* m) { return match::left_a_figure_unread(m->miss); });
  std::string out = fmt::format("{}: {} sentence{} with its words gave no statement{}\n", fact, list.size(),
                                list.size() == 1 ? "" : "s", unread ? " or left a figure unread" : "");
  for (const AuditedMiss* m : list) {
    out += located(*m);
  }
  return out;
}

// The sentences of one fact that no cue or pattern of it reached (`rules audit
// --without-cue`): the words they share first, as a writer adds a cue for many sentences
// at once; then those holding the rules' own words, then those whose words are the most
// shared.
std::string uncued_section(const std::string& fact, std::vector<const AuditedMiss*> list) {
  std::map<std::string, int> shared;
  for (const AuditedMiss* m : list) {
    for (const std::string& w : m->miss.cue_words) ++shared[w];
  }
  auto weight = [&](const AuditedMiss* m) {
    int best = 0;
    for (const std::string& w : m->miss.cue_words) best = std::max(best, shared[w]);
    return best;
  };
  std::stable_sort(list.begin(), list.end(), [&](const AuditedMiss* a, const AuditedMiss* b) {
    return a->miss.rank != b->miss.rank ? a->miss.rank < b->miss.rank : weight(a) > weight(b);
  });
  std::vector<std::pair<std::string, int>> common(shared.begin(), shared.end());
  std::stable_sort(common.begin(), common.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string words;
  for (std::size_t i = 0; i < common.size() && i < 12 && common[i].second > 1; ++i) {
    words += fmt::format("{}{} ({})", i ? ", " : "", common[i].first, common[i].second);
  }
  std::string out = fmt::format("{}: {} sentence{} with a figure of its type that nothing read, and its words or "
                                "its entities, matched no cue or pattern\n",
                                fact, list.size(), list.size() == 1 ? "" : "s");
  if (!words.empty()) out += fmt::format("  words several of them use near the figure: {}\n", words);
  for (const AuditedMiss* m : list) {
    std::string near;
    for (const std::string& w : m->miss.cue_words) near += (near.empty() ? "" : ", ") + w;
    out += located(*m);
    if (!near.empty()) out += fmt::format("    words near the figure: {}\n", near);
  }
  return out;
}

}  // namespace

std::string audit_text(const std::vector<AuditedMiss>& misses) {
  std::string out;
  std::map<std::string, std::vector<const AuditedMiss*>> cued, uncued;
  for (const AuditedMiss& m : misses) (m.miss.without_cue ? uncued : cued)[m.miss.fact].push_back(&m);
  std::set<std::string> facts;
  for (const auto& [fact, list] : cued) {
    out += cued_section(fact, list) + "\n";
    facts.insert(fact);
  }
  for (const auto& [fact, list] : uncued) {
    out += uncued_section(fact, list) + "\n";
    facts.insert(fact);
  }
  const std::size_t without = misses.size() - std::accumulate(cued.begin(), cued.end(), std::size_t{0},
                                                              [](std::size_t n, const auto& kv) {
                                                                return n + kv.second.size();
                                                              });
  out += fmt::format("{} near miss{} in {} fact{}", misses.size() - without, misses.size() - without == 1 ? "" : "es",
                     cued.size(), cued.size() == 1 ? "" : "s");
  if (!uncued.empty()) {
    out += fmt::format("; {} sentence{} without the rules' words in {} fact{}", without, without == 1 ? "" : "s",
                       uncued.size(), uncued.size() == 1 ? "" : "s");
  }
  out += "\n";
  return source::break_workflow_commands(source::printable_lines(out));
}

nlohmann::json explain_json(const compare::Finding& f, const lang::RuleSet& rules,
                            const std::vector<match::NearMiss>& dropped) {
  const lang::FactDecl* fact = rules.find_fact(f.fact);
  nlohmann::json values = nlohmann::json::array();
  for (const compare::ValueGroup& g : f.values) {
    nlohmann::json statements = nlohmann::json::array();
    for (const match::Statement& s : g.statements) {
      nlohmann::json st = {{"document", s.document}, {"line", s.location.line}, {"column", s.location.column},
                           {"sentence", s.sentence}, {"text", s.text},      {"pattern", s.pattern + 1},
                           {"normalized_text", doc::normalize(s.value.text).text},
                           {"value", value::to_json(s.value)}};
      nlohmann::json roles = nlohmann::json::object();
      for (std::size_t i = 0; i < s.roles.size(); ++i) {
        const std::string& words = i < s.role_texts.size() ? s.role_texts[i] : std::string();
        roles[s.roles[i].first] = {{"entity", s.roles[i].second}, {"text", words}, {"from_context", words.empty()}};
        const std::string& source = i < s.role_sources.size() ? s.role_sources[i] : std::string();
        if (!source.empty()) roles[s.roles[i].first]["source"] = source;
      }
      st["roles"] = roles;
      if (!s.table_header.empty()) {
        st["table"] = {{"header", s.table_header}};
        if (!s.table_year.empty()) st["table"]["year_cell"] = s.table_year;
      }
      if (!s.scope_source.empty()) st["scope_source"] = s.scope_source;
      if (const lang::Pattern* p = pattern_of(fact, s.pattern)) {
        if (fact->is_cue(s.pattern)) st["cue"] = rule_number(*fact, s.pattern);
        st["pattern_text"] = span_text(p->span);
        st["pattern_location"] = span_location(p->span);
      }
      statements.push_back(std::move(st));
    }
    nlohmann::json v = {{"value", g.value.display}, {"suggested", g.suggested}, {"statements", statements}};
    if (g.deviates) v["deviates_from_decision"] = true;
    values.push_back(std::move(v));
  }
  nlohmann::json out = {{"schema", "factlint-explain/v1"}, {"id", f.id}, {"fact", f.fact}, {"key", f.key},
                        {"verdict", std::string(compare::verdict_name(f.verdict))}, {"reason", f.reason},
                        {"explanation", f.explanation}, {"values", values}};
  if (!f.scope.empty()) out["scope"] = f.scope;
  if (fact != nullptr) out["compare"] = policy_text(*fact);
  if (!f.decisions.empty()) out["decisions"] = decisions_json(f.decisions);
  if (!dropped.empty()) {
    nlohmann::json list = nlohmann::json::array();
    for (const match::NearMiss& m : dropped) {
      list.push_back({{"document", m.document}, {"line", m.location.line}, {"column", m.location.column},
                      {"sentence", m.sentence}, {"reason", m.reason}});
    }
    out["dropped"] = list;
  }
  return out;
}

}  // namespace factlint::report
