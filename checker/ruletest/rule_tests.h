// `factlint test` as a library call: runs the `example` / `counterexample` cases of
// a rule set and the annotated fixture documents, and says which patterns they cover.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "lang/ast.h"
#include "match/statement.h"
#include "source/diagnostic.h"

namespace factlint::ruletest {

// What a case checks.
enum class CaseKind {
  Example,         // `example "TEXT" => role=value ...`: the fact is found with these roles and value
  Counterexample,  // `counterexample "TEXT"`: the fact is not found
  Expect,          // `<!-- expect: FACT(A, B) = VALUE -->` in a fixture document
  ExpectNone,      // `<!-- expect-none: FACT -->` in a fixture document
};

// "example", "counterexample", "expect", "expect-none".
std::string_view case_kind_name(CaseKind kind);

// One statement a case found, as shown in failures: `fact(keys) = display`.
struct FoundStatement {
  std::string fact;
  std::string key;      // "border_length(China, Russia)"
  std::string scope;    // fixtures: "2023" for a fact with `scope per year`, else ""
  std::string display;  // the value as read: "2,600 mi"
  std::string text;     // the matched text, original spelling
  int pattern = 0;      // index of the pattern within its fact
  int line = 0;         // fixtures: the line of the value in the document (0 for examples)
};

// Where a case or pattern is written, enough to quote it under a diagnostic.
struct Place {
  std::string path;          // rule file (examples, patterns) or fixture document
  source::Location location;
  std::string source_line;   // the line holding it
  int length = 1;            // code points to underline on that line
};

// The result of one case.
struct CaseResult {
  CaseKind kind = CaseKind::Example;
  std::string fact;
  Place place;               // the example in its rule file, or the annotation comment
  std::string text;          // the example's text, or the annotation as written
  bool passed = false;
  std::string expected;      // "trade_partner_rank(Russia, China) = 7th", "no border_length", ...
  std::vector<FoundStatement> actual;  // statements of this fact that were found
  std::vector<FoundStatement> others;  // statements of other facts (examples only: a hint on failure)
  std::string message;       // failures: "example failed: expected ..., got ..."
};

// A pattern no passing case fired.
struct UncoveredPattern {
  std::string fact;
  int pattern = 0;  // index within the fact, 0-based (messages and JSON count from 1): patterns, then cues
  int cue = 0;      // for a cue: its number among the fact's cues, from 1; 0 for a pattern
  Place place;      // the pattern in its rule file
};

struct TestRun {
  std::vector<CaseResult> cases;     // examples in rule order, then fixtures by path and position
  std::size_t pattern_count = 0;     // patterns and cues in the rule set
  std::set<std::pair<std::string, int>> fired;  // (fact, pattern index) pairs some passing case fired
  std::vector<UncoveredPattern> uncovered;      // rule order
  source::DiagnosticSink diagnostics;           // unreadable fixtures, malformed annotations, uncompilable patterns

  std::size_t passed() const;
  std::size_t failed() const;
};

// Runs every example and counterexample of `rules`, then every fixture document
// found under `fixture_paths` (files or folders; doc::find_documents decides what
// a document is). Semantics:
// - Examples are matched as a one-sentence plain-text document with no publication
//   date, so they cannot rely on relative dates ("last month") being read.
// - `example "TEXT" => r=v ...` passes when some statement of the fact has every
//   given role bound to the given entity (symmetric facts: in either order) and,
//   when the value role is given, a value that *reads the same*: the expected text
//   is read with the fact's value type (doc::normalize, value::first_value; a plain
//   number is accepted for ordinal, count, number and year) and must give the same
//   interval: equal ends (relative epsilon 1e-9), equal inclusive flags, equal unit.
//   Precision, `approx` and the fact's compare tolerance are ignored on purpose: an
//   example pins what the reader produced, not whether it would agree with sources.
// - `example "TEXT"` without `=>` passes when any statement of the fact is found;
//   `counterexample "TEXT"` passes when none is.
// - In a fixture, `<!-- expect: FACT(E1, E2) = VALUE -->` passes when the next
//   statement of FACT after the comment (the first one starting past it) has that key
//   (entity names in role order; symmetric keys in either order) and that value;
//   `(...)` and `= VALUE` may be left out to accept any key or value; `[2023]`
//   after the key also pins the scope of a fact with `scope per year`.
//   `<!-- expect-none: FACT -->` passes when the document holds no statement of FACT
//   anywhere. Annotations are blanked out before matching, so their words never
//   match. A fixture's front matter `date` is the reference for relative dates, as in
//   `factlint check`.
// - A malformed annotation (unknown fact or entity, wrong number of entities, a value
//   that cannot be read) is an error in `diagnostics`, located in the fixture; so is
//   an unreadable fixture path, and a pattern the matcher cannot compile. A fixture
//   without annotations gets a warning.
// A pattern is covered when a passing example or expect case was satisfied by a
// statement it produced (an example without `=>`: any statement of the fact).
TestRun run_rule_tests(const lang::RuleSet& rules, const std::vector<std::string>& fixture_paths);

// The fixture folders `factlint test` uses by default: `tests/` beside each rule
// path (inside a rule folder, or beside a rule file) that exists, without duplicates.
std::vector<std::string> default_fixture_paths(const std::vector<std::string>& rule_paths);

// A failed case as a compiler-style diagnostic: located at the example (with its
// source line and caret) or at the annotation in the fixture.
source::Diagnostic failure_diagnostic(const CaseResult& result);

// Uncovered patterns as diagnostics of `severity` ("pattern 2 of fact 'x' never fired ...").
std::vector<source::Diagnostic> coverage_diagnostics(const TestRun& run, source::Severity severity);

// "pattern 2 of fact 'x' never fired in a passing example or fixture".
std::string uncovered_message(const UncoveredPattern& pattern);

// Where a span of a rule file or fixture is, as the results show it.
Place place_of(const source::Span& span);

}  // namespace factlint::ruletest
