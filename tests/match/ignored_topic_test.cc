// An ignored entity lists other things under one name, so its mentions count several
// things and make none of them the document's topic (docs/rules.md "Roles resolved from
// context"): two other dams named once each no longer take a cost from the dam named
// twice, and a sentence left without its role is a near miss the audit shows, not a
// drop on purpose. Documents written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/loader.h"
#include "support/rule_reader.h"

using namespace factlint;

namespace {

// The ignored entities come first: where mentions tie, the declaration order decides.
const char* const kRules = R"(
ignore entity Other_dams = "Harlow Dam", "Pine Ford Dam", "Oxley Dam"
ignore entity Other_towns: town = "Dunmore", "Ashby"
entity Kestrel_Dam: dam = "Kestrel Dam"
fact dam_cost(dam: dam) -> cost: money {
  cue cost
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
  doc::Document document(const std::string& text) const {
    source::DiagnosticSink sink;
    doc::Document d = doc::make_document("t.md", text, "md", sink);
    d.meta.date = "2024-03-01";
    return d;
  }
  // "fact(key) = value {role sources}" per statement.
  std::vector<std::string> read(const std::string& text) const {
    std::vector<std::string> out;
    for (const match::Statement& s : matcher().run(document(text))) {
      std::string sources;
      for (const std::string& source : s.role_sources) sources += "{" + source + "}";
      out.push_back(s.key + " = " + s.value.display + sources);
    }
    return out;
  }
  // dam_cost's near miss in `text`: its reason, and "(on purpose)" when the audit leaves it out.
  std::string miss(const std::string& text) const {
    for (const match::NearMiss& m : matcher().near_misses(document(text))) {
      if (m.fact == "dam_cost") return m.reason + (m.on_purpose ? " (on purpose)" : "");
    }
    return "";
  }
};

using Lines = std::vector<std::string>;

// The cost's sentence is under its own heading: the search for the dam stops there, and
// the topic is the last resort.
std::string story(const std::string& intro, const std::string& coda) {
  return "# Notes on water\n\n" + intro + "\n\n## Money\n\nBuilding it cost $2 billion.\n\n## Since then\n\n" +
         coda + "\n";
}

}  // namespace

// Before: Other_dams, named twice (two dams, once each), was the topic; the statement
// was dropped as an ignored entity's and the audit listed nothing.
TEST_CASE("two other dams named once each are not the topic of a story about one named twice", "[match][ignore]") {
  Fixture f;
  const std::string text = story("The Kestrel Dam opened in 1990. Kestrel Dam is tall.",
                                 "Harlow Dam and Pine Ford Dam were built upstream.");
  CHECK(f.read(text) == Lines{"dam_cost(Kestrel_Dam) = USD 2 billion{most-named}"});
}

TEST_CASE("a role the topic cannot fill is a near miss, not an ignored entity's drop", "[match][ignore][audit]") {
  Fixture f;
  // Kestrel Dam once: no topic. Before: "dropped: its dam is Other_dams ..." (on purpose).
  const std::string text = story("The Kestrel Dam opened in 1990.", "Harlow Dam and Pine Ford Dam were built upstream.");
  CHECK(f.read(text).empty());
  CHECK(f.miss(text).rfind("a cue matched with a value, but its roles (dam (dam)) were not all named", 0) == 0);
}

TEST_CASE("other dams named more often than the dam still leave the topic to no one", "[match][ignore]") {
  Fixture f;
  // Three mentions of other dams against two: the story is about them, so no dam is taken.
  CHECK(f.read(story("The Kestrel Dam opened in 1990. Kestrel Dam is tall.",
                     "Harlow Dam, Pine Ford Dam and Oxley Dam were built upstream."))
            .empty());
  // Ignored names of another kind likewise: the story is about other things.
  CHECK(f.read(story("The Kestrel Dam opened in 1990 near Dunmore. Kestrel Dam is tall.", "Ashby and Dunmore grew."))
            .empty());
  // Named as often as the dam, they leave it the topic.
  CHECK(f.read(story("The Kestrel Dam opened in 1990 near Dunmore. Kestrel Dam is tall.", "Ashby grew."))
        == Lines{"dam_cost(Kestrel_Dam) = USD 2 billion{most-named}"});
}
