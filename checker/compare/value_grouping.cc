// Greedy clique grouping of compatible values.
#include "compare/value_grouping.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace factlint::compare {

namespace {

bool statement_order(const match::Statement& a, const match::Statement& b) {
  return std::tie(a.document, a.begin, a.fact) < std::tie(b.document, b.begin, b.fact);
}

// Narrower intervals, then finer precision, represent a group better: "4,184 km"
// says more than "2,600 miles", and "42" more than "over 40".
bool more_precise(const value::Value& a, const value::Value& b) {
  double wa = a.hi - a.lo, wb = b.hi - b.lo;
  if (std::isnan(wa)) wa = INFINITY;
  if (std::isnan(wb)) wb = INFINITY;
  if (wa != wb) return wa < wb;
  return a.precision < b.precision;
}

Agreement weaker(Agreement a, Agreement b) { return static_cast<int>(a) > static_cast<int>(b) ? a : b; }

}  // namespace

Grouping group_values(std::vector<match::Statement> statements, const lang::CompareSpec& policy) {
  std::sort(statements.begin(), statements.end(), statement_order);
  Grouping out;
  for (match::Statement& s : statements) {
    ValueGroup* home = nullptr;
    Agreement used = Agreement::Same;
    for (ValueGroup& g : out.groups) {
      Agreement worst = Agreement::Same;
      for (const match::Statement& member : g.statements) {
        worst = weaker(worst, agreement(member.value, s.value, policy));
        if (worst == Agreement::Differ) break;
      }
      if (worst != Agreement::Differ) {
        home = &g;
        used = worst;
        break;
      }
    }
    if (home == nullptr) {
      out.groups.push_back(ValueGroup{s.value, {}, false});
      home = &out.groups.back();
    } else {
      out.weakest = weaker(out.weakest, used);
      for (const match::Statement& member : home->statements) {
        if (member.value.original_unit != s.value.original_unit) out.units_converted = true;
      }
      if (more_precise(s.value, home->value)) home->value = s.value;
    }
    home->statements.push_back(std::move(s));
  }
  return out;
}

}  // namespace factlint::compare
