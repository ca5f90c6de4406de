// Tests for source/diagnostic: the compiler-style rendering users see.
#include "source/diagnostic.h"

#include <catch2/catch.hpp>

using namespace factlint::source;

TEST_CASE("a located error renders with the source line and a caret under the span", "[source]") {
  SourceFile f("rules/x.facts", "entity China = \"China\"\nfact f -> n: lenght {\n}\n");
  std::size_t at = f.text().find("lenght");
  DiagnosticSink sink;
  sink.error({&f, at, at + 6}, "unknown value type 'lenght'; did you mean 'length'?");
  CHECK(render(sink.diagnostics()[0]) ==
        "rules/x.facts:2:14: error: unknown value type 'lenght'; did you mean 'length'?\n"
        "fact f -> n: lenght {\n"
        "             ^~~~~~\n");
}

TEST_CASE("the caret lines up after multibyte characters", "[source]") {
  SourceFile f("d.md", "“no limits” — 42 times\n");
  std::size_t at = f.text().find("42");
  Diagnostic d = make_diagnostic(Severity::Warning, {&f, at, at + 2}, "odd");
  CHECK(render(d) == "d.md:1:15: warning: odd\n“no limits” — 42 times\n              ^~\n");
}

TEST_CASE("file-level and program-level problems render without a caret", "[source]") {
  DiagnosticSink sink;
  sink.file_error("corpus/bin.txt", "binary file skipped");
  CHECK(render(sink.diagnostics()[0]) == "corpus/bin.txt: error: binary file skipped\n");
  Diagnostic program;
  program.message = "cannot open database";
  CHECK(render(program) == "factlint: error: cannot open database\n");
}

TEST_CASE("diagnostics sort by path, line and column and count by severity", "[source]") {
  SourceFile a("a", "x\ny\n"), b("b", "z\n");
  DiagnosticSink sink;
  sink.error({&b, 0, 1}, "third");
  sink.warning({&a, 2, 3}, "second");
  sink.error({&a, 0, 1}, "first");
  auto sorted = sink.sorted();
  REQUIRE(sorted.size() == 3);
  CHECK(sorted[0].message == "first");
  CHECK(sorted[1].message == "second");
  CHECK(sorted[2].message == "third");
  CHECK(sink.error_count() == 2);
  CHECK(sink.warning_count() == 1);
  CHECK(sink.has_errors());
}

TEST_CASE("did you mean finds a close name and nothing for a far one", "[source]") {
  std::vector<std::string> names{"length", "ordinal", "year-range"};
  CHECK(did_you_mean("lenght", names) == "length");
  CHECK(did_you_mean("Ordinal", names) == "ordinal");
  CHECK(did_you_mean("banana", names).empty());
  // Two letters swapped is one typo, even in a short word (a newcomer's "scoep per year").
  std::vector<std::string> items{"cue", "unless", "pattern", "scope", "compare", "example"};
  CHECK(did_you_mean("scoep", items) == "scope");
  CHECK(did_you_mean("ceu", items) == "cue");
  CHECK(did_you_mean("sclpe", items).empty() == false);
  CHECK(did_you_mean("xyz", items).empty());
}

// Before: "no fact 'max_users'" had no hint for max_users_per_workspace (a newcomer's report).
TEST_CASE("did you mean names the one longer name a name begins", "[source]") {
  std::vector<std::string> facts{"max_users_per_workspace", "min_ram", "release_date", "release_notes_url"};
  CHECK(did_you_mean("max_users", facts) == "max_users_per_workspace");
  CHECK(did_you_mean("release", facts).empty());   // two begin so: no guess
  CHECK(did_you_mean("mi", facts).empty());        // too short to say
}

// Before: "--fail-on conflict" got no hint for "conflicting" (a newcomer's report): a
// word cut short is named when only one candidate begins so.
TEST_CASE("did you mean names the one name a word cut short begins", "[source]") {
  std::vector<std::string> verdicts{"conflicting", "single-source", "never"};
  CHECK(did_you_mean("conflict", verdicts) == "conflicting");
  CHECK(did_you_mean("single", verdicts) == "single-source");  // a whole word, as before
  std::vector<std::string> facts{"max_users_per_workspace", "min_ram", "release_date", "release_notes_url"};
  CHECK(did_you_mean("max_user", facts) == "max_users_per_workspace");
  CHECK(did_you_mean("relea", facts).empty());  // two begin so: no guess
  CHECK(did_you_mean("sin", verdicts).empty());  // under four letters: too short to say
}
