// decisions list|check|prune|remove. list and remove read the file alone (a check only to
// name findings given by id); check and prune run the check
// and use the same validation as every run (compare/decision_check.h).
#include "cli/decisions_command.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/check_run.h"
#include "cli/check_flags.h"
#include "cli/choice.h"
#include "cli/corpus_flags.h"
#include "cli/enter_project.h"
#include "cli/output.h"
#include "compare/decision_check.h"
#include "compare/finding_id.h"
#include "match/fact_key.h"
#include "project/decisions_file.h"
#include "project/decisions_writer.h"
#include "report/counted.h"
#include "source/display_text.h"

namespace factlint::cli {

namespace {

struct DecisionsFlags {
  CorpusFlags corpus;
  std::string format = "text";
  bool dry_run = false;
  std::string finding;  // remove: an id or a key, as reports print them
  std::string kind;     // remove: only entries of this kind
  bool force = false;   // prune: documents named on the command line are the whole corpus
  bool paths_given = false;  // documents (not folders) named on the command line

  std::string path() const { return corpus.decisions.empty() ? project::kDefaultDecisionsFile : corpus.decisions; }
  app::CheckOptions options() const {
    app::CheckOptions o = corpus.options();
    o.decisions_path = path();
    o.decisions_required = true;
    return o;
  }
};


// "canonical '4,209 km'", "wrong-extraction at 'a.md:3:5'", "acknowledged".
std::string subject(const compare::Decision& d) {
  std::string out(compare::decision_kind_name(d.kind));
  if (!d.value.empty()) out += " '" + d.value + "'";
  if (!d.statement.empty()) out += " at '" + d.statement + "'";
  return out;
}

// "by jdoe on 2026-11-29: border service", each part only when known.
std::string attribution(const compare::Decision& d) {
  std::string out;
  if (!d.author.empty()) out += "by " + d.author;
  if (!d.when.empty()) out += (out.empty() ? "on " : " on ") + d.when;
  if (!d.note.empty()) out += (out.empty() ? "" : ": ") + d.note;
  return out;
}

// The finding a decision names, as reports print it: key and scope. An entry given by
// id is named from the run (FindingNames); a key is its own name.
struct FindingName {
  std::string key;
  std::string scope;
};
using FindingNames = std::map<std::string, FindingName>;  // finding id -> its key and scope

// Every finding's key and scope by id, from a check of the corpus; empty when the check
// cannot run (no rules here: list still lists the file). Any decision given by id needs it.
FindingNames finding_names(const DecisionsFlags& f, const compare::Decisions& decisions) {
  FindingNames names;
  bool by_id = std::any_of(decisions.begin(), decisions.end(),
                           [](const compare::Decision& d) { return d.finding.rfind("f-", 0) == 0; });
  if (!by_id) return names;
  app::CheckRun run = app::run_check(f.options());
  if (run.status != app::RunStatus::Ok) return names;
  for (const compare::Finding& finding : run.findings) names[finding.id] = FindingName{finding.key, finding.scope};
  for (const match::Statement& s : run.dropped) {
    names.emplace(compare::finding_id(s.fact, s.key, s.scope), FindingName{s.key, s.scope});
  }
  return names;
}

std::optional<FindingName> name_of(const compare::Decision& d, const FindingNames& names) {
  if (auto it = names.find(d.finding); it != names.end()) return it->second;
  if (d.finding.rfind("f-", 0) == 0) return std::nullopt;
  std::size_t open = d.finding.rfind(" [");
  if (open != std::string::npos && d.finding.ends_with("]")) {
    return FindingName{d.finding.substr(0, open), d.finding.substr(open + 2, d.finding.size() - open - 3)};
  }
  return FindingName{d.finding, ""};
}

nlohmann::ordered_json to_json(const compare::Decision& d, const FindingNames& names) {
  nlohmann::ordered_json j;
  j["finding"] = d.finding;
  if (std::optional<FindingName> name = name_of(d, names)) {
    j["key"] = name->key;
    if (!name->scope.empty()) j["scope"] = name->scope;
  }
  j["kind"] = std::string(compare::decision_kind_name(d.kind));
  if (!d.value.empty()) j["value"] = d.value;
  if (!d.values.empty()) j["values"] = d.values;
  if (!d.statement.empty()) j["statement"] = d.statement;
  if (!d.note.empty()) j["note"] = d.note;
  if (!d.author.empty()) j["author"] = d.author;
  if (!d.when.empty()) j["when"] = d.when;
  j["line"] = d.anchor.location.line;
  return j;
}

int list(const DecisionsFlags& f) {
  source::DiagnosticSink sink;
  auto decisions = project::read_decisions(f.path(), !f.corpus.decisions.empty(), sink);
  print_diagnostics(sink);
  if (!decisions) return kExitCannotRun;
  const FindingNames names = finding_names(f, *decisions);
  std::string out;
  if (f.format == "json") {
    nlohmann::ordered_json j;
    j["schema"] = "factlint-decisions/v1";
    j["file"] = f.path();
    j["decisions"] = nlohmann::ordered_json::array();
    for (const compare::Decision& d : *decisions) j["decisions"].push_back(to_json(d, names));
    out = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  } else {
    for (const compare::Decision& d : *decisions) {
      std::string by = attribution(d);
      // An id alone says nothing to an editor: its key and scope go beside it.
      std::string finding = d.finding;
      if (d.finding.rfind("f-", 0) == 0) {
        std::optional<FindingName> name = name_of(d, names);
        finding += name ? " " + match::scoped_key(name->key, name->scope) : " (no finding of that id in this run)";
      }
      out += source::printable(fmt::format("{}:{}: {}: {}{}", f.path(), d.anchor.location.line, finding,
                                           subject(d), by.empty() ? "" : " (" + by + ")")) +
             "\n";
    }
    std::error_code ec;
    if (std::filesystem::exists(f.path(), ec)) {
      out += fmt::format("{} in '{}'\n", report::counted(decisions->size(), "decision"), source::printable(f.path()));
    } else {
      // No file is not an empty file: say where it was looked for, and what writes it.
      out += fmt::format("no decisions file '{}' in {}; 'factlint decide' or 'factlint serve' writes it\n",
                         source::printable(f.path()), source::printable(std::filesystem::current_path(ec).string()));
    }
  }
  return write_output("", out) ? kExitOk : kExitCannotRun;
}

// The run with the decisions file required; nullopt after printing why it could not run.
std::optional<app::CheckRun> checked(const DecisionsFlags& f, bool print_all) {
  app::CheckRun run = app::run_check(f.options());
  if (run.status != app::RunStatus::Ok || print_all) {
    print_diagnostics(run.diagnostics);
  } else {
    // The validation alone: only what the run says about the decisions file.
    source::DiagnosticSink about_file;
    for (const source::Diagnostic& d : run.diagnostics.diagnostics()) {
      if (d.path == f.path()) about_file.add(d);
    }
    print_diagnostics(about_file);
  }
  if (run.status != app::RunStatus::Ok) return std::nullopt;
  return run;
}

int check(const DecisionsFlags& f) {
  auto run = checked(f, false);
  if (!run) {
    print_error(fmt::format("'{}' has errors", f.path()));
    return kExitCannotRun;
  }
  int warnings = 0;
  for (const source::Diagnostic& d : run->diagnostics.diagnostics()) {
    warnings += d.path == f.path() && d.severity == source::Severity::Warning ? 1 : 0;
  }
  fmt::print("decisions: '{}': {}, no errors, {}\n", source::printable(f.path()),
             report::counted(run->decisions.size(), "decision"), report::counted(static_cast<std::size_t>(warnings), "warning"));
  return kExitOk;
}

int prune(const DecisionsFlags& f) {
  // A finding whose documents were left out of the run looks gone: pruning after a check
  // of part of the corpus would delete the decisions of the rest (a newcomer's report).
  if (f.paths_given && !f.force) {
    print_error(
        "prune judges what is stale from a check of the whole corpus, and documents were named on the command "
        "line: run it without them (the project's paths are checked), or add --force if they are the whole "
        "corpus; --dry-run shows what would go");
    if (!f.dry_run) return kExitCannotRun;
  }
  auto run = checked(f, false);
  if (!run) {
    print_error(fmt::format("cannot prune '{}'", f.path()));
    return kExitCannotRun;
  }
  std::ifstream in(f.path(), std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  source::DiagnosticSink sink;
  auto editor = project::DecisionsEditor::parse(f.path(), buffer.str(), sink);
  print_diagnostics(sink);
  if (!editor) return kExitCannotRun;
  std::size_t removed = 0;
  for (const compare::Decision& d : run->decisions) {
    compare::DecisionUse use = compare::decision_use(d, run->findings, run->dropped, *run->rules);
    if (use != compare::DecisionUse::NoFinding && use != compare::DecisionUse::NoStatement) continue;
    if (!editor->remove(d.anchor.location.line)) continue;
    ++removed;
    fmt::print("decisions: {} {}:{}: {}: {} ({})\n", f.dry_run ? "would remove" : "removed",
               source::printable(f.path()), d.anchor.location.line, source::printable(d.finding),
               source::printable(subject(d)),
               use == compare::DecisionUse::NoFinding ? "matches no finding" : "its statement is gone");
  }
  if (removed > 0 && !f.dry_run && !write_output(f.path(), editor->text())) return kExitCannotRun;
  fmt::print("decisions: {} '{}': {} {}, kept {}\n", f.dry_run ? "dry run on" : "pruned", source::printable(f.path()),
             f.dry_run ? "would remove" : "removed", removed, run->decisions.size() - removed);
  return kExitOk;
}

// Whether `d` is about the finding `wanted` names, written either way: its id
// ("f-1736ca0f5f") or its key with the scope ("gdp(Kenya) [2023]"), whichever way the
// entry itself names it.
bool names_finding(const compare::Decision& d, const std::string& wanted, const FindingNames& names) {
  if (d.finding == wanted) return true;
  std::optional<FindingName> name = name_of(d, names);
  if (!name) return false;
  if (match::scoped_key(name->key, name->scope) == wanted) return true;
  return compare::finding_id(match::parse_written_key(name->key).fact, name->key, name->scope) == wanted;
}

// A key given without its year names none of a per-year fact's decisions: say which
// years have one ("tram(Riverton) [2023]"), as `decide` does (a newcomer's report).
std::string per_year_hint(const std::vector<compare::Decision>& decisions, const std::string& wanted,
                          const FindingNames& names) {
  std::set<std::string> scoped;
  for (const compare::Decision& d : decisions) {
    std::optional<FindingName> name = name_of(d, names);
    if (name && name->key == wanted && !name->scope.empty()) scoped.insert(match::scoped_key(name->key, name->scope));
  }
  if (scoped.empty()) return "; 'factlint decisions list' shows them";
  std::string list;
  for (const std::string& k : scoped) list += (list.empty() ? "'" : ", '") + source::printable(k) + "'";
  return "; it is kept per year: there are decisions on " + list + " (name one of them)";
}

// `decisions remove`: the undo of `decide`. Reads no corpus unless an entry names its
// finding by id and the finding is given by key (the run says which key an id is).
int remove(const DecisionsFlags& f) {
  source::DiagnosticSink sink;
  auto decisions = project::read_decisions(f.path(), true, sink);
  print_diagnostics(sink);
  if (!decisions) return kExitCannotRun;
  const bool by_key = f.finding.rfind("f-", 0) != 0;
  const FindingNames names = by_key ? finding_names(f, *decisions) : FindingNames{};
  std::ifstream in(f.path(), std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  source::DiagnosticSink editing;
  auto editor = project::DecisionsEditor::parse(f.path(), buffer.str(), editing);
  print_diagnostics(editing);
  if (!editor) return kExitCannotRun;
  std::size_t removed = 0;
  for (const compare::Decision& d : *decisions) {
    if (!names_finding(d, f.finding, names)) continue;
    if (!f.kind.empty() && compare::decision_kind_name(d.kind) != f.kind) continue;
    if (!editor->remove(d.anchor.location.line)) continue;
    ++removed;
    fmt::print("decisions: {} {}:{}: {}: {}\n", f.dry_run ? "would remove" : "removed", source::printable(f.path()),
               d.anchor.location.line, source::printable(d.finding), source::printable(subject(d)));
  }
  if (removed == 0) {
    print_error(fmt::format("no decision{} on '{}' in '{}'{}", f.kind.empty() ? "" : " of kind " + f.kind,
                            source::printable(f.finding), source::printable(f.path()),
                            per_year_hint(*decisions, f.finding, names)));
    return kExitCannotRun;
  }
  if (!f.dry_run && !write_output(f.path(), editor->text())) return kExitCannotRun;
  return kExitOk;
}

enum class Action { List, Check, Prune, Remove };

void add_action(CLI::App& parent, int* exit_code, Action action, const char* name, const char* help) {
  auto f = std::make_shared<DecisionsFlags>();
  CLI::App* cmd = parent.add_subcommand(name, help);
  if (action == Action::Remove) {
    // Before the corpus flags: their documents are positional too, and take what comes first.
    cmd->add_option("finding", f->finding,
                    "the finding whose decisions to remove: its id (f-1736ca0f5f) or its key as reports print it, "
                    "with the year for facts scoped per year ('gdp(Kenya) [2023]')")
        ->required();
  }
  add_corpus_flags(*cmd, f->corpus);
  if (action == Action::List) {
    cmd->add_option("--format", f->format,
                    "text, or json (factlint-decisions/v1); an entry given by finding id is shown with its key and "
                    "scope, read from a check of the corpus (the other flags say what to check)")
        ->check(one_of({"text", "json"}))
        ->capture_default_str();
  }
  if (action == Action::Prune || action == Action::Remove) {
    cmd->add_flag("--dry-run", f->dry_run, "say what would be removed, change nothing");
  }
  if (action == Action::Prune) {
    cmd->add_flag("--force", f->force,
                  "prune even though documents are named on the command line (they are the whole corpus)");
  }
  if (action == Action::Remove) {
    cmd->add_option("--kind", f->kind, "remove only the decisions of this kind")
        ->check(one_of(compare::decision_kind_names()));
  }
  cmd->callback([cmd, f, exit_code, action] {
    f->paths_given = names_single_documents(f->corpus.paths);
    if (!enter_project(*cmd, f->corpus) || !resolve_corpus_settings(*cmd, f->corpus)) {
      *exit_code = kExitCannotRun;
      return;
    }
    switch (action) {
      case Action::List: *exit_code = list(*f); break;
      case Action::Check: *exit_code = check(*f); break;
      case Action::Prune: *exit_code = prune(*f); break;
      case Action::Remove: *exit_code = remove(*f); break;
    }
  });
}

}  // namespace

void add_decisions_command(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "decisions", "list, validate or tidy the editors' decisions in factlint.decisions.toml (see docs/decisions.md)");
  cmd->require_subcommand(1);
  add_action(*cmd, exit_code, Action::List, "list",
             "every decision in the file: finding, kind, value or statement, who, when and why (an entry given by "
             "finding id is shown with its key, read from a check of the corpus)");
  add_action(*cmd, exit_code, Action::Check, "check",
             "run the check and validate every decision against it, as every run does; exit 2 on errors, "
             "warnings (stale entries) exit 0");
  add_action(*cmd, exit_code, Action::Prune, "prune",
             "remove the decisions that match no finding of the run, and wrong extractions whose statement is gone; "
             "run it over the whole corpus, since a finding whose documents were not checked counts as gone");
  add_action(*cmd, exit_code, Action::Remove, "remove",
             "remove a finding's decisions (the undo of 'factlint decide'), with the comments above them; --kind "
             "keeps the others");
}

}  // namespace factlint::cli
