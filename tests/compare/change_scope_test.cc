// Tests for compare/change_scope: which findings a change touches.
#include "compare/change_scope.h"

#include <catch2/catch.hpp>

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
