// A `year` fact reads the year of a date that does not write it, as a `date` fact
// reads the date (match/relative_years.h; docs/rules.md "The publication date").
// Texts are dated 2024-03-01. Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Corran_Weir: weir = "Corran Weir", "the weir"

fact weir_finished(weir: weir) -> finished: year {
  cue completed | finished
}
)";

struct Fixture : testing::ScopedRuleReader {
  Fixture() : ScopedRuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

// Before: no statement; the year type read only years written out.
TEST_CASE("a year fact reads a date counted from the publication date", "[match][year]") {
  Fixture f;
  CHECK(f.read("The Corran Weir was completed last year.") == Lines{"weir_finished(Corran_Weir) = 2023"});
  CHECK(f.read("The Corran Weir was finished two years ago.") == Lines{"weir_finished(Corran_Weir) = 2022"});
  // A month without its year: the most recent such month not after March 2024.
  CHECK(f.read("The Corran Weir was completed in January.") == Lines{"weir_finished(Corran_Weir) = 2024"});
  CHECK(f.read("The Corran Weir was completed in October.") == Lines{"weir_finished(Corran_Weir) = 2023"});
}

TEST_CASE("a year the text gives comes first, as for a date fact", "[match][year]") {
  Fixture f;
  // Written out, and set by the paragraph's opening year.
  CHECK(f.read("The Corran Weir was completed in October 2016.") == Lines{"weir_finished(Corran_Weir) = 2016"});
  CHECK(f.read("In 2016 the river was high for months. The weir was completed in October.") ==
        Lines{"weir_finished(Corran_Weir) = 2016"});
}
