// The check pipeline: parse rules, load documents, match, compare, store.
#include "app/check_run.h"

#include <algorithm>
#include <filesystem>

#include "compare/comparator.h"
#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"

namespace factlint::app {

namespace fs = std::filesystem;

std::string display_path(const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  if (ec) return path;
  fs::path relative = absolute.lexically_normal().lexically_relative(fs::current_path(ec));
  if (ec || relative.empty() || *relative.begin() == "..") return path;
  return relative.generic_string();
}

report::ReportInput CheckRun::report_input() const {
  report::ReportInput input;
  for (const auto& d : documents) input.documents.push_back({d.path, d.meta});
  input.findings = findings;
  input.statement_count = statements.size();
  input.errors = diagnostics.sorted();
  return input;
}

namespace {

void load_documents(const CheckOptions& options, CheckRun& run) {
  std::vector<std::string> paths;
  for (const auto& p : options.document_paths) paths.push_back(display_path(p));
  int errors_before = run.diagnostics.error_count();
  std::vector<std::string> files = doc::find_documents(paths, run.diagnostics);
  if (run.diagnostics.error_count() > errors_before) run.status = RunStatus::InputErrors;
  for (const auto& file : files) {
    if (auto document = doc::load_document(file, run.diagnostics)) run.documents.push_back(std::move(*document));
  }
  std::sort(run.documents.begin(), run.documents.end(),
            [](const doc::Document& a, const doc::Document& b) { return a.path < b.path; });
}

void extract(CheckRun& run) {
  match::Matcher matcher(*run.rules);
  for (const auto& document : run.documents) {
    std::vector<match::Statement> found = matcher.run(document);
    run.statements.insert(run.statements.end(), std::make_move_iterator(found.begin()),
                          std::make_move_iterator(found.end()));
  }
}

}  // namespace

CheckRun run_check(const CheckOptions& options) {
  CheckRun run;
  run.rules = lang::parse_rules(options.rule_paths, run.diagnostics);
  if (!run.rules) {
    run.status = RunStatus::RuleErrors;
    return run;
  }
  load_documents(options, run);
  if (run.status != RunStatus::Ok) return run;
  extract(run);
  compare::DocumentDates dates;
  for (const auto& d : run.documents) dates[d.path] = d.meta.date;
  run.findings = compare::compare_statements(run.statements, *run.rules, dates);
  return run;
}

}  // namespace factlint::app
