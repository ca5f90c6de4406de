// Ranking sentences without cues by their figure (match/restatement_rank.h).
#include "match/restatement_rank.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "source/display_path.h"

namespace factlint::match {

namespace {

double middle(const value::Value& v) { return (v.lo + v.hi) / 2; }

bool temporal(value::Type t) { return t == value::Type::Year || t == value::Type::Date; }

// How far apart two figures are, as a factor (1 the same) or, for years, dates and
// small numbers (ranks, counts of a few), as a difference; nullopt when they cannot be
// one figure (other units, open ends).
std::optional<double> distance(const value::Value& a, const value::Value& b) {
  if (a.type != b.type || a.unit != b.unit || a.vague || b.vague) return std::nullopt;
  const double x = middle(a), y = middle(b);
  if (!std::isfinite(x) || !std::isfinite(y)) return std::nullopt;
  // Temporal values are day numbers (value/value.h) spanning their grain: a year and a
  // day in it overlap ("1991", "22 November 1991"). Other years are other events: a
  // sentence names many years, and one a year off is any of them.
  if (temporal(a.type)) return a.lo <= b.hi && b.lo <= a.hi ? std::optional<double>(0) : std::nullopt;
  if (std::abs(x) < 20 && std::abs(y) < 20) return std::abs(x - y);
  if (x <= 0 || y <= 0) return x == y ? std::optional<double>(0) : std::nullopt;
  return (x > y ? x / y : y / x) - 1;
}

}  // namespace

bool close_figures(const value::Value& a, const value::Value& b) {
  const std::optional<double> d = distance(a, b);
  return d && *d <= (std::abs(middle(a)) < 20 && std::abs(middle(b)) < 20 ? 1.0 : 0.5);
}

void rank_restatements(const std::vector<NearMiss*>& misses, const std::vector<Statement>& statements) {
  std::map<std::string, std::vector<const Statement*>> by_fact;
  for (const Statement& st : statements) by_fact[st.fact].push_back(&st);
  for (NearMiss* miss : misses) {
    NearMiss& m = *miss;
    if (!m.without_cue || !m.figure) continue;
    const auto it = by_fact.find(m.fact);
    if (it == by_fact.end()) continue;
    // The nearest statement is named: a writer checks the two figures side by side.
    const Statement* close = nullptr;
    double best = 0;
    for (const Statement* st : it->second) {
      const std::optional<double> d = distance(st->value, *m.figure);
      if (!d || !close_figures(st->value, *m.figure) || (close && *d >= best)) continue;
      close = st;
      best = *d;
    }
    if (!close) continue;
    m.rank = -1;
    m.reason += fmt::format("; close to '{}', read for it at {}:{}", close->value.text,
                            source::display_path(close->document), close->location);
  }
}

}  // namespace factlint::match
