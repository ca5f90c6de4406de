// Near misses through the binary: `explain --text` says what almost matched and
// `rules audit` lists such sentences across a corpus (docs/rules.md "Finding what your
// rules miss").
#include <catch2/catch.hpp>

#include "run_binary.h"

using namespace factlint::testing;

namespace {

const char* const kRules = R"(entity China: country = "China"
entity Russia: country = "Russia"
fact bilateral_trade(a: country, b: country) -> amount: money symmetric {
  cue trade
  example "China and Russia trade reached $5 billion" => a=China b=Russia amount="$5 billion"
}
)";

}  // namespace

TEST_CASE("explain --text names the veto that stopped a cue", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/r.facts", kRules);
  RunResult r = run_factlint("explain --rules " + dir + "/r.facts --text 'China and Russia expect trade to hit $9 billion.'");
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "no fact matched this text\n"
        "near misses:\n"
        "  bilateral_trade: cue 'trade' and the money value '$9 billion' are vetoed by 'expect' (a default veto "
        "word: 'allow expect' in the fact lifts it)\n"
        "    \"China and Russia expect trade to hit $9 billion.\"\n");
}

TEST_CASE("rules audit lists the corpus sentences a fact's rules missed, with the reason", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/r.facts", kRules);
  write_file(dir + "/docs/a.txt",
             "China and Russia trade reached $5 billion.\n\n"
             "Trade, officials in both capitals told reporters on Friday after long and difficult talks that ran "
             "late into the night at the foreign ministry, was $6 billion.\n\n"
             "China and Russia plan to lift trade to $9 billion.\n\n"
             "Trade was discussed at length.\n");
  RunResult r = run_factlint("rules audit --rules " + dir + "/r.facts " + dir + "/docs");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("bilateral_trade: 2 sentences with its words gave no statement") != std::string::npos);
  CHECK(r.out.find("vetoed by 'plan'") != std::string::npos);
  CHECK(r.out.find("words from the nearest money value '$6 billion'; a cue reaches 20 words ahead") != std::string::npos);
  // No value of the fact's type in the sentence: not a miss (unless --all).
  CHECK(r.out.find("discussed at length") == std::string::npos);
  RunResult all = run_factlint("rules audit --all --rules " + dir + "/r.facts " + dir + "/docs");
  CHECK(all.out.find("discussed at length") != std::string::npos);
  // --no-db, which check, report and explain take, is accepted (the audit reads no store).
  RunResult no_db = run_factlint("rules audit --no-db --rules " + dir + "/r.facts " + dir + "/docs");
  CHECK(no_db.exit_code == 0);
  CHECK(no_db.out == r.out);
}

// Before: explain said only "no fact matched this text" for an ignored entity's
// sentence (a newcomer's report). The audit, which lists misses, still leaves it out.
TEST_CASE("explain --text says a statement was dropped for an ignored entity; the audit does not list it", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/r.facts", std::string(kRules) + "ignore entity Others: country = \"Japan\"\n");
  RunResult r = run_factlint("explain --rules " + dir + "/r.facts --text 'Japan and Russia trade reached $3 billion.'");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("bilateral_trade: dropped: its a is 'Japan' (Others), an ignored entity (`ignore entity` at ") !=
        std::string::npos);
  write_file(dir + "/docs/a.txt", "Japan and Russia trade reached $3 billion.\n");
  RunResult audit = run_factlint("rules audit --rules " + dir + "/r.facts " + dir + "/docs");
  CHECK(audit.out.find("Japan") == std::string::npos);
  CHECK(audit.out.find("0 near misses") != std::string::npos);
}

// Before: `rules audit --all` left out a statement the rules dropped on purpose too, so
// a label line whose role went to an ignored entity by the document's topic was dropped
// with no word anywhere (a blind writer's report). `--all` lists it, with where the
// role came from.
// Before session 25 only --all listed it: a newcomer's new cue found a sentence, lost it
// to an ignored entity a sentence back, and no line of the audit said so.
TEST_CASE("rules audit lists a statement dropped for an ignored entity the topic gave", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/r.facts", "entity Marland: country = \"Marland\"\n"
                               "entity Council: assembly = \"the Grand Council\"\n"
                               "ignore entity Others: country = \"Vesta\"\n"
                               "fact council_seats(council: assembly = Council) -> seats: count {\n"
                               "  cue members\n}\n");
  write_file(dir + "/docs/a.md", "---\ntitle: Vesta and Marland compared\n---\n# Vesta and Marland compared\n\n"
                                 "## Fact sheet\n\nMembers of the council: 41\n");
  for (const char* flags : {"", "--all "}) {
    RunResult audit = run_factlint(std::string("rules audit ") + flags + "--rules " + dir + "/r.facts " + dir + "/docs");
    CHECK(audit.out.find("dropped: its council is Others, an ignored entity (`ignore entity` at ") != std::string::npos);
    CHECK(audit.out.find("), from the document's topic: its title") != std::string::npos);
    CHECK(audit.out.find("1 near miss in 1 fact") != std::string::npos);
  }
}

// Before: the audit listed every fact's misses, most of them values another fact took
// rightly, and an analyst could not narrow it to the fact they were writing.
TEST_CASE("rules audit --fact lists one fact's misses and refuses a fact the rules lack", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/r.facts", std::string(kRules) +
                                   "fact border(a: country, b: country) -> length: length symmetric {\n"
                                   "  cue border\n}\n");
  write_file(dir + "/docs/a.txt", "China and Russia plan to lift trade to $9 billion.\n\n"
                                  "China and Russia hope their border will be 4,000 km after the survey, they plan.\n");
  RunResult both = run_factlint("rules audit --rules " + dir + "/r.facts " + dir + "/docs");
  CHECK(both.out.find("bilateral_trade:") != std::string::npos);
  CHECK(both.out.find("border:") != std::string::npos);
  RunResult one = run_factlint("rules audit --fact border --rules " + dir + "/r.facts " + dir + "/docs");
  CHECK(one.exit_code == 0);
  CHECK(one.out.find("bilateral_trade:") == std::string::npos);
  CHECK(one.out.find("border:") != std::string::npos);
  RunResult typo = run_factlint("rules audit --fact bordr --rules " + dir + "/r.facts " + dir + "/docs");
  CHECK(typo.exit_code == 2);
  CHECK(typo.err.find("--fact 'bordr' names no fact of the rules; did you mean 'border'?") != std::string::npos);
}

namespace {

const char* const kTownRules = R"(entity Marlow_Bay: town = "Marlow Bay"
fact residents(town: town) -> people: count {
  pattern {town} has {people} residents unless homeless | shelter
  example "Marlow Bay has 31,400 residents" => town=Marlow_Bay people=31,400
  counterexample "Marlow Bay has 850 residents in a night shelter"
}
)";

}  // namespace

// A pattern's own `unless` (docs/rules.md "Vetoing a pattern"): explain and the audit
// name the word, `factlint test` runs its counterexample, lint places its mistakes.
TEST_CASE("explain --text and rules audit name the word that vetoed a pattern's match", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/r.facts", kTownRules);
  RunResult r = run_factlint("explain --rules " + dir + "/r.facts --text 'Marlow Bay has 850 residents without a shelter.'");
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "no fact matched this text\n"
        "near misses:\n"
        "  residents: pattern #1 matched 'Marlow Bay has 850 residents', but is vetoed by its 'unless' word 'shelter'\n"
        "    \"Marlow Bay has 850 residents without a shelter.\"\n");
  write_file(dir + "/docs/a.txt", "Marlow Bay has 31,400 residents.\n\nMarlow Bay has 850 residents in homeless hostels.\n");
  RunResult audit = run_factlint("rules audit --rules " + dir + "/r.facts " + dir + "/docs");
  CHECK(audit.exit_code == 0);
  CHECK(audit.out.find("residents: 1 sentence with its words gave no statement") != std::string::npos);
  CHECK(audit.out.find("vetoed by its 'unless' word 'homeless'") != std::string::npos);
  RunResult test = run_factlint("test --rules " + dir + "/r.facts");
  CHECK(test.exit_code == 0);
}

TEST_CASE("rules lint places a pattern's unless that captures a role and exits 2", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/r.facts", "entity Marlow_Bay: town = \"Marlow Bay\"\n"
                               "fact residents(town: town) -> people: count {\n"
                               "  pattern {town} has {people} residents unless {town} | shelter\n"
                               "}\n");
  RunResult r = run_factlint("rules lint --rules " + dir + "/r.facts");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("r.facts:3:48: error: a pattern's 'unless' cannot capture roles ('town'): it only says which "
                   "words veto the pattern's matches") != std::string::npos);
}

// Before: the audit listed only sentences holding the rules' words, and a restatement in
// other words ("winds for 214 km" where the cue is "long") was found by no command.
TEST_CASE("rules audit --without-cue lists a restatement in other words, close to a figure read elsewhere", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/r.facts", R"(entity Vell: river = "Vell", "River Vell"
fact river_length(river: river) -> length: length {
  cue long
}
)");
  write_file(dir + "/docs/atlas.md", "The River Vell is 212 km long.\n");
  write_file(dir + "/docs/guide.md",
             "The Vell has 40 km of towpath.\n\nThe Vell winds for 214 km through the downs.\n");
  RunResult plain = run_factlint("rules audit --rules " + dir + "/r.facts " + dir + "/docs");
  CHECK(plain.exit_code == 0);
  CHECK(plain.out.find("winds") == std::string::npos);
  RunResult r = run_factlint("rules audit --without-cue --rules " + dir + "/r.facts " + dir + "/docs");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("river_length: 1 sentence with a figure of its type that nothing read") != std::string::npos);
  CHECK(r.out.find("guide.md:3:1  no word of the fact's rules, but 'Vell' and the length value '214 km'; close to "
                   "'212 km', read for it at ") != std::string::npos);
  CHECK(r.out.find("words near the figure: winds, downs") != std::string::npos);
  // 40 km is close to no figure read for the fact: listed only with --all.
  CHECK(r.out.find("towpath") == std::string::npos);
  CHECK(r.out.find("0 near misses in 0 facts; 1 sentence without the rules' words in 1 fact") != std::string::npos);
  RunResult all = run_factlint("rules audit --without-cue --all --rules " + dir + "/r.facts " + dir + "/docs");
  CHECK(all.out.find("towpath") != std::string::npos);
  CHECK(all.out.find("winds") < all.out.find("towpath"));
}
