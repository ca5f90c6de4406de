// Tests for speaker_directory.cc: finding a name with its entity resolved by the caller
// (attribution resolves a name once for two questions, issue 10) finds whom find() does.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lang/ast.h"
#include "quote/speaker_directory.h"

using namespace factlint::quote;

namespace {

NameRun run_of(std::vector<std::string> words, std::vector<std::string> titles = {}) {
  NameRun run;
  run.titles = std::move(titles);
  run.words = std::move(words);
  for (const std::string& t : run.titles) run.text += (run.text.empty() ? "" : " ") + t;
  for (const std::string& w : run.words) run.text += (run.text.empty() ? "" : " ") + w;
  return run;
}

}  // namespace

TEST_CASE("a name finds the same person with its entity resolved beforehand", "[quote]") {
  factlint::lang::EntityDecl putin;
  putin.name = "Putin";
  putin.kind = "person";
  putin.aliases = {"Vladimir Putin", "Putin"};
  factlint::lang::EntityDecl russia;
  russia.name = "Russia";
  russia.kind = "country";
  russia.aliases = {"Russia"};
  const EntityNames entities({putin, russia});
  SpeakerDirectory directory(entities);
  const std::size_t roe = directory.mention(run_of({"Jane", "Roe"}, {"dr"}), 10);
  const std::size_t vladimir = directory.mention(run_of({"Vladimir", "Putin"}), 40);
  for (const NameRun& run : {run_of({"Roe"}), run_of({"Jane", "Roe"}), run_of({"Putin"}), run_of({"Mr", "Putin"}),
                             run_of({"Russia"}), run_of({"John", "Doe"}), run_of({"Jane"})}) {
    CAPTURE(run.text);
    CHECK(directory.find(run, entities.resolve(run)) == directory.find(run));
  }
  CHECK(directory.find(run_of({"Roe"}), std::nullopt) == roe);  // a surname joins the person named before
  CHECK(directory.find(run_of({"Jane", "Roe"}), std::nullopt) == roe);  // found by the surname
  CHECK(directory.find(run_of({"Putin"}), entities.resolve(run_of({"Putin"}))) == vladimir);
  CHECK_FALSE(directory.find(run_of({"Jane"}), std::nullopt));
  CHECK_FALSE(directory.find(run_of({"Russia"}), entities.resolve(run_of({"Russia"}))));
}

// resolve() turns a run away by the shape of its last word before building its
// spellings (issue 10): every way an alias can match must still pass that test.
TEST_CASE("a name resolves through each spelling whatever its last word's case or possessive", "[quote]") {
  factlint::lang::EntityDecl brandvik;
  brandvik.name = "Brandvik";
  brandvik.kind = "person";
  brandvik.aliases = {"Oskar Brandvik", "Brandvik", "Chancellor Vey"};
  factlint::lang::EntityDecl tellmark;
  tellmark.name = "Tellmark Group";
  tellmark.kind = "company";
  tellmark.aliases = {"Tellmark's", "Nova  Terra"};
  const EntityNames entities({brandvik, tellmark});
  auto resolved = [&](NameRun run, std::string text) {
    run.text = std::move(text);
    return entities.resolve(run).value_or("-");
  };
  NameRun possessive = run_of({"Tellmark"});
  CHECK(resolved(possessive, "Tellmark's") == "Tellmark Group");  // only the run as printed ends with "tellmark's"
  CHECK(resolved(possessive, "Tellmark") == "-");
  CHECK(resolved(run_of({"Vey"}, {"former", "chancellor"}), "Former Chancellor Vey") == "Brandvik");  // last title + name
  CHECK(resolved(run_of({"Nova", "Terra"}), "Nova Terra") == "Tellmark Group");  // an alias's spaces are folded
  CHECK(resolved(run_of({"BRANDVIK"}), "BRANDVIK") == "Brandvik");           // a surname, any case
  CHECK(resolved(run_of({"Brandvik", "Ingrid"}), "Brandvik Ingrid") == "Brandvik");  // family name first
  CHECK(resolved(run_of({"Brandvik", "Ingrid", "Lund"}), "Brandvik Ingrid Lund") == "-");
  CHECK(resolved(run_of({"Oskar"}), "Oskar") == "-");
  CHECK(resolved(run_of({"The"}), "The") == "-");
  CHECK(resolved(run_of({"Brandvig"}), "Brandvig") == "-");  // the shape of an alias, not an alias
}
