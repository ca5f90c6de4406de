// How far an ignored entity of another kind than a role's reaches as a last resort
// (docs/rules.md "Ignored entities"): in the cue's own clause it still takes the role
// when nothing else fits, but not from another clause of the sentence, nor from an
// earlier sentence that no pronoun of the match's sentence points back to: there the
// role goes on to the context and the document's topic. Sentences written for these
// tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/loader.h"
#include "source/diagnostic.h"
#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Tallis: reef = "Tallis Reef"
ignore entity Boats: vessel = "Marlin", "Sea Swift"

fact divers(reef: reef) -> divers: count {
  cue divers
}
)";

using Lines = std::vector<std::string>;

// The statements of a Markdown document whose title names the reef, so that its
// topic is Tallis Reef.
std::vector<std::string> read(const std::string& body) {
  const testing::RuleReader r(kRules);
  source::DiagnosticSink sink;
  doc::Document d =
      doc::make_document("t.md", "---\ntitle: A season on Tallis Reef\n---\n\n# A season on Tallis Reef\n\n" + body + "\n",
                         "md", sink);
  d.meta.date = "2024-03-01";
  std::vector<std::string> out;
  for (const auto& s : r.matcher().run(d)) out.push_back(s.key + " = " + s.value.display);
  return out;
}

}  // namespace

// Before: the boat of the first clause took the reef's role and the count was dropped.
TEST_CASE("an ignored entity of another kind takes no role from another clause", "[match][context]") {
  CHECK(read("The Marlin broke down in June; 40 divers were turned away.") == Lines{"divers(Tallis) = 40"});
  CHECK(read("The Marlin broke down in June, but 40 divers still came.") == Lines{"divers(Tallis) = 40"});
  // In the cue's own clause, with nothing else that fits, it is still the last resort.
  CHECK(read("The Marlin carried 40 divers in June.").empty());
}

// Before: "Sixteen ..." took the boat the sentence before names, and was dropped.
TEST_CASE("an ignored entity of another kind in an earlier sentence is no role without a pronoun",
          "[match][context]") {
  CHECK(read("The season opened with the Sea Swift. Some 40 divers came aboard.") ==
        Lines{"divers(Tallis) = some 40"});
  // A pronoun still points back to it.
  CHECK(read("The season opened with the Sea Swift. It carried 40 divers.").empty());
}
