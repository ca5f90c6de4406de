// Rules held in memory and what they read in a text, as "key = value" lines: the
// fixture of the matcher's behaviour tests (tests/match/), which add the formats of
// their own. Texts are dated 2024-03-01 unless a test says otherwise.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "source/diagnostic.h"

namespace factlint::testing {

class RuleReader {
 public:
  explicit RuleReader(const char* rules_text) {
    source::DiagnosticSink sink;
    rules_ = lang::parse_rules_text("test.facts", rules_text, sink);
    for (const auto& d : sink.diagnostics()) UNSCOPED_INFO(source::render(d));
    REQUIRE(rules_);
    matcher_.emplace(*rules_);
  }

  // The facts of the sentences that hold a fact's words but gave no statement of it.
  std::vector<std::string> near_misses(const std::string& text) const {
    source::DiagnosticSink sink;
    doc::Document document = doc::make_document("test.md", text, "md", sink);
    std::vector<std::string> out;
    for (const match::NearMiss& m : matcher_->near_misses(document)) out.push_back(m.fact);
    return out;
  }

  // The statements of `text`, published on `date`, in the matcher's order.
  std::vector<match::Statement> statements(const std::string& text, value::CivilDate date = {2024, 3, 1}) const {
    return matcher_->run_text(text, date);
  }

  // "fact(Key) = display" per statement, in the matcher's order.
  std::vector<std::string> read(const std::string& text) const {
    std::vector<std::string> out;
    for (const match::Statement& s : statements(text)) out.push_back(s.key + " = " + s.value.display);
    return out;
  }

  // "fact(Key) = display [scope]" per statement (the scope when it has one), published on `date`.
  std::vector<std::string> read_scoped(const std::string& text, value::CivilDate date = {2024, 3, 1}) const {
    std::vector<std::string> out;
    for (const match::Statement& s : statements(text, date)) {
      out.push_back(s.key + " = " + s.value.display + (s.scope.empty() ? "" : " [" + s.scope + "]"));
    }
    return out;
  }

  // "fact(Key) = display" per statement of `text` read as a Markdown document (tables
  // are read in Markdown only).
  std::vector<std::string> read_markdown(const std::string& text) const {
    source::DiagnosticSink sink;
    const doc::Document d = doc::make_document("t.md", text, "md", sink);
    std::vector<std::string> out;
    for (const match::Statement& s : matcher_->run(d)) out.push_back(s.key + " = " + s.value.display);
    return out;
  }

  const match::Matcher& matcher() const { return *matcher_; }

 private:
  std::optional<lang::RuleSet> rules_;
  std::optional<match::Matcher> matcher_;
};

// A RuleReader whose `read` gives "key = value [scope]" lines: the fixture of the
// tests of time scope.
class ScopedRuleReader : public RuleReader {
 public:
  using RuleReader::RuleReader;
  std::vector<std::string> read(const std::string& text, value::CivilDate date = {2024, 3, 1}) const {
    return read_scoped(text, date);
  }
};

// Rules parsed from `text`; the test stops where they do not parse.
inline lang::RuleSet parsed_rules(const std::string& text) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("test.facts", text, sink);
  INFO(sink.error_count());
  REQUIRE(rules);
  return std::move(*rules);
}

// The statements of `text` read as an undated plain-text document.
inline std::vector<match::Statement> undated_statements(const lang::RuleSet& rules, const std::string& text) {
  source::DiagnosticSink sink;
  return match::Matcher(rules).run(doc::make_document("doc.txt", text, "txt", sink));
}

// How many errors parsing `text` gives; their messages, a line each, appended to
// `rendered` when given.
inline int rule_errors(const std::string& text, std::string* rendered = nullptr) {
  source::DiagnosticSink sink;
  lang::parse_rules_text("test.facts", text, sink);
  if (rendered) {
    for (const auto& d : sink.diagnostics()) *rendered += d.message + "\n";
  }
  return sink.error_count();
}

}  // namespace factlint::testing
