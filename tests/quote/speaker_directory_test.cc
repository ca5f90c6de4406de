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
