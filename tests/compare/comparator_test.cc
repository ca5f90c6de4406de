// Tests for compare/comparator: verdicts and reasons per fact key.
#include "compare/comparator.h"

#include <catch2/catch.hpp>

using factlint::compare::compare_statements;
using factlint::compare::DocumentDates;
using factlint::compare::Finding;
using factlint::compare::Verdict;
using factlint::lang::CompareSpec;
using factlint::lang::FactDecl;
using factlint::lang::RuleSet;
using factlint::match::Statement;
using factlint::value::Type;
using factlint::value::Value;

namespace {

RuleSet rules_with(CompareSpec::Kind kind) {
  RuleSet rules;
  FactDecl fact;
  fact.name = "meetings";
  fact.value.name = "count";
  fact.value.type = "count";
  fact.compare.kind = kind;
  rules.facts.push_back(fact);
  return rules;
}

Statement said(const std::string& document, double lo, double hi, bool lo_inclusive = true) {
  Statement s;
  s.fact = "meetings";
  s.key = "meetings(Putin, Xi)";
  s.document = document;
  s.value.type = Type::Count;
  s.value.lo = lo;
  s.value.hi = hi;
  s.value.lo_inclusive = lo_inclusive;
  s.value.display = std::to_string(static_cast<int>(lo));
  return s;
}

const DocumentDates kDates{{"a.md", "2022-09-20"}, {"b.md", "2023-04-15"}, {"c.md", "2024-03-29"}};

Finding only(const std::vector<Finding>& findings) {
  REQUIRE(findings.size() == 1);
  return findings.front();
}

}  // namespace

TEST_CASE("two documents with the same value are consistent", "[compare]") {
  Finding f = only(compare_statements({said("a.md", 42, 42), said("b.md", 42, 42)},
                                      rules_with(CompareSpec::Kind::Exact), kDates));
  CHECK(f.verdict == Verdict::Consistent);
  CHECK(f.reason == "same-value");
  CHECK(f.values.size() == 1);
  CHECK(f.document_count() == 2);
}

namespace {

Statement copied(const std::string& document, double value, const std::string& sentence) {
  Statement s = said(document, value, value);
  s.value.text = s.value.display;
  s.sentence = sentence;
  return s;
}

const std::string kWire = "The two leaders have met 42 times since 2013, the ministry said on Tuesday.";

}  // namespace

TEST_CASE("documents that carry one sentence word for word are one source", "[compare]") {
  // A syndicated story in two papers: one source, whatever the number of documents.
  Finding f = only(compare_statements({copied("a.md", 42, kWire), copied("b.md", 42, kWire)},
                                      rules_with(CompareSpec::Kind::Exact), kDates));
  CHECK(f.verdict == Verdict::SingleSource);
  CHECK(f.reason == "copied");
  CHECK(f.explanation.find("2 documents carry the same sentence word for word") != std::string::npos);
  // A third document in its own words is a second source.
  f = only(compare_statements({copied("a.md", 42, kWire), copied("b.md", 42, kWire),
                               copied("c.md", 42, "Xi and Putin have now held 42 meetings in all.")},
                              rules_with(CompareSpec::Kind::Exact), kDates));
  CHECK(f.verdict == Verdict::Consistent);
  CHECK(f.explanation.find("2 independent sources") != std::string::npos);
  // Short lines are written alike by independent fact sheets: not copies.
  f = only(compare_statements({copied("a.md", 42, "Meetings: 42"), copied("b.md", 42, "Meetings: 42")},
                              rules_with(CompareSpec::Kind::Exact), kDates));
  CHECK(f.verdict == Verdict::Consistent);
}

TEST_CASE("copies add no support to a value in a conflict", "[compare]") {
  // 42 and 40 are in two documents each, but 42's two are one wire story: 40 is best supported.
  Finding f = only(compare_statements({copied("a.md", 42, kWire), copied("b.md", 42, kWire),
                                       copied("c.md", 40, "They have met 40 times, officials in Beijing said."),
                                       copied("d.md", 40, "The count of their meetings now stands at 40, says an aide.")},
                                      rules_with(CompareSpec::Kind::Exact), kDates));
  CHECK(f.verdict == Verdict::Conflicting);
  REQUIRE(f.values.size() == 2);
  for (const auto& g : f.values) CHECK(g.suggested == (g.value.lo == 40));
}

TEST_CASE("two documents with different values conflict and the better supported is suggested", "[compare]") {
  Finding f = only(compare_statements({said("a.md", 40, 40), said("b.md", 42, 42), said("c.md", 42, 42)},
                                      rules_with(CompareSpec::Kind::Exact), kDates));
  CHECK(f.verdict == Verdict::Conflicting);
  CHECK(f.reason == "values-differ");
  REQUIRE(f.values.size() == 2);
  CHECK_FALSE(f.values[0].suggested);
  CHECK(f.values[1].suggested);
}

// A newcomer's report: one source against one crowned the newer, so in a pull request
// the new brief contradicting the corpus was "best supported".
TEST_CASE("a tie in sources suggests no value, however new one of them is", "[compare]") {
  Finding f = only(compare_statements({said("a.md", 40, 40), said("c.md", 42, 42)},
                                      rules_with(CompareSpec::Kind::Exact), kDates));
  CHECK(f.verdict == Verdict::Conflicting);
  for (const auto& g : f.values) CHECK_FALSE(g.suggested);
  CHECK(f.explanation.find("no value is best supported") != std::string::npos);
  Finding two_each = only(compare_statements({said("a.md", 40, 40), said("b.md", 40, 40), said("c.md", 42, 42),
                                              said("d.md", 42, 42), said("e.md", 39, 39)},
                                             rules_with(CompareSpec::Kind::Exact), kDates));
  for (const auto& g : two_each.values) CHECK_FALSE(g.suggested);
}

TEST_CASE("one document stating two values conflicts with itself", "[compare]") {
  Finding f = only(compare_statements({said("a.md", 40, 40), said("a.md", 42, 42)},
                                      rules_with(CompareSpec::Kind::Exact), kDates));
  CHECK(f.verdict == Verdict::Conflicting);
  CHECK(f.reason == "within-document");
}

TEST_CASE("one document stating a value once is single-source", "[compare]") {
  Finding f = only(compare_statements({said("a.md", 40, 40)}, rules_with(CompareSpec::Kind::Exact), kDates));
  CHECK(f.verdict == Verdict::SingleSource);
}

TEST_CASE("a running total may grow over time but not shrink", "[compare]") {
  auto rules = rules_with(CompareSpec::Kind::Increasing);
  SECTION("40, then over 40, then 42 is consistent") {
    Finding f = only(compare_statements(
        {said("a.md", 40, 40), said("b.md", 40, INFINITY, false), said("c.md", 42, 42)}, rules, kDates));
    CHECK(f.verdict == Verdict::Consistent);
    CHECK(f.reason == "increasing");
  }
  SECTION("a later document stating less conflicts") {
    Finding f = only(compare_statements({said("a.md", 42, 42), said("c.md", 40, 40)}, rules, kDates));
    CHECK(f.verdict == Verdict::Conflicting);
    CHECK(f.reason == "values-differ");
  }
}

TEST_CASE("findings do not depend on the order statements arrive in", "[compare]") {
  auto rules = rules_with(CompareSpec::Kind::Exact);
  auto forward = compare_statements({said("a.md", 40, 40), said("b.md", 42, 42)}, rules, kDates);
  auto backward = compare_statements({said("b.md", 42, 42), said("a.md", 40, 40)}, rules, kDates);
  REQUIRE(forward.size() == 1);
  REQUIRE(backward.size() == 1);
  CHECK(forward[0].id == backward[0].id);
  CHECK(forward[0].values[0].statements[0].document == backward[0].values[0].statements[0].document);
}

TEST_CASE("finding ids are stable and independent of positions", "[compare]") {
  auto rules = rules_with(CompareSpec::Kind::Exact);
  Statement moved = said("a.md", 40, 40);
  moved.location = {99, 7};
  auto a = compare_statements({said("a.md", 40, 40)}, rules, kDates);
  auto b = compare_statements({moved}, rules, kDates);
  CHECK(a[0].id == b[0].id);
  CHECK(a[0].id.rfind("f-", 0) == 0);
}

TEST_CASE("a fact scoped per year that differs between years changed over time", "[compare]") {
  RuleSet rules = rules_with(CompareSpec::Kind::Exact);
  rules.facts[0].scope = "year";
  Statement in_2022 = said("a.md", 6, 6);
  in_2022.scope = "2022";
  Statement in_2023 = said("b.md", 10, 10);
  in_2023.scope = "2023";
  auto findings = compare_statements({in_2022, in_2023}, rules, kDates);
  REQUIRE(findings.size() == 2);
  for (const Finding& f : findings) {
    CHECK(f.verdict == Verdict::SingleSource);
    CHECK(f.reason == "changed-over-time");
  }
  SECTION("but two sources disagreeing about the same year conflict") {
    Statement also_2023 = said("c.md", 6, 6);
    also_2023.scope = "2023";
    auto more = compare_statements({in_2022, in_2023, also_2023}, rules, kDates);
    REQUIRE(more.size() == 2);
    CHECK(more[1].scope == "2023");
    CHECK(more[1].verdict == Verdict::Conflicting);
    CHECK(more[1].reason == "values-differ");
  }
  SECTION("two sources agreeing about a year keep the reason they agree, and hear of the change") {
    Statement again_2023 = said("c.md", 10, 10);
    again_2023.scope = "2023";
    auto more = compare_statements({in_2022, in_2023, again_2023}, rules, kDates);
    REQUIRE(more.size() == 2);
    CHECK(more[0].reason == "changed-over-time");  // 2022, one source
    CHECK(more[1].verdict == Verdict::Consistent);
    CHECK(more[1].reason == "same-value");
    CHECK(more[1].explanation.ends_with("; other years differ ('6' in 2022): the fact changed over time"));
  }
}

TEST_CASE("editors' decisions shape the verdict", "[compare]") {
  RuleSet rules = rules_with(CompareSpec::Kind::Exact);
  std::vector<Statement> statements{said("a.md", 40, 40), said("b.md", 42, 42)};
  factlint::compare::Decision d;
  d.finding = "meetings(Putin, Xi)";
  d.origin = "factlint.decisions.toml:3";

  SECTION("a canonical value makes disagreeing statements deviate from it") {
    d.kind = factlint::compare::Decision::Kind::Canonical;
    d.value = "42";
    Finding f = only(compare_statements(statements, rules, kDates, {d}));
    CHECK(f.verdict == Verdict::Conflicting);
    CHECK(f.reason == "deviates-from-decision");
    CHECK(f.explanation.find("factlint.decisions.toml:3") != std::string::npos);
  }
  SECTION("a canonical value all statements agree with is a matched decision") {
    d.kind = factlint::compare::Decision::Kind::Canonical;
    d.value = "42";
    Finding f = only(compare_statements({said("b.md", 42, 42), said("c.md", 42, 42)}, rules, kDates, {d}));
    CHECK(f.verdict == Verdict::Consistent);
    CHECK(f.reason == "matches-decision");
  }
  SECTION("an acknowledged disagreement stays conflicting but as information") {
    d.kind = factlint::compare::Decision::Kind::Acknowledged;
    d.note = "sources count summits differently";
    Finding f = only(compare_statements(statements, rules, kDates, {d}));
    CHECK(f.verdict == Verdict::Conflicting);
    CHECK(f.reason == "acknowledged");
    CHECK(f.severity == "info");
    CHECK(f.explanation.find("sources count summits differently") != std::string::npos);
  }
  // Before: an acknowledgement hid every later value too, so a document stating 90 a
  // year after the editor accepted 40 against 42 still passed CI (an analyst's report).
  SECTION("an acknowledgement listing its values covers those values only") {
    d.kind = factlint::compare::Decision::Kind::Acknowledged;
    d.values = {"40", "42"};
    Finding same = only(compare_statements(statements, rules, kDates, {d}));
    CHECK(same.reason == "acknowledged");
    std::vector<Statement> more = statements;
    more.push_back(said("c.md", 90, 90));
    Finding fresh = only(compare_statements(more, rules, kDates, {d}));
    CHECK(fresh.verdict == Verdict::Conflicting);
    CHECK(fresh.reason == "values-differ");
    CHECK(fresh.severity != "info");
    CHECK(fresh.explanation.ends_with("; an editor acknowledged only '40' and '42' (factlint.decisions.toml:3), "
                                      "not '90'"));
    // A value that agrees with an acknowledged one under the fact's comparison is covered.
    d.values = {"40", "42", "about 90"};
    CHECK(only(compare_statements(more, rules, kDates, {d})).reason == "acknowledged");
  }
  SECTION("a wrong extraction is not counted") {
    d.kind = factlint::compare::Decision::Kind::WrongExtraction;
    d.statement = "a.md:0:0";
    Finding f = only(compare_statements(statements, rules, kDates, {d}));
    CHECK(f.verdict == Verdict::SingleSource);
    CHECK(f.document_count() == 1);
  }
  SECTION("a decision on another finding changes nothing") {
    d.kind = factlint::compare::Decision::Kind::Acknowledged;
    d.finding = "f-0000000000";
    Finding f = only(compare_statements(statements, rules, kDates, {d}));
    CHECK(f.reason == "values-differ");
  }
}

TEST_CASE("an undated statement of a year-scoped fact does not make other years change", "[compare]") {
  RuleSet rules = rules_with(CompareSpec::Kind::Exact);
  rules.facts[0].scope = "year";
  Statement dated = said("a.md", 6, 6);
  dated.scope = "2022";
  Statement also_dated = said("b.md", 6, 6);
  also_dated.scope = "2022";
  Statement undated = said("c.md", 10, 10);  // no publication date, no year in the sentence
  auto findings = compare_statements({dated, also_dated, undated}, rules, kDates);
  REQUIRE(findings.size() == 2);
  CHECK(findings[1].scope == "2022");
  CHECK(findings[1].reason == "same-value");
}

TEST_CASE("a group is shown in the unit most of its sources write, its most precise figure among them", "[compare]") {
  RuleSet rules = rules_with(CompareSpec::Kind::WithinPercent);
  rules.facts[0].compare.amount = 2;
  auto length = [](const std::string& document, double km, const std::string& unit, const std::string& display) {
    Statement s = said(document, km, km);
    s.value.original_unit = unit;
    s.value.display = display;
    s.value.precision = unit == "mi" ? 0.1 : 1;
    return s;
  };
  // One finer "23.6 mi" among three "38 km": "38 km" shows the group (it showed "23.6 mi").
  Finding f = only(compare_statements({length("a.md", 37.98, "mi", "23.6 mi"), length("b.md", 38, "km", "38 km"),
                                       length("c.md", 38, "km", "38 km"), length("d.md", 38, "km", "38 km")},
                                      rules, kDates));
  REQUIRE(f.values.size() == 1);
  CHECK(f.values[0].value.display == "38 km");
  // One against one: the finer figure, as before.
  f = only(compare_statements({length("a.md", 37.98, "mi", "23.6 mi"), length("b.md", 38, "km", "38 km")}, rules,
                              kDates));
  CHECK(f.values[0].value.display == "23.6 mi");
}

TEST_CASE("a copied year's finding says it is one source when other years differ", "[compare]") {
  RuleSet rules = rules_with(CompareSpec::Kind::Exact);
  rules.facts[0].scope = "year";
  auto in_year = [](Statement s, const std::string& year) {
    s.scope = year;
    return s;
  };
  std::vector<Finding> findings = compare_statements(
      {in_year(copied("a.md", 42, kWire), "2023"), in_year(copied("b.md", 42, kWire), "2023"),
       in_year(copied("c.md", 40, "They met 40 times by then."), "2022")},
      rules, kDates);
  REQUIRE(findings.size() == 2);
  const Finding& copies = findings[1].scope == "2023" ? findings[1] : findings[0];
  CHECK(copies.verdict == Verdict::SingleSource);
  CHECK(copies.reason == "changed-over-time");
  CHECK(copies.explanation.find("its documents carry one sentence word for word: one source") != std::string::npos);
}
