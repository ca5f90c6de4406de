// decide: check one decision against the current run and write it into the decisions
// file; then say what the finding has become. 0 recorded, 2 refused or could not run.
#include "cli/decide_command.h"

#include <algorithm>
#include <cstdlib>
#include <memory>

#include <fmt/format.h>

#include "app/record_decision.h"
#include "cli/check_flags.h"
#include "cli/corpus_flags.h"
#include "cli/enter_project.h"
#include "cli/output.h"
#include "match/fact_key.h"
#include "project/decision_author.h"
#include "report/finding_text.h"
#include "source/display_path.h"
#include "source/display_text.h"
#include "value/civil_date.h"

namespace factlint::cli {

namespace {

struct DecideFlags {
  std::string target;
  CorpusFlags corpus;
  std::string canonical;
  bool acknowledge = false;
  std::string wrong_extraction;
  std::string note;
  std::string by;
  std::string when;
};

// A statement's place as the reports print it: "./corpus/a.md:3:7" (what shell
// completion gives) and an absolute path below the project root name the same
// statement as "corpus/a.md:3:7"; "./corpus/a.md:3" (a line alone, docs/decisions.md)
// likewise. Anything else is left for the decision check to refuse with its own message.
std::string place_as_reported(const std::string& place) {
  auto digits_after = [&](std::size_t colon, std::size_t end) {
    return colon != std::string::npos && colon > 0 && colon + 1 < end &&
           place.find_first_not_of("0123456789", colon + 1) >= end;
  };
  const std::size_t last = place.rfind(':');
  if (!digits_after(last, place.size())) return place;
  const std::size_t before = place.rfind(':', last - 1);
  const std::size_t path_end = digits_after(before, last) ? before : last;
  return source::display_path(place.substr(0, path_end)) + place.substr(path_end);
}

// The request the flags describe, or nullopt after saying what is wrong with them.
std::optional<app::DecisionRequest> request_of(const DecideFlags& f) {
  int kinds = (f.canonical.empty() ? 0 : 1) + (f.acknowledge ? 1 : 0) + (f.wrong_extraction.empty() ? 0 : 1);
  if (kinds != 1) {
    print_error("give exactly one of --canonical VALUE, --acknowledge or --wrong-extraction PATH:LINE:COL");
    return std::nullopt;
  }
  if (!f.when.empty() && (f.when.size() != 10 || !value::parse_iso_date(f.when))) {
    print_error(fmt::format("invalid --when '{}'; expected YYYY-MM-DD", f.when));
    return std::nullopt;
  }
  app::DecisionRequest r;
  r.target = f.target;
  r.kind = !f.canonical.empty() ? compare::Decision::Kind::Canonical
           : f.acknowledge      ? compare::Decision::Kind::Acknowledged
                                : compare::Decision::Kind::WrongExtraction;
  r.value = f.canonical;
  r.statement = place_as_reported(f.wrong_extraction);
  r.note = f.note;
  r.author = f.by.empty() ? project::decision_author() : f.by;
  r.when = f.when;
  return r;
}

std::string what(const compare::Decision& d) {
  switch (d.kind) {
    case compare::Decision::Kind::Canonical: return fmt::format("canonical value '{}'", d.value);
    case compare::Decision::Kind::Acknowledged: return "acknowledged disagreement";
    case compare::Decision::Kind::WrongExtraction: return fmt::format("wrong extraction at '{}'", d.statement);
  }
  return "";
}

// After the decision: the verdict and reason of the findings it is about, in a fresh
// run. A wrong extraction may take out a finding's last statement: it says so, rather
// than nothing (docs/decisions.md: decide prints what the finding became).
void print_new_verdict(const app::CheckOptions& options, const compare::Decision& decision, const std::string& key) {
  app::CheckRun after = app::run_check(options);
  if (after.status != app::RunStatus::Ok) return;
  bool found = false;
  for (const compare::Finding& f : after.findings) {
    if (!decision.targets(f.id, f.key, f.scope)) continue;
    found = true;
    fmt::print("decide: {} is now {} ({})\n", source::printable(report::scoped_key(f)),
               compare::verdict_name(f.verdict), f.reason);
  }
  if (!found && decision.kind == compare::Decision::Kind::WrongExtraction) {
    fmt::print("decide: {} is now no finding: its statements are all wrong extractions (factlint decisions list "
               "shows them)\n",
               source::printable(key));
  }
}

int run(const DecideFlags& f) {
  auto request = request_of(f);
  if (!request) return kExitCannotRun;
  app::CheckOptions options = f.corpus.options();
  options.decisions_required = false;  // decide creates the file
  app::RecordOutcome outcome = app::record_decision(options, *request);
  print_diagnostics(outcome.diagnostics);
  switch (outcome.status) {
    case app::RecordStatus::Rejected: print_error("the decision was not recorded"); return kExitCannotRun;
    case app::RecordStatus::CannotRun:
      print_error("the decision was not recorded: the check could not run or the file could not be written");
      return kExitCannotRun;
    case app::RecordStatus::Added:
    case app::RecordStatus::Replaced: break;
  }
  fmt::print("decide: {} {} for {} in '{}'\n", outcome.status == app::RecordStatus::Added ? "recorded" : "replaced with",
             source::printable(what(outcome.decision)),
             source::printable(match::scoped_key(outcome.finding_key, outcome.finding_scope)),
             source::printable(options.decisions_path));
  print_new_verdict(options, outcome.decision, match::scoped_key(outcome.finding_key, outcome.finding_scope));
  if (request->author.empty()) {
    // An unsigned decision is legal, but a reviewer will ask who made it. Said only of
    // one recorded: a refused decision has no author to miss.
    fmt::print(stderr, "factlint: warning: no author recorded: pass --by NAME, set FACTLINT_AUTHOR or git's "
                       "user.name\n");
  }
  return kExitOk;
}

}  // namespace

void add_decide_command(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<DecideFlags>();
  CLI::App* cmd = app.add_subcommand(
      "decide",
      "record an editor's decision on a finding in factlint.decisions.toml (see docs/decisions.md). The decision "
      "is checked against the current run first, as 'factlint check' checks the file; a finding that does not "
      "exist or a value that cannot be read as the fact's type is refused with exit 2.");
  cmd->add_option("finding", f->target,
                  "a finding id (f-...) or key as 'check' prints it, with its year when it has one, e.g. "
                  "'border_length(China, Russia)' or 'gdp_growth(Kenya) [2023]'; a key without its year is refused "
                  "when the key has findings in several years")
      ->required();
  add_corpus_flags(*cmd, f->corpus);
  cmd->add_option("--canonical", f->canonical,
                  "the true value (read with the fact's value type): statements that disagree deviate from it");
  cmd->add_flag("--acknowledge", f->acknowledge,
                "the disagreement is known and accepted: still reported, never fails the run; its values are "
                "recorded, and a new value that agrees with none of them fails the run again");
  cmd->add_option("--wrong-extraction", f->wrong_extraction,
                  "PATH:LINE:COL of a statement that is not really this fact: it is left out of the comparison");
  cmd->add_option("--note", f->note, "why, with the source of a canonical value; shown in every report");
  cmd->add_option("--by", f->by, "who decided (default: $FACTLINT_AUTHOR, else git's user.name, else $USER)");
  cmd->add_option("--when", f->when, "the date decided, YYYY-MM-DD (default: today, UTC)");
  cmd->callback([cmd, f, exit_code] {
    bool settled = enter_project(*cmd, f->corpus) && resolve_corpus_settings(*cmd, f->corpus);
    *exit_code = settled ? run(*f) : kExitCannotRun;
  });
}

}  // namespace factlint::cli
