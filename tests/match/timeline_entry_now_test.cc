// "Now" inside a timeline's entry is the entry's time (docs/rules.md "Cues", step 5): a
// label that is a year alone ("**2015.**", "## 2015") dates a figure its entry tells in
// the present, as it dates one told without "now", and as a text read alone (`explain
// --text`) dates it (blind writers' feedback, session 20: a document of 2025 filed
// "**2015.** ... now counts 35 million articles" under 2025). The documents are written
// for these tests and found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Fenwick_Atlas: atlas = "Fenwick Atlas"

fact atlas_maps(atlas: atlas) -> maps: count {
  cue maps
  scope per year
}
)";

using Lines = std::vector<std::string>;

// A Markdown document of 10 January 2025 with `body`: its statements with their years.
Lines read_document(const testing::RuleReader& r, const std::string& body) {
  source::DiagnosticSink sink;
  const doc::Document document =
      doc::make_document("atlas.md", "---\ndate: 2025-01-10\n---\n\n# The Fenwick Atlas\n\n" + body, "md", sink);
  Lines out;
  for (const match::Statement& s : r.matcher().run(document)) {
    out.push_back(s.key + " = " + s.value.display + " [" + s.scope + "]");
  }
  return out;
}

}  // namespace

TEST_CASE("a timeline entry's label year beats 'now' in its entry", "[match][time]") {
  testing::RuleReader r(kRules);
  CHECK(read_document(r, "**2009.** Across every edition, the Fenwick Atlas now holds 4,100 maps.\n\n**2017.** The "
                         "atlas went online. The Fenwick Atlas now holds 6,800 maps.\n") ==
        Lines{"atlas_maps(Fenwick_Atlas) = 4,100 [2009]", "atlas_maps(Fenwick_Atlas) = 6,800 [2017]"});
  // A heading that is a year alone is the label of the entry below it.
  CHECK(read_document(r, "## 2012\n\nThe Fenwick Atlas now holds 5,300 maps.\n") ==
        Lines{"atlas_maps(Fenwick_Atlas) = 5,300 [2012]"});
  // "and now" after another clause's year: the entry's time too.
  CHECK(read_document(r, "**2017.** The Fenwick Atlas went online in 2016, and it now holds 6,800 maps.\n") ==
        Lines{"atlas_maps(Fenwick_Atlas) = 6,800 [2017]"});
}

TEST_CASE("outside a timeline entry 'now' is the time of writing", "[match][time]") {
  testing::RuleReader r(kRules);
  CHECK(read_document(r, "The Fenwick Atlas now holds 7,200 maps.\n") ==
        Lines{"atlas_maps(Fenwick_Atlas) = 7,200 [2025]"});
  // A paragraph framed in words ("In 2009, ...") is no entry: its "now" is today's.
  CHECK(read_document(r, "In 2009, the Fenwick Atlas was founded. It now holds 7,200 maps.\n") ==
        Lines{"atlas_maps(Fenwick_Atlas) = 7,200 [2025]"});
  // A later paragraph is out of the entry.
  CHECK(read_document(r, "**2009.** The Fenwick Atlas was founded.\n\nThe Fenwick Atlas now holds 7,200 maps.\n") ==
        Lines{"atlas_maps(Fenwick_Atlas) = 7,200 [2025]"});
}

TEST_CASE("a timeline entry is dated alike in its document and read alone", "[match][time]") {
  testing::ScopedRuleReader r(kRules);
  const std::string entry = "**2009.** Across every edition, the Fenwick Atlas now holds 4,100 maps.";
  CHECK(read_document(r, entry + "\n") == Lines{"atlas_maps(Fenwick_Atlas) = 4,100 [2009]"});
  CHECK(r.read_scoped(entry, {2025, 1, 10}) == Lines{"atlas_maps(Fenwick_Atlas) = 4,100 [2009]"});
}
