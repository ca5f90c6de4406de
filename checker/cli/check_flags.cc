// Check's options, and settling them from flags, .factlint.toml and defaults.
#include "cli/check_flags.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <optional>

#include <fmt/format.h>

#include "cli/choice.h"
#include "cli/output.h"
#include "project/config_file.h"
#include "report/report_formats.h"

namespace factlint::cli {

namespace {

void add_output_flags(CLI::App& cmd, CheckFlags& f) {
  cmd.add_option("--format", f.format,
                 "output format: text, json (factlint/v1), sarif (2.1.0), junit, github (annotations), "
                 "markdown (a pull-request comment), html (one self-contained page for editors) or csv "
                 "(a row per statement, for spreadsheets)")
      ->check(one_of(report::kReportFormats))
      ->capture_default_str();
  cmd.add_option("-o,--output", f.output, "write the report to FILE instead of stdout");
  cmd.add_option("--fail-on", f.fail_on,
                 "exit 1 when a finding at or above this verdict exists (info-severity facts never fail)")
      ->check(one_of({"conflicting", "single-source", "never"}))
      ->capture_default_str();
  cmd.add_flag("--strict", f.strict,
               "exit 2 when a document or folder could not be read or was skipped (unreadable, binary, over the "
               "size limit, empty, a broken link), after writing the report: a gate that must see every "
               "document; see docs/contracts.md#exit-codes");
  CLI::Option* changed = cmd.add_option(
      "--changed", f.changed,
      "check the whole corpus, but report and fail only on findings with a statement in one of these files "
      "(put it after the documents to check: it takes every word after it; no base, so nothing is reported "
      "fixed: use --diff-base for that); with a warm store, only the changed documents are read and only the facts "
      "they touch recompared, with the same report; see docs/ci.md");
  cmd.add_option("--diff-base", f.diff_base,
                 "check the corpus at the merge base of REF and HEAD and at the work tree; report the findings "
                 "the change introduced, changed or fixed, and fail only on introduced or changed ones "
                 "(e.g. --diff-base origin/main in a pull request; changed files: 'git diff REF...HEAD', plus "
                 "uncommitted and untracked ones); see docs/ci.md")
      ->excludes(changed);
  CLI::Option* quiet = cmd.add_flag(
      "-q,--quiet", f.quiet,
      "list conflicts only, in every format, and not those an editor acknowledged (--show "
      "conflicting,acknowledged lists both); the counts still count every finding and the report says how many "
      "it hid (never changes the exit code)");
  cmd.add_option("--show", f.show,
                 "list only these verdicts, in every format, comma-separated: conflicting (those no editor "
                 "acknowledged), acknowledged (conflicts an editor acknowledged), single-source, consistent "
                 "(default: all; the counts still count every finding; never changes the exit code)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(one_of({"conflicting", "acknowledged", "single-source", "consistent"}))
      ->excludes(quiet);
  cmd.add_option("--stdin-name", f.stdin_name,
                 "read one document from standard input and check it with the corpus under this name (its extension "
                 "picks the reader: .md, .txt, .html), in place of the file of that name; 'check -' does the same "
                 "as '<stdin>', read as plain text");
  cmd.add_option("--color", f.color, "colour the text report")
      ->check(one_of({"auto", "always", "never"}))
      ->capture_default_str();
}

void add_baseline_flags(CLI::App& cmd, CheckFlags& f) {
  CLI::Option* baseline =
      cmd.add_option("--baseline", f.baseline,
                     "findings recorded in this baseline file do not fail the run, only new ones do "
                     "(default: .factlint-baseline.json when present); see docs/ci.md");
  cmd.add_flag("--no-baseline", f.no_baseline, "ignore .factlint-baseline.json: every finding counts")
      ->excludes(baseline);
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

// How one key is read from the project file into the flags, and shown.
struct Binding {
  std::string key;
  std::vector<std::string> flags;  // the command-line options that set it
  std::function<void(CheckFlags&, const std::vector<std::string>&)> set;
  std::function<std::string(const CheckFlags&)> show;
};

std::string first(const std::vector<std::string>& values) { return values.empty() ? "" : values[0]; }

const std::vector<Binding>& bindings() {
  static const std::vector<Binding> table = [] {
  std::vector<Binding> out{
      {"rules", {"--rules"}, [](CheckFlags& f, const auto& v) { f.corpus.rules = v; },
       [](const CheckFlags& f) { return f.corpus.rules.empty() ? "rules" : joined(f.corpus.rules); }},
      {"paths", {"paths"}, [](CheckFlags& f, const auto& v) { f.corpus.paths = v; },
       [](const CheckFlags& f) { return f.corpus.paths.empty() ? "corpus" : joined(f.corpus.paths); }},
      {"exclude", {"--exclude"}, [](CheckFlags& f, const auto& v) { f.corpus.exclude = v; },
       [](const CheckFlags& f) { return f.corpus.exclude.empty() ? std::string("(none)") : joined(f.corpus.exclude); }},
      {"gitignore", {"--no-gitignore"}, [](CheckFlags& f, const auto& v) { f.corpus.no_gitignore = first(v) == "false"; },
       [](const CheckFlags& f) { return std::string(f.corpus.no_gitignore ? "false" : "true"); }},
      {"fail-on", {"--fail-on"}, [](CheckFlags& f, const auto& v) { f.fail_on = first(v); },
       [](const CheckFlags& f) { return f.fail_on; }},
      {"strict", {"--strict"}, [](CheckFlags& f, const auto& v) { f.strict = first(v) == "true"; },
       [](const CheckFlags& f) { return std::string(f.strict ? "true" : "false"); }},
      {"format", {"--format"}, [](CheckFlags& f, const auto& v) { f.format = first(v); },
       [](const CheckFlags& f) { return f.format; }},
      {"output", {"--output"}, [](CheckFlags& f, const auto& v) { f.output = first(v); },
       [](const CheckFlags& f) { return f.output.empty() ? std::string("stdout") : f.output; }},
      {"baseline", {"--baseline", "--no-baseline"},
       [](CheckFlags& f, const auto& v) {
         f.no_baseline = first(v) == "false";
         if (!f.no_baseline) f.baseline = first(v);
       },
       [](const CheckFlags& f) {
         if (f.no_baseline) return std::string("false (none)");
         return f.baseline.empty() ? std::string(".factlint-baseline.json when present") : f.baseline;
       }},
      {"decisions", {"--decisions"}, [](CheckFlags& f, const auto& v) { f.corpus.decisions = first(v); },
       [](const CheckFlags& f) {
         return f.corpus.decisions.empty() ? std::string("factlint.decisions.toml when present") : f.corpus.decisions;
       }},
      {"db", {"--db", "--no-db"},
       [](CheckFlags& f, const auto& v) {
         f.corpus.no_db = first(v) == "false";
         if (!f.corpus.no_db) f.corpus.db = first(v);
       },
       [](const CheckFlags& f) { return f.corpus.no_db ? std::string("false (no store)") : f.corpus.db; }},
      {"jobs", {"--jobs"}, [](CheckFlags& f, const auto& v) { f.corpus.jobs = std::stoi(first(v)); },
       [](const CheckFlags& f) {
         return f.corpus.jobs == 0 ? std::string("0 (one per core)") : std::to_string(f.corpus.jobs);
       }},
      {"quotes", {"--no-quotes"}, [](CheckFlags& f, const auto& v) { f.corpus.no_quotes = first(v) == "false"; },
       [](const CheckFlags& f) { return std::string(f.corpus.no_quotes ? "false" : "true"); }},
      {"quote-min-words", {"--quote-min-words"},
       [](CheckFlags& f, const auto& v) { f.corpus.quote_min_words = std::stoul(first(v)); },
       [](const CheckFlags& f) { return std::to_string(f.corpus.quote_min_words); }},
      {"quote-ignore", {"--quote-ignore"}, [](CheckFlags& f, const auto& v) { f.corpus.quote_ignore = v; },
       [](const CheckFlags& f) {
         return f.corpus.quote_ignore.empty() ? std::string("(none)") : joined(f.corpus.quote_ignore);
       }},
      {"quiet", {"--quiet", "--show"}, [](CheckFlags& f, const auto& v) { f.quiet = first(v) == "true"; },
       [](const CheckFlags& f) { return std::string(f.quiet ? "true" : "false"); }},
      {"show", {"--show", "--quiet"}, [](CheckFlags& f, const auto& v) { f.show = v; },
       [](const CheckFlags& f) { return f.show.empty() ? std::string("all verdicts") : joined(f.show); }},
      {"color", {"--color"}, [](CheckFlags& f, const auto& v) { f.color = first(v); },
       [](const CheckFlags& f) { return f.color; }},
      {"ton", {"--ton"}, [](CheckFlags& f, const auto& v) { f.corpus.ton = first(v); },
       [](const CheckFlags& f) { return f.corpus.ton; }},
  };
  // --dollar, --yen, --shilling: one for each bare currency sign.
  for (const value::BareCurrency& bare : value::bare_currencies()) {
    auto code = bare.code;
    out.push_back({std::string(bare.name), {"--" + std::string(bare.name)},
                   [code](CheckFlags& f, const auto& v) { f.corpus.currency.*code = first(v); },
                   [code](const CheckFlags& f) { return f.corpus.currency.*code; }});
  }
  out.push_back({"date-order", {"--date-order"}, [](CheckFlags& f, const auto& v) { f.corpus.date_order = first(v); },
                 [](const CheckFlags& f) { return f.corpus.date_order; }});
  return out;
  }();
  return table;
}

// Whether the command line set `flag`; commands without such an option never do.
bool given(const CLI::App& cmd, const std::string& flag) {
  const CLI::Option* option = cmd.get_option_no_throw(flag);
  return option != nullptr && option->count() > 0;
}

bool given(const CLI::App& cmd, const Binding& b) {
  return std::any_of(b.flags.begin(), b.flags.end(), [&](const std::string& flag) { return given(cmd, flag); });
}

// The keys that concern reading the corpus, which baseline and explain take too.
bool is_corpus_key(const std::string& key) {
  for (const char* k : {"rules", "paths", "exclude", "gitignore", "decisions", "db", "jobs", "quotes", "quote-min-words",
                        "quote-ignore", "ton", "date-order"}) {
    if (key == k) return true;
  }
  return value::bare_currency(key) != nullptr;  // dollar, yen, shilling
}

// The project file to read, or nullopt for none.
std::optional<std::string> config_path(const CorpusFlags& f) {
  if (f.no_config) return std::nullopt;
  if (!f.config.empty()) return f.config;
  if (auto found = project::find_config_file(std::filesystem::current_path())) {
    std::string shown = found->lexically_relative(std::filesystem::current_path()).generic_string();
    return shown.empty() ? found->string() : shown;
  }
  return std::nullopt;
}

// Reads the project file the flags point to. `ok` is false after printing its errors.
struct LoadedConfig {
  bool ok = true;
  std::optional<project::ProjectConfig> config;
};

LoadedConfig load_config(const CorpusFlags& corpus) {
  std::optional<std::string> path = config_path(corpus);
  if (!path) return {};
  source::DiagnosticSink sink;
  std::optional<project::ProjectConfig> config = project::read_config(*path, sink);
  print_diagnostics(sink);
  if (!config) {
    print_error(fmt::format("cannot use the configuration file '{}'; fix it, or pass --no-config", *path));
    return {false, std::nullopt};
  }
  return {true, std::move(config)};
}

// The file's [[override]] tables: value settings for some paths. The command line's
// --ton, --dollar, --yen, --shilling and --date-order set the run's defaults; an override for a path still wins.
void apply_overrides(const project::ProjectConfig& config, CorpusFlags& corpus, std::vector<Setting>* settings) {
  corpus.overrides.clear();
  for (const project::PathOverride& o : config.overrides) {
    app::ValueOverride out;
    out.match = o.match;
    for (const auto& [key, setting] : o.settings) {
      const std::string& v = first(setting.values);
      if (key == "ton") out.ton = value::ton_from_name(v);
      if (const value::BareCurrency* bare = value::bare_currency(key)) out.currency.*bare->code = v;
      if (key == "date-order") out.date_order = app::date_order_from_name(v);
      if (settings != nullptr) {
        settings->push_back({fmt::format("[[override]] match = {}: {}", joined(o.match), key), v,
                             fmt::format("{}:{}:{}", config.path, setting.line, setting.column)});
      }
    }
    corpus.overrides.push_back(std::move(out));
  }
}

void apply(const CLI::App& cmd, const std::optional<project::ProjectConfig>& config, CheckFlags& f,
           bool corpus_only, std::vector<Setting>* settings) {
  for (const Binding& b : bindings()) {
    if (corpus_only && !is_corpus_key(b.key)) continue;
    std::string origin = "default";
    if (given(cmd, b)) {
      origin = "command line";
    } else if (const project::ConfigSetting* s = config ? config->find(b.key) : nullptr) {
      b.set(f, s->values);
      origin = fmt::format("{}:{}:{}", config->path, s->line, s->column);
    }
    if (settings != nullptr) settings->push_back({b.key, b.show(f), origin});
  }
  if (config) apply_overrides(*config, f.corpus, settings);
}

}  // namespace

void add_check_flags(CLI::App& cmd, CheckFlags& f) {
  add_corpus_flags(cmd, f.corpus);
  add_output_flags(cmd, f);
  add_baseline_flags(cmd, f);
}

bool resolve_settings(const CLI::App& cmd, CheckFlags& f, std::vector<Setting>* settings) {
  LoadedConfig loaded = load_config(f.corpus);
  if (!loaded.ok) return false;
  apply(cmd, loaded.config, f, false, settings);
  // A file's `quiet` and a command line's --show (or the reverse) would both apply.
  if (given(cmd, "--show")) f.quiet = false;
  if (given(cmd, "--quiet")) f.show.clear();
  return true;
}

bool resolve_corpus_settings(const CLI::App& cmd, CorpusFlags& corpus, std::string* baseline) {
  LoadedConfig loaded = load_config(corpus);
  if (!loaded.ok) return false;
  CheckFlags f;
  f.corpus = corpus;
  apply(cmd, loaded.config, f, true, nullptr);
  corpus = f.corpus;
  if (baseline != nullptr && loaded.config && !given(cmd, "--baseline")) {
    const project::ConfigSetting* s = loaded.config->find("baseline");
    if (s != nullptr && !s->values.empty() && s->values[0] != "false") *baseline = s->values[0];
  }
  return true;
}

GivenPaths check_paths(CheckFlags& f) {
  return GivenPaths{}
      .path("--output", f.output)
      .path("--baseline", f.baseline)
      .paths("--changed", f.changed)
      .path("--stdin-name", f.stdin_name);
}

void take_stdin_argument(CLI::App& cmd, CheckFlags& f) {
  // `--changed -`: --changed takes every word after it, '-' included; it still means
  // the document on standard input, and that document is among the changed ones
  // (an editor's buffer checked as the change: docs/ci.md).
  if (auto dash = std::find(f.changed.begin(), f.changed.end(), "-"); dash != f.changed.end()) {
    f.changed.erase(std::remove(f.changed.begin(), f.changed.end(), "-"), f.changed.end());
    const std::string name = f.stdin_name.empty() ? std::string(kStdinName) : f.stdin_name;
    if (std::find(f.changed.begin(), f.changed.end(), name) == f.changed.end()) f.changed.push_back(name);
    f.corpus.paths.push_back("-");
  }
  auto dash = std::find(f.corpus.paths.begin(), f.corpus.paths.end(), "-");
  f.read_stdin = !f.stdin_name.empty() || dash != f.corpus.paths.end();
  if (dash == f.corpus.paths.end()) return;
  f.corpus.paths.erase(std::remove(f.corpus.paths.begin(), f.corpus.paths.end(), "-"), f.corpus.paths.end());
  // Only '-' named: the corpus is what it would be without it (.factlint.toml, else corpus/).
  if (f.corpus.paths.empty()) {
    if (CLI::Option* paths = cmd.get_option_no_throw("paths")) paths->clear();
  }
}

}  // namespace factlint::cli
