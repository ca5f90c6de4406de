// Running rule examples and annotated fixtures (`factlint test`): match, compare
// what was found with what the case expects, and track which patterns fired.
#include "ruletest/rule_tests.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "doc/document_finder.h"
#include "doc/loader.h"
#include "ruletest/annotated_block.h"
#include "ruletest/annotations.h"
#include "ruletest/coverage.h"
#include "ruletest/expectation.h"
#include "lang/entity_suggestion.h"
#include "match/fact_key.h"
#include "match/matcher.h"
#include "source/ascii.h"
#include "source/display_path.h"
#include "source/place.h"
#include "value/scan.h"

namespace factlint::ruletest {

namespace fs = std::filesystem;

namespace {

Place place_in(const source::SourceFile& file, std::size_t begin, std::size_t end) {
  return place_of(source::Span{&file, begin, end});
}

FoundStatement found(const match::Statement& s, bool in_fixture) {
  // Examples have no date, so their scope is whatever the text says; show it in fixtures only.
  return {s.fact, s.key, in_fixture ? s.scope : "", s.value.display, s.text, s.pattern,
          in_fixture ? s.location.line : 0};
}

std::string show(const FoundStatement& s) {
  std::string key = match::scoped_key(s.key, s.scope);
  if (s.line > 0) return fmt::format("{} = {} at line {} ('{}')", key, s.display, s.line, s.text);
  return fmt::format("{} = {} ('{}')", key, s.display, s.text);
}

std::string show_all(const std::vector<FoundStatement>& list) {
  std::string out;
  for (const auto& s : list) out += (out.empty() ? "" : "; ") + show(s);
  return out;
}

// "got nothing", or every statement of the fact, with other facts as a hint.
std::string got(const CaseResult& c) {
  if (!c.actual.empty()) return "got " + show_all(c.actual);
  if (c.others.empty()) return "got nothing";
  return "got nothing (other facts found: " + show_all(c.others) + ")";
}

void split_statements(const std::vector<match::Statement>& statements, const std::string& fact,
                      CaseResult& result) {
  for (const auto& s : statements) (s.fact == fact ? result.actual : result.others).push_back(found(s, false));
}

class Runner {
 public:
  // A pattern the matcher cannot compile is an error in the run's diagnostics.
  explicit Runner(const lang::RuleSet& rules) : rules_(rules), matcher_(rules, run_.diagnostics) {}

  void examples() {
    for (const lang::FactDecl& fact : rules_.facts) {
      for (const lang::Example& ex : fact.examples) run_.cases.push_back(example(fact, ex));
    }
  }

  void fixtures(const std::vector<std::string>& paths) {
    if (paths.empty()) return;
    std::vector<std::string> shown;
    for (const auto& p : paths) shown.push_back(source::display_path(p));
    for (const std::string& file : doc::find_documents(shown, run_.diagnostics)) {
      if (auto document = doc::load_document(file, run_.diagnostics)) fixture(*document);
    }
  }

  TestRun finish() {
    run_.pattern_count = rule_count(rules_);
    run_.uncovered = uncovered_rules(rules_, run_.fired);
    return std::move(run_);
  }

 private:
  CaseResult example(const lang::FactDecl& fact, const lang::Example& ex) {
    CaseResult result;
    result.kind = ex.counter ? CaseKind::Counterexample : CaseKind::Example;
    result.fact = fact.name;
    result.place = place_of(ex.span);
    result.text = ex.text;
    std::vector<match::Statement> statements = matcher_.run_text(ex.text);
    split_statements(statements, fact.name, result);
    Expectation e;
    std::string unreadable;
    for (const auto& [role, text] : ex.expected) {
      if (role != fact.value.name) {
        e.roles.emplace_back(role, text);
      } else if (!(e.value = read_expected(fact, text))) {
        unreadable = text;
      }
    }
    const char* what = ex.counter ? "counterexample" : "example";
    if (!unreadable.empty()) {
      result.expected = describe(fact, e);
      result.message = fmt::format("{} failed: expected value '{}' cannot be read as '{}'", what, unreadable,
                                   fact.value.type);
      return result;
    }
    if (ex.counter) return counterexample(fact, ex, e, statements, std::move(result));
    result.expected = ex.expected.empty() ? "a statement of " + fact.name : describe(fact, e);
    for (const auto& s : statements) {
      if (!satisfies(fact, e, s)) continue;
      result.passed = true;
      run_.fired.insert({fact.name, s.pattern});
      if (!ex.expected.empty()) break;  // one statement pins the example; without `=>` every one counts
    }
    if (!result.passed) {
      result.message = "example failed: expected " + result.expected + ", " + got(result) + why_not(fact, ex.text, result);
    }
    return result;
  }

  // A counterexample passes when no statement of the fact is found; with `=> role=...`,
  // when none has those roles (and value): "Lake Tanganyika is 1,470 m deep" may state
  // the fact for Tanganyika, but never for Baikal.
  static CaseResult counterexample(const lang::FactDecl& fact, const lang::Example& ex, const Expectation& e,
                                   const std::vector<match::Statement>& statements, CaseResult result) {
    result.expected = "no " + (ex.expected.empty() ? fact.name : describe(fact, e));
    result.passed = std::none_of(statements.begin(), statements.end(),
                                 [&](const match::Statement& s) { return satisfies(fact, e, s); });
    if (!result.passed) result.message = "counterexample failed: expected " + result.expected + ", " + got(result);
    return result;
  }

  // What stopped the fact in the example's text, as explain --text says it: the
  // nearest miss ("; nearest: cue 'costs' and the money value '$29' are vetoed by
  // 'plan'"), when the fact found nothing there.
  std::string why_not(const lang::FactDecl& fact, const std::string& text, const CaseResult& result) const {
    if (!result.actual.empty()) return "";
    const match::NearMiss* best = nullptr;
    std::vector<match::NearMiss> misses = matcher_.near_misses_text(text);
    for (const match::NearMiss& m : misses) {
      if (m.fact == fact.name && (!best || m.rank < best->rank)) best = &m;
    }
    return best ? "; nearest: " + best->reason : "";
  }

  void fixture(const doc::Document& document) {
    std::vector<Annotation> list = find_annotations(document.source.text());
    if (list.empty()) {
      run_.diagnostics.file_warning(document.path, "fixture has no '<!-- expect: ... -->' annotations");
      return;
    }
    std::vector<match::Statement> statements = matcher_.run(without_annotations(document, list));
    std::vector<std::optional<std::pair<const lang::FactDecl*, Expectation>>> parsed;
    std::vector<std::string> expected_facts;  // per annotation, the fact of an `expect:`, so stacks can count
    for (const Annotation& a : list) {
      parsed.push_back(parse_annotation(rules_, document, a, run_.diagnostics));
      expected_facts.push_back(parsed.back() && !a.none ? parsed.back()->first->name : "");
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (!parsed[i]) continue;
      const Annotation& a = list[i];
      // Not a structured binding: clang 14 cannot capture one in a lambda.
      const auto& fact = parsed[i]->first;
      const auto& e = parsed[i]->second;
      CaseResult result;
      result.kind = a.none ? CaseKind::ExpectNone : CaseKind::Expect;
      result.fact = fact->name;
      result.place = place_in(document.source, a.begin, a.end);
      result.text = document.source.text().substr(a.begin, a.end - a.begin);
      if (a.none) {
        for (const auto& s : statements) {
          if (s.fact == fact->name) result.actual.push_back(found(s, true));
        }
        result.expected = "no " + fact->name;
        result.passed = result.actual.empty();
        if (!result.passed) result.message = "expect-none failed: expected no " + fact->name + ", " + got(result);
      } else {
        expect(document, list, i, place_in_stack(document.source.text(), list, expected_facts, i), *fact, e,
               statements, result);
      }
      run_.cases.push_back(std::move(result));
    }
  }

  // An `expect:` is met by a statement of its fact in the block right after the comment
  // (the `place`-th one, for the place-th annotation of the fact in a stack), never by a
  // later sentence: a miss must not pass on a misread further down.
  void expect(const doc::Document& document, const std::vector<Annotation>& list, std::size_t index,
              std::size_t place, const lang::FactDecl& fact, const Expectation& e,
              const std::vector<match::Statement>& statements, CaseResult& result) {
    AnnotatedBlock block = annotated_block(document.source.text(), list, index);
    // Statements are sorted by position.
    const match::Statement* mine = nullptr;
    const match::Statement* later = nullptr;
    std::size_t seen = 0;
    for (const auto& s : statements) {
      if (s.fact != fact.name || s.begin < list[index].end) continue;
      if (s.begin >= block.end) {
        if (!later) later = &s;
        break;
      }
      if (s.begin >= block.begin && seen++ == place) {
        mine = &s;
        break;
      }
    }
    result.expected = describe(fact, e);
    if (mine) result.actual.push_back(found(*mine, true));
    result.passed = mine && satisfies(fact, e, *mine);
    if (result.passed) {
      run_.fired.insert({fact.name, mine->pattern});
      return;
    }
    std::string what = place == 0 ? "the next " + fact.name : fmt::format("statement {} of {}", place + 1, fact.name);
    result.message = "expect failed: expected " + result.expected + " as " + what + ", ";
    if (mine) {
      result.message += got(result);
    } else if (later) {
      result.message += "got nothing in the block after this comment (the next one is past it: " +
                        show(found(*later, true)) + ")";
    } else {
      result.message += "got nothing in the block after this comment";
    }
  }

  const lang::RuleSet& rules_;
  TestRun run_;  // before matcher_, which reports into run_.diagnostics when it is built
  match::Matcher matcher_;
};

}  // namespace

Place place_of(const source::Span& span) {
  source::Diagnostic d = source::make_diagnostic(source::Severity::Error, span, "");
  return {d.path, d.location, d.source_line, d.length};
}

std::string_view case_kind_name(CaseKind kind) {
  switch (kind) {
    case CaseKind::Example: return "example";
    case CaseKind::Counterexample: return "counterexample";
    case CaseKind::Expect: return "expect";
    case CaseKind::ExpectNone: return "expect-none";
  }
  return "example";
}

std::size_t TestRun::passed() const {
  return static_cast<std::size_t>(std::count_if(cases.begin(), cases.end(), [](const auto& c) { return c.passed; }));
}

std::size_t TestRun::failed() const { return cases.size() - passed(); }

TestRun run_rule_tests(const lang::RuleSet& rules, const std::vector<std::string>& fixture_paths) {
  Runner runner(rules);
  runner.examples();
  runner.fixtures(fixture_paths);
  return runner.finish();
}

std::vector<std::string> default_fixture_paths(const std::vector<std::string>& rule_paths) {
  std::vector<std::string> out;
  for (const std::string& p : rule_paths) {
    std::error_code ec;
    fs::path folder = fs::is_directory(p, ec) ? fs::path(p) : fs::path(p).parent_path();
    fs::path tests = (folder.empty() ? fs::path(".") : folder) / "tests";
    if (!fs::is_directory(tests, ec)) continue;
    std::string shown = source::display_path(tests.lexically_normal().string());
    if (std::find(out.begin(), out.end(), shown) == out.end()) out.push_back(shown);
  }
  return out;
}

}  // namespace factlint::ruletest
