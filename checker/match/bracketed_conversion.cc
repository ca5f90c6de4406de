// Dollar conversions in brackets (match/bracketed_conversion.h).
#include "match/bracketed_conversion.h"

#include "value/currency_reading.h"

namespace factlint::match {

namespace {

bool dollars(const value::Value& v) { return v.unit == "USD" || v.unit == value::kBareDollar; }

}  // namespace

bool converts_into_dollars(std::string_view text, const value::ValueMatch& before, const value::ValueMatch& here) {
  if (before.value.type != value::Type::Money || here.value.type != value::Type::Money) return false;
  if (!dollars(here.value) || dollars(before.value) || before.value.unit.empty()) return false;
  if (before.end > here.begin || here.end >= text.size() || text[here.end] != ')') return false;
  std::string_view gap = text.substr(before.end, here.begin - before.end);
  if (gap.substr(0, 2) != " (") return false;
  gap.remove_prefix(2);
  for (std::string_view hedge : {"about ", "around ", "roughly ", "approximately ", "approx. ", "some ", "nearly ",
                                 "almost ", "c. ", "circa ", "or ", "equivalent to ", "worth "}) {
    if (gap.substr(0, hedge.size()) == hedge) {
      gap.remove_prefix(hedge.size());
      break;
    }
  }
  return gap.empty();
}

}  // namespace factlint::match
