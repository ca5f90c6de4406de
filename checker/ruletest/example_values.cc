// Example values read as their fact's type, as `factlint test` reads them.
#include "ruletest/example_values.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <string>
#include <vector>

#include "lang/written_value.h"
#include "ruletest/expectation.h"
#include "value/value_type.h"

namespace factlint::ruletest {

namespace {

// The value types that read `text` as a rule's value (lang/written_value.h), in the
// manual's order, for the hint.
std::vector<std::string> types_reading(const std::string& text) {
  std::vector<std::string> out;
  for (const std::string& name : value::all_type_names()) {
    auto type = value::type_from_name(name);
    if (type && lang::read_written_value(*type, text, "")) out.push_back(name);
  }
  return out;
}

std::string hint(const std::vector<std::string>& types) {
  if (types.empty()) return "";
  std::string list;
  for (std::size_t i = 0; i < types.size(); ++i) list += (i ? (i + 1 == types.size() ? " or " : ", ") : "") + types[i];
  return "; it reads as " + list + ": is the fact's value type right?";
}

// "up to 50", "at most 50", "a maximum of 50": a limit, read as the range from 0.
// Only such words say a limit; "under 50" or "fewer than 50" may be estimates, which
// `compare exact` is right for (docs/rules.md "Minimums and maximums").
bool is_written_maximum(const std::string& text, const value::Value& v) {
  static const char* const kLimitWords[] = {"up to", "at most", "maximum", "max ", "max.", "no more than",
                                            "not more than", "limit"};
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool worded = std::any_of(std::begin(kLimitWords), std::end(kLimitWords),
                                  [&](const char* w) { return lower.find(w) != std::string::npos; });
  return worded && v.lo == 0 && v.hi > 0 && std::isfinite(v.hi);
}

// A fact whose examples give a maximum and that compares with the default `compare
// exact`: any two maximums overlap there, so "up to 25" agrees with "up to 50" (a
// newcomer's limits were grouped so). One warning a fact, at its first such example.
void check_limit_comparison(const lang::FactDecl& fact, source::DiagnosticSink& sink) {
  if (fact.compare.kind != lang::CompareSpec::Kind::Exact) return;
  for (const lang::Example& example : fact.examples) {
    for (std::size_t i = 0; i < example.expected.size(); ++i) {
      const auto& [role, text] = example.expected[i];
      if (role != fact.value.name) continue;
      auto v = read_expected(fact, text);
      if (!v || !is_written_maximum(text, *v)) continue;
      const source::Span& at = i < example.value_spans.size() ? example.value_spans[i] : example.span;
      sink.warning(at, "example value '" + text + "' is a maximum, and fact '" + fact.name +
                           "' compares with the default `compare exact`, under which any two maximums overlap "
                           "and agree ('up to 25' and 'up to 50'); add `compare end` to compare the limits "
                           "(docs/rules.md \"Minimums and maximums\")");
      return;
    }
  }
}

}  // namespace

void check_example_values(const lang::RuleSet& rules, source::DiagnosticSink& sink) {
  for (const lang::FactDecl& fact : rules.facts) {
    if (!value::type_from_name(fact.value.type)) continue;  // an unknown type is the checker's error
    check_limit_comparison(fact, sink);
    for (const lang::Example& example : fact.examples) {
      for (std::size_t i = 0; i < example.expected.size(); ++i) {
        const auto& [role, text] = example.expected[i];
        if (role != fact.value.name || read_expected(fact, text)) continue;
        const source::Span& at = i < example.value_spans.size() ? example.value_spans[i] : example.span;
        sink.warning(at, "example value '" + text + "' cannot be read as '" + fact.value.type +
                             "', so `factlint test` fails on it" + hint(types_reading(text)));
      }
    }
  }
}

}  // namespace factlint::ruletest
