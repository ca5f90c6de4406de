// Reading `known` declarations into values.
#include "compare/known_values.h"

#include <algorithm>

#include <fmt/format.h>

#include "match/fact_key.h"
#include "lang/written_value.h"

namespace factlint::compare {

std::optional<value::Value> read_value(const lang::FactDecl& fact, const std::string& text) {
  return lang::read_written_value(fact, text);
}

std::optional<KnownReading> known_reading(const lang::FactDecl& fact, const std::string& key,
                                          const std::string& scope) {
  for (const std::string& year : {scope, std::string()}) {
    for (const lang::KnownValue& known : fact.known) {
      if (known.year != year || match::fact_key(fact, known.roles) != key) continue;
      if (auto v = read_value(fact, known.value_text)) return KnownReading{std::move(*v), &known};
    }
    if (year.empty()) break;
  }
  return std::nullopt;
}

std::string known_origin(const lang::KnownValue& known) {
  std::string where;
  if (known.span.file != nullptr) {
    where = fmt::format("{}:{}", known.span.file->path(), known.span.file->location(known.span.begin).line);
  }
  if (known.note.empty()) return where;
  return where.empty() ? known.note : where + ": " + known.note;
}

}  // namespace factlint::compare
