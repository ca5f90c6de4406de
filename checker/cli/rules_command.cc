// rules lint / rules list: parse and check rule files without reading documents.
#include "cli/rules_command.h"

#include <algorithm>
#include <iterator>
#include <memory>

#include <fmt/format.h>

#include "app/default_paths.h"
#include "cli/check_flags.h"
#include "cli/choice.h"
#include "cli/enter_project.h"
#include "cli/output.h"
#include "doc/document_finder.h"
#include "doc/loader.h"
#include "lang/parse.h"
#include "report/explain_report.h"
#include "match/matcher.h"
#include "match/restatement_rank.h"
#include "match/rule_words_lint.h"
#include "report/counted.h"
#include "report/json_report.h"
#include "report/rules_report.h"
#include "ruletest/example_values.h"
#include "source/diagnostic.h"

namespace factlint::cli {

namespace {

struct RulesFlags {
  std::vector<std::string> rules;
  std::vector<std::string> documents;  // audit
  bool all = false;                    // audit: also sentences without a value of the fact's type
  bool without_cue = false;            // audit: also sentences with none of the rules' words
  std::vector<std::string> facts;      // audit: only these facts (--fact NAME)
  bool werror = false;
  std::string format = "text";
  std::string output;
  CorpusFlags project;  // --config, --no-config, and the project file's `rules` and `paths`
};

std::vector<std::string> rule_paths(const RulesFlags& f) {
  return f.rules.empty() ? std::vector<std::string>{app::kDefaultRules} : f.rules;
}

// Works from the project root and takes the project file's rules (and, for audit,
// documents) unless the command line names them; false after printing why it cannot.
bool settle(const CLI::App& cmd, RulesFlags& f) {
  GivenPaths given;
  given.paths("--rules", f.rules).paths("documents", f.documents).path("--output", f.output);
  if (!enter_project(cmd, f.project.config, f.project.no_config, false, given)) return false;
  if (!resolve_corpus_settings(cmd, f.project)) return false;
  if (f.rules.empty()) f.rules = f.project.rules;
  if (f.documents.empty()) f.documents = f.project.paths;
  return true;
}

// The rules to read, or nullopt after printing why there are none.
std::optional<lang::RuleSet> read_rules(const RulesFlags& f, source::DiagnosticSink& sink) {
  if (app::default_rules_missing(rule_paths(f), sink)) return std::nullopt;
  return lang::parse_rules(rule_paths(f), sink);
}

// Diagnostics go to stderr; the one-line summary to stdout, so scripts can read it.
int lint(const RulesFlags& f) {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = read_rules(f, sink);
  if (rules) {
    // Compiling every pattern finds what only the matcher can (macros expanding past its size limit).
    match::Matcher compiled(*rules, sink);
    // What only word forms tell: a veto word that is a cue word's form, a figure in a cue.
    match::lint_rule_words(*rules, sink);
    ruletest::check_example_values(*rules, sink);
  }
  print_diagnostics(sink);
  using report::counted;
  std::string summary = fmt::format("{}, {}", counted(static_cast<std::size_t>(sink.error_count()), "error"),
                                    counted(static_cast<std::size_t>(sink.warning_count()), "warning"));
  if (rules) {
    std::size_t patterns = 0, cues = 0;
    for (const auto& fact : rules->facts) {
      patterns += fact.patterns.size();
      cues += fact.cues.size();
    }
    // Cues first when there are any, as `rules list` counts them: a rule set of cues
    // alone must not read as "0 patterns" and nothing else.
    summary = fmt::format("{}, {}, {}{}: {}", counted(rules->files.size(), "rule file"),
                          counted(rules->facts.size(), "fact"), cues == 0 ? "" : counted(cues, "cue") + ", ",
                          counted(patterns, "pattern"), summary);
  }
  if (!write_output(f.output, summary + "\n")) return kExitCannotRun;
  if (!rules || sink.has_errors()) return kExitCannotRun;  // includes patterns the matcher cannot compile
  return f.werror && sink.warning_count() > 0 ? kExitFindings : kExitOk;
}

int list(const RulesFlags& f) {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = read_rules(f, sink);
  if (!rules) {
    print_diagnostics(sink);
    return kExitCannotRun;
  }
  std::string text =
      f.format == "json" ? report::json_text(report::rules_list_json(*rules)) : report::rules_list_text(*rules);
  return write_output(f.output, text) ? kExitOk : kExitCannotRun;
}

// `rules audit`: sentences of the corpus that hold a fact's words but gave no
// statement of it, and why, so a rule writer sees the phrasings the rules miss.
int audit(const RulesFlags& f) {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = read_rules(f, sink);
  print_diagnostics(sink);
  if (!rules) return kExitCannotRun;
  // `--fact` names facts of the rules: a misspelt one would list nothing and look clean.
  for (const std::string& name : f.facts) {
    if (rules->find_fact(name) != nullptr) continue;
    std::vector<std::string> names;
    for (const lang::FactDecl& fact : rules->facts) names.push_back(fact.name);
    const std::string hint = source::did_you_mean(name, names);
    print_error(fmt::format("--fact '{}' names no fact of the rules{}", name,
                            hint.empty() ? "" : source::suggestion(hint)));
    return kExitCannotRun;
  }
  match::Matcher matcher(*rules);
  source::DiagnosticSink load;
  std::vector<report::AuditedMiss> misses;
  const std::vector<std::string> inputs = f.documents.empty() ? std::vector<std::string>{"corpus"} : f.documents;
  std::size_t documents = 0;
  std::vector<match::Statement> statements;  // every document's, for --without-cue's ranking
  for (const std::string& path : doc::find_documents(inputs, load)) {
    auto document = doc::load_document(path, load);
    if (!document) continue;
    ++documents;
    std::vector<match::NearMiss> near = matcher.near_misses(*document);
    if (f.without_cue) {
      std::vector<match::Statement> found = matcher.run(*document);
      std::move(found.begin(), found.end(), std::back_inserter(statements));
      for (match::NearMiss& m : matcher.uncued_sentences(*document, near)) {
        if (f.facts.empty() || std::find(f.facts.begin(), f.facts.end(), m.fact) != f.facts.end()) {
          misses.push_back({path, std::move(m)});
        }
      }
    }
    for (match::NearMiss& m : near) {
      // A sentence without a value of the fact's type cannot state it, and one whose
      // statement the rules drop on purpose (an ignored entity) is stated: not misses.
      // `--all` lists them too: a figure that went to an ignored entity by context (a
      // title, the most-named entity) is otherwise dropped with no word anywhere.
      if (m.on_purpose && !f.all) continue;
      if (!f.facts.empty() && std::find(f.facts.begin(), f.facts.end(), m.fact) == f.facts.end()) continue;
      if (m.value_here || f.all) misses.push_back({path, std::move(m)});
    }
  }
  print_diagnostics(load);
  std::vector<match::NearMiss*> listed;
  for (report::AuditedMiss& m : misses) listed.push_back(&m.miss);
  match::rank_restatements(listed, statements);
  // Most sentences without a cue hold a figure of something else; those whose figure is
  // close to one read for the fact are the likely restatements (docs/rules.md "Finding
  // phrasings your rules lack"). `--all` lists every one.
  if (!f.all) {
    std::erase_if(misses, [](const report::AuditedMiss& m) { return m.miss.without_cue && m.miss.rank != -1; });
  }
  if (documents == 0) {
    print_error("no documents to audit");
    return kExitCannotRun;
  }
  return write_output(f.output, report::audit_text(misses)) ? kExitOk : kExitCannotRun;
}

}  // namespace

void add_rules_command(CLI::App& app, int* exit_code) {
  CLI::App* rules = app.add_subcommand("rules", "work on rule files: lint, list (without documents), audit (what the rules miss in documents)");
  rules->require_subcommand(1);

  auto lint_flags = std::make_shared<RulesFlags>();
  CLI::App* lint_cmd = rules->add_subcommand(
      "lint",
      "parse and check rule files, print every error and warning.\n"
      "Exit codes: 0 clean or warnings only, 1 warnings with --werror, 2 errors.");
  lint_cmd->add_option("rules,--rules", lint_flags->rules, "rule files or folders (default: rules/); also --rules, as other commands take it");
  lint_cmd->add_flag("--werror", lint_flags->werror, "exit 1 when there are warnings");
  lint_cmd->add_option("-o,--output", lint_flags->output, "write the summary line to FILE instead of stdout");
  add_config_flags(*lint_cmd, lint_flags->project);
  lint_cmd->callback([lint_cmd, lint_flags, exit_code] {
    *exit_code = settle(*lint_cmd, *lint_flags) ? lint(*lint_flags) : kExitCannotRun;
  });

  auto list_flags = std::make_shared<RulesFlags>();
  CLI::App* list_cmd = rules->add_subcommand(
      "list",
      "print each fact with its roles, value type and number of patterns and examples, then each quote "
      "declaration with its speaker and text");
  list_cmd->add_option("rules,--rules", list_flags->rules, "rule files or folders (default: rules/); also --rules, as other commands take it");
  list_cmd->add_option("--format", list_flags->format, "output format")
      ->check(one_of({"text", "json"}))
      ->capture_default_str();
  list_cmd->add_option("-o,--output", list_flags->output, "write the list to FILE instead of stdout");
  add_config_flags(*list_cmd, list_flags->project);
  list_cmd->callback([list_cmd, list_flags, exit_code] {
    *exit_code = settle(*list_cmd, *list_flags) ? list(*list_flags) : kExitCannotRun;
  });

  auto audit_flags = std::make_shared<RulesFlags>();
  CLI::App* audit_cmd = rules->add_subcommand(
      "audit",
      "list the sentences that hold a fact's cue (or the words of one of its patterns) and a value of its type but "
      "gave no statement of it, with the reason (vetoed, value too far or in another clause, roles missing, "
      "a pattern word missing), nearest misses first");
  audit_cmd->add_option("documents", audit_flags->documents, "documents or folders to read (default: corpus/)");
  audit_cmd->add_option("--rules", audit_flags->rules, "rule file or folder, repeatable (default: rules/)")
      ->allow_extra_args(false);
  audit_cmd->add_option("-o,--output", audit_flags->output, "write the audit to FILE instead of stdout");
  audit_cmd->add_flag("--all", audit_flags->all,
                      "also list sentences that hold the words but no value of the fact's type, statements "
                      "dropped on purpose (an ignored entity the sentence names) and, with --without-cue, every "
                      "figure, close to one read for the fact or not");
  audit_cmd->add_option("--fact", audit_flags->facts, "only the misses of this fact (repeatable)");
  audit_cmd->add_flag("--without-cue", audit_flags->without_cue,
                      "also list sentences no cue or pattern reached that hold a figure of a fact's type close to one "
                      "read for it elsewhere, and the fact's words or one of its entities, with the words near the "
                      "figure: phrasings your rules lack (with --all, whatever the figure; docs/rules.md \"Finding "
                      "phrasings your rules lack\")");
  // The audit reads no store, but report, check and explain take --no-db: a writer who
  // adds it to every command must not be refused here.
  audit_cmd->add_flag("--no-db", audit_flags->project.no_db, "accepted as check and explain take it; the audit reads and writes no store");
  add_config_flags(*audit_cmd, audit_flags->project);
  audit_cmd->callback([audit_cmd, audit_flags, exit_code] {
    *exit_code = settle(*audit_cmd, *audit_flags) ? audit(*audit_flags) : kExitCannotRun;
  });
}

}  // namespace factlint::cli
