// Checks of factlint.decisions.toml entries; see decision_check.h.
#include "compare/decision_check.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <regex>
#include <set>

#include <fmt/format.h>

#include "compare/finding_id.h"
#include "compare/known_values.h"
#include "lang/written_value_hint.h"
#include "match/fact_key.h"

namespace factlint::compare {

namespace {

// Why `text` is no value of `fact` (lang/written_value_hint.h), or "".
std::string value_hint(const lang::FactDecl& fact, const std::string& text, const std::string& unit = "") {
  const auto type = value::type_from_name(fact.value.type);
  return type ? lang::unreadable_value_hint(*type, text, unit) : "";
}

// A quote finding's key: "quote(NAME)" or "quote(Speaker about X) \"words\"".
bool is_quote_key(const std::string& text) { return text.rfind("quote(", 0) == 0; }

// "gdp_growth(Kenya) [2023]" -> {"gdp_growth(Kenya)", "2023"}; a key without a
// bracketed scope comes back whole, with no scope.
std::pair<std::string, std::optional<std::string>> split_scope(const std::string& text) {
  std::size_t open = text.rfind(" [");
  if (open == std::string::npos || !text.ends_with("]")) return {text, std::nullopt};
  return {text.substr(0, open), text.substr(open + 2, text.size() - open - 3)};
}

bool is_finding_id(const std::string& text) {
  static const std::regex id("f-[0-9a-f]{10}");
  return std::regex_match(text, id);
}

class DecisionChecker {
 public:
  DecisionChecker(const lang::RuleSet& rules, source::DiagnosticSink& sink) : rules_(rules), sink_(sink) {
    for (const lang::FactDecl& f : rules.facts) fact_names_.push_back(f.name);
    for (const lang::EntityDecl& e : rules.entities) entity_names_.push_back(e.name);
  }

  bool run(Decisions& decisions) {
    std::map<std::pair<std::string, Decision::Kind>, const Decision*> first;
    for (Decision& d : decisions) {
      const lang::FactDecl* fact = nullptr;
      if (is_quote_key(d.finding)) {
        check_quote_decision(d);
      } else if (!is_finding_id(d.finding)) {
        fact = check_key(d);
      }
      if (fact && d.kind == Decision::Kind::Canonical) check_value(d, *fact, d.value);
      if (fact && d.kind == Decision::Kind::Acknowledged) {
        for (const std::string& v : d.values) check_value(d, *fact, v);
      }
      if (d.kind == Decision::Kind::WrongExtraction) check_statement(d);
      auto [it, inserted] = first.emplace(std::make_pair(d.finding, d.kind), &d);
      if (!inserted) {
        source::Diagnostic e = located(d, fmt::format("a second '{}' decision for '{}'; keep one", decision_kind_name(d.kind),
                                                      d.finding));
        source::Diagnostic note = located(*it->second, "the first is here");
        note.severity = source::Severity::Note;
        e.notes.push_back(std::move(note));
        if (d.kind != Decision::Kind::WrongExtraction || it->second->statement == d.statement) error(std::move(e));
      }
    }
    return ok_;
  }

 private:
  source::Diagnostic located(const Decision& d, std::string message) const {
    source::Diagnostic out = d.anchor;
    out.severity = source::Severity::Error;
    out.message = std::move(message);
    return out;
  }

  void error(source::Diagnostic d) {
    ok_ = false;
    sink_.add(std::move(d));
  }

  // Quote findings (docs/quotes.md) exist only once the run has read the quotations;
  // a declared quote's key, quote(NAME), must name a declaration of the rules. Their
  // wording is verified by a `quote` declaration, so a canonical value makes no sense.
  void check_quote_decision(const Decision& d) {
    if (d.kind == Decision::Kind::Canonical) {
      error(located(d, fmt::format("'{}' is a quotation: declare its verified wording and speaker with a 'quote' "
                                   "declaration in the rules instead of a canonical decision",
                                   d.finding)));
      return;
    }
    static const std::regex declared(R"(quote\(([A-Za-z_][A-Za-z0-9_]*)\))");
    std::smatch m;
    if (!std::regex_match(d.finding, m, declared)) return;
    if (rules_.find_quote(m[1].str())) return;
    std::vector<std::string> names;
    for (const lang::QuoteDecl& q : rules_.quotes) names.push_back(q.name);
    std::string hint = source::did_you_mean(m[1].str(), names);
    error(located(d, fmt::format("no quote '{}' declared in the rules{}", m[1].str(), source::suggestion(hint))));
  }

  // The fact the key names, or nullptr after an error; a symmetric key is put in order.
  const lang::FactDecl* check_key(Decision& d) {
    auto [written, scope] = split_scope(d.finding);
    match::WrittenKey key = match::parse_written_key(written);
    const lang::FactDecl* fact = key.well_formed ? rules_.find_fact(key.fact) : nullptr;
    if (!key.well_formed) {
      error(located(d, fmt::format("'{}' is not a finding id (f-...) or key such as 'fact(Entity, Entity)'", d.finding)));
      return nullptr;
    }
    if (!fact) {
      std::string hint = source::did_you_mean(key.fact, fact_names_);
      error(located(d, fmt::format("no fact '{}' in the rules{}", key.fact, source::suggestion(hint))));
      return nullptr;
    }
    if (key.args.size() != fact->roles.size()) {
      error(located(d, fmt::format("fact '{}' has {} key role{}, but '{}' names {}", fact->name, fact->roles.size(),
                                   fact->roles.size() == 1 ? "" : "s", d.finding, key.args.size())));
      return nullptr;
    }
    for (std::size_t i = 0; i < key.args.size(); ++i) {
      if (!rules_.is_entity_type(fact->roles[i].type)) continue;
      if (!rules_.find_entity(key.args[i])) {
        std::string hint = source::did_you_mean(key.args[i], entity_names_);
        error(located(d, fmt::format("no entity '{}' in the rules{}", key.args[i], source::suggestion(hint))));
        return nullptr;
      }
    }
    if (scope && fact->scope.empty()) {
      error(located(d, fmt::format("fact '{}' has no scope, so '{}' names no finding; write the key without "
                                   "'[{}]'", fact->name, d.finding, *scope)));
      return nullptr;
    }
    d.finding = match::scoped_key(match::canonical_written_key(written, rules_), scope.value_or(""));
    return fact;
  }

  void check_value(const Decision& d, const lang::FactDecl& fact, const std::string& text) {
    if (!read_value(fact, text)) {
      error(located(d, fmt::format("value '{}' cannot be read as {} (the value type of fact '{}'){}", text,
                                   fact.value.type, fact.name, value_hint(fact, text))));
    }
  }

  void check_statement(const Decision& d) {
    static const std::regex place(".+:[0-9]+:[0-9]+");
    if (!std::regex_match(d.statement, place)) {
      error(located(d, fmt::format("statement '{}' must be written path:line:column, as reports print it",
                                   d.statement)));
    }
  }

  const lang::RuleSet& rules_;
  source::DiagnosticSink& sink_;
  std::vector<std::string> fact_names_;
  std::vector<std::string> entity_names_;
  bool ok_ = true;
};

std::string place_of(const match::Statement& s) {
  return fmt::format("{}", s.place());
}

// Wrong-extraction decisions may take out every statement of a finding: it is gone
// from the findings, yet its decisions (those wrong extractions, and any canonical
// value or acknowledgement) are in use, not stale: the statements are still there.
bool applies_to_dropped(const Decision& d, const std::vector<match::Statement>& dropped) {
  return std::any_of(dropped.begin(), dropped.end(), [&](const match::Statement& s) {
    return d.targets(finding_id(s.fact, s.key, s.scope), s.key, s.scope) &&
           (d.kind != Decision::Kind::WrongExtraction || place_of(s) == d.statement);
  });
}

}  // namespace

bool check_decisions(Decisions& decisions, const lang::RuleSet& rules, source::DiagnosticSink& sink) {
  return DecisionChecker(rules, sink).run(decisions);
}

const Finding* decided_finding(const Decision& d, const std::vector<Finding>& findings) {
  auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return d.targets(f.id, f.key, f.scope); });
  return it == findings.end() ? nullptr : &*it;
}

void for_each_statement_of(const Finding& finding, const std::vector<Finding>& findings,
                           const std::vector<match::Statement>& dropped,
                           const std::function<void(const match::Statement&)>& visit) {
  for (const Finding& f : findings) {
    if (f.fact != finding.fact || f.key != finding.key) continue;
    for (const ValueGroup& g : f.values) {
      for (const match::Statement& s : g.statements) visit(s);
    }
  }
  for (const match::Statement& s : dropped) {
    if (s.fact == finding.fact && s.key == finding.key) visit(s);
  }
}

DecisionUse decision_use(const Decision& d, const std::vector<Finding>& findings,
                         const std::vector<match::Statement>& dropped, const lang::RuleSet& rules) {
  const Finding* finding = decided_finding(d, findings);
  if (finding == nullptr) return applies_to_dropped(d, dropped) ? DecisionUse::Applies : DecisionUse::NoFinding;
  if (d.kind == Decision::Kind::Canonical) {
    // A key's value was read before the comparison; an id's fact is known only now.
    const lang::FactDecl* fact = rules.find_fact(finding->fact);
    if (fact != nullptr && !read_value(*fact, d.value)) return DecisionUse::UnreadableValue;
  }
  if (d.kind != Decision::Kind::WrongExtraction) return DecisionUse::Applies;
  if (finding->fact == "quote") return DecisionUse::NotForQuotes;
  bool named = false;
  for_each_statement_of(*finding, findings, dropped, [&](const match::Statement& s) {
    named = named || place_of(s) == d.statement;
  });
  return named ? DecisionUse::Applies : DecisionUse::NoStatement;
}

bool check_decision_use(const Decisions& decisions, const std::vector<Finding>& findings,
                        const std::vector<match::Statement>& dropped, const lang::RuleSet& rules,
                        source::DiagnosticSink& sink) {
  bool ok = true;
  for (const Decision& d : decisions) {
    source::Diagnostic w = d.anchor;
    w.severity = source::Severity::Warning;
    switch (decision_use(d, findings, dropped, rules)) {
      case DecisionUse::Applies: continue;
      case DecisionUse::NoFinding:
        w.message = fmt::format("decision for '{}' matches no finding of this run: the finding is gone (remove the "
                                "decision: 'factlint decisions prune') or its documents were not checked",
                                d.finding);
        break;
      case DecisionUse::NoStatement:
        w.message = fmt::format("no statement of '{}' at '{}' in this run; the document may have changed "
                                "('factlint decisions prune' removes the decision)",
                                d.finding, d.statement);
        break;
      case DecisionUse::NotForQuotes:
        w.message = fmt::format("a wrong-extraction decision does not apply to quotation '{}': it is ignored; keep "
                                "a document's quotations out with --quote-ignore, or acknowledge the finding",
                                d.finding);
        break;
      case DecisionUse::UnreadableValue: {
        const Finding* f = decided_finding(d, findings);
        w.severity = source::Severity::Error;
        w.message = fmt::format("value '{}' cannot be read as {} (the value type of fact '{}'){}", d.value,
                                rules.find_fact(f->fact)->value.type, f->fact,
                                value_hint(*rules.find_fact(f->fact), d.value,
                                           f->values.empty() ? "" : f->values.front().value.original_unit));
        ok = false;
        break;
      }
    }
    sink.add(std::move(w));
  }
  return ok;
}

}  // namespace factlint::compare
