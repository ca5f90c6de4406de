// Greedy clique grouping of compatible values.
#include "compare/value_grouping.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
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

// The member that shows a group: the most precise of those written in the unit most
// members use. Six sources' "38 km" are shown as "38 km", not as the one "23.6 mi"
// that is finer (a newcomer's report); among one unit, "4,184 km" says more than
// "about 4,200 km".
const value::Value& representative(const std::vector<match::Statement>& members) {
  std::map<std::string, std::size_t> per_unit;
  for (const match::Statement& s : members) ++per_unit[s.value.original_unit];
  const match::Statement* best = &members.front();
  for (const match::Statement& s : members) {
    const std::size_t n = per_unit[s.value.original_unit], m = per_unit[best->value.original_unit];
    if (n > m || (n == m && more_precise(s.value, best->value))) best = &s;
  }
  return best->value;
}

Agreement weaker(Agreement a, Agreement b) { return static_cast<int>(a) > static_cast<int>(b) ? a : b; }

// A value as comparisons see it: agreement never reads how it was written. Many
// documents state a key's value the same way, so a group's members reduce to a few
// distinct readings, and a statement is compared with those instead of every member
// (a key stated in 10,000 documents would otherwise cost 10,000² comparisons).
value::Value reading_of(const value::Value& v) {
  value::Value r = v;
  r.text.clear();
  r.display.clear();
  return r;
}

// What a member agrees with the statement at: the weakest over the group's readings.
Agreement worst_agreement(const std::vector<value::Value>& readings, const value::Value& v,
                          const lang::CompareSpec& policy) {
  Agreement worst = Agreement::Same;
  for (const value::Value& r : readings) {
    worst = weaker(worst, agreement(r, v, policy));
    if (worst == Agreement::Differ) break;
  }
  return worst;
}

}  // namespace

Grouping group_values(std::vector<match::Statement> statements, const lang::CompareSpec& policy) {
  std::sort(statements.begin(), statements.end(), statement_order);
  Grouping out;
  std::vector<std::vector<value::Value>> readings;  // per group: its members' distinct readings
  for (match::Statement& s : statements) {
    const value::Value reading = reading_of(s.value);
    std::size_t home = out.groups.size();
    Agreement used = Agreement::Same;
    for (std::size_t g = 0; g < out.groups.size(); ++g) {
      Agreement worst = worst_agreement(readings[g], s.value, policy);
      if (worst != Agreement::Differ) {
        home = g;
        used = worst;
        break;
      }
    }
    if (home == out.groups.size()) {
      out.groups.push_back(ValueGroup{s.value, {}, false});
      readings.emplace_back();
    } else {
      out.weakest = weaker(out.weakest, used);
      for (const value::Value& r : readings[home]) {
        if (r.original_unit != s.value.original_unit) out.units_converted = true;
      }
    }
    if (std::find(readings[home].begin(), readings[home].end(), reading) == readings[home].end()) {
      readings[home].push_back(reading);
    }
    out.groups[home].statements.push_back(std::move(s));
  }
  // Grown by doubling, a group's vector may hold twice the room its statements need;
  // the groups keep a run's statements until the report is written.
  for (ValueGroup& g : out.groups) {
    g.statements.shrink_to_fit();
    g.value = representative(g.statements);
  }
  return out;
}

}  // namespace factlint::compare
