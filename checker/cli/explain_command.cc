// explain: run the check (from the cache when possible) and explain one finding.
#include "cli/explain_command.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "app/check_run.h"
#include "cli/choice.h"
#include "doc/loader.h"
#include "quote/quote_reader.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "report/json_report.h"
#include "value/civil_date.h"
#include "cli/check_flags.h"
#include "cli/corpus_flags.h"
#include "cli/enter_project.h"
#include "cli/output.h"
#include "match/fact_key.h"
#include "report/explain_report.h"
#include "report/quote_explain.h"
#include "source/display_text.h"

namespace factlint::cli {

namespace {

struct ExplainFlags {
  std::string id;
  CorpusFlags corpus;
  std::string format = "text";
  std::string text;
  std::string date;
};

// `explain --text`: what the rules read in one sentence, no corpus needed.
int explain_text_only(const ExplainFlags& f) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules(f.corpus.options().rule_paths, sink);
  print_diagnostics(sink);
  if (!rules) return kExitCannotRun;
  std::optional<value::CivilDate> date;
  if (!f.date.empty() && !(date = value::parse_iso_date(f.date))) {
    print_error(fmt::format("invalid --date '{}'; expected YYYY-MM-DD", f.date));
    return kExitCannotRun;
  }
  match::Matcher matcher(*rules);
  const value::ValueSettings settings = f.corpus.options().values;
  std::string out = report::explain_sentence_text(matcher.run_text(f.text, date, settings),
                                                  matcher.near_misses_text(f.text, date, settings), *rules);
  // Quotations in the text, with their speakers (docs/quotes.md "Explain").
  if (!f.corpus.no_quotes) {
    source::DiagnosticSink ignored;
    doc::Document document = doc::make_document("<text>", f.text, "txt", ignored);
    quote::EntityNames entities(rules->entities);
    std::string quotes = report::explain_quotes_in_text(quote::read_quotes(document, entities));
    out += quotes;  // nothing when the text quotes no one, so fact-only output is as before
  }
  return write_output("", out) ? kExitOk : kExitCannotRun;
}

// The sentences of the finding's fact whose value was read only in part, in the
// documents that state it: the statements the finding may be missing.
std::vector<match::NearMiss> dropped_statements(const compare::Finding& finding, const lang::RuleSet& rules,
                                                const app::CheckOptions& options) {
  std::set<std::string> paths;
  for (const compare::ValueGroup& g : finding.values) {
    for (const match::Statement& s : g.statements) paths.insert(s.document);
  }
  match::Matcher matcher(rules);
  std::vector<match::NearMiss> out;
  for (const std::string& path : paths) {
    source::DiagnosticSink ignored;  // the check run has reported the documents' problems
    std::optional<doc::Document> document = doc::load_document(path, ignored);
    if (!document) continue;
    document->value_settings = app::value_settings_for(document->path, options.values, options.value_overrides);
    for (match::NearMiss& m : matcher.near_misses(*document)) {
      if (m.dropped && m.fact == finding.fact) out.push_back(std::move(m));
    }
  }
  return out;
}

// The finding key nearest to a key that names none ("station_cont(Metro)": a misspelt
// fact or entity), as the decisions file suggests one; "" when none is near.
std::string nearest_key(const std::string& written, const app::CheckRun& run) {
  std::vector<std::string> keys;
  for (const compare::Finding& finding : run.findings) {
    if (std::find(keys.begin(), keys.end(), finding.key) == keys.end()) keys.push_back(finding.key);
  }
  return source::did_you_mean(written, keys);
}

int run(const ExplainFlags& f) {
  if (!f.text.empty()) return explain_text_only(f);
  if (f.id.empty()) {
    print_error("give a finding id or key, or --text \"a sentence\"; 'factlint report' lists the ids");
    return kExitCannotRun;
  }
  app::CheckRun result = app::run_check(f.corpus.options());
  if (result.status != app::RunStatus::Ok) {
    print_diagnostics(result.diagnostics);
    return kExitCannotRun;
  }
  // A key as the report prints it, with its year: "revenue(Nordwind) [2022]".
  std::string written = f.id;
  std::optional<std::string> scope;
  if (std::size_t open = written.rfind(" ["); open != std::string::npos && written.ends_with("]")) {
    scope = written.substr(open + 2, written.size() - open - 3);
    written = written.substr(0, open);
  }
  // A symmetric key may be written in either order, as in the decisions file.
  std::string key = match::canonical_written_key(written, *result.rules);
  std::vector<const compare::Finding*> named;
  for (const compare::Finding& finding : result.findings) {
    if (finding.id == f.id) {
      named = {&finding};
      break;
    }
    if (finding.key == key && (!scope || finding.scope == *scope)) named.push_back(&finding);
  }
  if (named.empty()) {
    std::string hint = nearest_key(written, result);
    print_error(fmt::format("no finding '{}' in this corpus{} 'factlint report' lists every finding with its id",
                            source::printable(f.id), hint.empty() ? ";" : source::printable(source::suggestion(hint))));
    return kExitCannotRun;
  }
  if (named.size() > 1) {
    print_error(fmt::format("'{}' names {} findings, one per year; give one of these ids or keys:", f.id, named.size()));
    for (const compare::Finding* one : named) {
      fmt::print(stderr, "  {}  {} [{}]\n", one->id, source::printable(one->key), source::printable(one->scope));
    }
    return kExitCannotRun;
  }
  const compare::Finding* it = named.front();
  std::vector<match::NearMiss> dropped = dropped_statements(*it, *result.rules, f.corpus.options());
  std::string text = f.format == "json" ? report::json_text(report::explain_json(*it, *result.rules, dropped))
                                        : report::explain_text(*it, *result.rules, result.report_input(), dropped);
  return write_output("", text) ? kExitOk : kExitCannotRun;
}

}  // namespace

void add_explain_command(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<ExplainFlags>();
  CLI::App* cmd = app.add_subcommand(
      "explain",
      "every statement behind one finding: the sentence, the pattern that matched (with its rule-file "
      "location), the role bindings and each normalization step of the value");
  cmd->add_option("id", flags->id,
                  "a finding id (f-...) or its key, e.g. 'border_length(China, Russia)' or 'quote(no_limits)'; "
                  "for a quotation, each quote with its speaker, how it was found and its word diff");
  cmd->add_option("--text", flags->text,
                  "instead of a finding: show what the rules read in this sentence, and each quotation in it "
                  "with its speaker and how the speaker was found");
  cmd->add_option("--date", flags->date, "with --text: publication date YYYY-MM-DD for relative dates");
  add_corpus_flags(*cmd, flags->corpus);
  cmd->add_option("--format", flags->format, "output format")->check(one_of({"text", "json"}));
  cmd->callback([cmd, flags, exit_code] {
    bool settled = enter_project(*cmd, flags->corpus) && resolve_corpus_settings(*cmd, flags->corpus);
    *exit_code = settled ? run(*flags) : kExitCannotRun;
  });
}

}  // namespace factlint::cli
