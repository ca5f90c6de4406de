// Inline suppressions: a comment in a document that tells factlint to leave a
// statement out (docs/suppressions.md).
//   Markdown, HTML:  <!-- factlint-ignore border_length -- quoting the 1990 figure -->
//   plain text:      factlint-ignore: border_length -- quoting the 1990 figure
// A suppression covers the statements of the facts it names on its own line(s) and,
// alone on its lines, the next paragraph; beside text, the next line that is not blank.
#pragma once

#include <string>
#include <vector>

#include "doc/document.h"
#include "lang/ast.h"
#include "match/statement.h"
#include "source/diagnostic.h"

namespace factlint::match {

struct Suppression {
  std::string document;
  source::Location location;      // of the word factlint-ignore
  std::string source_line;        // the comment's line, quoted in warnings
  int first_line = 0;             // the lines whose statements it covers, inclusive
  int last_line = 0;
  std::vector<std::string> facts;
  std::string reason;             // after "--", may be empty
};

// The suppressions in `document`'s original text. In Markdown and HTML they are HTML
// comments whose text starts with "factlint-ignore"; in plain text (and any other
// file) lines that start with "factlint-ignore:", or "# factlint-ignore:" or
// "// factlint-ignore:". Fact names are separated by spaces or commas.
std::vector<Suppression> find_suppressions(const doc::Document& document);

struct SuppressedStatement {
  Statement statement;
  std::string by;      // "corpus/a.md:12:6": the suppression
  std::string reason;
};

// Whether `s` covers something of fact `fact` at `line` of `document`.
bool covers(const Suppression& s, const std::string& document, int line, const std::string& fact);

// What suppressions took out besides rule statements (quotations: fact "quote").
struct OtherSuppressed {
  std::vector<std::string> facts;  // names a suppression may use besides the rules' facts
  std::vector<std::size_t> uses;   // per suppression, what it already took out; empty: nothing
};

// Takes the statements the suppressions cover out of `statements` and returns them.
// A suppression naming a fact the rules (or `other.facts`) do not declare, or covering
// nothing (no statement here, no use in `other.uses`), is a warning at its place (the
// check goes on).
std::vector<SuppressedStatement> apply_suppressions(std::vector<Statement>& statements,
                                                    const std::vector<Suppression>& suppressions,
                                                    const lang::RuleSet& rules, source::DiagnosticSink& sink,
                                                    const OtherSuppressed& other = {});

// apply_suppressions in steps, for statements that are not all in memory at once
// (issue 10): the suppression covering `statement` (nullptr when none), what it makes
// of it, and at the end the warnings, given what each suppression took (`uses`, by index).
const Suppression* suppression_covering(const std::vector<Suppression>& suppressions, const Statement& statement);
SuppressedStatement suppressed_by(Statement statement, const Suppression& by);
void check_suppression_use(const std::vector<Suppression>& suppressions, const std::vector<std::size_t>& uses,
                           const lang::RuleSet& rules, const std::vector<std::string>& other_facts,
                           source::DiagnosticSink& sink);

}  // namespace factlint::match
