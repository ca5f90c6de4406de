// End to end: `factlint decide` and `factlint decisions list|check|prune` on the seed
// corpus, with the decisions file in a temp folder.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::copy_bundled_rules;
using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint;
using factlint::testing::run_factlint_in;
using factlint::testing::run_git;
using factlint::testing::read_file;
using factlint::testing::write_file;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("decide records a canonical value, and every output shows who decided, when and why", "[e2e]") {
  std::string file = make_temp_dir() + "/d.toml";
  auto run = run_factlint("decide 'border_length(Russia, China)' --canonical '4,209 km' --note 'border service' "
                          "--by ana --when 2026-11-29 --no-db --decisions " + file);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out == "decide: recorded canonical value '4,209 km' for border_length(China, Russia) in '" + file +
                       "'\ndecide: border_length(China, Russia) is now conflicting (deviates-from-decision)\n");
  CHECK(read_file(file) ==
        "[[decision]]\nfinding = \"border_length(China, Russia)\"\nkind = \"canonical\"\nvalue = \"4,209 km\"\n"
        "note = \"border service\"\nauthor = \"ana\"\nwhen = 2026-11-29\n");

  std::string shown = "canonical value '4,209 km', by ana on 2026-11-29: border service (" + file + ":1)";
  auto text = run_factlint("check --no-db --decisions " + file);
  CHECK(has(text.out, "  decided: " + shown + "\n"));
  auto explain = run_factlint("explain 'border_length(China, Russia)' --no-db --decisions " + file);
  CHECK(has(explain.out, "  decided: " + shown + "\n"));
  auto markdown = run_factlint("check --no-db --format markdown --decisions " + file);
  CHECK(has(markdown.out, "Decided: canonical value '4,209 km', by ana on 2026-11-29: border service"));
  auto html = run_factlint("check --no-db --format html --decisions " + file);
  CHECK(has(html.out, "<strong>Decided:</strong> canonical value &apos;4,209 km&apos;, by ana on 2026-11-29: border "
                      "service"));
  auto json = run_factlint("check --no-db --format json --decisions " + file);
  bool seen = false;
  nlohmann::json report = nlohmann::json::parse(json.out);  // kept alive for the loop
  for (const auto& f : report["findings"]) {
    if (f["key"] != "border_length(China, Russia)") continue;
    seen = true;
    CHECK(f["decisions"] == nlohmann::json::parse(R"([{"kind": "canonical", "value": "4,209 km", "author": "ana",
        "when": "2026-11-29", "note": "border service", "origin": ")" + file + R"(:1"}])"));
  }
  CHECK(seen);

  // explain's JSON carries the same decisions, and marks the value that deviates from it.
  auto explained = run_factlint("explain 'border_length(China, Russia)' --format json --no-db --decisions " + file);
  REQUIRE(explained.exit_code == 0);
  nlohmann::json e = nlohmann::json::parse(explained.out);
  CHECK(e["decisions"] == nlohmann::json::parse(R"([{"kind": "canonical", "value": "4,209 km", "author": "ana",
      "when": "2026-11-29", "note": "border service", "origin": ")" + file + R"(:1"}])"));
  std::vector<std::string> deviating;
  for (const auto& v : e["values"]) {
    if (v.value("deviates_from_decision", false)) deviating.push_back(v["value"]);
  }
  CHECK(deviating == std::vector<std::string>{"2,300 mi"});
}

TEST_CASE("decide refuses what the run cannot honour, with exit 2, and writes nothing", "[e2e]") {
  std::string dir = make_temp_dir();
  std::string file = dir + "/d.toml";
  auto unit = run_factlint("decide 'border_length(China, Russia)' --canonical '4,209 kg' --no-db --decisions " + file);
  CHECK(unit.exit_code == 2);
  CHECK(has(unit.err, "factlint: error: value '4,209 kg' cannot be read as length (the value type of fact "
                      "'border_length')"));
  auto misspelt = run_factlint("decide 'border_lenght(China, Russia)' --acknowledge --no-db --decisions " + file);
  CHECK(misspelt.exit_code == 2);
  CHECK(has(misspelt.err, "no fact 'border_lenght' in the rules; did you mean 'border_length'?"));
  auto unknown_id = run_factlint("decide f-0000000000 --acknowledge --no-db --decisions " + file);
  CHECK(unknown_id.exit_code == 2);
  CHECK(has(unknown_id.err, "no finding 'f-0000000000' in this run"));
  auto place = run_factlint("decide 'border_length(China, Russia)' --wrong-extraction corpus/x.txt:1:1 --no-db "
                            "--decisions " + file);
  CHECK(place.exit_code == 2);
  CHECK(has(place.err, "'border_length(China, Russia)' has no statement at 'corpus/x.txt:1:1'; its statements are at "
                       "'corpus/"));
  auto none = run_factlint("decide 'border_length(China, Russia)' --no-db --decisions " + file);
  CHECK(none.exit_code == 2);
  CHECK(has(none.err, "give exactly one of --canonical VALUE, --acknowledge or --wrong-extraction"));
  auto two = run_factlint("decide 'border_length(China, Russia)' --acknowledge --canonical '1 km' --no-db "
                          "--decisions " + file);
  CHECK(two.exit_code == 2);
  auto date = run_factlint("decide 'border_length(China, Russia)' --acknowledge --when 29/11 --no-db --decisions " +
                           file);
  CHECK(date.exit_code == 2);
  CHECK_FALSE(std::ifstream(file).good());
}

// Before: "has no statement at './corpus/...'; its statements are at ... 'corpus/...'",
// for the place shell completion gives.
TEST_CASE("decide --wrong-extraction takes a place written with ./ as the reports print it", "[e2e]") {
  std::string file = make_temp_dir() + "/d.toml";
  auto listed = run_factlint("decide 'border_length(China, Russia)' --wrong-extraction corpus/x.txt:1:1 --no-db "
                             "--decisions " + file);
  const std::string marker = "its statements are at '";
  const std::size_t at = listed.err.find(marker);
  REQUIRE(at != std::string::npos);
  const std::string place = listed.err.substr(at + marker.size(), listed.err.find('\'', at + marker.size()) - at - marker.size());
  REQUIRE(place.rfind("corpus/", 0) == 0);
  auto run = run_factlint("decide 'border_length(China, Russia)' --wrong-extraction ./" + place +
                          " --by ana --when 2026-11-30 --no-db --decisions " + file);
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(has(read_file(file), "statement = \"" + place + "\"\n"));
}

// Before: decide printed what the finding became only while it existed, so a wrong
// extraction of a single-source fact's one statement said nothing after "recorded".
TEST_CASE("decide says when a wrong extraction leaves a finding no statement", "[e2e]") {
  std::string file = make_temp_dir() + "/d.toml";
  auto report = nlohmann::json::parse(run_factlint("check --no-db --no-baseline --format json").out);
  std::string key, place;
  for (const auto& f : report["findings"]) {
    if (f["verdict"] != "single-source" || f["values"].size() != 1 || f["values"][0]["statements"].size() != 1) continue;
    const auto& st = f["values"][0]["statements"][0];
    key = f["key"].get<std::string>() + (f.value("scope", "").empty() ? "" : " [" + f.value("scope", "") + "]");
    place = st["document"].get<std::string>() + ":" + std::to_string(st["line"].get<int>()) + ":" +
            std::to_string(st["column"].get<int>());
    break;
  }
  REQUIRE_FALSE(place.empty());
  auto run = run_factlint("decide '" + key + "' --wrong-extraction " + place + " --by ana --no-db --decisions " + file);
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(has(run.out, "decide: " + key + " is now no finding: its statements are all wrong extractions"));
}

TEST_CASE("a canonical value given by finding id is read with the finding's fact", "[e2e]") {
  std::string dir = make_temp_dir();
  auto json = run_factlint("check --no-db --format json");
  std::string id;
  nlohmann::json report = nlohmann::json::parse(json.out);
  for (const auto& f : report["findings"]) {
    if (f["key"] == "border_length(China, Russia)") id = f["id"];
  }
  REQUIRE_FALSE(id.empty());
  auto refused = run_factlint("decide " + id + " --canonical banana --no-db --decisions " + dir + "/d.toml");
  CHECK(refused.exit_code == 2);
  CHECK(has(refused.err, "value 'banana' cannot be read as length"));
  write_file(dir + "/hand.toml", "[[decision]]\nfinding = \"" + id + "\"\nkind = \"canonical\"\nvalue = \"banana\"\n");
  auto check = run_factlint("check --no-db --decisions " + dir + "/hand.toml");
  CHECK(check.exit_code == 2);
  CHECK(has(check.err, dir + "/hand.toml:1:1: error: value 'banana' cannot be read as length"));
}

TEST_CASE("a second decision of a kind replaces the first in place, and others keep their comments", "[e2e]") {
  std::string file = make_temp_dir() + "/d.toml";
  write_file(file, "# the desk's decisions\n\n# split: historians differ\n[[decision]]\nfinding = \"sino_soviet_split\"\n"
                   "kind = \"acknowledged\"\nticket = 7\n\n[[decision]]\nfinding = \"border_length(China, Russia)\"\n"
                   "kind = \"canonical\"\nvalue = \"4,000 km\"\n");
  auto run = run_factlint("decide 'border_length(China, Russia)' --canonical '4,209 km' --by ana --when 2026-11-29 "
                          "--no-db --decisions " + file);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(has(run.out, "decide: replaced with canonical value '4,209 km'"));
  CHECK(read_file(file) == "# the desk's decisions\n\n# split: historians differ\n[[decision]]\n"
                      "finding = \"sino_soviet_split\"\nkind = \"acknowledged\"\nticket = 7\n\n[[decision]]\n"
                      "finding = \"border_length(China, Russia)\"\nkind = \"canonical\"\nvalue = \"4,209 km\"\n"
                      "author = \"ana\"\nwhen = 2026-11-29\n");
  auto ack = run_factlint("decide 'sino_soviet_split' --acknowledge --note 'we quote each' --by bo --when 2026-11-30 "
                          "--no-db --decisions " + file);
  REQUIRE(ack.exit_code == 0);
  CHECK(has(read_file(file), "# split: historians differ\n[[decision]]\nfinding = \"sino_soviet_split\"\n"
                        "kind = \"acknowledged\"\nvalues = [\"1960\", \"1961-1989\"]\nnote = \"we quote each\"\n"
                        "author = \"bo\"\nwhen = 2026-11-30\nticket = 7\n\n"));
}

TEST_CASE("decisions list, check and prune", "[e2e]") {
  std::string file = make_temp_dir() + "/d.toml";
  write_file(file, "[[decision]]\nfinding = \"sino_soviet_split\"\nkind = \"acknowledged\"\nauthor = \"bo\"\n"
                   "when = 2026-11-30\nnote = \"n\"\n\n"
                   "# gone since the rules changed\n[[decision]]\nfinding = \"crimea_annexation(China)\"\n"
                   "kind = \"acknowledged\"\n");
  auto list = run_factlint("decisions list --decisions " + file);
  CHECK(list.exit_code == 0);
  CHECK(list.out == file + ":1: sino_soviet_split: acknowledged (by bo on 2026-11-30: n)\n" + file +
                        ":9: crimea_annexation(China): acknowledged\n2 decisions in '" + file + "'\n");
  auto json = run_factlint("decisions list --format json --decisions " + file);
  auto j = nlohmann::json::parse(json.out);
  CHECK(j["schema"] == "factlint-decisions/v1");
  CHECK(j["decisions"][0]["when"] == "2026-11-30");
  CHECK(j["decisions"][1]["line"] == 9);

  auto check = run_factlint("decisions check --no-db --decisions " + file);
  INFO(check.err);
  CHECK(check.exit_code == 0);
  CHECK(has(check.err, file + ":9:1: warning: decision for 'crimea_annexation(China)' matches no finding"));
  CHECK(has(check.err, "'factlint decisions prune'"));
  CHECK(check.out == "decisions: '" + file + "': 2 decisions, no errors, 1 warning\n");

  auto dry = run_factlint("decisions prune --dry-run --no-db --decisions " + file);
  CHECK(dry.exit_code == 0);
  CHECK(has(dry.out, "decisions: would remove " + file + ":9: crimea_annexation(China): acknowledged "
                     "(matches no finding)"));
  CHECK(has(read_file(file), "crimea_annexation(China)"));
  // Part of the corpus: every finding of the rest would look gone (a newcomer lost both entries so).
  const std::string before = read_file(file);
  auto partial = run_factlint("decisions prune corpus/2024-03-29-cfr-china-russia-authoritarian-powers.txt --no-db "
                              "--decisions " + file);
  CHECK(partial.exit_code == 2);
  CHECK(has(partial.err, "documents were named on the command line"));
  CHECK(read_file(file) == before);
  auto prune = run_factlint("decisions prune --no-db --decisions " + file);
  CHECK(prune.exit_code == 0);
  CHECK(read_file(file) == "[[decision]]\nfinding = \"sino_soviet_split\"\nkind = \"acknowledged\"\nauthor = \"bo\"\n"
                      "when = 2026-11-30\nnote = \"n\"\n");

  write_file(file, "[[decision]]\nfinding = \"sino_soviet_split\"\nkind = \"canonical\"\nvalue = \"banana\"\n");
  auto bad = run_factlint("decisions check --no-db --decisions " + file);
  CHECK(bad.exit_code == 2);
  CHECK(has(bad.err, file + ":1:1: error: value 'banana' cannot be read as year-range"));
}

// Before: there was no way to undo a decision but editing the TOML by hand (a newcomer's report).
TEST_CASE("decisions remove undoes a finding's decisions, by key or by id, and keeps the rest", "[e2e]") {
  std::string file = make_temp_dir() + "/d.toml";
  const std::string kept = "# the border: settled\n[[decision]]\nfinding = \"border_length(China, Russia)\"\n"
                           "kind = \"canonical\"\nvalue = \"4,209 km\"\n";
  write_file(file, kept + "\n# wrong click\n[[decision]]\nfinding = \"sino_soviet_split\"\nkind = \"acknowledged\"\n");
  auto dry = run_factlint("decisions remove sino_soviet_split --dry-run --no-db --decisions " + file);
  CHECK(dry.exit_code == 0);
  CHECK(dry.out == "decisions: would remove " + file + ":8: sino_soviet_split: acknowledged\n");
  CHECK(has(read_file(file), "wrong click"));
  // The finding's id (as `check` prints it) names the entry written by key.
  auto wrong_kind = run_factlint("decisions remove f-697bfebaa2 --kind canonical --no-db --decisions " + file);
  CHECK(wrong_kind.exit_code == 2);
  CHECK(has(wrong_kind.err, "no decision of kind canonical on 'f-697bfebaa2'"));
  auto removed = run_factlint("decisions remove f-697bfebaa2 --no-db --decisions " + file);
  CHECK(removed.exit_code == 0);
  CHECK(read_file(file) == kept);  // the comment above the entry goes with it
  auto none = run_factlint("decisions remove sino_soviet_split --no-db --decisions " + file);
  CHECK(none.exit_code == 2);
  CHECK(has(none.err, "no decision on 'sino_soviet_split'"));
}

// Before: a key without its year said "no decision", though `decide` had recorded one
// for a year of it (a newcomer's report).
TEST_CASE("decisions remove of a key without its year names the years that have decisions", "[e2e]") {
  std::string file = make_temp_dir() + "/d.toml";
  write_file(file, "[[decision]]\nfinding = \"tram_length(Riverton) [2023]\"\nkind = \"acknowledged\"\n\n"
                   "[[decision]]\nfinding = \"tram_length(Riverton) [2021]\"\nkind = \"acknowledged\"\n");
  auto run = run_factlint("decisions remove 'tram_length(Riverton)' --no-db --decisions " + file);
  CHECK(run.exit_code == 2);
  CHECK(has(run.err, "it is kept per year: there are decisions on 'tram_length(Riverton) [2021]', "
                     "'tram_length(Riverton) [2023]' (name one of them)"));
  auto one = run_factlint("decisions remove 'tram_length(Riverton) [2023]' --no-db --decisions " + file);
  CHECK(one.exit_code == 0);
  CHECK_FALSE(has(read_file(file), "[2023]"));
}

// Before: with no --by and no $FACTLINT_AUTHOR, $USER or $LOGNAME (a CI container), the
// decision was recorded unsigned without a word (a newcomer's report).
TEST_CASE("decide warns when it can record no author", "[e2e]") {
  std::string file = make_temp_dir() + "/d.toml";
  auto run = run_factlint("decide 'border_length(Russia, China)' --acknowledge --when 2026-11-29 --no-db --decisions " +
                              file,
                          "env -u FACTLINT_AUTHOR -u USER -u LOGNAME PATH=/nonexistent");  // no git either
  CHECK(run.exit_code == 0);
  CHECK(has(run.err, "warning: no author recorded: pass --by NAME, set FACTLINT_AUTHOR or git's user.name"));
  auto signed_run = run_factlint("decide 'border_length(Russia, China)' --acknowledge --by ana --when 2026-11-29 --no-db "
                                 "--decisions " + file);
  CHECK_FALSE(has(signed_run.err, "no author recorded"));
  // Before: the warning came before the check, so a refused decision warned too.
  auto refused = run_factlint("decide 'no_such_fact(X)' --acknowledge --no-db --decisions " + file,
                              "env -u FACTLINT_AUTHOR -u USER -u LOGNAME PATH=/nonexistent");
  CHECK(refused.exit_code == 2);
  CHECK_FALSE(has(refused.err, "no author recorded"));
}

// Before: $FACTLINT_AUTHOR, else $USER: empty in containers, though the decisions file
// is committed under git's user.name (a newcomer's report).
TEST_CASE("decide signs with git's user.name when FACTLINT_AUTHOR is not set", "[e2e]") {
  std::string dir = make_temp_dir();
  copy_bundled_rules(dir);
  write_file(dir + "/corpus/a.md", "China and Russia share a 4,209 km border.\n");
  write_file(dir + "/corpus/b.md", "China and Russia share a 4,300 km border.\n");
  REQUIRE(run_git(dir, "-c init.defaultBranch=main init -q"));
  REQUIRE(run_git(dir, "config user.name 'Gita Editor'"));
  auto run = run_factlint_in(dir, "decide 'border_length(China, Russia)' --acknowledge --no-db",
                             "env -u FACTLINT_AUTHOR -u USER -u LOGNAME");
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(has(read_file(dir + "/factlint.decisions.toml"), "author = \"Gita Editor\""));
}

// Before: a column off by one listed every place of the key, every year's, and a place
// without a column was refused though its line held one statement (a newcomer's report).
TEST_CASE("decide --wrong-extraction names the statement on the line given, and takes a line alone", "[e2e]") {
  std::string file = make_temp_dir() + "/d.toml";
  const std::string mit = "corpus/2023-11-17-mit-news-foreign-policy-scholars-china-russia.txt";
  auto off = run_factlint("decide 'border_length(China, Russia)' --wrong-extraction " + mit +
                          ":49:183 --no-db --decisions " + file);
  CHECK(off.exit_code == 2);
  CHECK(has(off.err, "; did you mean '" + mit + ":49:184'?"));
  auto line = run_factlint("decide 'border_length(China, Russia)' --wrong-extraction ./" + mit +
                           ":49 --by ana --when 2026-12-01 --no-db --decisions " + file);
  INFO(line.err);
  CHECK(line.exit_code == 0);
  CHECK(has(read_file(file), "statement = \"" + mit + ":49:184\"\n"));
}

namespace {

// The bundled corpus's finding for `key` in a JSON report.
nlohmann::json finding_of(const std::string& report, const std::string& key) {
  const nlohmann::json root = nlohmann::json::parse(report);  // held: the loop reads into it
  for (const auto& f : root["findings"]) {
    if (f["key"] == key) return f;
  }
  return {};
}

}  // namespace

// Before: an acknowledgement covered every value to come, so a document that later gave
// the border a third length still passed the gate (an analyst's report).
TEST_CASE("an acknowledgement records its values, and a new value fails the run again", "[e2e]") {
  const std::string dir = make_temp_dir();
  const std::string file = dir + "/d.toml";
  auto ack = run_factlint("decide 'border_length(China, Russia)' --acknowledge --by ana --when 2026-12-01 --no-db "
                          "--decisions " + file);
  INFO(ack.err);
  REQUIRE(ack.exit_code == 0);
  CHECK(has(read_file(file), "kind = \"acknowledged\"\nvalues = [\""));

  auto before = run_factlint("check --no-db --format json --decisions " + file);
  CHECK(finding_of(before.out, "border_length(China, Russia)")["reason"] == "acknowledged");

  write_file(dir + "/new.md", "---\ntitle: A new border figure\ndate: 2025-01-01\n---\n"
                              "China and Russia share a border of 1,000 km.\n");
  auto after = run_factlint("check --no-db --format json --decisions " + file + " corpus '" + dir + "/new.md'");
  nlohmann::json f = finding_of(after.out, "border_length(China, Russia)");
  CHECK(f["verdict"] == "conflicting");
  CHECK(f["reason"] == "values-differ");
  CHECK(has(f["explanation"].get<std::string>(), "; an editor acknowledged only '"));
  CHECK(has(f["explanation"].get<std::string>(), "not '1,000 km'"));
}
