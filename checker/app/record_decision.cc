// Recording one decision; see record_decision.h.
#include "app/record_decision.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "compare/decision_check.h"
#include "lang/written_value_hint.h"
#include "match/fact_key.h"
#include "project/decisions_writer.h"

namespace factlint::app {

namespace fs = std::filesystem;

namespace {

void error(source::DiagnosticSink& sink, std::string message) {
  source::Diagnostic d;
  d.message = std::move(message);
  sink.add(std::move(d));
}

// The finding's own statements' places (its year's, not the key's other years'), and,
// when one is on the line `wanted` names, that one as what was meant: a column off by
// one is the usual slip (a newcomer's report).
std::string statement_places(const compare::Finding& f, const CheckRun& run, const std::string& wanted) {
  std::string out, same_line;
  std::size_t others = 0;
  const std::string line_prefix = wanted.substr(0, wanted.rfind(':') + 1);  // "path:line:"
  compare::for_each_statement_of(f, run.findings, run.dropped, [&](const match::Statement& s) {
    if (s.scope != f.scope) {
      ++others;
      return;
    }
    const std::string place = fmt::format("{}", s.place());
    out += fmt::format("{}'{}'", out.empty() ? "" : ", ", place);
    if (!line_prefix.empty() && place.rfind(line_prefix, 0) == 0) same_line = place;
  });
  if (out.empty()) out = "none";
  if (others > 0) out += fmt::format(" ({} more in its other years)", others);
  if (!same_line.empty()) out += fmt::format("; did you mean '{}'?", same_line);
  return out;
}

// "path:line" without a column names the finding's one statement on that line, when
// there is exactly one: the column is filled in. Otherwise left as given.
void fill_column(compare::Decision& d, const CheckRun& run) {
  if (d.kind != compare::Decision::Kind::WrongExtraction) return;
  auto digits_after = [&](std::size_t colon, std::size_t end) {
    return colon != std::string::npos && colon + 1 < end &&
           d.statement.find_first_not_of("0123456789", colon + 1) >= end;
  };
  const std::size_t colon = d.statement.rfind(':');
  if (!digits_after(colon, d.statement.size())) return;
  // "path:12:7" has its column already.
  if (colon > 0 && digits_after(d.statement.rfind(':', colon - 1), colon)) return;
  const compare::Finding* f = compare::decided_finding(d, run.findings);
  if (f == nullptr) return;
  std::vector<std::string> on_line;
  compare::for_each_statement_of(*f, run.findings, run.dropped, [&](const match::Statement& s) {
    const std::string place = fmt::format("{}", s.place());
    if (s.scope == f->scope && place.rfind(d.statement + ":", 0) == 0 &&
        place.find(':', d.statement.size() + 1) == std::string::npos) {
      on_line.push_back(place);
    }
  });
  if (on_line.size() == 1) d.statement = on_line.front();
}

// A key without its scope, for a fact scoped per year, would decide every year at
// once: refused when the key has findings in several scopes (listing them, as
// `explain` does), else given the scope of its one finding. Ids, scoped keys and
// timeless facts pass as they are. False after an error.
bool scope_named(compare::Decision& d, const CheckRun& run, source::DiagnosticSink& sink) {
  std::vector<const compare::Finding*> scoped;
  for (const compare::Finding& f : run.findings) {
    if (f.key == d.finding && !f.scope.empty()) scoped.push_back(&f);
  }
  if (scoped.size() == 1) d.finding = match::scoped_key(d.finding, scoped.front()->scope);
  if (scoped.size() <= 1) return true;
  source::Diagnostic e;
  e.message = fmt::format("'{}' names {} findings, one per year; give one of these ids or keys", d.finding,
                          scoped.size());
  for (const compare::Finding* f : scoped) {
    source::Diagnostic note;
    note.severity = source::Severity::Note;
    note.message = fmt::format("{}  {}", f->id, match::scoped_key(f->key, f->scope));
    e.notes.push_back(std::move(note));
  }
  sink.add(std::move(e));
  return false;
}

// The request checked as an entry of the file would be: before the comparison against
// the rules, then against this run. Errors go to the sink; nullptr after one.
const compare::Finding* checked(compare::Decision& d, const CheckRun& run, source::DiagnosticSink& sink) {
  fill_column(d, run);
  compare::Decisions one{d};
  if (!compare::check_decisions(one, *run.rules, sink)) return nullptr;
  d = one.front();
  if (!scope_named(d, run, sink)) return nullptr;
  switch (compare::decision_use(d, run.findings, run.dropped, *run.rules)) {
    case compare::DecisionUse::Applies: {
      const compare::Finding* f = compare::decided_finding(d, run.findings);
      if (f == nullptr) {
        error(sink, fmt::format("'{}' has no statement left in the comparison: wrong-extraction decisions took out "
                                "every one ('factlint decisions list' shows them)",
                                d.finding));
      }
      return f;
    }
    case compare::DecisionUse::NoFinding:
      error(sink, fmt::format("no finding '{}' in this run; 'factlint check' prints every finding's key and id",
                              d.finding));
      return nullptr;
    case compare::DecisionUse::NoStatement: {
      const compare::Finding* f = compare::decided_finding(d, run.findings);
      error(sink, fmt::format("'{}' has no statement at '{}'; its statements are at {}", f->key, d.statement,
                              statement_places(*f, run, d.statement)));
      return nullptr;
    }
    case compare::DecisionUse::NotForQuotes:
      error(sink, fmt::format("'{}' is a quotation: --wrong-extraction does not apply to quotations; acknowledge "
                              "it, or keep a document's quotations out with --quote-ignore (docs/quotes.md)",
                              d.finding));
      return nullptr;
    case compare::DecisionUse::UnreadableValue: {
      const compare::Finding* f = compare::decided_finding(d, run.findings);
      const lang::FactDecl* fact = run.rules->find_fact(f->fact);
      // The unit the finding's own values are written in, for a bare number's hint.
      const std::string unit = f->values.empty() ? "" : f->values.front().value.original_unit;
      error(sink, fmt::format("value '{}' cannot be read as {} (the value type of fact '{}'){}", d.value,
                              fact->value.type, f->fact,
                              value::type_from_name(fact->value.type)
                                  ? lang::unreadable_value_hint(*value::type_from_name(fact->value.type), d.value, unit)
                                  : ""));
      return nullptr;
    }
  }
  return nullptr;
}

// The entry already on file that this decision takes the place of, or nullptr.
const compare::Decision* same_entry(const compare::Decision& d, const compare::Finding& finding,
                                    const compare::Decisions& on_file) {
  for (const compare::Decision& e : on_file) {
    if (e.kind != d.kind || !e.targets(finding.id, finding.key, finding.scope)) continue;
    if (d.kind == compare::Decision::Kind::WrongExtraction && e.statement != d.statement) continue;
    return &e;
  }
  return nullptr;
}

// The header line of the last entry on file about `finding`, or 0.
int last_entry_of(const compare::Finding& finding, const compare::Decisions& on_file) {
  int line = 0;
  for (const compare::Decision& e : on_file) {
    if (e.targets(finding.id, finding.key, finding.scope)) line = std::max(line, e.anchor.location.line);
  }
  return line;
}

// The values an acknowledgement accepts: those of every finding it names (a key
// without its scope names every year's), as reports show them, each once. A value
// that later agrees with none of them is a new contradiction (docs/decisions.md).
std::vector<std::string> acknowledged_values(const compare::Decision& d, const CheckRun& run) {
  std::vector<std::string> out;
  for (const compare::Finding& f : run.findings) {
    if (!d.targets(f.id, f.key, f.scope)) continue;
    for (const compare::ValueGroup& g : f.values) {
      if (std::find(out.begin(), out.end(), g.value.display) == out.end()) out.push_back(g.value.display);
    }
  }
  return out;
}

}  // namespace

bool write_decisions_file(const std::string& path, const std::string& text, source::DiagnosticSink& sink) {
  fs::path target(path);
  fs::path temporary = target;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      sink.file_error(temporary.string(), "cannot write the decisions file");
      return false;
    }
  }
  std::error_code ec;
  fs::rename(temporary, target, ec);
  if (ec) {
    sink.file_error(path, "cannot replace the decisions file: " + ec.message());
    fs::remove(temporary, ec);
    return false;
  }
  return true;
}

std::string today_iso() {
  auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{today};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

RecordOutcome record_decision(const CheckOptions& options, const DecisionRequest& request) {
  RecordOutcome outcome;
  CheckRun run = run_check(options);
  if (run.status != RunStatus::Ok) {
    outcome.diagnostics = std::move(run.diagnostics);
    return outcome;
  }

  compare::Decision& d = outcome.decision;
  d.kind = request.kind;
  d.finding = request.target;
  d.value = request.kind == compare::Decision::Kind::Canonical ? request.value : "";
  d.statement = request.kind == compare::Decision::Kind::WrongExtraction ? request.statement : "";
  d.note = request.note;
  d.author = request.author;
  d.when = request.when.empty() ? today_iso() : request.when;
  const compare::Finding* finding = checked(d, run, outcome.diagnostics);
  if (finding == nullptr) {
    outcome.status = RecordStatus::Rejected;
    return outcome;
  }
  outcome.finding_key = finding->key;
  outcome.finding_scope = finding->scope;
  if (d.kind == compare::Decision::Kind::Acknowledged) d.values = acknowledged_values(d, run);

  std::string text;
  if (fs::exists(options.decisions_path)) {
    std::ifstream in(options.decisions_path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
  }
  auto editor = project::DecisionsEditor::parse(options.decisions_path, text, outcome.diagnostics);
  if (!editor) return outcome;
  const compare::Decision* previous = same_entry(d, *finding, run.decisions);
  if (previous != nullptr && editor->replace(previous->anchor.location.line, d)) {
    outcome.status = RecordStatus::Replaced;
  } else {
    editor->add(d, last_entry_of(*finding, run.decisions));
    outcome.status = RecordStatus::Added;
  }
  if (!write_decisions_file(options.decisions_path, editor->text(), outcome.diagnostics)) {
    outcome.status = RecordStatus::CannotRun;
  }
  return outcome;
}

}  // namespace factlint::app
