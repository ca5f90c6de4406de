// End to end: the editors' review flow on a small project of yearly figures (a fact
// scoped per year): scoped decision keys, prune, acknowledged findings in reports, the
// --changed gate under a canonical value, ties, PR annotations and the run history.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "run_binary.h"

using factlint::testing::make_temp_dir;
using factlint::testing::run_factlint_in;
using factlint::testing::read_file;
using factlint::testing::write_file;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

void write_document(const std::string& path, const std::string& date, const std::string& body) {
  write_file(path, "---\ntitle: t\ndate: " + date + "\n---\n# Brief\n\n" + body + "\n");
}

// growth(Kenya) [2023]: 5.6% in a and b, 4.9% in c; [2022]: 4.8% in a, 5.2% in b (one
// source against one); [2021]: only d, stated once.
std::string make_project() {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts",
             "entity Kenya: country = \"Kenya\"\n"
             "fact growth(of: country) -> rate: percent {\n"
             "  cue grew\n"
             "  scope per year\n"
             "  compare exact\n"
             "  example \"Kenya's economy grew 5.6% in 2023\" => of=Kenya rate=\"5.6%\"\n"
             "}\n");
  write_document(dir + "/corpus/a.md", "2024-03-10",
                 "Kenya's economy grew 5.6% in 2023.\nKenya's economy grew 4.8% in 2022.");
  write_document(dir + "/corpus/b.md", "2024-04-02",
                 "Kenya's economy grew 5.6% in 2023.\nKenya's economy grew 5.2% in 2022.");
  write_document(dir + "/corpus/c.md", "2024-05-15", "Kenya's economy grew 4.9% in 2023.");
  write_document(dir + "/corpus/d.md", "2024-06-01", "Kenya's economy grew 5.1% in 2021.");
  return dir;
}

std::string id_of(const std::string& dir, const std::string& scope) {
  auto json = nlohmann::json::parse(run_factlint_in(dir, "check --no-db --format json").out);
  for (const auto& f : json["findings"]) {
    if (f.value("scope", "") == scope) return f["id"];
  }
  return "";
}

}  // namespace

TEST_CASE("prune keeps a decision whose statement (or whole finding) the decision itself hides", "[e2e]") {
  std::string dir = make_project();
  // c.md's 4.9% is a wrong extraction of 2023; d.md's 5.1% is the only statement of 2021,
  // so its finding is gone once the decision takes it out, yet the decisions are live.
  write_file(dir + "/factlint.decisions.toml",
             "[[decision]]\nfinding = \"growth(Kenya) [2023]\"\nkind = \"wrong-extraction\"\n"
             "statement = \"corpus/c.md:7:22\"\n\n"
             "[[decision]]\nfinding = \"" + id_of(dir, "2021") + "\"\nkind = \"wrong-extraction\"\n"
             "statement = \"corpus/d.md:7:22\"\n\n"
             "[[decision]]\nfinding = \"growth(Kenya) [2021]\"\nkind = \"acknowledged\"\n");
  auto check = run_factlint_in(dir, "decisions check");
  INFO(check.err);
  CHECK(check.exit_code == 0);
  CHECK(has(check.out, "3 decisions, no errors, 0 warnings"));
  auto prune = run_factlint_in(dir, "decisions prune");
  INFO(prune.out);
  CHECK(prune.exit_code == 0);
  CHECK(has(prune.out, "removed 0, kept 3"));
  CHECK(has(read_file(dir + "/factlint.decisions.toml"), "corpus/c.md:7:22"));

  // A statement that really is gone is still pruned.
  write_document(dir + "/corpus/c.md", "2024-05-15", "Nothing about growth here.");
  auto gone = run_factlint_in(dir, "decisions prune --dry-run");
  CHECK(has(gone.out, "would remove 1, kept 2"));
  CHECK(has(gone.out, "corpus/c.md:7:22"));
}

TEST_CASE("decide takes the key with its scope as reports print it, and refuses a key that names several years",
          "[e2e]") {
  std::string dir = make_project();
  auto refused = run_factlint_in(dir, "decide 'growth(Kenya)' --canonical 5.6% --by ed");
  CHECK(refused.exit_code == 2);
  CHECK(has(refused.err, "'growth(Kenya)' names 3 findings, one per year; give one of these ids or keys"));
  CHECK(has(refused.err, "growth(Kenya) [2022]"));
  CHECK(has(refused.err, "growth(Kenya) [2023]"));
  CHECK_FALSE(std::ifstream(dir + "/factlint.decisions.toml").good());

  auto decided = run_factlint_in(dir, "decide 'growth(Kenya) [2023]' --canonical 5.6% --by ed --when 2026-11-30");
  INFO(decided.err);
  REQUIRE(decided.exit_code == 0);
  CHECK(decided.out ==
        "decide: recorded canonical value '5.6%' for growth(Kenya) [2023] in 'factlint.decisions.toml'\n"
        "decide: growth(Kenya) [2023] is now conflicting (deviates-from-decision)\n");
  CHECK(has(read_file(dir + "/factlint.decisions.toml"), "finding = \"growth(Kenya) [2023]\"\n"));
  // The other years are not decided.
  auto json = nlohmann::json::parse(run_factlint_in(dir, "check --format json").out);
  for (const auto& f : json["findings"]) {
    if (f.value("scope", "") != "2023") CHECK(f["reason"] != "deviates-from-decision");
  }

  // decisions list names the finding of an id with its key and scope.
  auto ack = run_factlint_in(dir, "decide " + id_of(dir, "2022") + " --acknowledge --by ed --when 2026-11-30");
  REQUIRE(ack.exit_code == 0);
  CHECK(has(ack.out, "for growth(Kenya) [2022]"));
  auto list = run_factlint_in(dir, "decisions list");
  CHECK(has(list.out, id_of(dir, "2022") + " growth(Kenya) [2022]: acknowledged"));
  auto list_json = nlohmann::json::parse(run_factlint_in(dir, "decisions list --format json").out);
  CHECK(list_json["decisions"][1]["key"] == "growth(Kenya)");
  CHECK(list_json["decisions"][1]["scope"] == "2022");
}

TEST_CASE("acknowledged conflicts are counted apart, and --quiet hides them", "[e2e]") {
  std::string dir = make_project();
  write_file(dir + "/factlint.decisions.toml",
             "[[decision]]\nfinding = \"growth(Kenya) [2022]\"\nkind = \"acknowledged\"\n");
  auto text = run_factlint_in(dir, "check");
  CHECK(text.exit_code == 1);  // the 2023 conflict still fails
  CHECK(has(text.out, ": 2 conflicting (1 acknowledged), "));
  auto quiet = run_factlint_in(dir, "check --quiet");
  CHECK(quiet.exit_code == 1);
  CHECK(has(quiet.out, "growth(Kenya) [2023]"));
  CHECK_FALSE(has(quiet.out, "growth(Kenya) [2022]"));
  auto only = run_factlint_in(dir, "check --show acknowledged");
  CHECK(has(only.out, "growth(Kenya) [2022]"));
  CHECK_FALSE(has(only.out, "growth(Kenya) [2023]"));
  auto both = run_factlint_in(dir, "check --show conflicting,acknowledged");
  CHECK((has(both.out, "growth(Kenya) [2022]") && has(both.out, "growth(Kenya) [2023]")));
  auto json = nlohmann::json::parse(run_factlint_in(dir, "check --quiet --format json").out);
  CHECK(json["summary"]["conflicting"] == 2);
  CHECK(json["summary"]["acknowledged"] == 1);
  auto markdown = run_factlint_in(dir, "check --format markdown");
  CHECK(has(markdown.out, "**2 conflicts** (1 acknowledged)"));

  // Only acknowledged conflicts: exit 0, as before.
  write_document(dir + "/corpus/c.md", "2024-05-15", "Nothing about growth here.");
  CHECK(run_factlint_in(dir, "check --quiet").exit_code == 0);
}

TEST_CASE("a changed document that states the decided value does not fail --changed", "[e2e]") {
  std::string dir = make_project();
  write_file(dir + "/factlint.decisions.toml",
             "[[decision]]\nfinding = \"growth(Kenya) [2023]\"\nkind = \"canonical\"\nvalue = \"5.6%\"\n\n"
             "[[decision]]\nfinding = \"growth(Kenya) [2022]\"\nkind = \"acknowledged\"\n");
  write_document(dir + "/corpus/e.md", "2024-09-01",
                 "Kenya's economy grew 5.6% in 2023.\nKenya's economy grew 4.8% in 2022.");
  auto agrees = run_factlint_in(dir, "check --changed corpus/e.md");
  INFO(agrees.out);
  CHECK(agrees.exit_code == 0);
  CHECK(has(agrees.out, "growth(Kenya) [2023]"));  // still reported: c.md deviates

  // c.md's old deviation is no fault of e.md's author: a notice on the diff, not an error.
  auto github = run_factlint_in(dir, "check --changed corpus/e.md --format github");
  INFO(github.out);
  CHECK(github.exit_code == 0);
  CHECK(has(github.out, "::notice file=corpus/c.md"));
  CHECK_FALSE(has(github.out, "::error"));
  auto sarif = nlohmann::json::parse(run_factlint_in(dir, "check --changed corpus/e.md --format sarif").out);
  std::size_t deviations = 0;
  for (const auto& result : sarif["runs"][0]["results"]) {
    if (result["properties"].value("scope", "") != "2023") continue;  // 2022 is acknowledged: notes anyway
    ++deviations;
    CHECK(result["level"] == "note");
  }
  CHECK(deviations == 1);

  write_document(dir + "/corpus/e.md", "2024-09-01", "Kenya's economy grew 4.7% in 2023.");
  auto deviates = run_factlint_in(dir, "check --changed corpus/e.md");
  CHECK(deviates.exit_code == 1);
  auto deviates_github = run_factlint_in(dir, "check --changed corpus/e.md --format github");
  CHECK(has(deviates_github.out, "::error file=corpus/e.md"));
  CHECK(has(deviates_github.out, "::notice file=corpus/c.md"));
}

TEST_CASE("one source against one crowns no value best supported", "[e2e]") {
  std::string dir = make_project();
  auto text = run_factlint_in(dir, "check");
  CHECK(has(text.out, "sources disagree: '4.8%' (1 document) vs '5.2%' (1 document); no value is best supported"));
  CHECK(has(text.out, "5.6%   <- best supported (most sources)"));  // 2023: two sources against one
  auto json = nlohmann::json::parse(run_factlint_in(dir, "check --format json").out);
  for (const auto& f : json["findings"]) {
    if (f.value("scope", "") != "2022") continue;
    for (const auto& v : f["values"]) CHECK_FALSE(v.contains("suggested"));
  }
}

TEST_CASE("a PR annotation names the editors' canonical value and what to do", "[e2e]") {
  std::string dir = make_project();
  write_file(dir + "/factlint.decisions.toml",
             "[[decision]]\nfinding = \"growth(Kenya) [2023]\"\nkind = \"canonical\"\nvalue = \"5.6%\"\n"
             "note = \"KNBS survey\"\n");
  auto github = run_factlint_in(dir, "check --format github");
  CHECK(has(github.out, "::error file=corpus/c.md"));
  CHECK(has(github.out, "this source says '4.9%25'; the editors' canonical value is '5.6%25' "
                        "(factlint.decisions.toml:1: KNBS survey)"));
  CHECK(has(github.out, "change it to 5.6%25, or ask an editor to record a decision"));
}

TEST_CASE("a PR annotation names a known value of the rules", "[e2e]") {
  std::string dir = make_temp_dir();
  write_file(dir + "/rules/r.facts",
             "entity Kenya: country = \"Kenya\"\n"
             "fact population(of: country) -> people: count {\n"
             "  cue population\n"
             "  compare exact\n"
             "  example \"Kenya's population is 52 million\" => of=Kenya people=\"52 million\"\n"
             "  known of=Kenya people=\"47.6 million\" source \"2019 census\"\n"
             "}\n");
  write_document(dir + "/corpus/a.md", "2024-03-10", "Kenya's population is 47.6 million.");
  write_document(dir + "/corpus/b.md", "2024-04-02", "Kenya's population is 52 million.");
  auto github = run_factlint_in(dir, "check --format github");
  INFO(github.out);
  CHECK(has(github.out, "::error file=corpus/b.md"));
  CHECK(has(github.out, "(deviates-from-decision: '47.6 million' is the canonical value by the rules"));
  // Before: no rule line, no source and no advice for a known value (a newcomer's report).
  CHECK(has(github.out, "by the rules (rules/r.facts:6: 2019 census)"));
  CHECK(has(github.out, "change it to the canonical value, or ask an editor to record a decision"));
  // Before: "other sources say  (deviates-from-decision: ...", when every source deviates.
  write_document(dir + "/corpus/a.md", "2024-03-10", "Kenya's population is 52 million.");
  auto alone = run_factlint_in(dir, "check --format github");
  INFO(alone.out);
  CHECK(has(alone.out, "this source says '52 million' (deviates-from-decision: "));
  CHECK_FALSE(has(alone.out, "other sources say  ("));
}

TEST_CASE("only check and report runs go into the history", "[e2e]") {
  std::string dir = make_project();
  REQUIRE(run_factlint_in(dir, "check").exit_code == 1);
  REQUIRE(run_factlint_in(dir, "decide 'growth(Kenya) [2022]' --acknowledge --by ed").exit_code == 0);
  run_factlint_in(dir, "explain 'growth(Kenya) [2023]'");
  run_factlint_in(dir, "decisions check");
  run_factlint_in(dir, "decisions list");
  run_factlint_in(dir, "decisions prune --dry-run");
  auto history = nlohmann::json::parse(run_factlint_in(dir, "history --format json").out);
  CHECK(history["runs"].size() == 1);
  run_factlint_in(dir, "report");
  history = nlohmann::json::parse(run_factlint_in(dir, "history --format json").out);
  CHECK(history["runs"].size() == 2);
}

TEST_CASE("check --format csv gives an analyst a row per statement, the same from the config file", "[e2e]") {
  std::string dir = make_project();
  auto run = run_factlint_in(dir, "check --no-db --format csv");
  CHECK(run.exit_code == 1);  // the gate is the same whatever the format
  REQUIRE(run.out.rfind("finding_id,fact,key,scope,verdict,reason,value,best_supported,deviates,document,line,", 0) == 0);
  CHECK(has(run.out, ",growth,growth(Kenya),2023,conflicting,values-differ,5.6%,true,false,corpus/a.md,"));
  CHECK(has(run.out, ",5.6%,Kenya's economy grew 5.6% in 2023.,"));
  std::size_t rows = 0;
  for (std::size_t at = run.out.find("\r\n"); at != std::string::npos; at = run.out.find("\r\n", at + 2)) ++rows;
  CHECK(rows == 1 + 6);  // the header and the six statements of the four documents
  write_file(dir + "/.factlint.toml", "format = \"csv\"\n");
  CHECK(run_factlint_in(dir, "check --no-db").out == run.out);
}
