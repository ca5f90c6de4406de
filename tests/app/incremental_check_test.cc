// Tests for app/incremental_check: a --changed run with a warm store recompares only
// the keys changed documents touch, and reports exactly what a cold run reports.
#include "app/incremental_check.h"

#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <catch2/catch.hpp>

#include "app/change_set.h"
#include "app/check_run.h"
#include "app/comparison_index.h"
#include "compare/change_scope.h"
#include "compare/summary.h"
#include "report/json_report.h"
#include "store/store.h"
#include "support/temp_dir.h"

using namespace factlint;
namespace fs = std::filesystem;

namespace {

// A file last written well before the run, as in a checkout, so its state is saved;
// each call moves further back, so a rewrite always gets a time of its own.
void age(const fs::path& file) {
  static int minutes = 100000;  // about ten weeks ago, then a minute nearer each time
  minutes -= 1;
  fs::last_write_time(file, fs::file_time_type::clock::now() - std::chrono::minutes(minutes));
}

// Rewrites one document, which then differs from its stored state; the others do not.
void rewrite(const fs::path& file, const std::string& text) {
  testing::write_file(file, text);
  age(file);
}

constexpr const char* kQuote = "\"The harbour will stay open all winter,\" said Mayor Ines Roa.\n";

struct World {
  testing::TempDir tmp{"incremental"};
  fs::path dir = tmp.root();
  World() {
    testing::write_file(dir / "rules/r.facts",
          "entity PortAmes = \"Port Ames\"\nentity Lindholm = \"Lindholm\"\nentity Veskar = \"Veskar\"\n"
          "fact founded(city: entity) -> when: year {\n  pattern {city} was founded in {when}\n"
          "  example \"Port Ames was founded in 1820\" => city=PortAmes when=1820\n}\n");
    testing::write_file(dir / "docs/a.md", "---\ndate: 2020-01-01\n---\nPort Ames was founded in 1820.\n");
    testing::write_file(dir / "docs/b.md", "---\ndate: 2021-01-01\n---\nPort Ames was founded in 1832.\n");
    testing::write_file(dir / "docs/c.md", std::string("---\ndate: 2022-01-01\n---\n") + kQuote +
                                 "\nLindholm was founded in 1700.\n");
    testing::write_file(dir / "docs/d.md", "---\ndate: 2022-02-01\n---\nLindholm was founded in 1700. Veskar was founded in 1901.\n");
    testing::write_file(dir / "docs/e.md", std::string("---\ndate: 2022-03-01\n---\nA wire story.\n\n") + kQuote);
    testing::write_file(dir / "docs/f.md",
          "---\ndate: 2022-04-01\n---\n<!-- factlint-ignore founded -- an old error -->\nVeskar was founded in 1801.\n");
    testing::write_file(dir / "docs/g.md", "---\ndate: not a date\n---\nNothing here.\n");  // a warning to keep
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      if (e.is_regular_file()) age(e.path());
    }
  }
  app::CheckOptions options(const std::string& db) const {
    app::CheckOptions o;
    o.rule_paths = {(dir / "rules").string()};
    o.document_paths = {(dir / "docs").string()};
    o.decisions_path = (dir / "factlint.decisions.toml").string();
    o.db_path = db;
    return o;
  }
  std::string db() const { return (dir / "store/f.db").string(); }
  std::string doc(const std::string& name) const { return (dir / "docs" / name).string(); }
};

// What `check --changed FILES --format json` prints for a run, as cli/check_command.cc builds it.
std::string change_report(app::CheckRun run, const std::vector<std::string>& changed) {
  const std::size_t untouched = run.untouched_findings;
  std::vector<doc::DocumentHeader> documents = run.documents;
  report::ReportInput input = std::move(run).report_input();
  compare::ChangeScope scope;
  scope.changed_files = changed.size();
  scope.changed_documents = app::documents_changed(documents, changed);
  input.findings = compare::findings_touching(input.findings, scope);
  scope.left_out += untouched;
  input.change = scope;
  return report::json_report_text(input);
}

struct Outcome {
  std::string report;
  bool incremental = false;
  app::RunStatus status = app::RunStatus::Ok;
  std::size_t snapshots_walked = 0;  // CheckRun::snapshots_walked
  std::size_t verified = 0;          // CheckRun::verified_documents
};

// The change checked with the warm store of World::db (incrementally when it can).
Outcome warm(const World& w, const std::vector<std::string>& changed, int jobs = 2) {
  app::CheckOptions o = w.options(w.db());
  o.changed_files = changed;
  o.jobs = jobs;
  app::CheckRun run = app::run_check(o);
  Outcome out{"", run.incremental, run.status, run.snapshots_walked, run.verified_documents};
  out.report = change_report(std::move(run), changed);
  return out;
}

// The same change checked from nothing: no store, every key compared.
std::string cold(const World& w, const std::vector<std::string>& changed) {
  app::CheckOptions o = w.options("");
  o.jobs = 1;
  return change_report(app::run_check(o), changed);
}

// Fills the store, as the run before the change did.
void warm_up(const World& w) { REQUIRE(app::run_check(w.options(w.db())).status == app::RunStatus::Ok); }

}  // namespace

TEST_CASE("an incremental run reports what a cold run reports, change by change", "[app][incremental]") {
  World w;
  warm_up(w);
  const int jobs = GENERATE(1, 2);
  CAPTURE(jobs);

  SECTION("nothing changed, a document named") {
    Outcome out = warm(w, {w.doc("a.md")}, jobs);
    CHECK(out.incremental);
    CHECK(out.report == cold(w, {w.doc("a.md")}));
  }
  SECTION("a changed value creates a conflict") {
    rewrite(w.dir / "docs/d.md", "---\ndate: 2022-02-01\n---\nLindholm was founded in 1750. Veskar was founded in 1901.\n");
    Outcome out = warm(w, {w.doc("d.md")}, jobs);
    CHECK(out.incremental);
    CHECK(out.report.find("\"verdict\": \"conflicting\"") != std::string::npos);
    CHECK(out.report == cold(w, {w.doc("d.md")}));
  }
  SECTION("a conflict fixed, in a document sharing its key with others") {
    rewrite(w.dir / "docs/b.md", "---\ndate: 2021-01-01\n---\nPort Ames was founded in 1820.\n");
    Outcome out = warm(w, {w.doc("b.md")}, jobs);
    CHECK(out.incremental);
    CHECK(out.report.find("\"verdict\": \"consistent\"") != std::string::npos);
    CHECK(out.report == cold(w, {w.doc("b.md")}));
  }
  SECTION("a change not named by --changed is still compared") {
    rewrite(w.dir / "docs/b.md", "---\ndate: 2021-01-01\n---\nPort Ames was founded in 1820.\n");
    Outcome out = warm(w, {w.doc("a.md")}, jobs);
    CHECK(out.incremental);
    CHECK(out.report == cold(w, {w.doc("a.md")}));
  }
  SECTION("a new document") {
    rewrite(w.dir / "docs/h.md", "---\ndate: 2023-01-01\n---\nVeskar was founded in 1950.\n");
    Outcome out = warm(w, {w.doc("h.md")}, jobs);
    CHECK(out.incremental);
    CHECK(out.report == cold(w, {w.doc("h.md")}));
  }
  SECTION("a new document sorted between the others, named by another path") {
    // The run lists it among the documents restored from the store, in path order.
    rewrite(w.dir / "docs/bb.md", "---\ndate: 2023-01-01\n---\nPort Ames was founded in 1821.\n");
    const std::string named = (w.dir / "docs" / ".." / "docs" / "bb.md").string();
    Outcome out = warm(w, {named}, jobs);
    CHECK(out.incremental);
    CHECK(out.report.find("bb.md") != std::string::npos);
    CHECK(out.report == cold(w, {named}));
  }
  SECTION("a deleted document") {
    fs::remove(w.dir / "docs/b.md");
    Outcome out = warm(w, {w.doc("a.md")}, jobs);
    CHECK(out.incremental);
    CHECK(out.report == cold(w, {w.doc("a.md")}));
  }
  SECTION("a document holding a quotation, the quotation unchanged") {
    rewrite(w.dir / "docs/c.md", std::string("---\ndate: 2022-01-01\n---\nA new first line.\n\n") + kQuote +
                                   "\nLindholm was founded in 1701.\n");
    Outcome out = warm(w, {w.doc("c.md")}, jobs);
    CHECK(out.incremental);
    // e.md's quotation is looked up alone: one document is no walk of the store.
    CHECK(out.snapshots_walked == 0);
    CHECK(out.report.find("Ines Roa") != std::string::npos);
    CHECK(out.report == cold(w, {w.doc("c.md")}));
  }
  SECTION("a quotation changed") {
    rewrite(w.dir / "docs/e.md", "---\ndate: 2022-03-01\n---\nA wire story.\n\n"
                               "\"The harbour will stay open all summer,\" said Mayor Ines Roa.\n");
    Outcome out = warm(w, {w.doc("e.md")}, jobs);
    CHECK(out.incremental);
    CHECK(out.report.find("altered-quote") != std::string::npos);
    CHECK(out.report == cold(w, {w.doc("e.md")}));
  }
  SECTION("a document rewritten with its old size and modification time, not named") {
    // `touch -d` or an archive tool: the size and time are the stored ones, the inode
    // change time is not, so the file is read and its keys recompared.
    const fs::path b = w.dir / "docs/b.md";
    const fs::file_time_type written = fs::last_write_time(b);
    testing::write_file(b, "---\ndate: 2021-01-01\n---\nPort Ames was founded in 1820.\n");
    fs::last_write_time(b, written);
    Outcome out = warm(w, {w.doc("a.md")}, jobs);
    CHECK(out.incremental);
    CHECK(out.report.find("\"verdict\": \"consistent\"") != std::string::npos);
    CHECK(out.report == cold(w, {w.doc("a.md")}));
  }
  SECTION("a suppression added to a changed document, and one kept in an untouched one") {
    rewrite(w.dir / "docs/b.md",
          "---\ndate: 2021-01-01\n---\n<!-- factlint-ignore founded -- a typo -->\nPort Ames was founded in 1832.\n");
    Outcome out = warm(w, {w.doc("b.md")}, jobs);
    CHECK(out.incremental);
    CHECK(out.report.find("\"suppressed\"") != std::string::npos);
    CHECK(out.report.find("a typo") != std::string::npos);
    CHECK(out.report.find("an old error") != std::string::npos);
    CHECK(out.report == cold(w, {w.doc("b.md")}));
  }
  SECTION("a document with a loading warning stays in the report") {
    rewrite(w.dir / "docs/a.md", "---\ndate: 2020-01-01\n---\nPort Ames was founded in 1821.\n");
    Outcome out = warm(w, {w.doc("a.md")}, jobs);
    CHECK(out.incremental);
    CHECK(out.report.find("g.md") != std::string::npos);
    CHECK(out.report == cold(w, {w.doc("a.md")}));
  }
  SECTION("several runs in a row keep the store right") {
    for (int year : {1830, 1820, 1832}) {
      rewrite(w.dir / "docs/b.md", "---\ndate: 2021-01-01\n---\nPort Ames was founded in " + std::to_string(year) + ".\n");
      Outcome out = warm(w, {w.doc("b.md")}, jobs);
      CHECK(out.incremental);
      CHECK(out.report == cold(w, {w.doc("b.md")}));
    }
    // A full run after them finds what a cold one does.
    app::CheckRun full = app::run_check(w.options(w.db()));
    app::CheckRun fresh = app::run_check(w.options(""));
    CHECK(report::json_report_text(std::move(full).report_input()) ==
          report::json_report_text(std::move(fresh).report_input()));
  }
}

TEST_CASE("a corpus written just before the run that filled the store leaves the next change incremental",
          "[app][incremental]") {
  // A corpus generated or checked out a moment before its first check: every state is
  // saved unconfirmed, and the next run reads the bytes of the unchanged files to trust
  // them. Their states not saved at all made it compare everything, as the changed
  // document's quotations as compared were unknown (bench/incremental.sh, issue 10).
  World w;
  for (const auto& e : fs::recursive_directory_iterator(w.dir / "docs")) {
    fs::last_write_time(e.path(), fs::file_time_type::clock::now());
  }
  warm_up(w);
  rewrite(w.dir / "docs/c.md", std::string("---\ndate: 2022-01-01\n---\nA new first line.\n\n") + kQuote +
                                 "\nLindholm was founded in 1701.\n");
  Outcome out = warm(w, {w.doc("c.md")});
  CHECK(out.incremental);
  CHECK(out.verified == 6);  // every document but c.md
  CHECK(out.report.find("Ines Roa") != std::string::npos);
  CHECK(out.report == cold(w, {w.doc("c.md")}));
}

TEST_CASE("an incremental run applies and checks editors' decisions as a cold run does", "[app][incremental]") {
  World w;
  testing::write_file(w.dir / "factlint.decisions.toml",
        "[[decision]]\nfinding = \"founded(PortAmes)\"\nkind = \"acknowledged\"\nnote = \"two founding dates\"\n"
        "[[decision]]\nfinding = \"founded(Veskar)\"\nkind = \"canonical\"\nvalue = \"1901\"\n");
  warm_up(w);
  SECTION("a document of another key changed: the decided keys are recompared too") {
    rewrite(w.dir / "docs/d.md", "---\ndate: 2022-02-01\n---\nLindholm was founded in 1702. Veskar was founded in 1901.\n");
    Outcome out = warm(w, {w.doc("d.md")});
    CHECK(out.incremental);
    CHECK(out.report == cold(w, {w.doc("d.md")}));
  }
  SECTION("a change that leaves a decision matching nothing warns as a cold run does") {
    rewrite(w.dir / "docs/d.md", "---\ndate: 2022-02-01\n---\nLindholm was founded in 1700.\n");
    fs::remove(w.dir / "docs/f.md");
    Outcome out = warm(w, {w.doc("d.md")});
    CHECK(out.incremental);
    CHECK(out.report.find("matches no finding") != std::string::npos);
    CHECK(out.report == cold(w, {w.doc("d.md")}));
  }
  SECTION("a decisions file changed since the store was written: the full comparison") {
    testing::write_file(w.dir / "factlint.decisions.toml", "[[decision]]\nfinding = \"founded(Lindholm)\"\nkind = \"acknowledged\"\n");
    Outcome out = warm(w, {w.doc("a.md")});
    CHECK_FALSE(out.incremental);
    CHECK(out.report == cold(w, {w.doc("a.md")}));
  }
}

// A decision may name a scoped finding ("key [scope]"), or take out a finding's only
// statement so that the finding is gone; both are in use in the full run, so the
// incremental run must recompare their keys too, not warn that they match nothing.
TEST_CASE("an incremental run keeps decisions on scoped keys and on findings they emptied", "[app][incremental]") {
  World w;
  testing::write_file(w.dir / "rules/r.facts",
        "entity PortAmes = \"Port Ames\"\nentity Lindholm = \"Lindholm\"\nentity Veskar = \"Veskar\"\n"
        "fact founded(city: entity) -> when: year {\n  pattern {city} was founded in {when}\n}\n"
        "fact visitors(city: entity) -> n: count {\n  cue visitors\n  scope per year\n}\n");
  rewrite(w.dir / "docs/h.md", "---\ndate: 2023-01-01\n---\nPort Ames had 5,000 visitors in 2022.\n");
  rewrite(w.dir / "docs/i.md", "---\ndate: 2023-02-01\n---\nPort Ames had 9,000 visitors in 2022.\n");
  const std::string veskar = w.doc("d.md") + ":4:53";  // "1901", the only statement of founded(Veskar)
  testing::write_file(w.dir / "factlint.decisions.toml",
        "[[decision]]\nfinding = \"visitors(PortAmes) [2022]\"\nkind = \"acknowledged\"\nnote = \"two counts\"\n"
        "[[decision]]\nfinding = \"founded(Veskar)\"\nkind = \"wrong-extraction\"\nstatement = \"" + veskar +
        "\"\n");
  // Both decisions are in use in a full run: the scoped conflict is acknowledged, and
  // founded(Veskar) has no finding left, its only statement taken out.
  const std::string full = report::json_report_text(app::run_check(w.options("")).report_input());
  INFO(full);
  REQUIRE(full.find("\"reason\": \"acknowledged\"") != std::string::npos);
  REQUIRE(full.find("founded(Veskar)") == full.rfind("founded(Veskar)"));  // f.md's suppressed statement only
  REQUIRE(full.find("matches no finding") == std::string::npos);
  REQUIRE(full.find("no statement of") == std::string::npos);
  warm_up(w);
  rewrite(w.dir / "docs/a.md", "---\ndate: 2020-01-01\n---\nPort Ames was founded in 1821.\n");
  for (int run = 0; run < 2; ++run) {  // the second reads what the first stored
    CAPTURE(run);
    Outcome out = warm(w, {w.doc("a.md")});
    CHECK(out.incremental);
    CHECK(out.report.find("matches no finding") == std::string::npos);
    CHECK(out.report == cold(w, {w.doc("a.md")}));
  }
}

TEST_CASE("anything that invalidates the stored comparison falls back to the full one", "[app][incremental]") {
  World w;
  SECTION("no comparison stored yet") {
    Outcome out = warm(w, {w.doc("a.md")});
    CHECK_FALSE(out.incremental);
  }
  SECTION("rules changed") {
    warm_up(w);
    testing::write_file(w.dir / "rules/more.facts", "entity Osby = \"Osby\"\n");
    Outcome out = warm(w, {w.doc("a.md")});
    CHECK_FALSE(out.incremental);
    CHECK(out.report == cold(w, {w.doc("a.md")}));
  }
  SECTION("a run over part of the corpus") {
    warm_up(w);
    app::CheckOptions part = w.options(w.db());
    part.document_paths = {w.doc("a.md"), w.doc("b.md")};
    part.changed_files = {w.doc("a.md")};
    app::CheckRun run = app::run_check(part);
    CHECK_FALSE(run.incremental);
    REQUIRE(run.documents.size() == 2);
  }
  SECTION("an inline document stands for a file: the next run compares in full") {
    warm_up(w);
    app::CheckOptions inline_run = w.options(w.db());
    inline_run.inline_document = app::InlineDocument{w.doc("b.md"), "Port Ames was founded in 1999.\n"};
    REQUIRE(app::run_check(inline_run).status == app::RunStatus::Ok);
    Outcome out = warm(w, {w.doc("b.md")});
    CHECK_FALSE(out.incremental);
    CHECK(out.report == cold(w, {w.doc("b.md")}));
  }
}

TEST_CASE("a run with a store knows where each document is, for matching --changed", "[app][incremental]") {
  World w;
  auto check_locations = [](const app::CheckRun& run) {
    REQUIRE_FALSE(run.documents.empty());
    for (const doc::DocumentHeader& d : run.documents) {
      CAPTURE(d.path);
      struct stat st {};
      REQUIRE(::stat(d.path.c_str(), &st) == 0);
      const doc::FileStat* found = run.locations.find(d.path);
      REQUIRE(found != nullptr);
      CHECK(found->device == st.st_dev);
      CHECK(found->inode == st.st_ino);
      CHECK(found->size == st.st_size);
    }
  };
  SECTION("a full run") {
    app::CheckRun run = app::run_check(w.options(w.db()));
    check_locations(run);
  }
  SECTION("an incremental run, which restored most documents without reading them") {
    warm_up(w);
    app::CheckOptions o = w.options(w.db());
    o.changed_files = {w.doc("a.md")};
    app::CheckRun run = app::run_check(o);
    REQUIRE(run.incremental);
    check_locations(run);
  }
  SECTION("without a store nothing is stat'ed twice, so nothing is noted") {
    CHECK(app::run_check(w.options("")).locations.empty());
  }
  SECTION("without a store, a run for --changed keeps the walk's stats") {
    app::CheckOptions o = w.options("");
    o.changed_files = {w.doc("a.md")};
    check_locations(app::run_check(o));
  }
}

TEST_CASE("the stored comparison keeps each document's keys and each quotation once", "[app][incremental]") {
  World w;
  warm_up(w);
  store::Store store = store::Store::open(w.db());
  std::vector<store::ComparedDocument> docs = store.compared_documents();
  REQUIRE(docs.size() == 7);
  auto of = [&](const std::string& name) {
    for (const store::ComparedDocument& d : docs) {
      if (d.path == w.doc(name)) return d.names;
    }
    FAIL("no row for " << name);
    return std::vector<std::string>{};
  };
  // d.md states two keys; c.md and e.md share the quotation's group; f.md's statement is
  // suppressed but still read, so its key is noted (a change there touches it).
  CHECK(of("d.md") == std::vector<std::string>{"founded\x1f" "founded(Lindholm)", "founded\x1f" "founded(Veskar)"});
  REQUIRE(of("c.md").size() == 2);
  CHECK(of("c.md")[1] == of("e.md")[0]);
  CHECK(of("f.md") == std::vector<std::string>{"founded\x1f" "founded(Veskar)"});
  CHECK(of("g.md").empty());
}

namespace {

std::string quoting(const std::string& date, const std::string& words) {
  return "---\ndate: " + date + "\n---\nA report.\n\n\"" + words + ",\" said Mayor Ines Roa.\n";
}

// The store's state after a run of changes gives what a cold run gives too.
void check_full_run_agrees(const World& w) {
  app::CheckRun full = app::run_check(w.options(w.db()));
  app::CheckRun fresh = app::run_check(w.options(""));
  CHECK(report::json_report_text(std::move(full).report_input()) ==
        report::json_report_text(std::move(fresh).report_input()));
}

}  // namespace

TEST_CASE("a changed quotation recompares only the groups it can join, leave or split", "[app][incremental][quote]") {
  World w;
  // x.md's and z.md's wordings are each cut from y.md's, but share too little to match
  // each other: y.md holds the three in one group.
  const std::string x = "the council will build a bridge over the river";
  const std::string y = "the council will build a bridge over the river before the spring floods arrive";
  const std::string z = "a bridge over the river before the spring floods arrive";
  rewrite(w.dir / "docs/x.md", quoting("2023-01-01", x));
  rewrite(w.dir / "docs/y.md", quoting("2023-01-02", y));
  rewrite(w.dir / "docs/z.md", quoting("2023-01-03", z));
  warm_up(w);

  SECTION("a quotation altered joins the group of another wording") {
    rewrite(w.dir / "docs/b.md", "---\ndate: 2021-01-01\n---\nPort Ames was founded in 1832.\n\n"
                                 "\"The harbour will stay open all through the winter,\" said Mayor Ines Roa.\n");
    Outcome out = warm(w, {w.doc("b.md")});
    CHECK(out.incremental);
    CHECK(out.report.find("altered-quote") != std::string::npos);
    CHECK(out.report == cold(w, {w.doc("b.md")}));
    check_full_run_agrees(w);
  }
  SECTION("a quotation changed leaves its group for a new one") {
    rewrite(w.dir / "docs/e.md", quoting("2022-03-01", "fishing quotas are a matter for the ministry"));
    Outcome out = warm(w, {w.doc("e.md")});
    CHECK(out.incremental);
    CHECK(out.report == cold(w, {w.doc("e.md")}));
    // c.md's quotation is now alone: single-source, in the report of a run naming it.
    Outcome c = warm(w, {w.doc("c.md")});
    CHECK(c.incremental);
    CHECK(c.report.find("quoted in one document only") != std::string::npos);
    CHECK(c.report == cold(w, {w.doc("c.md")}));
    check_full_run_agrees(w);
  }
  SECTION("the quotation joining two wordings removed: the group splits, and joins again") {
    rewrite(w.dir / "docs/y.md", "---\ndate: 2023-01-02\n---\nNo quotation now.\n");
    Outcome split = warm(w, {w.doc("y.md"), w.doc("x.md"), w.doc("z.md")});
    CHECK(split.incremental);
    CHECK(split.report.find("truncated-quote") == std::string::npos);
    CHECK(split.report == cold(w, {w.doc("y.md"), w.doc("x.md"), w.doc("z.md")}));
    rewrite(w.dir / "docs/y.md", quoting("2023-01-02", y));
    Outcome joined = warm(w, {w.doc("y.md")});
    CHECK(joined.incremental);
    CHECK(joined.report.find("truncated-quote") != std::string::npos);
    CHECK(joined.report == cold(w, {w.doc("y.md")}));
    check_full_run_agrees(w);
  }
  SECTION("a document with a quotation deleted") {
    fs::remove(w.dir / "docs/z.md");
    Outcome out = warm(w, {w.doc("x.md")});
    CHECK(out.incremental);
    CHECK(out.report == cold(w, {w.doc("x.md")}));
    check_full_run_agrees(w);
  }
  SECTION("a one-word quotation changes what longer ones are indexed under: the full comparison") {
    rewrite(w.dir / "docs/b.md", "---\ndate: 2021-01-01\n---\n\"Bridge,\" said Mayor Ines Roa.\n");
    Outcome out = warm(w, {w.doc("b.md")});
    CHECK_FALSE(out.incremental);
    CHECK(out.report == cold(w, {w.doc("b.md")}));
  }
}

TEST_CASE("a changed quotation that makes shared words too common splits groups anywhere", "[app][incremental][quote]") {
  World w;
  // 64 wordings sharing every word pair but their number, two a document: one group
  // (kMaxPostings is 64, quote/shingle_index.h). A 65th makes those pairs too common
  // to propose any, so the group falls apart.
  const auto wording = [](int n) { return "it is open season for boat " + std::to_string(n) + " today"; };
  const auto doc = [&](int n) { return w.doc("q" + std::to_string(100 + n) + ".md"); };
  for (int n = 0; n < 32; ++n) {
    rewrite(doc(n), quoting("2023-02-01", wording(2 * n)) + "\n\"" + wording(2 * n + 1) + ",\" said Mayor Ines Roa.\n");
  }
  warm_up(w);
  rewrite(doc(64), quoting("2023-02-02", wording(64)));
  Outcome apart = warm(w, {doc(64), doc(0)});
  CHECK(apart.incremental);
  CHECK(apart.report.find("altered-quote") == std::string::npos);
  CHECK(apart.report == cold(w, {doc(64), doc(0)}));

  fs::remove(doc(64));
  Outcome together = warm(w, {doc(0)});
  CHECK(together.incremental);
  CHECK(together.report.find("altered-quote") != std::string::npos);
  CHECK(together.report == cold(w, {doc(0)}));
  check_full_run_agrees(w);
}

TEST_CASE("groups compared again use the corpus's word-pair counts, not their own", "[app][incremental][quote]") {
  World w;
  // p.md's two wordings match (four words in five) but share only word pairs that 66
  // other wordings hold too: across the corpus those pairs are too common to propose
  // them, so they are two groups. Among the two groups alone the pairs are rare.
  rewrite(w.dir / "docs/p.md", quoting("2023-03-01", "we will open the port") +
                                   "\n\"We will open the gate,\" said Mayor Ines Roa.\n");
  for (int n = 0; n < 66; ++n) {
    const std::string u = "x" + std::to_string(n);
    rewrite(w.dir / ("docs/filler" + std::to_string(n) + ".md"),
            quoting("2023-03-02", "we will open the " + u + "a " + u + "b " + u + "c " + u + "d " + u + "e"));
  }
  warm_up(w);
  // Another document's quotation changes, and p.md is named: its two groups are compared again.
  rewrite(w.dir / "docs/b.md", quoting("2021-01-01", "fishing quotas are a matter for the ministry"));
  Outcome out = warm(w, {w.doc("b.md"), w.doc("p.md")});
  CHECK(out.incremental);
  CHECK(out.report.find("altered-quote") == std::string::npos);
  CHECK(out.report == cold(w, {w.doc("b.md"), w.doc("p.md")}));
}

namespace {

// `n` documents repeating one wire quotation, more than a quarter of the corpus and
// more than 64: restored whole, they would be the full run's work (restore_others).
std::vector<std::string> wire_copies(World& w, const std::string& words, int n) {
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) {
    const std::string name = "wire" + std::to_string(100 + i) + ".md";
    rewrite(w.dir / "docs" / name, quoting("2023-04-0" + std::to_string(1 + i % 9), words));
    out.push_back(w.doc(name));
  }
  return out;
}

}  // namespace

TEST_CASE("a wire quotation held by most of the corpus is compared again from its quotations alone",
          "[app][incremental][quote]") {
  World w;
  const std::string wire = "the ferry crossing will reopen once the storm has passed";
  const std::vector<std::string> copies = wire_copies(w, wire, 70);
  warm_up(w);

  SECTION("a document repeating it changes elsewhere: its quotations are the same, its lines move") {
    rewrite(copies[3], "---\ndate: 2023-04-04\n---\nA line before the report.\n\nPort Ames was founded in 1820.\n\n"
                       "A report.\n\n\"" + wire + ",\" said Mayor Ines Roa.\n");
    Outcome out = warm(w, {copies[3]});
    CHECK(out.incremental);
    // The 69 other copies' quotations, read in one walk of the store's snapshots.
    CHECK(out.snapshots_walked == 69);
    CHECK(out.report.find("the same words in 70 documents") != std::string::npos);
    CHECK(out.report == cold(w, {copies[3]}));
    // The next change sees the lines as they are now.
    rewrite(copies[5], quoting("2023-04-06", wire) + "\nA closing line.\n");
    Outcome next = warm(w, {copies[5], copies[3]});
    CHECK(next.incremental);
    CHECK(next.report == cold(w, {copies[5], copies[3]}));
    check_full_run_agrees(w);
  }
  SECTION("the wire quotation altered in one document joins its group, then put back") {
    rewrite(copies[0], quoting("2023-04-01", "the ferry crossing will surely reopen once the storm has passed"));
    Outcome altered = warm(w, {copies[0]});
    CHECK(altered.incremental);
    CHECK(altered.snapshots_walked == 69);
    CHECK(altered.report.find("altered-quote") != std::string::npos);
    CHECK(altered.report == cold(w, {copies[0]}));
    rewrite(copies[0], quoting("2023-04-01", wire));
    Outcome back = warm(w, {copies[0], copies[1]});
    CHECK(back.incremental);
    CHECK(back.report.find("altered-quote") == std::string::npos);
    CHECK(back.report == cold(w, {copies[0], copies[1]}));
    check_full_run_agrees(w);
  }
  SECTION("the wording joining the wire quotation to another removed: the other moves to a group of its own") {
    const std::string longer = wire + " and the harbour is cleared";
    const std::string tail = "once the storm has passed and the harbour is cleared";
    rewrite(w.dir / "docs/y.md", quoting("2023-05-01", longer));
    rewrite(w.dir / "docs/z.md", quoting("2023-05-02", tail));
    warm_up(w);
    rewrite(w.dir / "docs/y.md", "---\ndate: 2023-05-01\n---\nNo quotation now.\n");
    Outcome split = warm(w, {w.doc("y.md")});
    CHECK(split.incremental);
    CHECK(split.report == cold(w, {w.doc("y.md")}));
    // z.md was restored for its quotation alone; its row names its new group.
    Outcome z = warm(w, {w.doc("z.md")});
    CHECK(z.incremental);
    CHECK(z.report.find("quoted in one document only") != std::string::npos);
    CHECK(z.report == cold(w, {w.doc("z.md")}));
    check_full_run_agrees(w);
  }
}

namespace {

// Each quotation finding of a cold run, checked against the store's state: the
// quotation groups its documents all hold name one group, and that group's result
// (and no other's) holds the finding's decision targets and its verdict. An incremental
// run reads both (which groups a decision names; untouched groups' counts).
void check_groups_hold_their_findings(const World& w) {
  store::Store store = store::Store::open(w.db());
  std::map<std::string, std::vector<std::string>> names_of;
  for (store::ComparedDocument& d : store.compared_documents()) names_of[d.path] = std::move(d.names);
  std::map<std::string, store::KeyResult> results;
  for (store::KeyResult& r : store.key_results()) {
    if (app::is_quote_group_name(r.name)) results[r.name] = std::move(r);
  }
  app::CheckRun fresh = app::run_check(w.options(""));
  std::size_t checked = 0;
  for (const compare::Finding& f : fresh.findings) {
    if (f.fact != "quote") continue;
    CAPTURE(f.key);
    std::set<std::string> common;
    bool first = true;
    for (const compare::ValueGroup& g : f.values) {
      for (const match::Statement& s : g.statements) {
        std::set<std::string> groups;
        for (const std::string& n : names_of[s.document]) {
          if (app::is_quote_group_name(n)) groups.insert(n);
        }
        if (first) {
          common = groups;
        } else {
          std::erase_if(common, [&](const std::string& n) { return groups.count(n) == 0; });
        }
        first = false;
      }
    }
    REQUIRE(common.size() == 1);
    const std::string& name = *common.begin();
    REQUIRE(results.count(name) == 1);
    const store::KeyResult& r = results[name];
    CHECK(r.targets.find(f.id + "\n") != std::string::npos);
    CHECK(r.counts.findings == 1);
    CHECK(r.counts.conflicting == (f.verdict == compare::Verdict::Conflicting ? 1u : 0u));
    CHECK(r.counts.consistent == (f.verdict == compare::Verdict::Consistent ? 1u : 0u));
    for (const auto& [other, result] : results) {
      if (other != name) CHECK(result.targets.find(f.id + "\n") == std::string::npos);
    }
    ++checked;
  }
  CHECK(checked == results.size());
}

// s.md and t.md quote Anna Berg in two wordings (a conflict); c.md and e.md quote the
// mayor in one (consistent). By wording ("the harbour ..." before "zebra ...") the
// mayor's group comes first; by key ("quote(Anna Berg) ..." first) the other does.
void quote_anna_berg(World& w) {
  rewrite(w.dir / "docs/s.md", "---\ndate: 2023-06-01\n---\nA note.\n\n"
                               "\"Zebra crossings will be painted outside every school,\" said Anna Berg.\n");
  rewrite(w.dir / "docs/t.md", "---\ndate: 2023-06-02\n---\nAnother note.\n\n"
                               "\"Zebra crossings will be painted outside every library,\" said Anna Berg.\n");
}

const compare::Finding& quote_finding(const app::CheckRun& run, const std::string& words) {
  for (const compare::Finding& f : run.findings) {
    if (f.fact == "quote" && f.key.find(words) != std::string::npos) return f;
  }
  FAIL("no quotation finding with " << words);
  return run.findings.front();
}

}  // namespace

TEST_CASE("each quotation group's stored result is its own finding's, whatever the order of their keys",
          "[app][incremental][quote]") {
  World w;
  quote_anna_berg(w);
  {
    // The premise: the two orders differ.
    app::CheckRun fresh = app::run_check(w.options(""));
    const compare::Finding& berg = quote_finding(fresh, "zebra crossings");
    const compare::Finding& mayor = quote_finding(fresh, "the harbour");
    REQUIRE(berg.key < mayor.key);
    REQUIRE(berg.verdict == compare::Verdict::Conflicting);
    REQUIRE(mayor.verdict == compare::Verdict::Consistent);
  }

  SECTION("a full run stores each group's verdict and targets under its own name") {
    warm_up(w);
    check_groups_hold_their_findings(w);
  }
  SECTION("a decision on one group, a change elsewhere: the decided group is the one compared again") {
    const std::string id = quote_finding(app::run_check(w.options("")), "zebra crossings").id;
    testing::write_file(w.dir / "factlint.decisions.toml",
                        "[[decision]]\nfinding = \"" + id + "\"\nkind = \"acknowledged\"\nnote = \"two talks\"\n");
    warm_up(w);
    rewrite(w.dir / "docs/a.md", "---\ndate: 2020-01-01\n---\nPort Ames was founded in 1821.\n");
    Outcome out = warm(w, {w.doc("a.md")});
    CHECK(out.incremental);
    CHECK(out.report.find("matches no finding") == std::string::npos);
    CHECK(out.report == cold(w, {w.doc("a.md")}));
  }
  SECTION("one group compared again: the history counts the other's verdict, not its own twice") {
    warm_up(w);
    rewrite(w.dir / "docs/c.md", std::string("---\ndate: 2022-01-01\n---\nA new first line.\n\n") + kQuote +
                                   "\nLindholm was founded in 1700.\n");
    Outcome out = warm(w, {w.doc("c.md")});
    CHECK(out.incremental);
    CHECK(out.report == cold(w, {w.doc("c.md")}));
    app::CheckRun fresh = app::run_check(w.options(""));
    const compare::Summary expected = compare::summarize(fresh.documents.size(), fresh.statement_count, fresh.findings);
    const compare::Summary recorded = store::Store::open(w.db()).runs().back().counts;
    CHECK(recorded.findings == expected.findings);
    CHECK(recorded.conflicting == expected.conflicting);
    CHECK(recorded.consistent == expected.consistent);
    CHECK(recorded.single_source == expected.single_source);
  }
  SECTION("a quotation change compares both groups again: the incremental run stores them as the full run does") {
    warm_up(w);
    // t.md now quotes the mayor too, and Anna Berg in a third wording: both groups change.
    rewrite(w.dir / "docs/t.md", std::string("---\ndate: 2023-06-02\n---\nAnother note.\n\n") + kQuote +
                                     "\n\"Zebra crossings will be painted outside every hospital,\" said Anna Berg.\n");
    Outcome out = warm(w, {w.doc("t.md")});
    CHECK(out.incremental);
    CHECK(out.report == cold(w, {w.doc("t.md")}));
    check_groups_hold_their_findings(w);
    check_full_run_agrees(w);
  }
}
