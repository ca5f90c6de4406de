// An interview's intro that opens with the interviewee's name ("... of the Harbour
// Institute talks about ...") or a sentence that opens with a speaker ("Lindqvist
// says ...") is about what the person talks about: the person is no rival thing that
// stops the search for an answer's subject. Sentences written for these tests, found
// in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Velm: volcano = "Mount Velm"
entity Orr: volcano = "Mount Orr"
fact height(volcano: volcano) -> height: length {
  cue tall | high
}
)";

}  // namespace

// Before: "Mara Lindqvist" was a name the rules do not know, so the answer's search
// stopped at the intro and the height had no volcano (a blind writer's report).
TEST_CASE("an intro opening with the interviewee's name does not stop the search", "[match][context][answer]") {
  RuleReader r(kRules);
  CHECK(r.read("Mara Lindqvist of the Harbour Institute talks about Mount Velm.\n\n**How tall is it now?**\n\nAbout "
               "1,200 metres, after the last eruption.") == Lines{"height(Velm) = about 1,200 m"});
  CHECK(r.read("Mara Lindqvist, of the Harbour Institute, has studied Mount Velm for years. Lindqvist says it keeps "
               "growing. It is now 1,200 metres high.") == Lines{"height(Velm) = 1,200 m"});
  // A name that is no speaker still stops it: "Kessel Lake" is another thing.
  CHECK(r.read("Mount Velm rises above the bay. Kessel Lake lies below. It is 1,200 metres high.").empty());
}
