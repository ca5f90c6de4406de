// Running rule examples and annotated fixtures (`factlint test`): match, compare
// what was found with what the case expects, and track which patterns fired.
#include "ruletest/rule_tests.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "doc/document_finder.h"
#include "doc/loader.h"
#include "doc/normalizer.h"
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

using Roles = std::vector<std::pair<std::string, std::string>>;

// What a case expects of one statement: some key roles and, optionally, a value.
struct Expectation {
  Roles roles;                        // key role -> entity name (a subset of the key roles)
  std::optional<value::Value> value;  // the value read from the expected text
  std::optional<std::string> scope;   // fixtures only: `[2023]` for a fact with `scope per year`
};

Place place_of(const source::Span& span) {
  source::Diagnostic d = source::make_diagnostic(source::Severity::Error, span, "");
  return {d.path, d.location, d.source_line, d.length};
}

Place place_in(const source::SourceFile& file, std::size_t begin, std::size_t end) {
  return place_of(source::Span{&file, begin, end});
}

bool same_end(double a, double b) {
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

// Equal intervals as read: ends, inclusive flags and unit (see run_rule_tests).
bool same_reading(const value::Value& a, const value::Value& b) {
  return a.unit == b.unit && same_end(a.lo, b.lo) && same_end(a.hi, b.hi) && a.lo_inclusive == b.lo_inclusive &&
         a.hi_inclusive == b.hi_inclusive;
}

// "7", "1,200", "2.5": digits with thousands commas and one decimal point; nullopt otherwise.
std::optional<double> plain_number(const std::string& text) {
  std::string digits;
  for (char c : text) {
    if (c != ',') digits += c;
  }
  bool numeric = std::any_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                 std::all_of(digits.begin(), digits.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }) &&
                 std::count(digits.begin(), digits.end(), '.') <= 1;
  if (!numeric) return std::nullopt;
  return std::strtod(digits.c_str(), nullptr);
}

// The expected value text read with the fact's type; nullopt when it holds no such value.
// "rank=10" is accepted for ordinals: a plain number stands for itself there.
std::optional<value::Value> read_expected(const lang::FactDecl& fact, const std::string& text) {
  auto type = value::type_from_name(fact.value.type);
  if (!type) return std::nullopt;
  if (auto reading = value::first_value(*type, doc::normalize(text).text, {})) return reading->value;
  bool numeric = *type == value::Type::Ordinal || *type == value::Type::Count || *type == value::Type::Number;
  std::optional<double> number = numeric ? plain_number(text) : std::nullopt;
  if (!number) return std::nullopt;
  value::Value v;
  v.type = *type;
  v.lo = v.hi = *number;
  v.text = v.display = text;
  return v;
}

bool has_role(const Roles& roles, const std::string& name) {
  return std::any_of(roles.begin(), roles.end(), [&](const auto& r) { return r.first == name; });
}

bool roles_match(const lang::FactDecl& fact, const Roles& expected, const match::Statement& s) {
  bool all_given = std::all_of(fact.roles.begin(), fact.roles.end(),
                               [&](const lang::RoleDecl& r) { return has_role(expected, r.name); });
  if (all_given) return match::fact_key(fact, expected) == s.key;
  for (const auto& want : expected) {
    // Not a structured binding: clang 14 cannot capture one in a lambda.
    const std::string& role = want.first;
    const std::string& entity = want.second;
    bool found = std::any_of(s.roles.begin(), s.roles.end(), [&](const auto& r) {
      return r.second == entity && (fact.symmetric || r.first == role);
    });
    if (!found) return false;
  }
  return true;
}

bool satisfies(const lang::FactDecl& fact, const Expectation& e, const match::Statement& s) {
  return s.fact == fact.name && roles_match(fact, e.roles, s) && (!e.value || same_reading(*e.value, s.value)) &&
         (!e.scope || *e.scope == s.scope);
}

// "trade_partner_rank(Russia, China) = 7th"; roles left out print as '?'.
std::string describe(const lang::FactDecl& fact, const Expectation& e) {
  std::string out = fact.roles.empty() || !e.roles.empty() ? match::fact_key(fact, e.roles) : fact.name;
  if (e.scope) out = match::scoped_key(out, *e.scope);
  if (e.value) out += " = " + e.value->display;
  return out;
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
    for (const lang::FactDecl& fact : rules_.facts) {
      for (int i = 0; fact.matcher_rule(i); ++i) {
        ++run_.pattern_count;
        if (run_.fired.count({fact.name, i})) continue;
        const int cue = fact.is_cue(i) ? i - static_cast<int>(fact.patterns.size()) + 1 : 0;
        run_.uncovered.push_back({fact.name, i, cue, place_of(fact.matcher_rule(i)->span)});
      }
    }
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
    if (ex.counter) {
      result.expected = "no " + fact.name;
      result.passed = result.actual.empty();
      if (!result.passed) result.message = "counterexample failed: expected no " + fact.name + ", " + got(result);
      return result;
    }
    Expectation e;
    std::string unreadable;
    for (const auto& [role, text] : ex.expected) {
      if (role != fact.value.name) {
        e.roles.emplace_back(role, text);
      } else if (!(e.value = read_expected(fact, text))) {
        unreadable = text;
      }
    }
    result.expected = ex.expected.empty() ? "a statement of " + fact.name : describe(fact, e);
    if (!unreadable.empty()) {
      result.message = fmt::format("example failed: expected value '{}' cannot be read as '{}'", unreadable,
                                   fact.value.type);
      return result;
    }
    for (const auto& s : statements) {
      if (!satisfies(fact, e, s)) continue;
      result.passed = true;
      run_.fired.insert({fact.name, s.pattern});
      if (!ex.expected.empty()) break;  // one statement pins the example; without `=>` every one counts
    }
    if (!result.passed) result.message = "example failed: expected " + result.expected + ", " + got(result);
    return result;
  }

  // An annotation's text after `expect:` or `expect-none:`, read in the fixture.
  struct Annotation {
    bool none = false;
    bool unknown = false;   // starts with "expect" but is neither form: `body` holds the comment
    std::string body;
    std::size_t begin = 0;  // the comment, in the original file
    std::size_t end = 0;
  };

  // Every `<!-- expect... -->` comment. Other comments are left alone, but one that
  // starts with "expect" and is misspelt is kept as unknown, so it is reported
  // rather than silently ignored.
  static std::vector<Annotation> annotations(const std::string& text) {
    std::vector<Annotation> out;
    for (std::size_t at = text.find("<!--"); at != std::string::npos;) {
      std::size_t close = text.find("-->", at + 4);
      if (close == std::string::npos) break;
      std::string inner = trim(text.substr(at + 4, close - at - 4));
      Annotation a{false, false, inner, at, close + 3};
      if (starts_with(inner, "expect-none:")) {
        a.none = true;
        a.body = trim(inner.substr(12));
      } else if (starts_with(inner, "expect:")) {
        a.body = trim(inner.substr(7));
      } else {
        a.unknown = true;
      }
      if (!a.unknown || starts_with(source::ascii_lower(inner), "expect")) out.push_back(a);
      at = text.find("<!--", close + 3);
    }
    return out;
  }

  static bool starts_with(const std::string& s, std::string_view prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
  }

  static std::string trim(std::string_view s) {
    std::size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return "";
    std::size_t e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
  }

  void annotation_error(const doc::Document& document, const Annotation& a, const std::string& message) {
    run_.diagnostics.error(source::Span{&document.source, a.begin, a.end}, message);
  }

  // `FACT(E1, E2) = VALUE` (or `FACT` for expect-none) into a fact and an expectation;
  // nullopt after reporting what is wrong with it.
  std::optional<std::pair<const lang::FactDecl*, Expectation>> parse(const doc::Document& document,
                                                                     const Annotation& a) {
    if (a.unknown) {
      annotation_error(document, a,
                       "unknown annotation '" + a.body +
                           "'; expected 'expect: FACT(...) = VALUE' or 'expect-none: FACT'");
      return std::nullopt;
    }
    const std::string& body = a.body;
    std::size_t name_end = body.find_first_of("(= ");
    std::string name = trim(body.substr(0, name_end));
    const lang::FactDecl* fact = rules_.find_fact(name);
    if (!fact) {
      std::vector<std::string> names;
      for (const auto& f : rules_.facts) names.push_back(f.name);
      std::string hint = source::did_you_mean(name, names);
      annotation_error(document, a,
                       fmt::format("unknown fact '{}' in annotation{}", name, source::suggestion(hint)));
      return std::nullopt;
    }
    Expectation e;
    std::string rest = name_end == std::string::npos ? "" : trim(body.substr(name_end));
    if (a.none) {
      if (rest.empty()) return std::pair{fact, e};
      annotation_error(document, a, "expect-none takes a fact name only, found '" + rest + "'");
      return std::nullopt;
    }
    if (!rest.empty() && rest[0] == '(') {
      std::size_t close = rest.find(')');
      if (close == std::string::npos) {
        annotation_error(document, a, "expected ')' after the entities of '" + name + "'");
        return std::nullopt;
      }
      std::vector<std::string> entities;
      std::string list = rest.substr(1, close - 1);
      for (std::size_t at = 0; at <= list.size();) {
        std::size_t comma = std::min(list.find(',', at), list.size());
        entities.push_back(trim(list.substr(at, comma - at)));
        at = comma + 1;
      }
      if (entities.size() == 1 && entities[0].empty()) entities.clear();
      if (entities.size() != fact->roles.size()) {
        annotation_error(document, a, fmt::format("fact '{}' has {} key role{}, the annotation names {} entit{}",
                                                  name, fact->roles.size(), fact->roles.size() == 1 ? "" : "s",
                                                  entities.size(), entities.size() == 1 ? "y" : "ies"));
        return std::nullopt;
      }
      for (std::size_t i = 0; i < entities.size(); ++i) {
        if (!rules_.find_entity(entities[i])) {
          annotation_error(document, a,
                           "unknown entity '" + entities[i] + "' in annotation" +
                               lang::entity_suggestion(rules_, entities[i]));
          return std::nullopt;
        }
        e.roles.emplace_back(fact->roles[i].name, entities[i]);
      }
      rest = trim(rest.substr(close + 1));
    }
    if (!rest.empty() && rest[0] == '[') {
      std::size_t close = rest.find(']');
      if (close == std::string::npos) {
        annotation_error(document, a, "expected ']' after the scope of '" + name + "'");
        return std::nullopt;
      }
      e.scope = trim(rest.substr(1, close - 1));
      rest = trim(rest.substr(close + 1));
    }
    if (!rest.empty()) {
      if (rest[0] != '=') {
        annotation_error(document, a, "expected '= VALUE' after '" + name + "', found '" + rest + "'");
        return std::nullopt;
      }
      std::string text = trim(rest.substr(1));
      if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
      if (!(e.value = read_expected(*fact, text))) {
        annotation_error(document, a, fmt::format("value '{}' cannot be read as '{}'", text, fact->value.type));
        return std::nullopt;
      }
    }
    return std::pair{fact, e};
  }


  // The document with its annotations blanked out (same byte offsets), so the words
  // of `expect: crimea_annexation(Russia) = 2014` are never matched, even in a .txt file.
  static doc::Document without_annotations(const doc::Document& document, const std::vector<Annotation>& list) {
    std::string text = document.source.text();
    for (const Annotation& a : list) {
      for (std::size_t i = a.begin; i < a.end; ++i) {
        if (text[i] != '\n') text[i] = ' ';
      }
    }
    std::string extension = source::ascii_lower(fs::path(document.path).extension().string());
    if (!extension.empty()) extension.erase(0, 1);
    source::DiagnosticSink already_reported;  // load_document reported this file's problems
    doc::Document blanked = doc::make_document(document.path, text, extension, already_reported);
    blanked.meta = document.meta;  // including what sources.tsv says
    return blanked;
  }

  void fixture(const doc::Document& document) {
    std::vector<Annotation> list = annotations(document.source.text());
    if (list.empty()) {
      run_.diagnostics.file_warning(document.path, "fixture has no '<!-- expect: ... -->' annotations");
      return;
    }
    std::vector<match::Statement> statements = matcher_.run(without_annotations(document, list));
    for (const Annotation& a : list) {
      auto parsed = parse(document, a);
      if (!parsed) continue;
      // Not a structured binding: clang 14 cannot capture one in a lambda.
      const auto& fact = parsed->first;
      const auto& e = parsed->second;
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
        // Statements are sorted by position: the first of FACT past the comment is the one it annotates.
        auto next = std::find_if(statements.begin(), statements.end(),
                                 [&](const auto& s) { return s.fact == fact->name && s.begin >= a.end; });
        result.expected = describe(*fact, e);
        if (next != statements.end()) result.actual.push_back(found(*next, true));
        result.passed = next != statements.end() && satisfies(*fact, e, *next);
        if (result.passed) {
          run_.fired.insert({fact->name, next->pattern});
        } else {
          result.message = "expect failed: expected " + result.expected + " as the next " + fact->name + ", " +
                           (result.actual.empty() ? "got nothing after this comment" : got(result));
        }
      }
      run_.cases.push_back(std::move(result));
    }
  }

  const lang::RuleSet& rules_;
  TestRun run_;  // before matcher_, which reports into run_.diagnostics when it is built
  match::Matcher matcher_;
};

}  // namespace

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

namespace {

source::Diagnostic at(const Place& place, source::Severity severity, std::string message) {
  source::Diagnostic d;
  d.severity = severity;
  d.path = place.path;
  d.location = place.location;
  d.length = place.length;
  d.source_line = place.source_line;
  d.message = std::move(message);
  return d;
}

}  // namespace

std::string uncovered_message(const UncoveredPattern& u) {
  if (u.cue > 0) return fmt::format("cue {} of fact '{}' never fired in a passing example or fixture", u.cue, u.fact);
  return fmt::format("pattern {} of fact '{}' never fired in a passing example or fixture", u.pattern + 1, u.fact);
}

source::Diagnostic failure_diagnostic(const CaseResult& result) {
  return at(result.place, source::Severity::Error, result.message);
}

std::vector<source::Diagnostic> coverage_diagnostics(const TestRun& run, source::Severity severity) {
  std::vector<source::Diagnostic> out;
  for (const auto& u : run.uncovered) out.push_back(at(u.place, severity, uncovered_message(u)));
  return out;
}

}  // namespace factlint::ruletest
