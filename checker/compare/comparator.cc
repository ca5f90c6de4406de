// Verdicts and reasons for each fact key.
#include "compare/comparator.h"

#include <algorithm>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "compare/finding_id.h"
#include "compare/independent_sources.h"
#include "compare/known_values.h"
#include "compare/value_grouping.h"
#include "doc/front_matter.h"
#include "value/civil_date.h"

namespace factlint::compare {

namespace {

std::set<std::string> documents_of(const std::vector<match::Statement>& statements) {
  std::set<std::string> out;
  for (const auto& s : statements) out.insert(s.document);
  return out;
}

std::set<std::string> documents_of(const std::vector<ValueGroup>& groups) {
  std::set<std::string> out;
  for (const ValueGroup& g : groups) {
    for (const auto& s : g.statements) out.insert(s.document);
  }
  return out;
}

const char* agreement_reason(const Grouping& grouping) {
  if (grouping.units_converted) return "unit-converted";
  switch (grouping.weakest) {
    case Agreement::Same: return "same-value";
    case Agreement::Compatible: return "compatible-intervals";
    case Agreement::WithinRounding: return "rounding";
    case Agreement::WithinTolerance: return "within-tolerance";
    case Agreement::Differ: break;
  }
  return "values-differ";
}

std::string date_of(const DocumentDates& dates, const std::string& path) { return std::string(dates.of(path)); }

// Whether a document dated `a` was surely published before one dated `b`: dates may be
// given to the month or year ("2008-07", "2008"), so the whole span of `a` must end
// before `b` begins. Unknown or "undated" dates order nothing.
bool published_before(const std::string& a, const std::string& b) {
  auto first = doc::parse_publication_date(a);
  auto second = doc::parse_publication_date(b);
  if (!first || !second) return false;
  value::CivilDate last = first->first;
  if (first->grain == value::Grain::Year) last = {last.year, 12, 31};
  if (first->grain == value::Grain::Month) last.day = value::days_in_month(last.year, last.month);
  return last < second->first;
}

// A running total may grow but never shrink: a later document stating a value
// wholly below an earlier document's is the only conflict. Returns the pair found.
bool decreases_over_time(const std::vector<ValueGroup>& groups, const DocumentDates& dates,
                         const lang::CompareSpec& policy) {
  std::vector<std::pair<const match::Statement*, std::string>> dated;
  for (const ValueGroup& g : groups) {
    for (const auto& s : g.statements) dated.emplace_back(&s, date_of(dates, s.document));
  }
  for (const auto& [earlier, de] : dated) {
    for (const auto& [later, dl] : dated) {
      if (!published_before(de, dl)) continue;
      if (agrees(agreement(earlier->value, later->value, policy))) continue;
      if (later->value.hi < earlier->value.lo) return true;
    }
  }
  return false;
}

// The best-supported group: the one stated by more documents than any other. It is a
// suggestion for the editor, not a claim that the value is true. When the most
// documents are shared by two values (one source against one), none is: the newest
// source would win on its date alone, and in a pull request that is the new article
// contradicting the corpus. Returns whether a group was marked.
bool mark_suggestion(std::vector<ValueGroup>& groups) {
  auto support = [](const ValueGroup& g) { return independent_sources(g.statements); };
  auto best = std::max_element(groups.begin(), groups.end(),
                               [&](const ValueGroup& a, const ValueGroup& b) { return support(a) < support(b); });
  if (best == groups.end()) return false;
  std::size_t most = support(*best);
  if (std::count_if(groups.begin(), groups.end(), [&](const ValueGroup& g) { return support(g) == most; }) > 1) {
    return false;
  }
  best->suggested = true;
  return true;
}

std::string list_values(const std::vector<ValueGroup>& groups) {
  std::string out;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    std::size_t n = documents_of(groups[i].statements).size();
    out += fmt::format("{}'{}' ({} document{})", i == 0 ? "" : (i + 1 == groups.size() ? " vs " : ", "),
                       groups[i].value.display, n, n == 1 ? "" : "s");
  }
  return out;
}

// The canonical value of a finding: an editor's decision, else a `known` in the rules.
struct Canonical {
  value::Value value;
  std::string source;  // "the rules" or "an editor's decision (file:line)"
};

// "factlint.decisions.toml:12, by jdoe: Russian border service": where, who and why.
std::string decision_source(const Decision& d) {
  return d.origin + (d.author.empty() ? "" : ", by " + d.author) + (d.when.empty() ? "" : " on " + d.when) +
         (d.note.empty() ? "" : ": " + d.note);
}

// A decision naming this very finding (its id, or its key with its scope) wins over
// one naming its key alone, which is about every scope of the key.
const Decision* decision_for(const Decisions& decisions, const Finding& f, Decision::Kind kind) {
  const Decision* any_scope = nullptr;
  for (const Decision& d : decisions) {
    if (d.kind != kind || !d.targets(f.id, f.key, f.scope)) continue;
    if (d.finding != f.key || f.scope.empty()) return &d;
    if (any_scope == nullptr) any_scope = &d;
  }
  return any_scope;
}

std::optional<Canonical> canonical_value(const Finding& f, const lang::FactDecl& fact, const Decisions& decisions) {
  if (const Decision* d = decision_for(decisions, f, Decision::Kind::Canonical)) {
    if (auto v = read_value(fact, d->value)) {
      return Canonical{*v, "an editor's decision (" + decision_source(*d) + ")"};
    }
  }
  if (auto known = known_reading(fact, f.key, f.scope)) {
    std::string origin = known_origin(*known->declared);
    return Canonical{std::move(known->value), origin.empty() ? "the rules" : "the rules (" + origin + ")"};
  }
  return std::nullopt;
}

std::string statement_location(const match::Statement& s) {
  return fmt::format("{}", s.place());
}

// Statements an editor marked as wrong extractions of this finding are not counted;
// they go to `dropped` when given, so a decision can be checked against them later.
std::vector<match::Statement> without_wrong_extractions(std::vector<match::Statement> statements,
                                                        const std::string& id, const std::string& key,
                                                        const std::string& scope, const Decisions& decisions,
                                                        std::vector<match::Statement>* dropped) {
  auto wrong = [&](const match::Statement& s) {
    return std::any_of(decisions.begin(), decisions.end(), [&](const Decision& d) {
      return d.kind == Decision::Kind::WrongExtraction && d.targets(id, key, scope) && d.statement == statement_location(s);
    });
  };
  auto kept_end = std::stable_partition(statements.begin(), statements.end(),
                                        [&](const match::Statement& s) { return !wrong(s); });
  if (dropped) dropped->insert(dropped->end(), std::make_move_iterator(kept_end), std::make_move_iterator(statements.end()));
  statements.erase(kept_end, statements.end());
  return statements;
}

// `f.values` holds the grouping's groups.
void classify(Finding& f, const lang::FactDecl& fact, const Grouping& grouping,
              const std::optional<Canonical>& canonical, const DocumentDates& dates) {
  std::size_t docs = documents_of(f.values).size();
  // Documents that copy one another's sentence are one source (compare/independent_sources.h).
  std::size_t sources = independent_sources(f.values);
  bool several_values = f.values.size() > 1;

  if (canonical) {
    // Judged value by value: only the values that disagree with the canonical one
    // deviate; the others agree with it and are said to.
    std::vector<ValueGroup> deviating, agreeing;
    for (ValueGroup& g : f.values) {
      g.deviates = std::any_of(g.statements.begin(), g.statements.end(), [&](const match::Statement& s) {
        return !agrees(agreement(canonical->value, s.value, fact.compare));
      });
      (g.deviates ? deviating : agreeing).push_back(g);
    }
    if (!deviating.empty()) {
      f.verdict = Verdict::Conflicting;
      f.reason = "deviates-from-decision";
      f.explanation = fmt::format("'{}' is the canonical value by {}; {} deviate{} from it{}", canonical->value.display,
                                  canonical->source, list_values(deviating), deviating.size() == 1 ? "s" : "",
                                  agreeing.empty() ? "" : "; " + list_values(agreeing) + " agree" +
                                                              (agreeing.size() == 1 ? "s" : ""));
      return;
    }
  }
  if (several_values && fact.compare.kind == lang::CompareSpec::Kind::Increasing &&
      !decreases_over_time(f.values, dates, fact.compare)) {
    f.verdict = sources > 1 ? Verdict::Consistent : Verdict::SingleSource;
    f.reason = "increasing";
    f.explanation = fmt::format("a running total that grows over time: {}", list_values(f.values));
    return;
  }
  if (several_values) {
    f.verdict = Verdict::Conflicting;
    f.reason = docs == 1 ? "within-document" : "values-differ";
    f.explanation = docs == 1 ? fmt::format("one document states {}", list_values(f.values))
                              : fmt::format("sources disagree: {}", list_values(f.values));
    if (!mark_suggestion(f.values) && docs > 1) {
      f.explanation += "; no value is best supported: as many sources state each";
    }
    return;
  }
  const std::string& shown = f.values.front().value.display;
  f.verdict = sources > 1 ? Verdict::Consistent : Verdict::SingleSource;
  f.reason = sources > 1 ? agreement_reason(grouping) : docs > 1 ? "copied" : "one-document";
  if (sources > 1) {
    f.explanation = fmt::format("{} documents agree on '{}'", docs, shown);
    if (sources < docs) f.explanation += fmt::format(" ({} independent sources: the others repeat a sentence word for word)", sources);
  } else if (docs > 1) {
    f.explanation = fmt::format("only one source states '{}': {} documents carry the same sentence word for word, "
                                "and a copy is no second source", shown, docs);
  } else {
    f.explanation = fmt::format("only one document states '{}'", shown);
  }
  if (canonical && sources > 1) f.reason = "matches-decision";
}

// The displays of `f`'s value groups that no value the acknowledgement `d` lists agrees
// with (read with the fact's type and compared under its policy; a quotation's by its
// words); none when `d` lists no values, as entries written before them.
std::vector<std::string> unacknowledged_values(const Finding& f, const Decision& d, const lang::FactDecl* fact) {
  std::vector<std::string> out;
  if (d.values.empty()) return out;
  for (const ValueGroup& g : f.values) {
    const bool seen = std::any_of(d.values.begin(), d.values.end(), [&](const std::string& text) {
      if (fact == nullptr) return text == g.value.display;
      auto v = read_value(*fact, text);
      return v && agrees(agreement(*v, g.value, fact->compare));
    });
    if (!seen) out.push_back("'" + g.value.display + "'");
  }
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  }
  return out;
}

// An acknowledged disagreement stays visible but is information, not an error, as long
// as its values are the ones the editor saw: a value none of them agrees with is a new
// contradiction and fails the run as before.
void apply_acknowledgement(Finding& f, const Decisions& decisions, const lang::FactDecl* fact) {
  const Decision* d = decision_for(decisions, f, Decision::Kind::Acknowledged);
  if (d == nullptr || f.verdict != Verdict::Conflicting) return;
  if (std::vector<std::string> fresh = unacknowledged_values(f, *d, fact); !fresh.empty()) {
    std::vector<std::string> seen;
    for (const std::string& v : d->values) seen.push_back("'" + v + "'");
    f.explanation += "; an editor acknowledged only " + joined(seen) + " (" + decision_source(*d) + "), not " +
                     joined(fresh);
    return;
  }
  f.reason = "acknowledged";
  f.severity = "info";
  f.explanation += "; acknowledged by an editor (" + decision_source(*d) + ")";
}

// A fact scoped per year may take different values in different years without any
// source being wrong: a year's single-source finding whose value differs from another
// year's is explained as changed-over-time rather than flagged. A consistent year keeps
// its reason (why its sources agree: an editor asks that first) and is told of the change.
// `findings` are sorted by fact and key, so each key's years sit side by side and
// only a key's own years are compared with each other, not every pair of findings.
void explain_changes_over_time(std::vector<Finding>& findings, const lang::RuleSet& rules) {
  for (auto first = findings.begin(); first != findings.end();) {
    auto last = std::find_if(first, findings.end(),
                             [&](const Finding& g) { return g.fact != first->fact || g.key != first->key; });
    const lang::FactDecl* fact = rules.find_fact(first->fact);
    for (auto f = first; fact != nullptr && f != last; ++f) {
      if (f->verdict == Verdict::Conflicting || f->scope.empty() || f->values.empty()) continue;
      std::string others;
      for (auto g = first; g != last; ++g) {
        // A finding without a year (an undated document) says nothing about change.
        if (g == f || g->scope == f->scope || g->scope.empty() || g->values.empty()) continue;
        if (agrees(agreement(f->values.front().value, g->values.front().value, fact->compare))) continue;
        others += fmt::format("{}'{}' in {}", others.empty() ? "" : ", ", g->values.front().value.display, g->scope);
      }
      if (others.empty()) continue;
      if (f->verdict == Verdict::Consistent) {
        f->explanation += fmt::format("; other years differ ({}): the fact changed over time", others);
        continue;
      }
      const bool copied = f->reason == "copied";
      f->reason = "changed-over-time";
      f->explanation = fmt::format("'{}' in {}; other years differ ({}): the fact changed over time",
                                   f->values.front().value.display, f->scope, others);
      // Still said: its documents are one source, not several (compare/independent_sources.h).
      if (copied) f->explanation += "; its documents carry one sentence word for word: one source";
    }
    first = last;
  }
}

}  // namespace

void apply_decisions(Finding& f, const Decisions& decisions, const lang::FactDecl* fact) {
  apply_acknowledgement(f, decisions, fact);
  for (const Decision& d : decisions) {
    if (d.targets(f.id, f.key, f.scope)) f.decisions.push_back(d);
  }
}

KeyComparator::KeyComparator(const lang::RuleSet& rules, const DocumentDates& dates, const Decisions& decisions,
                             std::vector<match::Statement>* dropped, std::function<void(Finding)> emit)
    : rules_(rules), dates_(dates), decisions_(decisions), dropped_(dropped), emit_(std::move(emit)) {}

void KeyComparator::add(std::vector<match::Statement> members) {
  if (members.empty()) return;
  const lang::FactDecl* fact = rules_.find_fact(members.front().fact);
  if (fact == nullptr) return;  // statements cached under an older rule set
  if (!key_.empty() && (key_.front().fact != members.front().fact || key_.front().key != members.front().key)) {
    emit_key();
  }
  Finding f;
  f.fact = members.front().fact;
  f.key = members.front().key;
  f.scope = members.front().scope;
  f.id = finding_id(f.fact, f.key, f.scope);
  f.severity = fact->severity;
  std::vector<match::Statement> kept =
      without_wrong_extractions(std::move(members), f.id, f.key, f.scope, decisions_, dropped_);
  if (kept.empty()) return;
  Grouping grouping = group_values(std::move(kept), fact->compare);
  f.values = std::move(grouping.groups);
  classify(f, *fact, grouping, canonical_value(f, *fact, decisions_), dates_);
  apply_decisions(f, decisions_, fact);
  key_.push_back(std::move(f));
}

// A key's findings (one per scope) are explained together, then handed on.
void KeyComparator::emit_key() {
  explain_changes_over_time(key_, rules_);
  for (Finding& f : key_) emit_(std::move(f));
  key_.clear();
}

void KeyComparator::finish() {
  if (!key_.empty()) emit_key();
}

std::vector<Finding> compare_statements(std::vector<match::Statement> statements, const lang::RuleSet& rules,
                                        const DocumentDates& dates, const Decisions& decisions,
                                        std::vector<match::Statement>* dropped) {
  // Each key's statements are moved, never copied, into its finding: they are most of a
  // run's memory. A stable sort keeps the statements of a key in the order they came.
  std::vector<std::size_t> order(statements.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key_of = [&statements](std::size_t i) {
    const match::Statement& s = statements[i];
    return std::tie(s.fact, s.key, s.scope);
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key_of(a) < key_of(b); });

  std::vector<Finding> findings;
  KeyComparator comparator(rules, dates, decisions, dropped, [&findings](Finding f) { findings.push_back(std::move(f)); });
  for (std::size_t first = 0; first < order.size();) {
    std::size_t last = first + 1;
    while (last < order.size() && key_of(order[last]) == key_of(order[first])) ++last;
    std::vector<match::Statement> members;
    members.reserve(last - first);
    for (std::size_t i = first; i < last; ++i) members.push_back(std::move(statements[order[i]]));
    first = last;
    comparator.add(std::move(members));
  }
  comparator.finish();
  return findings;
}

}  // namespace factlint::compare
