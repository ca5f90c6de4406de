// Writing the list of facts of a rule set.
#include "report/rules_report.h"

#include <algorithm>

#include <fmt/format.h>

#include "lang/dump.h"
#include "report/counted.h"
#include "source/diagnostic.h"
#include "source/display_text.h"
#include "source/place.h"

namespace factlint::report {

namespace {


struct FactSummary {
  std::string signature;  // "trade_partner_rank(partner: entity, of: entity) -> rank: ordinal"
  std::size_t examples = 0;
  std::size_t counterexamples = 0;
};

FactSummary summarize(const lang::FactDecl& fact) {
  FactSummary s;
  s.signature = fact.name;
  if (!fact.roles.empty()) {
    s.signature += "(";
    for (std::size_t i = 0; i < fact.roles.size(); ++i) {
      s.signature += (i ? ", " : "") + lang::dump(fact.roles[i]);
    }
    s.signature += ")";
  }
  // The value's whole declaration as written: `amount: money per person`.
  s.signature += fmt::format(" -> {}{}{}", lang::dump(fact.value), fact.per.empty() ? "" : " per " + fact.per,
                             fact.symmetric ? " symmetric" : "");
  s.counterexamples = static_cast<std::size_t>(
      std::count_if(fact.examples.begin(), fact.examples.end(), [](const lang::Example& e) { return e.counter; }));
  s.examples = fact.examples.size() - s.counterexamples;
  return s;
}

}  // namespace

std::string rules_list_text(const lang::RuleSet& rules) {
  std::string text;
  for (const lang::FactDecl& fact : rules.facts) {
    FactSummary s = summarize(fact);
    source::Diagnostic where = source::make_diagnostic(source::Severity::Note, fact.name_span, "");
    const std::string cues = fact.cues.empty() ? "" : counted(fact.cues.size(), "cue") + ", ";
    text += fmt::format("{}: {}; {}{}, {}, {}\n", source::Place{where.path, where.location}, s.signature, cues,
                        counted(fact.patterns.size(), "pattern"), counted(s.examples, "example"),
                        counted(s.counterexamples, "counterexample"));
  }
  for (const lang::QuoteDecl& q : rules.quotes) {
    source::Diagnostic where = source::make_diagnostic(source::Severity::Note, q.name_span, "");
    text += fmt::format("{}: quote {}: {}{} \"{}\"\n", source::Place{where.path, where.location}, q.name, q.speaker,
                        q.about.empty() ? "" : " about " + q.about, source::printable(q.text));
  }
  return text;
}

nlohmann::json rules_list_json(const lang::RuleSet& rules) {
  nlohmann::json facts = nlohmann::json::array();
  for (const lang::FactDecl& fact : rules.facts) {
    FactSummary s = summarize(fact);
    source::Diagnostic where = source::make_diagnostic(source::Severity::Note, fact.name_span, "");
    nlohmann::json roles = nlohmann::json::array();
    for (const auto& r : fact.roles) {
      nlohmann::json role{{"name", r.name}, {"type", r.type}};
      if (!r.fallback.empty()) role["fallback"] = r.fallback;  // docs/rules.md "A role's fallback entity"
      roles.push_back(std::move(role));
    }
    nlohmann::json value{{"name", fact.value.name}, {"type", fact.value.type}};
    if (!fact.per.empty()) value["per"] = fact.per;  // `-> fee: money per vehicle`
    facts.push_back({{"name", fact.name},
                     {"roles", roles},
                     {"value", value},
                     {"symmetric", fact.symmetric},
                     {"patterns", fact.patterns.size()},
                     {"cues", fact.cues.size()},
                     {"examples", s.examples},
                     {"counterexamples", s.counterexamples},
                     {"path", where.path},
                     {"line", where.location.line},
                     {"column", where.location.column}});
  }
  nlohmann::json quotes = nlohmann::json::array();
  for (const lang::QuoteDecl& q : rules.quotes) {
    source::Diagnostic where = source::make_diagnostic(source::Severity::Note, q.name_span, "");
    quotes.push_back({{"name", q.name},
                      {"speaker", q.speaker},
                      {"about", q.about},
                      {"text", q.text},
                      {"path", where.path},
                      {"line", where.location.line},
                      {"column", where.location.column}});
  }
  return nlohmann::json{{"schema", "factlint-rules/v1"}, {"facts", facts}, {"quotes", quotes}};
}

}  // namespace factlint::report
