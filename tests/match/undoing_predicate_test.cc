// A later predicate of the same subject whose verb is one of the rule author's veto
// words undoes the stop a year fact's cue dates (match/undoing_predicate.h;
// docs/rules.md "Cues", step 4). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/loader.h"
#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Quarry: quarry = "Felsby Quarry", "the quarry"
entity School: school = "Holm School"
fact quarry_closed(quarry: quarry) -> year: year {
  cue closed | shut | halted work | halts work
  unless reopened | restarted | resumed | resumes
}
fact quarry_opened(quarry: quarry) -> year: year {
  cue opened | dug
  unless reopened | revived
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a veto word heading a later predicate of the subject undoes a dated event", "[match][cue]") {
  testing::RuleReader f(kRules);
  // "but", ", but", "and", ";" with a pronoun, an auxiliary and an adverb between.
  CHECK(f.read("Felsby Quarry was closed in 1996 but reopened in 1999.").empty());
  CHECK(f.read("Felsby Quarry was shut in 1996, but it was later restarted in 1999.").empty());
  CHECK(f.read("Felsby Quarry was closed in 1996 and reopened three years later.").empty());
  CHECK(f.read("In 1996 Felsby Quarry halted work; it resumed in 1999.").empty());
  CHECK(f.read("In 1996 Felsby Quarry halts work; it resumes in 1999.").empty());
  // The final closure after the reopening is read: "reopened" is the 1999's, which
  // closes an earlier predicate the cue does not reach into.
  CHECK(f.read("Felsby Quarry was shut in 1996, reopened in 1999 and closed for good in 2011.") ==
        Lines{"quarry_closed(Quarry) = 2011"});
  // The final closure, told after the reopening, is still read.
  CHECK(f.read("Felsby Quarry was shut in 1996 but reopened in 1999. It closed for good in 2011.") ==
        Lines{"quarry_closed(Quarry) = 2011"});
}

TEST_CASE("a later clause with a subject of its own, or no veto word, leaves the event alone", "[match][cue]") {
  testing::RuleReader f(kRules);
  CHECK(f.read("Felsby Quarry was closed in 1996, but Holm School reopened in 1999.") ==
        Lines{"quarry_closed(Quarry) = 1996"});
  CHECK(f.read("Felsby Quarry was closed in 1996 but the pits were flooded in 1999.") ==
        Lines{"quarry_closed(Quarry) = 1996"});
  CHECK(f.read("Felsby Quarry was closed in 1996 and sold in 1999.") == Lines{"quarry_closed(Quarry) = 1996"});
  // A cue of no stopping is not undone: the start stands, and the veto word keeps to
  // its own figure.
  CHECK(f.read("Felsby Quarry was dug in 1881 and revived in 1999.") == Lines{"quarry_opened(Quarry) = 1881"});
}

TEST_CASE("a timeline entry's event undone in a later clause is no statement of the entry's year", "[match][cue]") {
  testing::RuleReader f(kRules);
  auto read = [&](const std::string& body) {
    source::DiagnosticSink sink;
    doc::Document d = doc::make_document("t.md", "---\ndate: 2024-05-01\n---\n# Felsby Quarry\n\n" + body, "md", sink);
    Lines out;
    for (const match::Statement& s : f.matcher().run(d)) out.push_back(s.key + " = " + s.value.display);
    return out;
  };
  CHECK(read("**1996.** Felsby Quarry halts work; it resumes in 1999.\n\n**2011.** Felsby Quarry is closed.\n") ==
        Lines{"quarry_closed(Quarry) = 2011"});
  CHECK(read("**1996.** Felsby Quarry halts work.\n") == Lines{"quarry_closed(Quarry) = 1996"});
}
