// Tests for compare/change_scope: which findings a change touches.
#include "compare/change_scope.h"

#include <catch2/catch.hpp>

#include "compare/finding_spill.h"

using namespace factlint::compare;

namespace {

// A finding with one value group a document, each stating it once.
Finding finding(const std::string& id, const std::vector<std::string>& documents) {
  Finding f;
  f.id = id;
  for (const std::string& d : documents) {
    ValueGroup g;
    factlint::match::Statement s;
    s.document = d;
    g.statements.push_back(s);
    f.values.push_back(g);
  }
  return f;
}

}  // namespace

TEST_CASE("a change keeps the findings a changed document states and counts the rest", "[compare]") {
  std::vector<Finding> findings{finding("old-conflict", {"corpus/a.md", "corpus/b.md"}),
                                finding("new-conflict", {"corpus/a.md", "corpus/new.md"}),
                                finding("new-alone", {"corpus/new.md"})};
  ChangeScope scope;
  scope.changed_documents = {"corpus/new.md"};
  std::vector<Finding> kept = findings_touching(findings, scope);
  REQUIRE(kept.size() == 2);
  CHECK(kept[0].id == "new-conflict");
  CHECK(kept[1].id == "new-alone");
  CHECK(scope.left_out == 1);
}

TEST_CASE("a change that touches no document leaves every finding out", "[compare]") {
  std::vector<Finding> findings{finding("a", {"corpus/a.md"}), finding("b", {"corpus/b.md"})};
  ChangeScope scope;
  CHECK(findings_touching(findings, scope).empty());
  CHECK(scope.left_out == 2);
  CHECK_FALSE(touches(findings[0], {}));
  CHECK(touches(findings[0], {"corpus/a.md"}));
}

namespace {

// A finding with a verdict and one value group per value.
Finding judged(const std::string& id, Verdict verdict, const std::vector<std::string>& values) {
  Finding f;
  f.id = id;
  f.fact = id;
  f.key = id + "(X)";
  f.verdict = verdict;
  for (const std::string& v : values) {
    ValueGroup g;
    g.value.display = v;
    f.values.push_back(g);
  }
  return f;
}

}  // namespace

TEST_CASE("a change compared with its base reports what it introduced, changed and fixed", "[compare]") {
  const Verdict C = Verdict::Conflicting, S = Verdict::SingleSource, K = Verdict::Consistent;
  std::vector<Finding> base{judged("old", C, {"1", "2"}),      judged("third", C, {"1", "2"}),
                            judged("corrected", C, {"1", "2"}), judged("deleted", C, {"1", "2"}),
                            judged("agreed", K, {"1"}),         judged("alone", S, {"1"}),
                            judged("contradicted", S, {"1"}),   judged("halved", C, {"1", "2"})};
  std::vector<Finding> head{judged("old", C, {"1", "2"}),       judged("third", C, {"1", "2", "3"}),
                            judged("corrected", K, {"1"}),       judged("agreed", K, {"1"}),
                            judged("alone", S, {"1"}),           judged("contradicted", C, {"1", "2"}),
                            judged("brand-new", C, {"1", "2"}),  judged("halved", S, {"1"}),
                            judged("new-and-fine", K, {"1"})};
  ChangeScope scope;
  std::vector<Finding> kept = findings_changed(head, base, scope);
  std::vector<std::string> ids;
  for (const Finding& f : kept) ids.push_back(f.id);
  CHECK(ids == std::vector<std::string>{"third", "corrected", "contradicted", "brand-new", "halved"});
  CHECK(scope.kind_of("third") == ChangeKind::Changed);
  CHECK(scope.kind_of("corrected") == ChangeKind::Fixed);
  CHECK(scope.kind_of("contradicted") == ChangeKind::Introduced);
  CHECK(scope.kind_of("brand-new") == ChangeKind::Introduced);
  CHECK(scope.kind_of("halved") == ChangeKind::Fixed);
  CHECK_FALSE(scope.kind_of("old").has_value());
  CHECK(scope.left_out == 4);  // old, agreed, alone, new-and-fine
  CHECK(scope.count(ChangeKind::Introduced) == 2);
  CHECK(scope.count(ChangeKind::Changed) == 1);
  REQUIRE(scope.count(ChangeKind::Fixed) == 3);
  // Sorted by fact: the deleted document's conflict is fixed though nothing states it now.
  CHECK(scope.fixed[0].id == "corrected");
  CHECK(scope.fixed[0].now == Verdict::Consistent);
  CHECK(scope.fixed[1].id == "deleted");
  CHECK_FALSE(scope.fixed[1].now.has_value());
  CHECK(scope.fixed[1].was == Verdict::Conflicting);
  CHECK(scope.fixed[1].was_values == std::vector<std::string>{"1", "2"});
  CHECK(scope.fixed[2].id == "halved");
  CHECK(scope.fixed[2].now == Verdict::SingleSource);
}

TEST_CASE("a change compared with an empty base introduces every disagreement", "[compare]") {
  std::vector<Finding> head{judged("a", Verdict::Conflicting, {"1", "2"}), judged("b", Verdict::Consistent, {"1"})};
  ChangeScope scope;
  std::vector<Finding> kept = findings_changed(head, {}, scope);
  REQUIRE(kept.size() == 1);
  CHECK(scope.kind_of("a") == ChangeKind::Introduced);
  CHECK(scope.left_out == 1);
  CHECK(scope.fixed.empty());
}

// A newcomer's report: --changed failed a brief that states the editors' canonical
// value, on an old document's deviation from it.
TEST_CASE("a change takes part in a deviation only where its documents deviate", "[compare]") {
  Finding f = finding("deviates", {"corpus/old.md", "corpus/new.md"});
  f.verdict = Verdict::Conflicting;
  f.reason = "deviates-from-decision";
  f.values[0].deviates = true;  // old.md deviates; new.md agrees with the canonical value
  CHECK_FALSE(change_takes_part(f, {"corpus/new.md"}));
  CHECK(change_takes_part(f, {"corpus/old.md"}));
  CHECK(change_takes_part(f, {"corpus/old.md", "corpus/new.md"}));
  f.reason = "values-differ";  // no canonical value: one run cannot tell who is right
  CHECK(change_takes_part(f, {"corpus/new.md"}));
}

// A spilled finding's statements are in a temporary file (compare/finding_spill.h): its
// groups' documents, kept by the spill, decide, as its statements would.
TEST_CASE("a change picks spilled findings by the documents their spill kept", "[compare]") {
  FindingSpill spill(true);
  std::vector<Finding> findings{finding("old-conflict", {"corpus/a.md", "corpus/b.md"}),
                                finding("new-conflict", {"corpus/a.md", "corpus/new.md"}),
                                finding("new-alone", {"corpus/new.md"})};
  for (Finding& f : findings) spill.put(f);
  ChangeScope scope;
  scope.changed_documents = {"corpus/new.md"};
  std::vector<Finding> kept = findings_touching(findings, scope);
  REQUIRE(kept.size() == 2);
  CHECK(kept[0].id == "new-conflict");
  CHECK(kept[1].id == "new-alone");
  CHECK(scope.left_out == 1);

  Finding f = finding("deviates", {"corpus/old.md", "corpus/new.md"});
  f.reason = "deviates-from-decision";
  f.values[0].deviates = true;
  spill.put(f);
  CHECK_FALSE(change_takes_part(f, {"corpus/new.md"}));
  CHECK(change_takes_part(f, {"corpus/old.md"}));
  // A spill that did not keep them cannot answer: never a silent "untouched".
  FindingSpill plain;
  Finding g = finding("plain", {"corpus/new.md"});
  plain.put(g);
  CHECK_THROWS(touches(g, {"corpus/new.md"}));
}

// Before: a change that only removed an acknowledgement (severity info back to error)
// was unchanged, left out, and passed the gate its plain check fails.
TEST_CASE("a change that removes an acknowledgement introduces the conflict; adding one fixes nothing", "[compare]") {
  const Verdict C = Verdict::Conflicting;
  auto info = [](Finding f) {
    f.severity = "info";
    return f;
  };
  std::vector<Finding> base{info(judged("unacknowledged", C, {"1", "2"})), judged("acknowledged", C, {"1", "2"}),
                            judged("info-to-consistent", C, {"1", "2"})};
  std::vector<Finding> head{judged("unacknowledged", C, {"1", "2"}), info(judged("acknowledged", C, {"1", "2"})),
                            info(judged("info-to-consistent", Verdict::Consistent, {"1"}))};
  ChangeScope scope;
  std::vector<Finding> kept = findings_changed(head, base, scope);
  CHECK(scope.kind_of("unacknowledged") == ChangeKind::Introduced);
  CHECK_FALSE(scope.kind_of("acknowledged").has_value());
  CHECK(scope.kind_of("info-to-consistent") == ChangeKind::Fixed);
  REQUIRE(kept.size() == 2);
}

TEST_CASE("a single-source finding a second source agrees with is confirmed, not fixed", "[compare]") {
  const Verdict C = Verdict::Conflicting, S = Verdict::SingleSource, K = Verdict::Consistent;
  std::vector<Finding> base{judged("seconded", S, {"1"}), judged("corrected", C, {"1", "2"})};
  std::vector<Finding> head{judged("seconded", K, {"1"}), judged("corrected", K, {"1"})};
  ChangeScope scope;
  findings_changed(head, base, scope);
  REQUIRE(scope.fixed.size() == 2);
  CHECK(scope.fixed[1].id == "seconded");
  CHECK(is_confirmation(scope.fixed[1]));
  CHECK(std::string(fixed_word(scope.fixed[1])) == "confirmed");
  CHECK(scope.word_of("seconded") == "confirmed");
  // A conflict resolved is a fix; the JSON kind of both stays "fixed" (the contract).
  CHECK_FALSE(is_confirmation(scope.fixed[0]));
  CHECK(scope.word_of("corrected") == "fixed");
  CHECK(scope.kind_of("seconded") == ChangeKind::Fixed);
}
