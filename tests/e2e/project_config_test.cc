// End to end: .factlint.toml and `factlint config`, globs, --exclude and .gitignore,
// --quiet and --show, and factlint-ignore comments, each through the real binary.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::copy_bundled_rules;
using factlint::testing::make_temp_dir;
using factlint::testing::run_git;
using factlint::testing::RunResult;
using factlint::testing::run_factlint_in;
using factlint::testing::read_file;
using factlint::testing::write_file;

namespace fs = std::filesystem;

namespace {

// The bundled rules and three documents: two agree on the border, one disagrees;
// one states the year of Crimea's annexation (a single-source fact).
struct Project {
  std::string dir = make_temp_dir();
  Project() {
    copy_bundled_rules(dir);
    write_file(dir + "/corpus/a.md", "# A\n\nChina and Russia share a 4,209 km border.\n\nRussia annexed Crimea in 2014.\n");
    write_file(dir + "/corpus/b.md", "# B\n\nChina and Russia share a 4,209 km border.\n");
    write_file(dir + "/corpus/drafts/c.md", "# C\n\nChina and Russia share a 3,000 km border.\n");
  }
  RunResult run(const std::string& args, const std::string& prefix = "") const {
    return run_factlint_in(dir, args, prefix);
  }
  void git(const std::string& args) const {
    REQUIRE(run_git(dir, args));
  }
};

// "document:line" of every statement in a JSON report's findings.
std::set<std::string> statement_places(const std::string& json_text) {
  std::set<std::string> out;
  const nlohmann::json report = nlohmann::json::parse(json_text);  // kept alive for the loop
  for (const auto& f : report["findings"]) {
    for (const auto& v : f["values"]) {
      for (const auto& s : v["statements"]) {
        out.insert(s["document"].get<std::string>() + ":" + std::to_string(s["line"].get<int>()));
      }
    }
  }
  return out;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("a config error exits 2 in every mode, even with --fail-on never", "[e2e]") {
  Project p;
  write_file(p.dir + "/.factlint.toml", "fail_on = \"never\"\n");
  for (const char* args : {"check --no-db --fail-on never", "report --no-db", "config", "check --no-db --format json",
                           "baseline create --no-db", "explain --no-db 'border_length(China, Russia)'"}) {
    CAPTURE(args);
    RunResult run = p.run(args);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err.find(".factlint.toml:1:1: error: unknown key 'fail_on' in .factlint.toml; did you mean "
                       "'fail-on'?") != std::string::npos);
  }
  CHECK(p.run("check --no-db --no-config").exit_code == 1);
}

TEST_CASE("settings come from .factlint.toml unless a flag overrides them, and config says which", "[e2e]") {
  Project p;
  write_file(p.dir + "/.factlint.toml", "fail-on = \"never\"\nformat = \"json\"\ndb = false\n");
  RunResult run = p.run("check");
  CHECK(run.exit_code == 0);
  CHECK(nlohmann::json::parse(run.out)["summary"]["conflicting"] == 1);
  CHECK(p.run("check --fail-on conflicting").exit_code == 1);

  RunResult config = p.run("config --format text");
  REQUIRE(config.exit_code == 0);
  CHECK(config.out.find("fail-on = never") != std::string::npos);
  CHECK(config.out.find("# .factlint.toml:1:1\n") != std::string::npos);
  CHECK(config.out.find("format = text") != std::string::npos);
  CHECK(config.out.find("# command line\n") != std::string::npos);
  CHECK(config.out.find("rules = rules") != std::string::npos);

  SECTION("found from a subfolder, whose commands then work from the file's folder") {
    write_file(p.dir + "/.factlint.toml", "rules = \"rules\"\npaths = \"corpus\"\nfail-on = \"never\"\ndb = false\n");
    RunResult below = run_factlint_in(p.dir + "/corpus/drafts", "config");
    CHECK(below.out.find("rules = rules ") != std::string::npos);
    CHECK(below.out.find("paths = corpus ") != std::string::npos);
    CHECK(below.out.find("# .factlint.toml:2:1") != std::string::npos);
    CHECK(run_factlint_in(p.dir + "/corpus/drafts", "check").exit_code == 0);
  }
}

// Before: a .docx or .pdf beside the documents was skipped without a note, even with -v
// (a newcomer's report).
TEST_CASE("verbose runs note a file of no document type in a checked folder", "[e2e]") {
  Project p;
  write_file(p.dir + "/corpus/minutes.docx", "PK binary\n");
  RunResult quiet = p.run("check --no-db corpus");
  CHECK(quiet.err.find("minutes.docx") == std::string::npos);
  RunResult verbose = p.run("check --no-db -v corpus");
  CHECK(verbose.err.find("corpus/minutes.docx: note: skipped: not a document type (documents are .md") !=
        std::string::npos);
  CHECK(verbose.exit_code == quiet.exit_code);
}

TEST_CASE("globs, --exclude and .gitignore choose the documents", "[e2e]") {
  Project p;
  CHECK(p.run("check --no-db 'corpus/*.md'").exit_code == 0);        // drafts/ is below: not matched
  CHECK(p.run("check --no-db 'corpus/**/*.md'").exit_code == 1);
  CHECK(p.run("check --no-db corpus --exclude drafts").exit_code == 0);
  CHECK(p.run("check --no-db corpus --exclude 'corpus/drafts/**'").exit_code == 0);
  RunResult none = p.run("check --no-db 'corpus/*.html'");
  CHECK(none.exit_code == 2);
  CHECK(none.err.find("corpus/*.html: error: no document matches the glob") != std::string::npos);

  SECTION("in a git work tree, what .gitignore ignores is skipped, and said so with --verbose") {
    p.git("-c init.defaultBranch=main init -q");
    write_file(p.dir + "/.gitignore", "drafts/\n");
    RunResult quiet = p.run("check --no-db");
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.err.find("skipped") == std::string::npos);
    RunResult verbose = p.run("check --no-db -v");
    CHECK(verbose.exit_code == 0);
    CHECK(verbose.err.find("corpus/drafts: note: skipped: ignored by git") != std::string::npos);
    // An empty folder is skipped too, but no .gitignore did it (before: "ignored by git").
    fs::create_directories(p.dir + "/corpus/next-week");
    RunResult empty = p.run("check --no-db -v");
    CHECK(empty.err.find("corpus/next-week: note: skipped: an empty folder") != std::string::npos);
    CHECK(p.run("check --no-db --no-gitignore").exit_code == 1);
    CHECK(p.run("check --no-db corpus/drafts/c.md corpus/a.md").exit_code == 1);  // named files are read
    CHECK(p.run("check --no-db corpus/drafts corpus/a.md").exit_code == 1);  // so is a named ignored folder
  }
}

TEST_CASE("git is asked for the work tree once, not once per folder of the corpus", "[e2e]") {
  Project p;
  p.git("-c init.defaultBranch=main init -q");
  for (int i = 0; i < 12; ++i) {
    write_file(p.dir + "/corpus/part" + std::to_string(i) + "/deep/d.md", "# D\n\nNothing to see.\n");
  }
  // A git that logs its arguments before running the real one.
  const std::string bin = make_temp_dir();
  write_file(bin + "/git", "#!/bin/sh\necho \"$@\" >> " + bin + "/calls\nexec /usr/bin/git \"$@\"\n");
  std::filesystem::permissions(bin + "/git", std::filesystem::perms::owner_all);
  RunResult run = p.run("check --no-db", "PATH=" + bin + ":$PATH");
  CHECK(run.exit_code == 1);
  std::string calls = read_file(bin + "/calls");
  INFO(calls);
  CHECK(count(calls, "rev-parse --show-toplevel") == 1);
  CHECK(count(calls, "ls-files") == 1);
}

TEST_CASE("check --quiet and --show trim the text report but never the exit code", "[e2e]") {
  Project p;
  RunResult all = p.run("check --no-db");
  RunResult quiet = p.run("check --no-db --quiet");
  RunResult single = p.run("check --no-db --show single-source");
  CHECK(all.exit_code == 1);
  CHECK(quiet.exit_code == 1);
  CHECK(single.exit_code == 1);
  CHECK(count(all.out, "single-source  ") > 0);
  CHECK(count(quiet.out, "single-source  ") == 0);
  CHECK(count(quiet.out, "conflicting  border_length") == 1);
  CHECK(count(single.out, "conflicting  border_length") == 0);
  CHECK(count(single.out, "single-source  ") == count(all.out, "single-source  "));
  CHECK(p.run("check --no-db --quiet --show consistent").exit_code == 2);
  CHECK(p.run("check --no-db --show sometimes").exit_code == 2);
}

TEST_CASE("a factlint-ignore comment takes a statement out and the JSON report lists it", "[e2e]") {
  Project p;
  write_file(p.dir + "/corpus/drafts/c.md",
             "# C\n\n<!-- factlint-ignore border_length -- the figure we correct below -->\n"
             "China and Russia share a 3,000 km border.\n\n<!-- factlint-ignore border_lenght -->\nNothing.\n");
  RunResult run = p.run("check --no-db --format json");
  CHECK(run.exit_code == 0);
  nlohmann::json report = nlohmann::json::parse(run.out);
  REQUIRE(report["suppressed"].size() == 1);
  CHECK(report["suppressed"][0]["by"] == "corpus/drafts/c.md:3:6");
  CHECK(report["suppressed"][0]["reason"] == "the figure we correct below");
  CHECK(report["suppressed"][0]["statement"]["line"] == 4);
  CHECK(run.err.find("corpus/drafts/c.md:6:6: warning: factlint-ignore names unknown fact 'border_lenght'; "
                     "did you mean 'border_length'?") != std::string::npos);
}

TEST_CASE("every format lists only the verdicts --quiet or --show keep, and says what it hid", "[e2e]") {
  Project p;
  RunResult json_run = p.run("check --no-db --format json --quiet");
  CHECK(json_run.exit_code == 1);
  nlohmann::json report = nlohmann::json::parse(json_run.out);
  REQUIRE(report["findings"].size() == 1);
  CHECK(report["findings"][0]["verdict"] == "conflicting");
  // The counts stay whole: the single-source Crimea finding is counted, not listed.
  CHECK(report["summary"]["single_source"].get<int>() >= 1);
  CHECK(report["filter"]["shown"] == nlohmann::json::array({"conflicting"}));
  CHECK(report["filter"]["findings_hidden"] == report["summary"]["findings"].get<int>() - 1);
  CHECK_FALSE(nlohmann::json::parse(p.run("check --no-db --format json").out).contains("filter"));

  // --show consistent hides the conflict but still fails, and every format says a finding was hidden.
  for (const char* format : {"text", "markdown", "html", "github", "sarif", "junit"}) {
    CAPTURE(format);
    RunResult run = p.run(std::string("check --no-db --show consistent --format ") + format);
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("not listed: this report lists consistent only") != std::string::npos);
    CHECK(run.out.find("3,000 km") == std::string::npos);
  }
  CHECK(p.run("check --no-db --format junit --quiet").out.find("testcase classname=\"factlint\" name=\"filter\"") !=
        std::string::npos);
}

TEST_CASE("check - reads one document from standard input and checks it with the corpus", "[e2e]") {
  Project p;
  write_file(p.dir + "/.gitignore", "drafts/\n");
  p.git("init -q");
  REQUIRE(p.run("check --no-db").exit_code == 0);  // the corpus alone agrees
  write_file(p.dir + "/buffer.md", "China and Russia share a 5,000 km border.\n");

  SECTION("'-' alone: the corpus and the standard input, named <stdin>") {
    RunResult run = p.run("check --no-db --format json - < buffer.md");
    CHECK(run.exit_code == 1);
    CHECK(statement_places(run.out).count("<stdin>:1") == 1);
  }
  SECTION("'-' where there is no corpus/ folder: the standard input alone") {
    fs::remove_all(p.dir + "/corpus");
    RunResult run = p.run("check --no-db --format json - < buffer.md");
    CHECK(run.exit_code == 0);  // one statement is single-source, nothing to disagree with
    CHECK(nlohmann::json::parse(run.out)["summary"]["documents"] == 1);
    CHECK(statement_places(run.out).count("<stdin>:1") == 1);
    CHECK(p.run("check --no-db").exit_code == 2);  // without '-', a missing corpus is still an error
  }
  SECTION("--stdin-name stands in for a corpus file: an editor's unsaved buffer") {
    RunResult run = p.run("check --no-db --format json --stdin-name corpus/b.md < buffer.md");
    CHECK(run.exit_code == 1);
    nlohmann::json report = nlohmann::json::parse(run.out);
    CHECK(report["summary"]["documents"] == 2);  // a.md and the buffer as b.md, not b.md twice
    std::set<std::string> places = statement_places(run.out);
    CHECK(places.count("corpus/b.md:1") == 1);  // the buffer's line
    CHECK(places.count("corpus/b.md:3") == 0);  // the file on disk is not read
    CHECK(run.out.find("5,000 km") != std::string::npos);
  }
  SECTION("'-' after --changed is still standard input; a mistyped --changed path is warned about") {
    RunResult run = p.run("check --no-db --changed '<stdin>' - < buffer.md");
    CHECK(run.exit_code == 1);  // the buffer's 5,000 km border conflicts
    CHECK(run.out.find("1 changed document (<stdin>)") != std::string::npos);  // the text report says it
    // '-' alone after --changed: the buffer is the change (it was the whole corpus before).
    RunResult dash = p.run("check --no-db - --changed - < buffer.md");
    CHECK(dash.exit_code == 1);
    CHECK(dash.out.find("1 changed document (<stdin>)") != std::string::npos);
    RunResult named = p.run("check --no-db --stdin-name corpus/new.md --changed - < buffer.md");
    CHECK(named.out.find("1 changed document (corpus/new.md)") != std::string::npos);
    RunResult typo = p.run("check --no-db --changed corpus/nonexistent.md");
    CHECK(typo.exit_code == 0);
    CHECK(typo.err.find("warning: --changed 'corpus/nonexistent.md' is not among the documents checked") !=
          std::string::npos);
    // No such file and no document near its name: most likely deleted, and it says so.
    CHECK(typo.err.find("; no such file (a deleted document: --diff-base reports what its deletion changed)") !=
          std::string::npos);
    // A path one typo away from a document names it (a newcomer's "docs/fqa.md").
    RunResult near = p.run("check --no-db --changed corpus/aa.md");
    CHECK(near.err.find("not among the documents checked; nothing of it is reported; did you mean 'corpus/a.md'?") !=
          std::string::npos);
    // A changed file that is no document (a rule file, a README) is no surprise: no warning.
    CHECK(p.run("check --no-db --changed rules/china-russia.facts").err.find("warning: --changed") == std::string::npos);
  }
  SECTION("an agreeing buffer passes, and --changed reports only what it takes part in") {
    write_file(p.dir + "/buffer.md", "China and Russia share a 4,209 km border.\n");
    RunResult run = p.run("check --no-db --stdin-name corpus/new.md --changed corpus/new.md < buffer.md");
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("consistent  border_length(China, Russia)") != std::string::npos);
    CHECK(run.out.find("1 changed document (corpus/new.md)") != std::string::npos);
  }
}

TEST_CASE("a rules folder without rule files stops the check instead of passing it", "[e2e]") {
  Project p;
  fs::remove_all(p.dir + "/rules");
  fs::create_directories(p.dir + "/rules");
  write_file(p.dir + "/rules/company.fact", "fact x -> v: count {\n  cue x\n}\n");  // a misspelt extension
  RunResult run = p.run("check --no-db");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("rules: error: no rule files ('*.facts') in this directory") != std::string::npos);
  CHECK(run.err.find("rules/company.fact: warning: not read: rule files end in '.facts' (rename it to "
                     "'company.facts')") != std::string::npos);
  CHECK(p.run("rules lint").exit_code == 2);
}

TEST_CASE("factlint-ignore quote takes a quotation out of the comparison", "[e2e]") {
  std::string dir = make_temp_dir();
  copy_bundled_rules(dir);
  const std::string said = " Mayor Lena Ortiz said at the harbour on Monday.\n";
  write_file(dir + "/corpus/a.md", "# A\n\n\"We will finish the new bridge by the spring and open it to everyone,\"" + said);
  write_file(dir + "/corpus/b.md", "# B\n\n\"We will finish the new bridge by the summer and open it to everyone,\"" + said);
  auto quote_verdicts = [](const RunResult& run) {
    std::vector<std::string> out;
    const nlohmann::json report = nlohmann::json::parse(run.out);  // kept alive for the loop
    for (const auto& f : report["findings"]) {
      if (f["fact"] == "quote") out.push_back(f["verdict"]);
    }
    return out;
  };
  RunResult before = run_factlint_in(dir, "check --no-db --format json --fail-on never");
  INFO(before.out);
  REQUIRE(quote_verdicts(before) == std::vector<std::string>{"conflicting"});

  write_file(dir + "/corpus/b.md", "# B\n\n<!-- factlint-ignore quote -- misquoted on purpose -->\n"
                                   "\"We will finish the new bridge by the summer and open it to everyone,\"" + said);
  RunResult after = run_factlint_in(dir, "check --no-db --format json --fail-on never");
  CHECK(after.err.find("warning") == std::string::npos);
  CHECK(quote_verdicts(after) == std::vector<std::string>{"single-source"});
  nlohmann::json suppressed = nlohmann::json::parse(after.out)["suppressed"];
  REQUIRE(suppressed.size() == 1);
  CHECK(suppressed[0]["fact"] == "quote");
  CHECK(suppressed[0]["by"] == "corpus/b.md:3:6");
  CHECK(suppressed[0]["reason"] == "misquoted on purpose");

  RunResult no_quotes = run_factlint_in(dir, "check --no-db --no-quotes --fail-on never");
  CHECK(no_quotes.err.find("factlint-ignore names unknown fact 'quote'") != std::string::npos);
}
