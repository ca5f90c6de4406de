// A list of names after a comparison word is compared as a whole: none of its names
// fills a role (docs/rules.md "Cues", step 3; blind writers' feedback, session 20:
// "the seventh-most-visited website, behind Google, YouTube and Facebook" gave the rank
// to YouTube). The sentences are written for these tests and found in no corpus.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "match/compared_mention.h"
#include "support/rule_reader.h"

using namespace factlint;

namespace {

// Whether the mention at word `at` of `text` (one word, the words split at spaces) is
// compared with.
bool compared(const std::string& text, int at) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  return match::compared_mention([&](int i) { return std::string_view(words[static_cast<std::size_t>(i)]); }, at,
                                 at + 1, static_cast<int>(words.size()));
}

const char* const kRules = R"(
entity Quillon: site = "Quillon"
entity Marrowby: site = "Marrowby"
entity Tessaly: site = "Tessaly"
entity Brindle: site = "Brindle"

fact visit_rank(site: site) -> rank: ordinal {
  cue visited
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("every name of a list after a comparison word is compared with", "[match]") {
  CHECK(compared("it ranks fourth behind marrowby , tessaly and brindle", 4));
  CHECK(compared("it ranks fourth behind marrowby , tessaly and brindle", 6));
  CHECK(compared("it ranks fourth behind marrowby , tessaly and brindle", 8));
  CHECK(compared("it is busier than marrowby or tessaly", 6));
  CHECK(compared("it trails marrowby , tessaly , and brindle", 7));
  CHECK(compared("it ranks fourth behind the marrowby group and tessaly", 8));
}

TEST_CASE("a name after a compared one that opens a clause is no item of its list", "[match]") {
  // A comma alone, and no "and" or "or" after: the main clause's subject.
  CHECK_FALSE(compared("behind marrowby , quillon ranks fourth", 3));
  CHECK_FALSE(compared("behind marrowby , tessaly and brindle , quillon ranks fourth", 7));
  // ", and" with no other comma: a list of two takes no comma.
  CHECK_FALSE(compared("it ranks fourth behind marrowby , and quillon ranks fifth", 7));
  // A verb after the name.
  CHECK_FALSE(compared("it ranks fourth behind marrowby and quillon is fifth", 6));
  // No comparison word before the list.
  CHECK_FALSE(compared("it ranks fourth with marrowby , tessaly and brindle", 8));
}

TEST_CASE("a rank compared with a list goes to the subject, not to a listed name", "[match][cue]") {
  testing::RuleReader f(kRules);
  CHECK(f.read("Quillon is the fourth-most-visited site, behind Marrowby, Tessaly and Brindle.") ==
        Lines{"visit_rank(Quillon) = 4th"});
  CHECK(f.read("Quillon grew fast. It is now the third-most-visited site, behind Marrowby and Tessaly.") ==
        Lines{"visit_rank(Quillon) = 3rd"});
  // The subject from the sentence before.
  CHECK(f.read("Quillon grew fast. That makes it the fourth-most-visited site, trailing Marrowby, Tessaly and "
               "Brindle.") == Lines{"visit_rank(Quillon) = 4th"});
}
