// Checks of factlint.decisions.toml entries; see decision_check.h.
#include "compare/decision_check.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include <fmt/format.h>

#include "compare/known_values.h"
#include "match/fact_key.h"

namespace factlint::compare {

namespace {

bool is_finding_id(const std::string& text) {
  static const std::regex id("f-[0-9a-f]{10}");
  return std::regex_match(text, id);
}

const char* kind_name(Decision::Kind kind) {
  switch (kind) {
    case Decision::Kind::Canonical: return "canonical";
    case Decision::Kind::Acknowledged: return "acknowledged";
    case Decision::Kind::WrongExtraction: return "wrong-extraction";
  }
  return "?";
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
      const lang::FactDecl* fact = is_finding_id(d.finding) ? nullptr : check_key(d);
      if (fact && d.kind == Decision::Kind::Canonical) check_value(d, *fact);
      if (d.kind == Decision::Kind::WrongExtraction) check_statement(d);
      auto [it, inserted] = first.emplace(std::make_pair(d.finding, d.kind), &d);
      if (!inserted) {
        source::Diagnostic e = located(d, fmt::format("a second '{}' decision for '{}'; keep one", kind_name(d.kind),
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

  // The fact the key names, or nullptr after an error; a symmetric key is put in order.
  const lang::FactDecl* check_key(Decision& d) {
    match::WrittenKey key = match::parse_written_key(d.finding);
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
    d.finding = match::canonical_written_key(d.finding, rules_);
    return fact;
  }

  void check_value(const Decision& d, const lang::FactDecl& fact) {
    if (!read_value(fact, d.value)) {
      error(located(d, fmt::format("value '{}' cannot be read as {} (the value type of fact '{}')", d.value,
                                   fact.value.type, fact.name)));
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

}  // namespace

bool check_decisions(Decisions& decisions, const lang::RuleSet& rules, source::DiagnosticSink& sink) {
  return DecisionChecker(rules, sink).run(decisions);
}

void check_decision_use(const Decisions& decisions, const std::vector<Finding>& findings,
                        const std::vector<match::Statement>& statements, source::DiagnosticSink& sink) {
  for (const Decision& d : decisions) {
    auto finding = std::find_if(findings.begin(), findings.end(),
                                [&](const Finding& f) { return d.targets(f.id, f.key); });
    source::Diagnostic w = d.anchor;
    w.severity = source::Severity::Warning;
    if (finding == findings.end()) {
      w.message = fmt::format("decision for '{}' matches no finding of this run: the finding is gone (remove the "
                              "decision) or its documents were not checked",
                              d.finding);
      sink.add(std::move(w));
      continue;
    }
    if (d.kind != Decision::Kind::WrongExtraction) continue;
    bool named = std::any_of(statements.begin(), statements.end(), [&](const match::Statement& s) {
      return s.key == finding->key && s.fact == finding->fact && place_of(s) == d.statement;
    });
    if (!named) {
      w.message = fmt::format("no statement of '{}' at '{}' in this run; the document may have changed", d.finding,
                              d.statement);
      sink.add(std::move(w));
    }
  }
}

}  // namespace factlint::compare
