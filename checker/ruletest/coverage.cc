// Coverage of `factlint test`: which patterns and cues no passing case fired.
#include "ruletest/coverage.h"

#include <fmt/format.h>

namespace factlint::ruletest {

std::size_t rule_count(const lang::RuleSet& rules) {
  std::size_t n = 0;
  for (const lang::FactDecl& fact : rules.facts) n += fact.patterns.size() + fact.cues.size();
  return n;
}

std::vector<UncoveredPattern> uncovered_rules(const lang::RuleSet& rules,
                                              const std::set<std::pair<std::string, int>>& fired) {
  std::vector<UncoveredPattern> out;
  for (const lang::FactDecl& fact : rules.facts) {
    for (int i = 0; fact.matcher_rule(i); ++i) {
      if (fired.count({fact.name, i})) continue;
      const int cue = fact.is_cue(i) ? i - static_cast<int>(fact.patterns.size()) + 1 : 0;
      out.push_back({fact.name, i, cue, place_of(fact.matcher_rule(i)->span)});
    }
  }
  return out;
}

namespace {

source::Diagnostic at(const Place& place, source::Severity severity, std::string message) {
  source::Diagnostic d;
  d.severity = severity;
  d.path = place.path;
  d.location = place.location;
  d.length = place.length;
  d.source_line = place.source_line;
  d.message = std::move(message);
  return d;
}

}  // namespace

std::string uncovered_message(const UncoveredPattern& u) {
  if (u.cue > 0) return fmt::format("cue {} of fact '{}' never fired in a passing example or fixture", u.cue, u.fact);
  return fmt::format("pattern {} of fact '{}' never fired in a passing example or fixture", u.pattern + 1, u.fact);
}

source::Diagnostic failure_diagnostic(const CaseResult& result) {
  return at(result.place, source::Severity::Error, result.message);
}

std::vector<source::Diagnostic> coverage_diagnostics(const TestRun& run, source::Severity severity) {
  std::vector<source::Diagnostic> out;
  for (const auto& u : run.uncovered) out.push_back(at(u.place, severity, uncovered_message(u)));
  return out;
}

}  // namespace factlint::ruletest
