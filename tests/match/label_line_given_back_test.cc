// A value an ignored entity's statement took and gave back goes, on a fact sheet's
// label line, to another fact's statement about the document's subject, the title's
// entity (docs/rules.md "Ignored entities"). The sentences are written for these tests
// and found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/loader.h"
#include "source/diagnostic.h"
#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Quill: project = "Quill"
entity Quill_Trust: organization = "Quill Trust"
ignore entity Other_projects: project = "Inkwell", "Inkwell Junior"
fact project_launched(project: project) -> day: date {
  cue founded | launched
}
fact trust_founded(org: organization) -> day: date {
  cue founded | established
}
)";

// "fact(Key) = value" per statement of a Markdown document (tables read as tables).
Lines read_markdown(const RuleReader& r, const std::string& text) {
  factlint::source::DiagnosticSink sink;
  factlint::doc::Document d = factlint::doc::make_document("t.md", text, "md", sink);
  d.meta.date = "2024-03-01";
  Lines out;
  for (const auto& s : r.matcher().run(d)) out.push_back(s.key + " = " + s.value.display + (s.scope.empty() ? "" : " [" + s.scope + "]"));
  return out;
}

}  // namespace

TEST_CASE("a label line's value given back goes to the title's entity", "[match][ignored]") {
  RuleReader r(kRules);
  // The first fact takes the most-named project, an ignored one, and drops it: the
  // field is the trust's, whom the title names.
  CHECK(read_markdown(r, "---\ntitle: Quill Trust fact sheet\n---\n\n# Quill Trust fact sheet\n\nProjects: Inkwell, "
                         "Inkwell Junior\n\nInkwell editors: 300\n\nFounded: 14 May 2006\n") ==
        Lines{"trust_founded(Quill_Trust) = 2006-05-14"});
  // In running text a value given back still goes only to a name beside it: "It" is
  // Inkwell's, and the trust, named in the sentence before, gets nothing.
  CHECK(read_markdown(r, "---\ntitle: Quill Trust fact sheet\n---\n\n# Quill Trust fact sheet\n\nThe Quill Trust "
                         "also hosts Inkwell, a small wiki. It was founded on 14 May 2006.\n")
            .empty());
}

TEST_CASE("an ignored entity of another kind above a table does not take its cells", "[match][ignored][table]") {
  RuleReader r(R"(
entity Quill_Trust: organization = "Quill Trust"
ignore entity Other_projects: project = "Inkwell", "Inkwell Junior"
fact trust_income(org: organization) -> amount: money {
  cue income
  scope per year
}
)");
  const std::string table = "\n\n| Year | Income |\n|---|---|\n| 2022 | $14 million |\n| 2023 | $15 million |\n";
  // The label line names what the trust runs; the figures are the trust's, whom the
  // title names.
  const Lines both{"trust_income(Quill_Trust) = USD 14 million [2022]",
                   "trust_income(Quill_Trust) = USD 15 million [2023]"};
  CHECK(read_markdown(r, "---\ntitle: Quill Trust fact sheet\n---\n\n# Quill Trust fact sheet\n\nProjects: Inkwell, "
                         "Inkwell Junior" + table) == both);
  CHECK(read_markdown(r, "---\ntitle: Quill Trust fact sheet\n---\n\n# Quill Trust fact sheet\n\nThe trust's wikis "
                         "are Inkwell and Inkwell Junior." + table) == both);
  // With no entity of the role's kind to go to, the cells stay nobody's.
  CHECK(read_markdown(r, "---\ntitle: Fact sheet\n---\n\n# Fact sheet\n\nProjects: Inkwell, Inkwell Junior" + table)
            .empty());
}
