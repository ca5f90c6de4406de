// Tests for match/suppression: factlint-ignore comments in Markdown, HTML and text.
#include "match/suppression.h"

#include <catch2/catch.hpp>

#include "lang/parse.h"

using namespace factlint;

namespace {

doc::Document document(const std::string& path, const std::string& text) {
  doc::Document d;
  d.path = path;
  d.source = source::SourceFile(path, text);
  return d;
}

match::Statement statement(const std::string& path, const std::string& fact, int line) {
  match::Statement s;
  s.document = path;
  s.fact = fact;
  s.key = fact + "(A, B)";
  s.location = {line, 5};
  return s;
}

lang::RuleSet rules() {
  source::DiagnosticSink sink;
  auto set = lang::parse_rules_text("r.facts",
                                    "fact border_length(a: entity, b: entity) -> length: length {\n"
                                    "  pattern {a} and {b} share a {length} border\n}\n",
                                    sink);
  REQUIRE(set);
  return std::move(*set);
}

std::string rendered(const source::DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.sorted()) out += source::render(d);
  return out;
}

}  // namespace

TEST_CASE("a Markdown comment on its own line suppresses the fact in the next paragraph, with its reason", "[match]") {
  doc::Document d = document("a.md",
                             "# Title\n"
                             "<!-- factlint-ignore border_length -- quoting the 1990 figure -->\n"
                             "\n"
                             "A and B share a 10 km border.\n"
                             "\n"
                             "A and B share a 12 km border.\n");
  std::vector<match::Suppression> found = match::find_suppressions(d);
  REQUIRE(found.size() == 1);
  CHECK(found[0].facts == std::vector<std::string>{"border_length"});
  CHECK(found[0].reason == "quoting the 1990 figure");
  CHECK(found[0].location == source::Location{2, 6});
  CHECK(found[0].first_line == 2);
  CHECK(found[0].last_line == 4);

  std::vector<match::Statement> statements{statement("a.md", "border_length", 4),
                                           statement("a.md", "border_length", 6)};
  source::DiagnosticSink sink;
  auto suppressed = match::apply_suppressions(statements, found, rules(), sink);
  REQUIRE(suppressed.size() == 1);
  CHECK(suppressed[0].statement.location.line == 4);
  CHECK(suppressed[0].by == "a.md:2:6");
  CHECK(suppressed[0].reason == "quoting the 1990 figure");
  REQUIRE(statements.size() == 1);
  CHECK(statements[0].location.line == 6);
  CHECK(sink.diagnostics().empty());
}

TEST_CASE("a comment on its own line covers the whole next paragraph, however many lines it is wrapped on",
          "[match]") {
  doc::Document d = document("a.md",
                             "<!-- factlint-ignore border_length\n"
                             "     -- a comment over two lines -->\n"
                             "In 1990 the ministry still said that A and B\n"
                             "share a 10 km border, and later\n"
                             "a 12 km border.\n"
                             "\n"
                             "A and B share a 14 km border.\n");
  auto found = match::find_suppressions(d);
  REQUIRE(found.size() == 1);
  CHECK(found[0].first_line == 1);
  CHECK(found[0].last_line == 5);
  std::vector<match::Statement> statements{statement("a.md", "border_length", 4), statement("a.md", "border_length", 5),
                                           statement("a.md", "border_length", 7)};
  source::DiagnosticSink sink;
  CHECK(match::apply_suppressions(statements, found, rules(), sink).size() == 2);
  REQUIRE(statements.size() == 1);
  CHECK(statements[0].location.line == 7);
}

TEST_CASE("a comment beside text covers its own line and the next line with text, not the paragraph", "[match]") {
  doc::Document d = document("a.md",
                             "A and B share a 10 km border. <!-- factlint-ignore border_length -->\n"
                             "A and B share a 11 km border.\n"
                             "A and B share a 12 km border.\n");
  auto found = match::find_suppressions(d);
  REQUIRE(found.size() == 1);
  CHECK(found[0].first_line == 1);
  CHECK(found[0].last_line == 2);
}

TEST_CASE("a plain-text suppression line covers the next paragraph", "[match]") {
  doc::Document d = document("a.txt", "factlint-ignore: border_length\nline two\nline three\n\nline five\n");
  auto found = match::find_suppressions(d);
  REQUIRE(found.size() == 1);
  CHECK(found[0].last_line == 3);
}

TEST_CASE("a suppression on the statement's own line covers it, in HTML too", "[match]") {
  doc::Document d = document("a.html", "<p>A and B share a 10 km border. <!--factlint-ignore border_length--></p>\n");
  auto found = match::find_suppressions(d);
  REQUIRE(found.size() == 1);
  std::vector<match::Statement> statements{statement("a.html", "border_length", 1)};
  source::DiagnosticSink sink;
  CHECK(match::apply_suppressions(statements, found, rules(), sink).size() == 1);
  CHECK(statements.empty());
}

TEST_CASE("plain text takes factlint-ignore: lines, bare or after # or //", "[match]") {
  doc::Document d = document("a.txt",
                             "factlint-ignore: border_length\n"
                             "A and B share a 10 km border.\n"
                             "  # factlint-ignore: border_length, other -- two facts\n"
                             "// factlint-ignore: border_length\n"
                             "Not factlint-ignore: border_length, mid-sentence.\n"
                             "<!-- factlint-ignore border_length --> is no comment in text\n");
  auto found = match::find_suppressions(d);
  REQUIRE(found.size() == 3);
  CHECK(found[1].facts == std::vector<std::string>{"border_length", "other"});
  CHECK(found[1].reason == "two facts");
  CHECK(found[2].location == source::Location{4, 4});
}

TEST_CASE("unknown facts and suppressions that match nothing are warnings at their place", "[match]") {
  doc::Document d = document("a.md",
                             "<!-- factlint-ignore border_lenght -->\nA and B share a 10 km border.\n\n"
                             "<!-- factlint-ignore border_length -->\nNothing stated here.\n"
                             "<!-- factlint-ignore -->\n");
  auto found = match::find_suppressions(d);
  REQUIRE(found.size() == 3);
  std::vector<match::Statement> statements{statement("a.md", "border_length", 2)};
  source::DiagnosticSink sink;
  CHECK(match::apply_suppressions(statements, found, rules(), sink).empty());
  CHECK(statements.size() == 1);
  std::string out = rendered(sink);
  CHECK(out.find("a.md:1:6: warning: factlint-ignore names unknown fact 'border_lenght'; did you mean "
                 "'border_length'?\n<!-- factlint-ignore border_lenght -->\n     ^~~~~~~~~~~~~~~") != std::string::npos);
  CHECK(out.find("a.md:4:6: warning: this factlint-ignore matches no statement") != std::string::npos);
  CHECK(out.find("a.md:6:6: warning: factlint-ignore names no fact") != std::string::npos);
}

TEST_CASE("'quote' is a fact name only where quotations are compared, and what they took counts as a use",
          "[match]") {
  doc::Document d = document("a.md", "<!-- factlint-ignore quote -->\n\"We agree,\" Xi said.\n");
  auto found = match::find_suppressions(d);
  REQUIRE(found.size() == 1);
  CHECK(match::covers(found[0], "a.md", 2, "quote"));
  CHECK_FALSE(match::covers(found[0], "a.md", 2, "border_length"));
  std::vector<match::Statement> statements;
  source::DiagnosticSink sink;
  match::apply_suppressions(statements, found, rules(), sink, {{"quote"}, {1}});
  CHECK(sink.diagnostics().empty());
  match::apply_suppressions(statements, found, rules(), sink, {{"quote"}, {0}});
  CHECK(rendered(sink).find("a.md:1:6: warning: this factlint-ignore matches no statement") != std::string::npos);
}

TEST_CASE("without quotations compared (--no-quotes) 'quote' is an unknown fact", "[match]") {
  doc::Document d = document("a.md", "<!-- factlint-ignore quote -->\n\"We agree,\" Xi said.\n");
  auto found = match::find_suppressions(d);
  std::vector<match::Statement> statements;
  source::DiagnosticSink sink;
  match::apply_suppressions(statements, found, rules(), sink);
  CHECK(rendered(sink).find("a.md:1:6: warning: factlint-ignore names unknown fact 'quote'") != std::string::npos);
}
