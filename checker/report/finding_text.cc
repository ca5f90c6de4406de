// Wording shared by the report writers.
#include "report/finding_text.h"

#include <algorithm>

#include <fmt/format.h>

#include "match/fact_key.h"
#include "report/value_format.h"
#include "source/source_file.h"

namespace factlint::report {

std::string scoped_key(const compare::Finding& f) { return match::scoped_key(f.key, f.scope); }

std::string scoped_key(const match::Statement& s) { return match::scoped_key(s.key, s.scope); }

std::optional<int> value_end_column(const match::Statement& s) {
  const std::string& text = s.value.text;
  if (text.empty() || s.location.column <= 0 || text.find_first_of("\r\n") != std::string::npos) return std::nullopt;
  return s.location.column + source::count_code_points(text);
}

namespace {

// The editors' canonical value the finding deviates from, or nullptr (no decision, or
// a `known` value of the rules, which the explanation names).
const compare::Decision* canonical_decision(const compare::Finding& f) {
  if (f.reason != "deviates-from-decision") return nullptr;
  for (const compare::Decision& d : f.decisions) {
    if (d.kind == compare::Decision::Kind::Canonical) return &d;
  }
  return nullptr;
}

}  // namespace

std::string disagreement_message(const compare::Finding& f, std::size_t group, const match::Statement* said) {
  std::string others;
  for (std::size_t g = 0; g < f.values.size(); ++g) {
    if (g == group) continue;
    others += fmt::format("{}'{}'", others.empty() ? "" : ", ", f.values[g].value);
  }
  // Where every source deviates from a canonical value, there are no others to name.
  const std::string others_say = others.empty() ? "" : "; other sources say " + others;
  const std::string& says = said ? said->value.display : f.values[group].value.display;
  const bool deviates = f.values[group].deviates;
  if (const compare::Decision* d = canonical_decision(f)) {
    // The author reading this annotation needs the decided value and what to do.
    std::string decided = fmt::format("the editors' canonical value is '{}' ({}{})", d->value, d->origin,
                                      d->note.empty() ? "" : ": " + d->note);
    if (deviates) {
      return fmt::format("{}: this source says '{}'; {}{} ({}): change it to {}, or ask an editor to record a "
                         "decision",
                         scoped_key(f), says, decided, others_say, f.reason, d->value);
    }
    return fmt::format("{}: this source says '{}', as decided: {}{} ({})", scoped_key(f), says, decided, others_say,
                       f.reason);
  }
  if (f.reason == "deviates-from-decision") {
    // A `known` value of the rules: the explanation names it, where it is declared and
    // what deviates from it; the author needs what to do as much as with a decision.
    return fmt::format("{}: this source says '{}'{} ({}: {}){}", scoped_key(f), says, others_say, f.reason,
                       f.explanation,
                       deviates ? ": change it to the canonical value, or ask an editor to record a decision" : "");
  }
  return fmt::format("{}: this source says '{}'{} ({})", scoped_key(f), says, others_say, f.reason);
}

std::string decision_text(const compare::Decision& d) {
  std::string out;
  switch (d.kind) {
    case compare::Decision::Kind::Canonical: out = fmt::format("canonical value '{}'", d.value); break;
    case compare::Decision::Kind::Acknowledged: out = "acknowledged disagreement"; break;
    case compare::Decision::Kind::WrongExtraction: out = fmt::format("wrong extraction at {}", d.statement); break;
  }
  if (!d.author.empty()) out += ", by " + d.author;
  if (!d.when.empty()) out += " on " + d.when;
  if (!d.note.empty()) out += ": " + d.note;
  if (!d.origin.empty()) out += " (" + d.origin + ")";
  return out;
}

namespace {

// "; fails the run: a(X), b(Y)" or "; nothing it touches fails the run", once the gate
// has decided; "" before.
std::string gate_note(const compare::ChangeScope& scope) {
  if (!scope.failing) return "";
  const std::vector<std::string>& keys = *scope.failing;
  if (keys.empty()) return "; none of the findings reported fails the run";
  constexpr std::size_t kNamed = 3;
  std::string named;
  for (std::size_t i = 0; i < keys.size() && i < kNamed; ++i) named += (i == 0 ? "" : ", ") + keys[i];
  if (keys.size() > kNamed) named += fmt::format(" and {} more", keys.size() - kNamed);
  return "; fails the run: " + named;
}

}  // namespace

std::string change_note(const compare::ChangeScope& scope) {
  constexpr std::size_t kNamed = 3;
  std::string named;
  for (std::size_t i = 0; i < scope.changed_documents.size() && i < kNamed; ++i) {
    named += (i == 0 ? "" : ", ") + scope.changed_documents[i];
  }
  if (scope.changed_documents.size() > kNamed) {
    named += fmt::format(" and {} more", scope.changed_documents.size() - kNamed);
  }
  std::size_t n = scope.changed_documents.size();
  std::string head = fmt::format("checked the change{}: {} changed document{}{}",
                                 scope.base.empty() ? "" : " since '" + scope.base + "'", n, n == 1 ? "" : "s",
                                 n == 0 ? "" : " (" + named + ")");
  if (!scope.compared_with_base) {
    return fmt::format("{}; {} finding{} left out, not touched by it{}", head, scope.left_out,
                       scope.left_out == 1 ? "" : "s", gate_note(scope));
  }
  // Named as the changed ones are (the JSON lists them all): "1 deleted" left an
  // analyst asking which.
  std::size_t deleted = scope.deleted_documents.size();
  if (deleted > 0) {
    std::string gone;
    for (std::size_t i = 0; i < deleted && i < kNamed; ++i) gone += (i == 0 ? "" : ", ") + scope.deleted_documents[i];
    if (deleted > kNamed) gone += fmt::format(" and {} more", deleted - kNamed);
    head += fmt::format(", {} deleted ({})", deleted, gone);
  }
  const auto confirmed = std::count_if(scope.fixed.begin(), scope.fixed.end(), compare::is_confirmation);
  std::string fixed = fmt::format("{} fixed", scope.count(compare::ChangeKind::Fixed));
  if (confirmed > 0) fixed += fmt::format(" ({} of them confirmed)", confirmed);
  return fmt::format("{}; {} introduced, {} changed, {}; {} finding{} left out, unchanged by it{}", head,
                     scope.count(compare::ChangeKind::Introduced), scope.count(compare::ChangeKind::Changed), fixed,
                     scope.left_out, scope.left_out == 1 ? "" : "s", gate_note(scope));
}

std::string fixed_text(const compare::FixedFinding& fixed) {
  std::string values;
  for (const std::string& v : fixed.was_values) values += (values.empty() ? "" : " | ") + v;
  std::string now = fixed.now ? "now " + std::string(compare::verdict_name(*fixed.now))
                              : std::string("no longer stated (its statements or documents are gone)");
  return fmt::format("{}: was {} ({}), {}", match::scoped_key(fixed.key, fixed.scope),
                     compare::verdict_name(fixed.was), values, now);
}

}  // namespace factlint::report
