// Example values read as their fact's type, as `factlint test` reads them.
#include "ruletest/example_values.h"

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

}  // namespace

void check_example_values(const lang::RuleSet& rules, source::DiagnosticSink& sink) {
  for (const lang::FactDecl& fact : rules.facts) {
    if (!value::type_from_name(fact.value.type)) continue;  // an unknown type is the checker's error
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
