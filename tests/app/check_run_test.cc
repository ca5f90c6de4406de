// Tests for app/check_run: the pipeline as a library call, with and without the store.
#include "app/check_run.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>
#include <utility>

#include <catch2/catch.hpp>

#include "app/document_states.h"
#include "report/json_report.h"
#include "report/text_report.h"
#include "store/store.h"
#include "support/temp_dir.h"

using namespace factlint;
namespace fs = std::filesystem;

namespace {

struct World {
  testing::TempDir tmp{"app"};
  fs::path dir = tmp.root();
  World() {
    testing::write_file(dir / "rules/r.facts",
          "entity PortAmes = \"Port Ames\"\n"
          "fact founded(city: entity) -> when: year {\n  pattern {city} was founded in {when}\n"
          "  example \"Port Ames was founded in 1820\" => city=PortAmes when=1820\n}\n");
    testing::write_file(dir / "docs/a.md", "---\ndate: 2020-01-01\n---\nPort Ames was founded in 1820.\n");
    testing::write_file(dir / "docs/b.md", "---\ndate: 2021-01-01\n---\nPort Ames was founded in 1832.\n");
  }
  app::CheckOptions options(const std::string& db) const {
    app::CheckOptions o;
    o.rule_paths = {(dir / "rules").string()};
    o.document_paths = {(dir / "docs").string()};
    o.db_path = db;
    return o;
  }
};

}  // namespace

TEST_CASE("a check run finds, compares and reports without a store", "[app]") {
  World w;
  app::CheckRun run = app::run_check(w.options(""));
  REQUIRE(run.status == app::RunStatus::Ok);
  CHECK(run.documents.size() == 2);
  CHECK(run.statement_count == 2);
  CHECK(run.statements.empty());  // moved into the findings, not copied
  REQUIRE(run.findings.size() == 1);
  CHECK(run.findings[0].verdict == compare::Verdict::Conflicting);
  CHECK(run.findings[0].document_count() == 2);
}

TEST_CASE("a second run reads every unchanged document from the store's cache", "[app]") {
  World w;
  std::string db = (w.dir / "store/f.db").string();
  app::CheckRun first = app::run_check(w.options(db));
  REQUIRE(first.status == app::RunStatus::Ok);
  CHECK(first.cached_documents == 0);
  REQUIRE(first.findings.size() == 1);
  app::CheckRun second = app::run_check(w.options(db));
  CHECK(second.cached_documents == 2);
  REQUIRE(second.findings.size() == 1);
  CHECK(second.findings[0].id == first.findings[0].id);
  CHECK(second.findings[0].values.size() == first.findings[0].values.size());

  SECTION("a changed document is extracted again") {
    testing::write_file(w.dir / "docs/b.md", "---\ndate: 2021-01-01\n---\nPort Ames was founded in 1820.\n");
    app::CheckRun third = app::run_check(w.options(db));
    CHECK(third.cached_documents == 1);
    REQUIRE(third.findings.size() == 1);
    CHECK(third.findings[0].verdict == compare::Verdict::Consistent);
  }
}

TEST_CASE("a document whose dollar setting changed is extracted again, not read from the cache", "[app]") {
  World w;
  testing::write_file(w.dir / "rules/r.facts",
                      "entity Bridge = \"the bridge\"\n"
                      "fact cost(of: entity) -> cost: money {\n  pattern {of} cost {cost}\n}\n");
  testing::write_file(w.dir / "docs/a.md", "The bridge cost $102 million.\n");
  testing::write_file(w.dir / "docs/b.md", "The bridge cost A$102 million.\n");
  std::string db = (w.dir / "store/f.db").string();
  app::CheckRun usd = app::run_check(w.options(db));
  REQUIRE(usd.findings.size() == 1);
  CHECK(usd.findings[0].verdict == compare::Verdict::Conflicting);
  app::CheckOptions aud_options = w.options(db);
  aud_options.values.dollar = "AUD";
  app::CheckRun aud = app::run_check(aud_options);
  CHECK(aud.cached_documents == 0);
  REQUIRE(aud.findings.size() == 1);
  CHECK(aud.findings[0].verdict == compare::Verdict::Consistent);
  SECTION("and per path") {
    app::CheckOptions per_path = w.options(db);
    app::ValueOverride o;
    o.match = {"a.md"};
    o.currency.dollar = "AUD";
    per_path.value_overrides = {o};
    app::CheckRun run = app::run_check(per_path);
    REQUIRE(run.findings.size() == 1);
    CHECK(run.findings[0].verdict == compare::Verdict::Consistent);
  }
}

TEST_CASE("each run prunes the store to the newest runs it keeps", "[app]") {
  World w;
  std::string db = (w.dir / "store/f.db").string();
  app::CheckOptions options = w.options(db);
  options.keep_runs = 2;
  for (int i = 0; i < 3; ++i) REQUIRE(app::run_check(options).status == app::RunStatus::Ok);
  std::vector<store::RunSummary> runs = store::Store::open(db).runs();
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].id == 2);
  CHECK(runs[1].id == 3);
  CHECK(runs[1].counts.findings == 1);
}

TEST_CASE("rule errors stop the run before any document is read", "[app]") {
  World w;
  testing::write_file(w.dir / "rules/r.facts", "fact broken -> when: yeer {\n}\n");
  app::CheckRun run = app::run_check(w.options(""));
  CHECK(run.status == app::RunStatus::RuleErrors);
  CHECK(run.documents.empty());
  CHECK(run.diagnostics.has_errors());
}

TEST_CASE("a store that cannot be opened is a located error, not a crash", "[app]") {
  World w;
  testing::write_file(w.dir / "not-a-db", "this is not sqlite, just text that is long enough to be a header...........");
  app::CheckRun run = app::run_check(w.options((w.dir / "not-a-db").string()));
  CHECK(run.status == app::RunStatus::StoreError);
  REQUIRE(run.diagnostics.has_errors());
  CHECK(run.diagnostics.diagnostics().back().message.find("not-a-db") != std::string::npos);
  CHECK(run.diagnostics.diagnostics().back().message.find("check without the store with --no-db") != std::string::npos);
}

TEST_CASE("results do not depend on the number of threads", "[app]") {
  World w;
  for (int i = 0; i < 150; ++i) {  // more documents than one batch
    testing::write_file(w.dir / ("docs/extra-" + std::to_string(i) + ".md"),
          "---\ndate: 2022-01-01\n---\nPort Ames was founded in " + std::to_string(1800 + i % 3) + ".\n");
  }
  app::CheckOptions one = w.options(""), four = w.options("");
  one.jobs = 1;
  four.jobs = 4;
  app::CheckRun a = app::run_check(one), b = app::run_check(four);
  REQUIRE(a.statement_count == 152);
  REQUIRE(b.statement_count == a.statement_count);
  REQUIRE(a.findings.size() == 1);
  REQUIRE(b.findings.size() == 1);
  const auto& va = a.findings[0].values;
  const auto& vb = b.findings[0].values;
  REQUIRE(va.size() == 5);  // 1800, 1801, 1802 and the two documents of World
  REQUIRE(vb.size() == va.size());
  for (std::size_t g = 0; g < va.size(); ++g) {
    REQUIRE(va[g].statements.size() == vb[g].statements.size());
    for (std::size_t i = 0; i < va[g].statements.size(); ++i) {
      CHECK(va[g].statements[i].document == vb[g].statements[i].document);
      CHECK(va[g].statements[i].value.display == vb[g].statements[i].value.display);
    }
  }
  CHECK(a.documents.size() == 152);
  CHECK(a.documents.front().path < a.documents.back().path);
}

namespace {

// Files as a check finds them in a real checkout: last written well before the run,
// so their states are saved (a file written in the two seconds before is not).
void age(const fs::path& dir, std::chrono::minutes ago) {
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) fs::last_write_time(e.path(), fs::file_time_type::clock::now() - ago);
  }
}

}  // namespace

namespace {

// The quotations a run compared, as the statements of its quote findings.
std::vector<match::Statement> quotations_of(const app::CheckRun& run) {
  std::vector<match::Statement> out;
  for (const auto& f : run.findings) {
    if (f.fact != "quote") continue;
    for (const auto& g : f.values) out.insert(out.end(), g.statements.begin(), g.statements.end());
  }
  return out;
}

}  // namespace

TEST_CASE("untouched documents are restored from the store without being read", "[app][incremental]") {
  World w;
  testing::write_file(w.dir / "docs/c.md",
        "---\ndate: 2022-01-01\n---\n\"The harbour will stay open,\" said Mayor Ines Roa.\n\n"
        "<!-- factlint-ignore founded -- an old error -->\nPort Ames was founded in 1799.\n");
  testing::write_file(w.dir / "docs/d.md", "---\ndate: not a date\n---\nNothing here.\n");  // a warning to keep
  age(w.dir, std::chrono::minutes(60));
  std::string db = (w.dir / "store/f.db").string();
  app::CheckRun first = app::run_check(w.options(db));
  REQUIRE(first.status == app::RunStatus::Ok);
  CHECK(first.restored_documents == 0);
  app::CheckRun second = app::run_check(w.options(db));
  CHECK(second.restored_documents == 4);
  // Nothing is lost: statements, quotations, suppressions, metadata and warnings.
  REQUIRE(first.statement_count > 0);
  CHECK(second.statement_count == first.statement_count);
  const std::vector<match::Statement> quoted = quotations_of(second), quoted_first = quotations_of(first);
  REQUIRE(quoted.size() == 1);
  REQUIRE(quoted_first.size() == 1);
  CHECK(quoted[0].roles == quoted_first[0].roles);  // the speaker
  CHECK(quoted[0].text == quoted_first[0].text);
  CHECK(second.suppressions.size() == 1);
  CHECK(second.suppressed.size() == first.suppressed.size());
  CHECK(second.diagnostics.sorted().size() == first.diagnostics.sorted().size());
  REQUIRE(second.documents.size() == 4);
  CHECK(second.documents[0].meta.date == "2020-01-01");
  REQUIRE_FALSE(first.findings.empty());  // so the comparison below compares something
  REQUIRE(second.findings.size() == first.findings.size());
  for (std::size_t i = 0; i < first.findings.size(); ++i) CHECK(second.findings[i].id == first.findings[i].id);

  SECTION("a document rewritten with the same size is read again") {
    testing::write_file(w.dir / "docs/b.md", "---\ndate: 2021-01-01\n---\nPort Ames was founded in 1820.\n");
    fs::last_write_time(w.dir / "docs/b.md", fs::file_time_type::clock::now() - std::chrono::minutes(30));
    app::CheckRun third = app::run_check(w.options(db));
    CHECK(third.restored_documents == 3);
    REQUIRE(third.findings.size() >= 1);
    CHECK(third.findings[0].verdict == compare::Verdict::Consistent);
  }
  SECTION("a document rewritten with its old size and modification time is read again") {
    // As `touch -d` or an archive tool leaves it: only the inode change time tells.
    const fs::path b = w.dir / "docs/b.md";
    const fs::file_time_type written = fs::last_write_time(b);
    testing::write_file(b, "---\ndate: 2021-01-01\n---\nPort Ames was founded in 1820.\n");
    fs::last_write_time(b, written);
    app::CheckRun third = app::run_check(w.options(db));
    CHECK(third.restored_documents == 3);
    REQUIRE(third.findings.size() >= 1);
    CHECK(third.findings[0].verdict == compare::Verdict::Consistent);
  }
  SECTION("a sources table written beside the documents makes them read again") {
    testing::write_file(w.dir / "docs/sources.tsv", "file\tpublisher\tdate\na.md\tWire\t2019-05-05\n");
    app::CheckRun third = app::run_check(w.options(db));
    CHECK(third.restored_documents == 0);
  }
  SECTION("a deleted document's saved state is forgotten; one not checked this run is kept") {
    fs::remove(w.dir / "docs/d.md");
    app::CheckOptions only_docs = w.options(db);
    app::CheckRun third = app::run_check(only_docs);
    CHECK(third.restored_documents == 3);
    auto states = store::Store::open(db).document_states();
    CHECK(states.size() == 3);
    CHECK(states.count((w.dir / "docs/d.md").string()) == 0);
    CHECK(states.count((w.dir / "docs/c.md").string()) == 1);
    app::CheckOptions one = w.options(db);
    one.document_paths = {(w.dir / "docs/a.md").string()};
    REQUIRE(app::run_check(one).status == app::RunStatus::Ok);
    CHECK(store::Store::open(db).document_states().size() == 3);  // b.md and c.md are still there
  }
  SECTION("a run without quotations saves states that a run with them does not restore") {
    app::CheckOptions no_quotes = w.options(db);
    no_quotes.quotes.enabled = false;
    app::CheckRun read = app::run_check(no_quotes);
    CHECK(read.restored_documents == 0);  // saved with quotations: another environment
    CHECK(app::run_check(no_quotes).restored_documents == 4);  // its own states serve it
    app::CheckRun with_quotes = app::run_check(w.options(db));
    CHECK(with_quotes.restored_documents == 0);
    CHECK(quotations_of(with_quotes).size() == 1);
  }
  SECTION("without the store's extraction cache entry the file is read") {
    app::CheckOptions other = w.options(db);
    testing::write_file(w.dir / "rules/more.facts", "entity Lindholm = \"Lindholm\"\n");
    CHECK(app::run_check(other).restored_documents == 0);
  }
}

TEST_CASE("a document written just before a run is saved unconfirmed: the next run checks its bytes",
          "[app][incremental]") {
  World w;  // its files were written a moment ago: their mtimes cannot be trusted yet
  std::string db = (w.dir / "store/f.db").string();
  REQUIRE(app::run_check(w.options(db)).status == app::RunStatus::Ok);
  {
    const auto states = store::Store::open(db).document_states();
    REQUIRE(states.size() == 2);  // saved, but their stat is not taken for theirs
    for (const auto& [path, state] : states) CHECK(state.size == app::kUnconfirmedSize);
  }
  SECTION("its bytes as they were read, it is restored") {
    app::CheckRun second = app::run_check(w.options(db));
    CHECK(second.verified_documents == 2);
    CHECK(second.restored_documents == 2);
    CHECK(second.cached_documents == 2);
    REQUIRE(second.findings.size() == 1);
    CHECK(second.findings[0].verdict == compare::Verdict::Conflicting);
  }
  SECTION("bytes other than those it was read with, it is read again") {
    // As if b.md had been rewritten in the tick of its read, its stat unchanged: its
    // saved state names the content of a.md, whose statements the cache holds.
    {
      store::Store store = store::Store::open(db);
      std::optional<store::DocumentState> a = store.document_state((w.dir / "docs/a.md").string());
      std::optional<store::DocumentState> b = store.document_state((w.dir / "docs/b.md").string());
      std::optional<std::string> snapshot = store.document_snapshot((w.dir / "docs/b.md").string());
      REQUIRE(a);
      REQUIRE(b);
      REQUIRE(snapshot);
      b->cache_key = a->cache_key;
      store.save_document_state(*b, *snapshot);
    }
    app::CheckRun second = app::run_check(w.options(db));
    CHECK(second.verified_documents == 1);
    CHECK(second.restored_documents == 1);
    REQUIRE(second.findings.size() == 1);
    CHECK(second.findings[0].verdict == compare::Verdict::Conflicting);  // 1832 read from b.md, not 1820
  }
  SECTION("confirmed by a run two seconds after it was written, its stat is trusted again") {
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    app::CheckRun second = app::run_check(w.options(db));
    CHECK(second.verified_documents == 2);
    for (const auto& [path, state] : store::Store::open(db).document_states()) CHECK(state.size > 0);
    app::CheckRun third = app::run_check(w.options(db));
    CHECK(third.verified_documents == 0);
    CHECK(third.restored_documents == 2);
  }
}

TEST_CASE("a file's state is trusted when it was read two seconds after its last write, whenever the run began",
          "[app][incremental]") {
  // A long run reads a corpus written just before it began: a file read well after its
  // last write is trusted by its stat, however near the run's start that write was.
  World w;
  const std::string db = (w.dir / "store/f.db").string();
  store::Store store = store::Store::open(db);
  app::CheckOptions options = w.options(db);
  app::DocumentStates states(store, "rules", "version", options, nullptr, false);
  const std::int64_t now = app::DocumentStates::clock_ns();
  store::DocumentState state;
  state.size = 40;
  state.mtime_ns = now - 1'000'000'000;  // written a second before the run began
  state.ctime_ns = state.mtime_ns;
  state.inode = 7;
  app::DocumentSnapshot snapshot;
  state.path = "late.md";
  states.save(state, "0123456789abcdef@md", snapshot, now + 3'000'000'000);  // read three seconds later
  state.path = "early.md";
  states.save(state, "0123456789abcdef@md", snapshot, now);  // read as the run began
  CHECK(store.document_state("late.md")->size == 40);
  CHECK(store.document_state("early.md")->size == app::kUnconfirmedSize);
}

// Issue 10: --no-db was slower than a fresh store on a corpus of copies, because only
// the store's cache noticed that copies need matching once.
TEST_CASE("documents with the same bytes are matched once per run, with or without a store", "[app]") {
  World w;
  for (int i = 0; i < 70; ++i) {  // more than one batch of 64, so copies meet within a batch and across
    testing::write_file(w.dir / ("docs/copy-" + std::to_string(i) + ".md"), "---\ndate: 2020-01-01\n---\nPort Ames was founded in 1820.\n");
  }
  for (const std::string& db : {std::string(), (w.dir / "store/f.db").string()}) {
    app::CheckRun run = app::run_check(w.options(db));
    REQUIRE(run.status == app::RunStatus::Ok);
    CHECK(run.documents.size() == 72);
    CHECK(run.cached_documents == 70);  // a.md has the same bytes as every copy
    REQUIRE(run.statement_count == 72);
    std::set<std::string> paths;
    for (const auto& f : run.findings) {
      for (const auto& g : f.values) {
        for (const auto& st : g.statements) paths.insert(st.document);
      }
    }
    CHECK(paths.size() == 72);  // each statement names its own document
    CHECK(run.statements_of(run.documents.back().path).size() == 1);
  }
}

// A newcomer's corpus (session 10) kept one note as .txt and .md: the first one read
// gave its statements to the other, so which file sorted first decided what was found.
TEST_CASE("the same bytes read as Markdown and as plain text are matched each by its own reader", "[app]") {
  World w;
  // In Markdown the two lines are one paragraph; as plain text too, but only since the
  // text reader sees the sentence go on (the case is the key being per reader).
  const std::string text = "---\ndate: 2020-01-01\n---\nNotes\n\nPort Ames\nwas founded in 1820.\n";
  testing::write_file(w.dir / "docs/c.md", text);
  testing::write_file(w.dir / "docs/b.txt", text);
  testing::write_file(w.dir / "docs/c.txt", "---\ndate: 2020-01-01\n---\nNotes\n\n# Port Ames\nwas founded in 1820.\n");
  testing::write_file(w.dir / "docs/d.md", "---\ndate: 2020-01-01\n---\nNotes\n\n# Port Ames\nwas founded in 1820.\n");
  app::CheckRun run = app::run_check(w.options(""));
  REQUIRE(run.status == app::RunStatus::Ok);
  CHECK(run.statements_of((w.dir / "docs/b.txt").string()).size() == 1);
  CHECK(run.statements_of((w.dir / "docs/c.md").string()).size() == 1);
  // Same bytes again: as text "# Port Ames" is a line of the sentence, in Markdown a heading.
  CHECK(run.statements_of((w.dir / "docs/c.txt").string()).size() == 1);
  CHECK(run.statements_of((w.dir / "docs/d.md").string()).empty());
}

namespace {

// A run's whole outcome as text: the JSON report (every finding with every statement,
// the suppressed statements, the counts) and every diagnostic.
std::string outcome_of(const app::CheckRun& run) {
  std::string out = report::json_report_text(run.report_input());
  for (const auto& d : run.diagnostics.sorted()) out += d.path + ":" + std::to_string(d.location.line) + ": " + d.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("a run's findings do not depend on how its statements were spilled to disk", "[app]") {
  World w;
  testing::write_file(w.dir / "rules/r.facts",
        "entity PortAmes = \"Port Ames\"\nentity Lorne = \"Lorne\"\nentity Cray = \"Cray\"\n"
        "fact founded(city: entity) -> when: year {\n  pattern {city} was founded in {when}\n"
        "  example \"Port Ames was founded in 1820\" => city=PortAmes when=1820\n}\n");
  const char* cities[] = {"Port Ames", "Lorne", "Cray"};
  for (int i = 0; i < 150; ++i) {  // several batches; keys stated across all of them
    std::string text = "---\ndate: 2022-01-01\n---\n";
    if (i % 10 == 0) text += "<!-- factlint-ignore founded -- a known error -->\nLorne was founded in 1700.\n\n";
    for (int k = 0; k < 3; ++k) {
      text += std::string(cities[(i + k) % 3]) + " was founded in " + std::to_string(1800 + (i * 7 + k) % 4) + ".\n\n";
    }
    if (i % 3 == 0) text += "\"We will build the harbour before winter,\" said the mayor of Cray.\n";
    testing::write_file(w.dir / ("docs/d" + std::to_string(i) + ".md"), text);
    if (i % 25 == 0) testing::write_file(w.dir / ("docs/copy" + std::to_string(i) + ".md"), text);  // same bytes
  }
  auto run_with = [&](const char* budget, const std::string& db, int jobs) {
    if (budget) {
      setenv("FACTLINT_SPILL_BYTES", budget, 1);
    } else {
      unsetenv("FACTLINT_SPILL_BYTES");
    }
    app::CheckOptions o = w.options(db);
    o.jobs = jobs;
    app::CheckRun run = app::run_check(o);
    unsetenv("FACTLINT_SPILL_BYTES");
    REQUIRE(run.status == app::RunStatus::Ok);
    return run;
  };
  app::CheckRun whole = run_with(nullptr, "", 1);
  REQUIRE(whole.statement_count > 400);
  REQUIRE(whole.suppressed.size() >= 15);
  const std::string expected = outcome_of(whole);
  SECTION("a sorted run per document") { CHECK(outcome_of(run_with("1", "", 2)) == expected); }
  SECTION("a sorted run every few documents") { CHECK(outcome_of(run_with("3000", "", 1)) == expected); }
  SECTION("with a store, cold and warm") {
    const std::string db = (w.dir / "store/f.db").string();
    CHECK(outcome_of(run_with("1", db, 2)) == expected);
    CHECK(outcome_of(run_with("1", db, 2)) == expected);
  }
}

TEST_CASE("a run's reports do not depend on whether its findings' statements waited on disk", "[app]") {
  // options.spill_findings (the JSON and text reports of `check`): each finding's
  // statements go to a temporary file as it is made and are read back as it is written.
  World w;
  testing::write_file(w.dir / "rules/r.facts",
        "entity PortAmes = \"Port Ames\"\nentity Lorne = \"Lorne\"\n"
        "fact founded(city: entity) -> when: year {\n  pattern {city} was founded in {when}\n"
        "  example \"Port Ames was founded in 1820\" => city=PortAmes when=1820\n}\n");
  for (int i = 0; i < 40; ++i) {
    std::string text = "---\ndate: 2022-01-01\n---\n";
    if (i % 10 == 0) text += "<!-- factlint-ignore quote -- a known misquote -->\n\"Lorne is lost,\" said Ada Vell.\n\n";
    text += std::string(i % 2 == 0 ? "Lorne" : "Port Ames") + " was founded in " + std::to_string(1800 + i % 3) + ".\n\n";
    text += i % 4 == 0 ? "\"We will build the harbour before winter,\" said Ada Vell.\n"
                       : "\"We will build the harbour,\" said Ada Vell.\n";
    testing::write_file(w.dir / ("docs/d" + std::to_string(i) + ".md"), text);
  }
  auto run_with = [&](bool spill, const std::string& db) {
    app::CheckOptions o = w.options(db);
    o.spill_findings = spill;
    app::CheckRun run = app::run_check(o);
    REQUIRE(run.status == app::RunStatus::Ok);
    return run;
  };
  auto text_of = [](const app::CheckRun& run) {
    report::TextOptions options;
    options.show_sentences = true;
    return report::text_report(run.report_input(), options);
  };
  app::CheckRun held = run_with(false, "");
  CHECK(held.finding_spill == nullptr);
  app::CheckRun spilled = run_with(true, "");
  REQUIRE(spilled.finding_spill != nullptr);
  REQUIRE(spilled.findings.size() == held.findings.size());
  REQUIRE(spilled.findings.size() >= 3);
  for (const compare::Finding& f : spilled.findings) {
    CHECK(f.spilled.has_value());
    for (const compare::ValueGroup& g : f.values) CHECK(g.statements.empty());
  }
  CHECK_FALSE(held.suppressed.empty());
  CHECK(outcome_of(spilled) == outcome_of(held));
  CHECK(text_of(spilled) == text_of(held));
  SECTION("with a store, which keeps each finding's first statements") {
    const std::string db = (w.dir / "store/f.db").string();
    CHECK(outcome_of(run_with(true, db)) == outcome_of(held));
    CHECK(outcome_of(run_with(true, db)) == outcome_of(held));
  }
}

// Issue 10: a report taken from a run gets the run's own list of documents, not a copy
// made beside it (at 188,670 documents the copy was 30 MB, held with the list itself at
// the start of the report: the peak of a 1 GB run, bench/README.md "Session 15").
TEST_CASE("a run taken for its report hands over its list of documents whole", "[app]") {
  World w;
  testing::write_file(w.dir / "docs/c.md", "---\ntitle: Harbour notes\ndate: 2022-05-01\n---\nPort Ames was founded in 1820.\n");
  app::CheckRun run = app::run_check(w.options(""));
  REQUIRE(run.status == app::RunStatus::Ok);
  REQUIRE(run.documents.size() == 3);
  const report::ReportInput copied = std::as_const(run).report_input();
  const doc::DocumentHeader* list = run.documents.data();
  report::ReportInput taken = std::move(run).report_input();
  REQUIRE(taken.documents.size() == 3);
  CHECK(taken.documents.data() == list);  // the same array: nothing copied beside it
  CHECK(run.documents.empty());
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(taken.documents[i].path == copied.documents[i].path);
    CHECK(taken.documents[i].meta.title == copied.documents[i].meta.title);
    CHECK(taken.documents[i].meta.date == copied.documents[i].meta.date);
    CHECK(taken.documents[i].content_hash.empty());  // no report writes it
    CHECK(copied.documents[i].content_hash.empty());
  }
  CHECK(taken.documents[2].meta.title == "Harbour notes");
}
