// Tests for compare/decision_check: mistakes in factlint.decisions.toml are located
// errors or warnings, never ignored.
#include <catch2/catch.hpp>

#include "compare/decision_check.h"
#include "compare/finding_id.h"
#include "lang/parse.h"

using namespace factlint;
using compare::Decision;

namespace {

const char* kRules = R"fl(entity China = "China"
entity Russia = "Russia"
fact border_length(a: entity, b: entity) -> length: length symmetric {
  pattern {length} border between {a} and {b}
  example "a 4,209 km border between China and Russia" => a=China b=Russia length="4,209 km"
}
fact sino_soviet_split -> year: year {
  pattern split in {year}
  example "the split in 1960" => year=1960
}
)fl";

Decision decision(Decision::Kind kind, std::string finding, int line, std::string value = "",
                  std::string statement = "") {
  Decision d;
  d.kind = kind;
  d.finding = std::move(finding);
  d.value = std::move(value);
  d.statement = std::move(statement);
  d.anchor.path = "factlint.decisions.toml";
  d.anchor.location = {line, 1};
  return d;
}

struct Checked {
  bool ok;
  std::string out;
  compare::Decisions decisions;
};

const lang::RuleSet& rules() {
  static const lang::RuleSet parsed = [] {
    source::DiagnosticSink sink;
    return *lang::parse_rules_text("rules/t.facts", kRules, sink);
  }();
  return parsed;
}

Checked check(compare::Decisions decisions) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("rules/t.facts", kRules, sink);
  REQUIRE(rules);
  bool ok = compare::check_decisions(decisions, *rules, sink);
  std::string out;
  for (const auto& d : sink.sorted()) out += source::render(d);
  return {ok, out, decisions};
}

}  // namespace

TEST_CASE("good decisions pass, and a symmetric key is put in report order", "[compare][decisions]") {
  Checked c = check({decision(Decision::Kind::Canonical, "border_length(Russia, China)", 1, "4,209 km"),
                     decision(Decision::Kind::Acknowledged, "sino_soviet_split", 7),
                     decision(Decision::Kind::Acknowledged, "f-1736ca0f5f", 9)});
  CHECK(c.ok);
  CHECK(c.out.empty());
  CHECK(c.decisions[0].finding == "border_length(China, Russia)");
}

TEST_CASE("a value that is not of the fact's type is a located error", "[compare][decisions]") {
  Checked banana = check({decision(Decision::Kind::Canonical, "border_length(China, Russia)", 3, "banana")});
  CHECK_FALSE(banana.ok);
  CHECK(banana.out == "factlint.decisions.toml:3:1: error: value 'banana' cannot be read as length (the value type "
                      "of fact 'border_length')\n");
  CHECK_FALSE(check({decision(Decision::Kind::Canonical, "border_length(China, Russia)", 3, "4,209 kg")}).ok);
}

TEST_CASE("unknown facts and entities are located errors with a suggestion", "[compare][decisions]") {
  Checked fact = check({decision(Decision::Kind::Acknowledged, "border_lenght(China, Russia)", 2)});
  CHECK_FALSE(fact.ok);
  CHECK(fact.out == "factlint.decisions.toml:2:1: error: no fact 'border_lenght' in the rules; did you mean "
                    "'border_length'?\n");
  Checked entity = check({decision(Decision::Kind::Acknowledged, "border_length(China, Rusia)", 2)});
  CHECK(entity.out.find("no entity 'Rusia' in the rules; did you mean 'Russia'?") != std::string::npos);
  Checked shape = check({decision(Decision::Kind::Acknowledged, "border_length(China)", 2)});
  CHECK(shape.out.find("fact 'border_length' has 2 key roles, but 'border_length(China)' names 1") != std::string::npos);
}

TEST_CASE("two canonical values for one finding are an error pointing at both", "[compare][decisions]") {
  Checked c = check({decision(Decision::Kind::Canonical, "border_length(China, Russia)", 1, "4,209 km"),
                     decision(Decision::Kind::Canonical, "border_length(Russia, China)", 6, "4,300 km")});
  CHECK_FALSE(c.ok);
  CHECK(c.out == "factlint.decisions.toml:6:1: error: a second 'canonical' decision for 'border_length(China, "
                 "Russia)'; keep one\nfactlint.decisions.toml:1:1: note: the first is here\n");
}

TEST_CASE("a wrong-extraction statement must be a place", "[compare][decisions]") {
  Checked c = check({decision(Decision::Kind::WrongExtraction, "sino_soviet_split", 4, "", "corpus/a.md line 3")});
  CHECK(c.out.find("statement 'corpus/a.md line 3' must be written path:line:column") != std::string::npos);
  CHECK(check({decision(Decision::Kind::WrongExtraction, "sino_soviet_split", 4, "", "corpus/a.md:3:7")}).ok);
}

TEST_CASE("a decision that matches nothing in the run is a warning", "[compare][decisions]") {
  compare::Finding f;
  f.id = "f-0000000001";
  f.fact = "sino_soviet_split";
  f.key = "sino_soviet_split";
  match::Statement s;
  s.fact = f.fact;
  s.key = f.key;
  s.document = "corpus/a.md";
  s.location = {3, 7};
  source::DiagnosticSink sink;
  compare::check_decision_use({decision(Decision::Kind::Acknowledged, "border_length(China, Russia)", 1),
                               decision(Decision::Kind::WrongExtraction, "sino_soviet_split", 5, "", "corpus/a.md:3:8"),
                               decision(Decision::Kind::WrongExtraction, "sino_soviet_split", 8, "", "corpus/a.md:3:7")},
                              {f}, {s}, rules(), sink);
  std::string out;
  for (const auto& d : sink.sorted()) out += source::render(d);
  CHECK(out == "factlint.decisions.toml:1:1: warning: decision for 'border_length(China, Russia)' matches no finding "
               "of this run: the finding is gone (remove the decision: 'factlint decisions prune') or its documents were "
               "not checked\n"
               "factlint.decisions.toml:5:1: warning: no statement of 'sino_soviet_split' at 'corpus/a.md:3:8' in "
               "this run; the document may have changed ('factlint decisions prune' removes the decision)\n");
  CHECK_FALSE(sink.has_errors());
}

// Issue 10: the run no longer keeps a copy of every statement beside its findings, so a
// wrong extraction is checked against the statements the key's findings hold, in any
// scope, and those decisions took out.
TEST_CASE("a wrong extraction names a statement of its key in any of the key's findings", "[compare][decisions]") {
  compare::Finding y2022, y2023;
  y2022.id = "f-0000000010";
  y2023.id = "f-0000000011";
  y2022.fact = y2023.fact = "sino_soviet_split";
  y2022.key = y2023.key = "sino_soviet_split";
  y2022.scope = "2022";
  y2023.scope = "2023";
  match::Statement s;
  s.fact = y2023.fact;
  s.key = y2023.key;
  s.document = "corpus/b.md";
  s.location = {9, 2};
  y2023.values.push_back(compare::ValueGroup{s.value, {s}, false});
  const std::vector<compare::Finding> findings{y2022, y2023};
  CHECK(compare::decision_use(decision(Decision::Kind::WrongExtraction, "sino_soviet_split", 2, "", "corpus/b.md:9:2"),
                              findings, {}, rules()) == compare::DecisionUse::Applies);
  CHECK(compare::decision_use(decision(Decision::Kind::WrongExtraction, "sino_soviet_split", 2, "", "corpus/b.md:9:3"),
                              findings, {}, rules()) == compare::DecisionUse::NoStatement);
}

TEST_CASE("a canonical value given by finding id is read with the finding's fact once the run is compared",
          "[compare][decisions]") {
  compare::Finding f;
  f.id = "f-0000000002";
  f.fact = "border_length";
  f.key = "border_length(China, Russia)";
  source::DiagnosticSink sink;
  CHECK_FALSE(compare::check_decision_use({decision(Decision::Kind::Canonical, f.id, 3, "4,209 kg")}, {f}, {},
                                          rules(), sink));
  std::string out;
  for (const auto& d : sink.sorted()) out += source::render(d);
  CHECK(out == "factlint.decisions.toml:3:1: error: value '4,209 kg' cannot be read as length (the value type of "
               "fact 'border_length')\n");
  source::DiagnosticSink good;
  CHECK(compare::check_decision_use({decision(Decision::Kind::Canonical, f.id, 3, "4,209 km")}, {f}, {}, rules(),
                                    good));
  CHECK(good.sorted().empty());
  CHECK(compare::decision_use(decision(Decision::Kind::Canonical, f.id, 3, "4,209 km"), {f}, {}, rules()) ==
        compare::DecisionUse::Applies);
  CHECK(compare::decision_use(decision(Decision::Kind::Acknowledged, "f-0000000003", 3), {f}, {}, rules()) ==
        compare::DecisionUse::NoFinding);
}

TEST_CASE("a key with its scope, as reports print it, names that scope's finding only", "[compare][decisions]") {
  Decision scoped = decision(Decision::Kind::Canonical, "gdp(Kenya) [2023]", 1, "5.6%");
  CHECK(scoped.targets("f-1", "gdp(Kenya)", "2023"));
  CHECK_FALSE(scoped.targets("f-2", "gdp(Kenya)", "2022"));
  CHECK_FALSE(scoped.targets("f-3", "gdp(Kenya)", ""));
  CHECK_FALSE(scoped.targets("f-4", "gdp(Kenya) [2023]x", "2023"));
  Decision bare = decision(Decision::Kind::Canonical, "gdp(Kenya)", 1, "5.6%");
  CHECK(bare.targets("f-1", "gdp(Kenya)", "2023"));  // every scope, as the file always meant
  CHECK(bare.targets("f-2", "gdp(Kenya)", "2022"));
}

TEST_CASE("a scoped key is checked like a key, and a scope on a timeless fact is an error", "[compare][decisions]") {
  const char* rules_text = R"fl(entity Kenya = "Kenya"
fact gdp(of: entity) -> rate: percent {
  pattern {of} grew {rate}
  scope per year
}
fact sino_soviet_split -> year: year {
  pattern split in {year}
}
)fl";
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("rules/t.facts", rules_text, sink);
  REQUIRE(rules);
  compare::Decisions good{decision(Decision::Kind::Canonical, "gdp(Kenya) [2023]", 1, "5.6%")};
  CHECK(compare::check_decisions(good, *rules, sink));
  CHECK(good.front().finding == "gdp(Kenya) [2023]");
  compare::Decisions typo{decision(Decision::Kind::Canonical, "gdp(Kenia) [2023]", 1, "5.6%")};
  CHECK_FALSE(compare::check_decisions(typo, *rules, sink));
  source::DiagnosticSink timeless_sink;
  compare::Decisions timeless{decision(Decision::Kind::Acknowledged, "sino_soviet_split [1960]", 4)};
  CHECK_FALSE(compare::check_decisions(timeless, *rules, timeless_sink));
  std::string out;
  for (const auto& d : timeless_sink.sorted()) out += source::render(d);
  CHECK(out.find("fact 'sino_soviet_split' has no scope") != std::string::npos);
}

// A newcomer's report: prune removed a live wrong extraction, looking for its statement
// among the compared ones, which the decision itself had taken out.
TEST_CASE("decisions whose statements wrong extractions took out are in use, not stale", "[compare][decisions]") {
  match::Statement s;
  s.fact = "sino_soviet_split";
  s.key = "sino_soviet_split";
  s.scope = "1960";
  s.document = "corpus/a.md";
  s.location = {3, 7};
  // The finding's only statement was taken out: no finding is left in the run.
  const std::vector<compare::Finding> none;
  const std::vector<match::Statement> dropped{s};
  const std::string id = compare::finding_id(s.fact, s.key, s.scope);
  CHECK(compare::decision_use(decision(Decision::Kind::WrongExtraction, id, 1, "", "corpus/a.md:3:7"), none, dropped,
                              rules()) == compare::DecisionUse::Applies);
  CHECK(compare::decision_use(decision(Decision::Kind::Acknowledged, "sino_soviet_split [1960]", 2), none, dropped,
                              rules()) == compare::DecisionUse::Applies);
  CHECK(compare::decision_use(decision(Decision::Kind::WrongExtraction, id, 1, "", "corpus/a.md:4:1"), none, dropped,
                              rules()) == compare::DecisionUse::NoFinding);
  CHECK(compare::decision_use(decision(Decision::Kind::Acknowledged, "sino_soviet_split [1961]", 2), none, dropped,
                              rules()) == compare::DecisionUse::NoFinding);
  source::DiagnosticSink sink;
  CHECK(compare::check_decision_use({decision(Decision::Kind::WrongExtraction, id, 1, "", "corpus/a.md:3:7")}, none,
                                    dropped, rules(), sink));
  CHECK(sink.sorted().empty());
}
