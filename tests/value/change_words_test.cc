// Tests for the one table of verbs of change (value/change_words.h): each of its three
// readings takes exactly its own forms, so a verb added for one reading changes no other.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "value/change_words.h"

using namespace factlint::value;

namespace {

std::set<std::string> words_for(ChangeUse use) {
  std::set<std::string> out;
  for (const ChangeWord& c : kChangeWords) {
    if (c.uses & use) out.emplace(c.word);
  }
  return out;
}

}  // namespace

TEST_CASE("every form of a verb of change is listed once and takes part in some reading", "[value]") {
  std::set<std::string_view> seen;
  for (const ChangeWord& c : kChangeWords) {
    CAPTURE(std::string(c.word));
    CHECK(seen.insert(c.word).second);
    CHECK(c.uses != 0);
    CHECK((c.uses & ~(kBeforeFrom | kSizedBy | kPerfectTo)) == 0);
  }
}

TEST_CASE("each reading of a verb of change takes its own forms and no other", "[value]") {
  SECTION("a change before 'from' takes the most forms, the thing changed between") {
    CHECK(words_for(kBeforeFrom).size() == 114);
    // "raised the ticket price from", "cut its staff from": the verb needs no size.
    for (const char* w : {"raised", "cut", "halved", "lengthened", "went", "rising"}) {
      CAPTURE(w);
      CHECK(is_change_word(w, kBeforeFrom));
    }
    // Verbs of creeping say a size, never a level left: "edged from" is not listed.
    for (const char* w : {"edged", "crept", "inched", "dip", "trebled"}) {
      CAPTURE(w);
      CHECK_FALSE(is_change_word(w, kBeforeFrom));
    }
  }
  SECTION("a change sized by its object leaves out verbs whose object is no change") {
    CHECK(words_for(kSizedBy).size() == 44);
    for (const char* w : {"rose", "fell", "dip", "edged", "inched", "plunged"}) {
      CAPTURE(w);
      CHECK(is_change_word(w, kSizedBy));
    }
    // "raised $5 million" is money raised; "cut 300 jobs" counts jobs; "doubled" takes no size.
    for (const char* w : {"raised", "cut", "doubled", "rising", "gone", "shrunk"}) {
      CAPTURE(w);
      CHECK_FALSE(is_change_word(w, kSizedBy));
    }
  }
  SECTION("a perfect before 'to' takes participles only") {
    CHECK(words_for(kPerfectTo) == std::set<std::string>{"risen", "grown", "climbed", "increased", "jumped",
                                                         "doubled", "tripled", "trebled", "fallen", "dropped",
                                                         "declined", "shrunk", "soared", "surged", "swelled",
                                                         "gone"});
  }
  CHECK_FALSE(is_change_word("rose", kPerfectTo));
  CHECK_FALSE(is_change_word("Rose", kBeforeFrom));  // lower case only, as the readers pass it
  CHECK_FALSE(is_change_word("", kBeforeFrom));
}
