// End to end: what the command line says when a user mistypes it.
#include <catch2/catch.hpp>

#include "run_binary.h"

using factlint::testing::run_factlint;

TEST_CASE("a mistyped command is named with a suggestion, not taken for a folder", "[e2e][cli]") {
  auto run = run_factlint("chek");
  CHECK(run.exit_code == 2);
  CHECK(run.err == "factlint: error: unknown command 'chek'; did you mean 'check'? (run 'factlint --help' for the "
                   "commands)\n");
  // A word that is nothing like a command is still a missing document folder.
  auto folder = run_factlint("check --no-db no-such-folder-at-all");
  CHECK(folder.err.find("no-such-folder-at-all: error: no such file or directory") != std::string::npos);
}

TEST_CASE("the short flag -V prints the version like --version", "[e2e][cli]") {
  auto short_flag = run_factlint("-V");
  CHECK(short_flag.exit_code == 0);
  CHECK(short_flag.out.rfind("factlint ", 0) == 0);
  CHECK(short_flag.out == run_factlint("--version").out);
}

TEST_CASE("explain finds a symmetric key written in either order", "[e2e][cli]") {
  auto written = run_factlint("explain --no-db 'border_length(Russia, China)'");
  CHECK(written.exit_code == 0);
  CHECK(written.out.rfind("f-1736ca0f5f  border_length(China, Russia)  conflicting", 0) == 0);
}

TEST_CASE("parse says why it read nothing: a relative date needs --date", "[e2e][cli]") {
  auto run = run_factlint("parse date 'last February'");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err == "factlint: error: no date in 'last February'; relative dates such as 'last February' need --date "
                   "YYYY-MM-DD, the day they were written\n");
  CHECK(run_factlint("parse length 'no figure here'").err == "factlint: error: no length in 'no figure here'\n");
}

// Before: "text is required" unless "--" came first (a blind writer's report, session 17).
TEST_CASE("parse takes a text that opens with a minus sign as the text", "[e2e][cli]") {
  auto run = run_factlint("parse money '-NOK 12'");
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("\"display\":\"NOK -12\"") != std::string::npos);
  // Options still read before or after it; "--" still works.
  CHECK(run_factlint("parse money '-kr 12' --krone SEK").out.find("\"display\":\"SEK -12\"") != std::string::npos);
  CHECK(run_factlint("parse --krone DKK money '-kr 12'").out.find("\"display\":\"DKK -12\"") != std::string::npos);
  CHECK(run_factlint("parse money -- '-NOK 12'").out == run.out);
  // A mistyped long option is still named as one.
  CHECK(run_factlint("parse money '-NOK 12' --kron SEK").err.find("unknown option '--kron'") != std::string::npos);
}

TEST_CASE("a rank too large for any list is not read (found by the value_ordinal fuzzer)", "[e2e][cli]") {
  auto run = run_factlint("parse ordinal 'no 5555555555555555555555'");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
}

// Before: "--format: jsn not in {text,json,...}", with no hint (a newcomer's report).
TEST_CASE("a mistyped value of a closed-list option names the nearest value", "[e2e][cli]") {
  auto run = run_factlint("check --format jsn");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("--format: 'jsn' is not one of text, json, sarif, junit, github, markdown, html, csv; did you mean "
                     "'json'?") != std::string::npos);
  run = run_factlint("check --fail-on single_source");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("did you mean 'single-source'?") != std::string::npos);
  run = run_factlint("check --format zzzzzz");  // nothing near: the list alone
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("'zzzzzz' is not one of text, json") != std::string::npos);
  CHECK(run.err.find("did you mean") == std::string::npos);
}

// Before: "The following argument was not expected: --formt", with no hint (a newcomer's report).
TEST_CASE("a mistyped option names the nearest option of its command", "[e2e]") {
  auto run = run_factlint("check --formt json");
  CHECK(run.exit_code == 2);
  CHECK(run.err == "factlint: error: unknown option '--formt'; did you mean '--format'? (run 'factlint check --help' "
                   "for its options)\n");
  run = run_factlint("rules lint --rulez=rules");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("unknown option '--rulez'; did you mean '--rules'? (run 'factlint rules lint --help'") !=
        std::string::npos);
  run = run_factlint("check --zzzzzz");  // nothing near: CLI11's own message
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("--zzzzzz") != std::string::npos);
}

// Before: "--jobs: Value two not in range 0.000000 to 17976931348623157081452...",
// CLI11's text (a newcomer's report).
TEST_CASE("a number flag given a word or a number out of its range says so in words", "[e2e][cli]") {
  auto run = run_factlint("check --no-db -j two");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("--jobs: 'two' is not a whole number (0 or more)") != std::string::npos);
  CHECK(run.err.find("179769") == std::string::npos);
  run = run_factlint("check --no-db --quote-min-words 0");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("--quote-min-words: '0' is out of range (1 or more)") != std::string::npos);
  run = run_factlint("serve --port 70000");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("--port: '70000' is out of range (0 to 65535)") != std::string::npos);
  run = run_factlint("check --no-db -j 2.5");
  CHECK(run.err.find("'2.5' is not a whole number") != std::string::npos);
}

// Before: "check: error: no such file or directory": the command after an option was
// read as a document folder of the default command (a newcomer's report).
TEST_CASE("options before the command belong to the command", "[e2e][cli]") {
  auto late = run_factlint("--no-db --format json report");
  auto usual = run_factlint("report --no-db --format json");
  CHECK(late.exit_code == usual.exit_code);
  CHECK(late.err.empty());
  CHECK(late.out == usual.out);
  CHECK(late.out.find("\"findings\"") != std::string::npos);
  // Without a command word anywhere, the options still go to check.
  auto default_command = run_factlint("--no-db --format json");
  CHECK(default_command.err.find("no such file") == std::string::npos);
}

// Before: "A subcommand is required" and "The following argument was not expected:
// -format", CLI11's text (a newcomer's report).
TEST_CASE("a command's own commands and one-dash long options are named with a suggestion", "[e2e][cli]") {
  auto run = run_factlint("rules lnt");
  CHECK(run.exit_code == 2);
  CHECK(run.err == "factlint: error: unknown command 'lnt' of 'factlint rules'; did you mean 'lint'? (its commands: "
                   "lint, list, audit)\n");
  run = run_factlint("baseline");
  CHECK(run.exit_code == 2);
  CHECK(run.err == "factlint: error: 'factlint baseline' needs a command: create, update, prune (run 'factlint "
                   "baseline --help')\n");
  run = run_factlint("check -format json");
  CHECK(run.exit_code == 2);
  CHECK(run.err == "factlint: error: unknown option '-format'; long options take two dashes: '--format'\n");
  // Any other mistake: CLI11's words, said as factlint says errors (was a bare line and
  // "Run with --help for more information."; a newcomer's report).
  CHECK(run_factlint("parse").err == "factlint: error: type is required (run 'factlint parse --help' for its options)\n");
  CHECK(run_factlint("check --bogus").err ==
        "factlint: error: unknown option '--bogus' (run 'factlint check --help' for its options)\n");
}

// Before: `--rules rule/` said only "cannot read rule file" (an analyst's typo).
TEST_CASE("a rule path that does not exist suggests the near one beside it", "[e2e]") {
  auto run = factlint::testing::run_factlint("check --no-db --rules rule/ corpus");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("rule/: error: cannot read rule file (missing or not a regular file); did you mean 'rules'?") !=
        std::string::npos);
}
