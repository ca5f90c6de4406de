// The check pipeline: parse rules, load documents, match, compare, store.
#include "app/check_run.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <tuple>
#include <type_traits>
#include <unordered_map>

#include <fmt/format.h>
#include <xxhash.h>

#include "project/decisions_file.h"
#include "project/git_ignore.h"
#include "source/display_path.h"
#include "app/build_identity.h"
#include "app/check_stages.h"
#include "app/compiled_cache.h"
#include "app/default_paths.h"
#include "app/comparison_index.h"
#include "app/document_snapshot.h"
#include "app/incremental_check.h"
#include "app/document_states.h"
#include "source/parallel_for.h"
#include "app/quote_book.h"
#include "app/statement_spill.h"
#include "compare/comparator.h"
#include "compare/decision_check.h"
#include "doc/document_finder.h"
#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "match/raw_prefilter.h"
#include "quote/quote_findings.h"
#include "quote/quote_reader.h"
#include "store/store.h"

namespace factlint::app {

namespace fs = std::filesystem;

namespace {

// Everything of a run's report but its findings; the documents' paths and metadata
// moved out of a run that is not const (an incremental run over 77,000 documents spent
// a tenth of its time copying them, issue 10).
template <typename Run>
report::ReportInput input_without_findings(Run& run) {
  constexpr bool kTaken = !std::is_const_v<Run>;
  report::ReportInput input;
  if constexpr (kTaken) {
    // The list itself, not a copy made beside it: both lists at once were the peak
    // of a large run (issue 10). No report writes the content hashes.
    input.documents = std::move(run.documents);
    run.documents = {};
    for (doc::DocumentHeader& d : input.documents) std::string().swap(d.content_hash);
  } else {
    input.documents.reserve(run.documents.size());
    for (const doc::DocumentHeader& d : run.documents) input.documents.push_back({d.path, d.meta, {}});
  }
  input.statement_count = run.statement_count;
  if constexpr (kTaken) {
    input.suppressed = std::move(run.suppressed);
  } else {
    input.suppressed = run.suppressed;
  }
  input.errors = run.diagnostics.sorted();
  return input;
}

}  // namespace

std::vector<match::Statement> CheckRun::statements_of(const std::string& path) const {
  std::vector<match::Statement> out;
  auto take_if_of_path = [&](const match::Statement& s) {
    if (s.document == path) out.push_back(s);
  };
  for (const compare::Finding& f : findings) {
    if (f.fact == quote::kQuoteFact) continue;
    for (const compare::ValueGroup& g : f.values) std::for_each(g.statements.begin(), g.statements.end(), take_if_of_path);
  }
  std::for_each(dropped.begin(), dropped.end(), take_if_of_path);
  std::sort(out.begin(), out.end(), [](const match::Statement& a, const match::Statement& b) {
    return std::tie(a.begin, a.end, a.fact) < std::tie(b.begin, b.end, b.fact);
  });
  return out;
}

report::ReportInput CheckRun::report_input() const& {
  report::ReportInput input = input_without_findings(*this);
  input.findings = findings;
  input.spill = finding_spill;
  return input;
}

report::ReportInput CheckRun::report_input() && {
  report::ReportInput input = input_without_findings(*this);
  input.findings = std::move(findings);
  input.spill = std::move(finding_spill);
  return input;
}

namespace {

// Whether the run checks the default corpus/ folder and there is none.
bool default_corpus_missing(const CheckOptions& options) {
  const CheckOptions defaults;
  return options.document_paths == defaults.document_paths && !fs::exists(defaults.document_paths[0]);
}

std::vector<std::string> find_files(const CheckOptions& options, CheckRun& run) {
  std::vector<std::string> paths;
  // `factlint check -` outside a project checks standard input alone.
  const bool stdin_alone = options.inline_document && default_corpus_missing(options);
  for (const auto& p : options.document_paths) {
    if (!stdin_alone) paths.push_back(source::display_path(p));
  }
  int errors_before = run.diagnostics.error_count();
  project::GitIgnore git_ignore;
  doc::FindOptions find;
  find.exclude = options.exclude;
  find.report_skipped = options.report_skipped;
  if (options.gitignore) {
    find.ignored = [&git_ignore](const std::string& path, bool is_folder, bool is_link) {
      return git_ignore.ignored(path, is_folder, is_link);
    };
  }
  // The walk's stat of each file serves the store's check of what changed and the
  // matching of --changed, which then stat nothing again (issue 10).
  const bool keep_stats = !options.db_path.empty() || !options.changed_files.empty();
  std::vector<std::string> files =
      paths.empty() ? std::vector<std::string>{}
                    : doc::find_documents(paths, run.diagnostics, find, keep_stats ? &run.locations : nullptr);
  if (run.diagnostics.error_count() > errors_before) run.status = RunStatus::InputErrors;
  if (options.inline_document) {
    // In place of the file it names (an editor's buffer of corpus/a.md), else beside the corpus.
    const std::string& named = options.inline_document->path;
    if (std::find(files.begin(), files.end(), named) == files.end()) files.push_back(named);
  }
  if (files.empty() && run.status == RunStatus::Ok) {
    // A check of nothing must not pass: a mistyped folder in CI would gate nothing.
    std::string named;
    for (const std::string& p : paths) named += (named.empty() ? "'" : ", '") + p + "'";
    run.diagnostics.file_error("", "no documents to check in " + named + " (documents are " +
                                       doc::document_extensions() + " files)");
    run.status = RunStatus::InputErrors;
  }
  if (!std::is_sorted(files.begin(), files.end())) std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

// Cached statements are valid only for the code that extracted them. Version numbers
// are not bumped for every change to a value reader, so the key also holds what
// identifies the build: the linker's build id (a hash of the linked program, read from
// memory: build_identity.h), else a hash of the running executable's bytes. Either
// way any rebuild starts a fresh cache.
const std::string& stages::extraction_version() {
  static const std::string version = [] {
    if (std::optional<std::string> id = running_build_id()) {
      return fmt::format("{}+{}+{:016x}", kToolVersion, match::kMatcherVersion, XXH3_64bits(id->data(), id->size()));
    }
    XXH3_state_t* state = XXH3_createState();
    XXH3_64bits_reset(state);
    std::ifstream exe("/proc/self/exe", std::ios::binary);
    std::vector<char> chunk(1 << 20);
    while (exe.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || exe.gcount() > 0) {
      XXH3_64bits_update(state, chunk.data(), static_cast<std::size_t>(exe.gcount()));
    }
    std::uint64_t hash = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    return fmt::format("{}+{}+{:016x}", kToolVersion, match::kMatcherVersion, hash);
  }();
  return version;
}

namespace {
using stages::extraction_version;

// The cache key is the content hash plus what else decides what the bytes say: the
// reader (the same bytes as .md and .txt split into other sentences), the publication
// date (it comes from sources.tsv as well as front matter, and relative dates and year
// scopes depend on it), the value settings ("04/05/2020" reads otherwise under another
// date order) and the title, which sources.tsv may give as well: it names the
// document's topic and year (match/document_title.h).
std::string cache_key(const doc::Document& document) {
  std::string settings = settings_key(document.value_settings);
  const std::string& title = document.meta.title;
  return document.content_hash + "@" + document.reader + "@" + document.meta.date +
         (settings.empty() ? "" : "@" + settings) +
         (title.empty() ? "" : fmt::format("@t{:016x}", static_cast<unsigned long long>(XXH3_64bits(title.data(), title.size()))));
}

// Once matched, a document is kept only as what reports and the store need:
// path, metadata and hash. Its text, normalized view and maps are the bulk of memory.
doc::DocumentHeader header_of(doc::Document& document) {
  return std::move(static_cast<doc::DocumentHeader&>(document));
}

// The statements of another document with the same bytes, as statements of `path`.
std::vector<match::Statement> statements_as_of(std::vector<match::Statement> statements, const std::string& path) {
  for (match::Statement& st : statements) st.document = path;
  return statements;
}

// A document's part of the run: its statements (to the spill) and what its snapshot
// holds, its quotations to `book` when given. Returns the statements' range in the spill.
StatementSpill::Range take(CheckRun& run, StatementSpill& spill, QuoteBook* book, DocumentSnapshot snapshot,
                           const std::vector<match::Statement>& statements, bool quotes) {
  if (!snapshot.diagnostics.empty() || !snapshot.suppressions.empty()) run.documents_with_notes.insert(snapshot.header.path);
  for (auto& d : snapshot.diagnostics) run.diagnostics.add(std::move(d));
  run.suppressions.insert(run.suppressions.end(), std::make_move_iterator(snapshot.suppressions.begin()),
                          std::make_move_iterator(snapshot.suppressions.end()));
  StatementSpill::Range range = spill.add(statements);
  if (quotes && book) {
    book->add(std::move(snapshot.quotes));
  } else if (quotes) {
    run.quotes.insert(run.quotes.end(), std::make_move_iterator(snapshot.quotes.begin()),
                      std::make_move_iterator(snapshot.quotes.end()));
  }
  run.documents.push_back(std::move(snapshot.header));
  return range;
}

// The rules as a run's documents are read with them: the matcher, and the prefilter
// that spares reading documents whose raw bytes hold nothing a rule or the quote
// reader needs (issue 10). In place: the prefilter's gate points to the prefilter.
struct CompiledRules {
  CompiledRules(const lang::RuleSet& rules, bool quotes, match::CompiledCache* cache)
      : matcher(rules), prefilter(matcher, quotes, cache), gate(prefilter.gate()) {}
  CompiledRules(const CompiledRules&) = delete;
  CompiledRules& operator=(const CompiledRules&) = delete;

  match::Matcher matcher;
  match::RawPrefilter prefilter;
  doc::BodyGate gate;
};

}  // namespace

// Documents go through in batches: loaded and matched in parallel, looked up in and
// written to the store in order (one connection), their statements spilled to disk.
// Memory stays at one batch of documents and the spill's budget whatever the corpus
// size; results do not depend on the thread count. With a store, an untouched file is
// restored from it instead (document_states.h).
void stages::extract(const std::vector<std::string>& files, const lang::RuleSet& rules, CheckRun& run,
                     StatementSpill& spill, QuoteBook* book, store::Store* store, bool write_cache, const CheckOptions& options,
                     DocumentStates* shared) {
  const int jobs = source::thread_count(options.jobs);
  const quote::QuoteOptions& quote_options = options.quotes;
  const std::optional<InlineDocument>& inline_document = options.inline_document;
  constexpr std::size_t kBatch = 64;
  std::optional<StoreCompiledCache> compiled;  // the prefilter's database, compiled by an earlier run
  if (store) compiled.emplace(*store, write_cache);
  // The rules are compiled when a document is first read, not restored: a --changed
  // run's documents restored from the store need none, and compiling 100 facts was a
  // fifth of the instructions of a run that read one document (bench/README.md,
  // session 25).
  std::optional<CompiledRules> compiled_rules;
  quote::EntityNames entity_names(rules.entities);  // quotes (issue 11)
  std::string rules_hash = rules.content_hash();
  std::optional<DocumentStates> own;
  if (store && !shared) own.emplace(*store, rules_hash, extraction_version(), options, &run.locations);
  DocumentStates* states = shared ? shared : own ? &*own : nullptr;
  // Documents with the same bytes (copies, mirrors, a syndicated story) are matched
  // once per run, store or not: cache key -> their statements' range in the spill.
  std::unordered_map<std::string, StatementSpill::Range> extracted;
  // Every file becomes at most one entry of the document list: reserved at once, the
  // list (some 200 bytes an entry) is never copied while it doubles, nor left up to
  // twice its size (issue 10, bench/README.md "Session 10").
  run.documents.reserve(run.documents.size() + files.size());
  for (std::size_t first = 0; first < files.size(); first += kBatch) {
    std::size_t n = std::min(kBatch, files.size() - first);
    std::vector<std::optional<store::DocumentState>> stamps(n);
    std::vector<std::optional<DocumentStates::Restored>> restored(n);
    if (states) {
      for (std::size_t i = 0; i < n; ++i) {
        const std::string& path = files[first + i];
        if (inline_document && inline_document->path == path) continue;
        stamps[i] = states->now(path);
        if (stamps[i]) restored[i] = states->restore(*stamps[i]);
      }
    }
    std::vector<std::optional<doc::Document>> documents(n);
    std::vector<source::DiagnosticSink> sinks(n);
    // Before any of the batch is read: how long after its last write a file was read
    // decides whether its saved state is trusted (document_states.h).
    const std::int64_t read_ns = DocumentStates::clock_ns();
    if (!compiled_rules && std::any_of(restored.begin(), restored.end(), [](const auto& r) { return !r; })) {
      compiled_rules.emplace(rules, quote_options.enabled, compiled ? &*compiled : nullptr);
    }
    source::parallel_for(n, jobs, [&](std::size_t i) {
      if (restored[i]) return;
      const std::string& path = files[first + i];
      const doc::BodyGate& gate = compiled_rules->gate;
      documents[i] = inline_document && inline_document->path == path
                         ? doc::load_document_text(path, inline_document->text, sinks[i], gate)
                         : doc::load_document(path, sinks[i], gate);
      if (documents[i]) {
        documents[i]->value_settings = value_settings_for(documents[i]->path, options.values, options.value_overrides);
      }
    });

    std::vector<std::optional<std::vector<match::Statement>>> found(n);
    std::vector<bool> cached(n, false);
    std::vector<std::string> keys(n);
    std::vector<std::size_t> copy_of(n, n);  // an earlier document of the batch with the same bytes
    std::vector<std::vector<match::Suppression>> suppressions(n);
    for (std::size_t i = 0; i < n; ++i) {
      if (!documents[i]) continue;
      suppressions[i] = match::find_suppressions(*documents[i]);
      keys[i] = cache_key(*documents[i]);
      if (auto it = extracted.find(keys[i]); it != extracted.end()) {
        found[i] = statements_as_of(spill.read(it->second), documents[i]->path);
        cached[i] = true;
      } else if (store) {
        found[i] = store->cached_statements(keys[i], rules_hash, extraction_version(), documents[i]->path);
        cached[i] = found[i].has_value();
      }
      for (std::size_t j = 0; j < i && !cached[i]; ++j) {
        if (documents[j] && !cached[j] && copy_of[j] == n && keys[j] == keys[i]) copy_of[i] = j;
      }
    }
    std::vector<std::vector<quote::Quote>> quotes(n);
    source::parallel_for(n, jobs, [&](std::size_t i) {
      if (documents[i] && !cached[i] && copy_of[i] == n) {
        // Read for its quotations only: no rule can state anything in it.
        found[i] = compiled_rules->prefilter.may_state_facts(*documents[i]) ? compiled_rules->matcher.run(*documents[i])
                                                                            : std::vector<match::Statement>{};
      }
      // Quotes (issue 11) are read from the text: the extraction cache holds statements only.
      if (documents[i] && quote_options.enabled) quotes[i] = quote::read_quotes(*documents[i], entity_names);
    });
    for (std::size_t i = 0; i < n; ++i) {
      if (copy_of[i] < n) {
        found[i] = statements_as_of(*found[copy_of[i]], documents[i]->path);
        cached[i] = true;
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (restored[i]) {
        take(run, spill, book, std::move(restored[i]->snapshot), restored[i]->statements, quote_options.enabled);
        ++run.cached_documents;
        ++run.restored_documents;
        continue;
      }
      if (!documents[i]) {
        for (const auto& d : sinks[i].diagnostics()) run.diagnostics.add(d);
        continue;
      }
      const std::string& key = keys[i];
      if (cached[i]) {
        ++run.cached_documents;
      } else if (store && write_cache) {
        store->cache_statements(key, rules_hash, extraction_version(), *found[i]);
      }
      DocumentSnapshot snapshot{header_of(*documents[i]), std::move(suppressions[i]), sinks[i].diagnostics(),
                                std::move(quotes[i])};
      // Its environment says whether quotations were read, so a restored document lacks nothing.
      if (states && write_cache && stamps[i]) states->save(*stamps[i], key, snapshot, read_ns);
      extracted.try_emplace(key, take(run, spill, book, std::move(snapshot), *found[i], quote_options.enabled));
    }
  }
  if (own) {
    run.verified_documents += own->verified();
    if (write_cache) {
      own->confirm_verified();
      own->forget_deleted(files);
    }
  }
}

void stages::extract(const std::vector<std::string>& files, const lang::RuleSet& rules, CheckRun& run,
                     store::Store* store, bool write_cache, const CheckOptions& options, DocumentStates* states) {
  StatementSpill spill;
  extract(files, rules, run, spill, nullptr, store, write_cache, options, states);
  run.statements = spill.take_all();
}

// `factlint-ignore quote` takes the quotations it covers (located at their first
// word) out of the comparison, as it does statements; each is listed as a suppressed
// statement of fact "quote". Returns what each suppression took.
namespace {

// suppress_quotes over `quotes` (Quote or QuoteCore): `statement_of` gives a quotation's
// statement as quote::quote_statement() makes it.
template <class Q, class Container, class StatementOf>
std::vector<std::size_t> suppress_in(Container& quotes, CheckRun& run, const StatementOf& statement_of) {
  std::vector<std::size_t> uses(run.suppressions.size(), 0);
  if (run.suppressions.empty()) return uses;
  // Kept quotations are moved down in place: a second array of every quotation was
  // the peak of a run's memory (issue 10).
  auto kept = quotes.begin();
  for (Q& q : quotes) {
    auto by = std::find_if(run.suppressions.begin(), run.suppressions.end(), [&](const match::Suppression& s) {
      return match::covers(s, quote::document_of(q), quote::line_of(q), quote::kQuoteFact);
    });
    if (by == run.suppressions.end()) {
      if (&*kept != &q) *kept = std::move(q);
      ++kept;
      continue;
    }
    ++uses[static_cast<std::size_t>(by - run.suppressions.begin())];
    // Listed as the quotation it is, without the roles a finding's statements carry.
    match::Statement s = statement_of(q);
    s.roles.clear();
    s.role_texts.clear();
    s.key = "quote(" + (quote::known_speaker(q) ? quote::speaker_of(q) : std::string("unknown")) + ")";
    run.suppressed.push_back(match::suppressed_by(std::move(s), *by));
  }
  quotes.erase(kept, quotes.end());
  return uses;
}

}  // namespace

// `factlint-ignore quote` takes the quotations it covers (located at their first
// word) out of the comparison, as it does statements; each is listed as a suppressed
// statement of fact "quote". Returns what each suppression took.
std::vector<std::size_t> stages::suppress_quotes(CheckRun& run) {
  return suppress_in<quote::Quote>(run.quotes, run, [](const quote::Quote& q) { return quote::quote_statement(q); });
}

namespace {

// The same for a full run's quotations, held in `book`.
std::vector<std::size_t> suppress_quotes(CheckRun& run, QuoteBook& book) {
  return suppress_in<quote::QuoteCore>(book.cores(), run,
                                       [&book](const quote::QuoteCore& q) { return book.statement_of(q); });
}

}  // namespace

namespace {

using stages::extract;

// Compares the run's quotations (issue 11) and empties `book`: each finding points
// to the cores of its quotations, whose statements are read back when the finding
// is made. `index`, when given, notes each group and its result.
std::vector<compare::Finding> compare_quotations(CheckRun& run, QuoteBook& book, const quote::QuoteOptions& quote_options,
                                                 ComparisonIndex* index) {
  if (index) index->note_quote_entries(book.cores(), quote_options);
  std::vector<quote::CoreQuoteFinding> compared =
      quote::compare_quotes(book.cores(), quote_options, run.rules->quotes);
  std::vector<std::string> declarations;
  for (std::size_t i = 0; index && i < compared.size(); ++i) {
    index->note_quote_group(quote_group_name(i), compared[i]);
    declarations.push_back(compared[i].declaration);
  }
  // The findings come sorted by key, the groups by wording: each group's result is
  // that of the finding made from it (`from`), never of the finding at its place.
  std::vector<std::size_t> from;
  std::vector<compare::Finding> quoted = quote::to_findings(
      std::move(compared), [&book](const quote::QuoteCore& q) { return book.statement_of(q); }, run.finding_spill.get(),
      &from);
  book.release();
  if (index) {
    std::vector<std::size_t> finding_of(quoted.size());
    for (std::size_t k = 0; k < from.size(); ++k) finding_of[from[k]] = k;
    for (std::size_t i = 0; i < quoted.size(); ++i) {
      index->note_quote_result(quote_group_name(i), declarations[i], quoted[finding_of[i]]);
    }
  }
  for (compare::Finding& f : quoted) compare::apply_decisions(f, run.decisions);
  return quoted;
}

// Merges the spill key by key into `run.findings`, comparing each key as it comes;
// suppressed statements are taken out on the way (`uses` counts what each
// suppression took) and returned with their arrival, to be listed in document order.
std::vector<std::pair<std::uint64_t, match::SuppressedStatement>> compare_facts(CheckRun& run, StatementSpill& spill,
                                                                                std::vector<std::size_t>& uses,
                                                                                ComparisonIndex* index) {
  std::vector<compare::DocumentDates::Entry> by_path;
  by_path.reserve(run.documents.size());
  for (const auto& d : run.documents) by_path.emplace_back(d.path, d.meta.date);
  const compare::DocumentDates dates(std::move(by_path));
  std::vector<std::pair<std::uint64_t, match::SuppressedStatement>> suppressed;
  run.statement_count = 0;
  compare::KeyComparator comparator(*run.rules, dates, run.decisions, &run.dropped, [&run](compare::Finding f) {
    if (run.finding_spill) run.finding_spill->put(f);
    run.findings.push_back(std::move(f));
  });
  spill.for_each_key([&](std::vector<match::Statement>& members, const std::vector<std::uint64_t>& seqs) {
    if (index) index->note_statements(members);
    std::vector<match::Statement> kept;
    kept.reserve(members.size());
    for (std::size_t i = 0; i < members.size(); ++i) {
      const match::Suppression* by =
          run.suppressions.empty() ? nullptr : match::suppression_covering(run.suppressions, members[i]);
      if (by == nullptr) {
        kept.push_back(std::move(members[i]));
        continue;
      }
      ++uses[static_cast<std::size_t>(by - run.suppressions.data())];
      suppressed.emplace_back(seqs[i], match::suppressed_by(std::move(members[i]), *by));
    }
    run.statement_count += kept.size();
    comparator.add(std::move(kept));
  });
  comparator.finish();
  if (index) {
    index->note_fact_findings(run.findings);
    index->note_dropped(run.dropped);
  }
  return suppressed;
}

// Compares the run: quotations first, so the peak of their comparison (every
// quotation, and the groups it moves them into) is not reached while the fact
// findings are held too (issue 10); then the spill's statements key by key.
// `index`, when given, gathers what the store keeps of the comparison (comparison_index.h).
void compare_all(CheckRun& run, StatementSpill& spill, QuoteBook& book, const quote::QuoteOptions& quote_options,
                 ComparisonIndex* index = nullptr) {
  spill.seal();
  if (index) index->note_quotes(book.cores());
  // Suppressed statements and quotations take no part in any finding (docs/suppressions.md).
  std::vector<std::string> other_facts;
  std::vector<std::size_t> uses;
  std::vector<compare::Finding> quoted;
  if (quote_options.enabled) {
    other_facts = {quote::kQuoteFact};
    uses = suppress_quotes(run, book);
    quoted = compare_quotations(run, book, quote_options, index);
  }
  uses.resize(run.suppressions.size(), 0);
  std::vector<match::SuppressedStatement> quotes_suppressed = std::move(run.suppressed);
  std::vector<std::pair<std::uint64_t, match::SuppressedStatement>> suppressed = compare_facts(run, spill, uses, index);
  match::check_suppression_use(run.suppressions, uses, *run.rules, other_facts, run.diagnostics);
  std::sort(suppressed.begin(), suppressed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  run.suppressed.clear();
  for (auto& [seq, s] : suppressed) run.suppressed.push_back(std::move(s));
  run.suppressed.insert(run.suppressed.end(), std::make_move_iterator(quotes_suppressed.begin()),
                        std::make_move_iterator(quotes_suppressed.end()));
  // Quote findings follow the fact findings, kept in fact order; only then can every
  // decision be checked against the run, or one about a quote would seem to match nothing.
  if (quote_options.enabled) {
    run.findings.insert(run.findings.end(), std::make_move_iterator(quoted.begin()),
                        std::make_move_iterator(quoted.end()));
    std::stable_sort(run.findings.begin(), run.findings.end(),
                     [](const compare::Finding& a, const compare::Finding& b) { return a.fact < b.fact; });
  }
  if (!compare::check_decision_use(run.decisions, run.findings, run.dropped, *run.rules, run.diagnostics)) {
    run.status = RunStatus::ConfigErrors;
  }
}

// The store keeps the first statements of each finding: spilled ones are read back a
// few findings at a time, and of each only what the store keeps (a wire quotation's
// agreeing finding, none of its 154,000 statements).
void record_findings(store::Store& store, store::RunId id, const CheckRun& run) {
  if (!run.finding_spill) return store.record_findings(id, run.findings);
  constexpr std::size_t kBatch = 256;
  for (std::size_t from = 0; from < run.findings.size(); from += kBatch) {
    std::vector<compare::Finding> batch;
    for (std::size_t i = from; i < std::min(run.findings.size(), from + kBatch); ++i) {
      const compare::Finding& f = run.findings[i];
      batch.push_back(run.finding_spill->head(f, store::recorded_statements(f)));
    }
    store.record_findings(id, batch);
  }
}

compare::Summary counts_of(const CheckRun& run) {
  return compare::summarize(run.documents.size(), run.statement_count, run.findings);
}

// The corpus's paths once every document is read: each document's header holds its
// own, and the list (at 1 GB 188,670 paths, some 18 MB) would be held through the
// comparison and the report for nothing (issue 10).
void release(std::vector<std::string>& files) { std::vector<std::string>().swap(files); }

void run_without_store(const CheckOptions& options, std::vector<std::string>& files, CheckRun& run) {
  StatementSpill spill;
  QuoteBook book;
  extract(files, *run.rules, run, spill, &book, nullptr, false, options);
  release(files);
  compare_all(run, spill, book, options.quotes);
}

// The store, or nothing when it cannot be written: a read-only checkout or file system
// gets the same findings without it, and a warning that says so. Anything else that
// keeps it from opening (a damaged file, a newer schema) is thrown for the user to see.
std::optional<store::Store> open_store(const std::string& path, CheckRun& run) {
  try {
    return store::Store::open(path);
  } catch (const store::StoreError& e) {
    if (e.cause() != store::StoreError::Cause::CannotWrite) throw;
    run.diagnostics.add(source::Diagnostic{
        source::Severity::Warning, "", {}, 1,
        std::string(e.what()) + "; checked without the store: the findings are the same, nothing is cached or "
                                "recorded (--no-db, or db = false in .factlint.toml, says so and silences this)",
        "", {}});
    return std::nullopt;
  }
}

// One transaction for the whole run: a killed run leaves the store as it was.
void run_with_store(const CheckOptions& options, std::vector<std::string>& files, CheckRun& run) {
  try {
    std::optional<store::Store> opened = open_store(options.db_path, run);
    if (!opened) return run_without_store(options, files, run);
    store::Store& store = *opened;
    if (!options.record) {
      StatementSpill spill;
      QuoteBook book;
      extract(files, *run.rules, run, spill, &book, &store, false, options);
      release(files);
      compare_all(run, spill, book, options.quotes);
      return;
    }
    store::RunId id = store.begin_run(kToolVersion, run.rules->content_hash());
    const std::string environment =
        comparison_environment(options, *run.rules, run.decisions, stages::extraction_version());
    if (!options.changed_files.empty() && !options.inline_document) {
      if (std::optional<IncrementalRun> incremental = check_incrementally(options, files, store, environment, run)) {
        incremental->run.rules = std::move(run.rules);
        incremental->run.locations = std::move(run.locations);
        run = std::move(incremental->run);
        record_findings(store, id, run);
        store.finish_run(id, incremental->counts);
        store.prune(options.keep_runs);
        return;
      }
    }
    ComparisonIndex index;
    StatementSpill spill;
    QuoteBook book;
    extract(files, *run.rules, run, spill, &book, &store, true, options);
    release(files);
    compare_all(run, spill, book, options.quotes, &index);
    store.record_documents(id, run.documents);
    record_findings(store, id, run);
    // An inline document is not the file on disk: what it compared must not be taken
    // for the file's by the next run.
    if (options.inline_document) {
      store.reset_comparison(std::nullopt);
    } else {
      save_comparison(store, environment, run, index);
    }
    store.finish_run(id, counts_of(run));
    store.prune(options.keep_runs);
  } catch (const store::StoreError& e) {
    // The store is a cache and a history, never a source of findings: say how to check without it
    // (a read-only checkout, a CI cache restored from another machine).
    run.diagnostics.add(source::Diagnostic{
        source::Severity::Error, "", {}, 1,
        std::string(e.what()) + "; check without the store with --no-db (or db = false in .factlint.toml): the "
                                "findings are the same, nothing is cached or recorded",
        "", {}});
    run.status = RunStatus::StoreError;
  }
}

// A new user running factlint outside a project gets told what it looks for.
bool defaults_missing(const CheckOptions& options, CheckRun& run) {
  const CheckOptions defaults;
  bool missing = false;
  if (default_rules_missing(options.rule_paths, run.diagnostics)) {
    run.status = RunStatus::RuleErrors;
    missing = true;
  }
  if (default_corpus_missing(options) && !options.inline_document) {
    run.diagnostics.file_error(defaults.document_paths[0],
                               "no corpus/ folder here; name the documents to check: factlint check PATH...");
    run.status = RunStatus::InputErrors;
    missing = true;
  }
  return missing;
}

}  // namespace

CheckRun run_check(const CheckOptions& options) {
  CheckRun run;
  if (defaults_missing(options, run)) return run;
  run.rules = lang::parse_rules(options.rule_paths, run.diagnostics);
  if (!run.rules) {
    run.status = RunStatus::RuleErrors;
    return run;
  }
  auto decisions = project::read_decisions(options.decisions_path, options.decisions_required, run.diagnostics);
  if (!decisions || !compare::check_decisions(*decisions, *run.rules, run.diagnostics)) {
    run.status = RunStatus::ConfigErrors;
    return run;
  }
  run.decisions = std::move(*decisions);
  const bool wrong_extractions = std::any_of(run.decisions.begin(), run.decisions.end(), [](const compare::Decision& d) {
    return d.kind == compare::Decision::Kind::WrongExtraction;
  });
  if (options.spill_findings && !wrong_extractions) {
    run.finding_spill = std::make_shared<compare::FindingSpill>(options.spilled_documents);
  }
  std::vector<std::string> files = find_files(options, run);
  if (run.status != RunStatus::Ok) return run;
  const std::size_t file_count = files.size();  // the list is freed once its documents are read
  try {
    if (options.db_path.empty()) {
      run_without_store(options, files, run);
    } else {
      run_with_store(options, files, run);
    }
  } catch (const SpillError& e) {
    run.diagnostics.file_error("", e.what());
    run.status = RunStatus::InputErrors;
    return run;
  }
  if (run.documents.empty() && run.status == RunStatus::Ok) {
    run.diagnostics.file_error("", fmt::format("none of the {} document{} could be read", file_count,
                                               file_count == 1 ? "" : "s"));
    run.status = RunStatus::InputErrors;
  }
  return run;
}

}  // namespace factlint::app
