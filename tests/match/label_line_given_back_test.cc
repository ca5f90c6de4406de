// A value an ignored entity's statement took and gave back goes, on a fact sheet's
// label line, to another fact's statement about the document's subject, the title's
// entity (docs/rules.md "Ignored entities"). The sentences are written for these tests
// and found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

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

}  // namespace

TEST_CASE("a label line's value given back goes to the title's entity", "[match][ignored]") {
  RuleReader r(kRules);
  // The first fact takes the most-named project, an ignored one, and drops it: the
  // field is the trust's, whom the title names.
  CHECK(r.read("---\ntitle: Quill Trust fact sheet\n---\n\n# Quill Trust fact sheet\n\nProjects: Inkwell, Inkwell "
               "Junior\n\nInkwell editors: 300\n\nFounded: 14 May 2006\n") ==
        Lines{"trust_founded(Quill_Trust) = 2006-05-14"});
  // In running text a value given back still goes only to a name beside it: "It" is
  // Inkwell's, and the trust, named in the sentence before, gets nothing.
  CHECK(r.read("---\ntitle: Quill Trust fact sheet\n---\n\n# Quill Trust fact sheet\n\nThe Quill Trust also hosts "
               "Inkwell, a small wiki. It was founded on 14 May 2006.\n")
            .empty());
}
