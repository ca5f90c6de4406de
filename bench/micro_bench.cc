// Micro-benchmarks of factlint's hot paths (issue 10), with Google Benchmark:
// loading a Markdown document (reader, normalization, sentences), sentence
// splitting alone, tokenizing, reading values of each type, the matcher with 10 and
// 1,000 facts (pattern and cue facts), reading quotations and pairing their marks. Built with -DFACTLINT_BUILD_BENCH=ON:
//
//   cmake -S . -B build -DFACTLINT_BUILD_BENCH=ON && cmake --build build --target micro_bench
//   build/micro_bench --benchmark_counters_tabular=true
//
// The text is made here, deterministically (news-style sentences stating facts
// among neutral prose, like bench/generate.py), so a run needs no files. Figures
// are bytes/s of document text; bench/README.md keeps them with the command.
#include <benchmark/benchmark.h>

#include <optional>
#include <random>
#include <string>
#include <vector>

#include "doc/loader.h"
#include "doc/normalizer.h"
#include "doc/sentence_splitter.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "match/tokenizer.h"
#include "quote/quote_marks.h"
#include "quote/quote_reader.h"
#include "quote/speaker_directory.h"
#include "source/diagnostic.h"
#include "value/scan.h"

namespace {

using namespace factlint;

const std::vector<std::string> kCountries = {"Austria", "Belgium", "Chile", "Denmark", "Egypt", "Finland",
                                             "Ghana",   "Hungary", "India", "Japan",   "Kenya", "Latvia"};

// A made-up noun per fact ("tesulmi"), so facts never share their cue word.
std::string fact_word(int i) {
  static const char* syllables[] = {"ka", "lo", "mi", "ran", "tes", "vor", "qua", "nel", "bri", "dus"};
  std::string w;
  for (int k = 0, n = i + 1000; k < 4; ++k, n /= 10) w += syllables[n % 10];
  return w;
}

// `facts` facts, half written as patterns, half as cues (docs/rules.md).
std::string rules_text(int facts) {
  std::string out;
  for (const std::string& c : kCountries) out += "entity " + c + ": country = \"" + c + "\"\n";
  for (int i = 0; i < facts; ++i) {
    const std::string name = "fact_" + std::to_string(i);
    if (i % 2 == 0) {
      out += "fact " + name + "(of: country) -> v: count {\n  pattern {of} 's " + fact_word(i) +
             " (was|is|stood at|reached) (about|nearly)? {v}\n}\n";
    } else {
      out += "fact " + name + "(of: country) -> v: length {\n  cue " + fact_word(i) + "\n}\n";
    }
  }
  return out;
}

// About `bytes` of Markdown: a statement of a fact every few sentences, among
// neutral prose with figures, dates and a quotation now and then.
std::string document_text(std::size_t bytes, int facts) {
  std::mt19937 rng(7);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  std::string out = "---\ntitle: Bench\ndate: 2024-05-01\n---\n\n# Report\n\n";
  while (out.size() < bytes) {
    const std::string& c = kCountries[static_cast<std::size_t>(pick(static_cast<int>(kCountries.size())))];
    const int f = pick(facts);
    switch (pick(5)) {
      case 0:
        out += c + "'s " + fact_word(f) + " stood at " + std::to_string(1000 + pick(900000)) + " in 2023. ";
        break;
      case 1:
        out += "The " + fact_word(f) + " of " + c + " is about " + std::to_string(50 + pick(9000)) + " km long. ";
        break;
      case 2:
        out += "Officials in " + c + " met on 12 March 2024 to discuss the budget, the weather and a long list of "
               "local concerns. ";
        break;
      case 3:
        out += "\"We expect growth of 3.5% next year,\" the minister of " + c + " said on Tuesday. ";
        break;
      default:
        out += "Markets were calm on the day, with little movement in bonds or in the currency.\n\n";
        break;
    }
  }
  return out;
}

// Statements of the first 10 facts only, so BM_Match with more facts measures what
// the facts the document never mentions cost.
const std::string& sample_markdown() {
  static const std::string text = document_text(64 * 1024, 10);
  return text;
}

doc::Document sample_document() {
  source::DiagnosticSink sink;
  return doc::make_document("bench.md", sample_markdown(), "md", sink);
}

void BM_LoadMarkdown(benchmark::State& state) {
  for (auto _ : state) {
    source::DiagnosticSink sink;
    benchmark::DoNotOptimize(doc::make_document("bench.md", sample_markdown(), "md", sink));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * sample_markdown().size()));
}
BENCHMARK(BM_LoadMarkdown);

void BM_Normalize(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(doc::normalize(sample_markdown()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * sample_markdown().size()));
}
BENCHMARK(BM_Normalize);

// Sentence splitting alone, on the normalized text of the document's visible text
// (no paragraph breaks given, so every boundary is decided by punctuation).
void BM_SplitSentences(benchmark::State& state) {
  const doc::Document document = sample_document();
  const doc::NormalizedText normalized = doc::normalize(document.visible);
  const std::vector<std::size_t> breaks;
  for (auto _ : state) {
    benchmark::DoNotOptimize(doc::split_sentences(normalized.text, normalized.to_source, document.visible, breaks));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * normalized.text.size()));
}
BENCHMARK(BM_SplitSentences);

void BM_Tokenize(benchmark::State& state) {
  const doc::Document document = sample_document();
  for (auto _ : state) benchmark::DoNotOptimize(match::tokenize(document.normalized));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * document.normalized.size()));
}
BENCHMARK(BM_Tokenize);

// One value type over the whole text: what the matcher did per type before values
// were read only in live sentences.
void BM_ScanValues(benchmark::State& state) {
  const doc::Document document = sample_document();
  const auto type = static_cast<value::Type>(state.range(0));
  value::ParseContext context;
  context.reference_date = document.date();
  for (auto _ : state) benchmark::DoNotOptimize(value::scan(type, document.normalized, context));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * document.normalized.size()));
  state.SetLabel(std::string(value::type_name(type)));
}
BENCHMARK(BM_ScanValues)
    ->Arg(static_cast<int>(value::Type::Count))
    ->Arg(static_cast<int>(value::Type::Length))
    ->Arg(static_cast<int>(value::Type::Money))
    ->Arg(static_cast<int>(value::Type::Percent))
    ->Arg(static_cast<int>(value::Type::Year))
    ->Arg(static_cast<int>(value::Type::Date))
    ->Arg(static_cast<int>(value::Type::Ordinal));

// The whole matcher on one document; its cost should barely grow with the facts.
void BM_Match(benchmark::State& state) {
  const int facts = static_cast<int>(state.range(0));
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("bench.facts", rules_text(facts), sink);
  if (!rules) {
    state.SkipWithError("the generated rules do not parse");
    return;
  }
  const match::Matcher matcher(*rules);
  const doc::Document document = sample_document();
  std::size_t statements = 0;
  for (auto _ : state) statements = matcher.run(document).size();
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * document.normalized.size()));
  state.counters["statements"] = static_cast<double>(statements);
}
BENCHMARK(BM_Match)->Arg(10)->Arg(100)->Arg(1000);

void BM_ReadQuotes(benchmark::State& state) {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("bench.facts", rules_text(10), sink);
  const quote::EntityNames names(rules->entities);
  const doc::Document document = sample_document();
  for (auto _ : state) benchmark::DoNotOptimize(quote::read_quotes(document, names));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * document.normalized.size()));
}
BENCHMARK(BM_ReadQuotes);

// Pairing quotation marks alone: the pass every document gets, quotations or not.
void BM_FindQuoteMarks(benchmark::State& state) {
  const doc::Document document = sample_document();
  for (auto _ : state) benchmark::DoNotOptimize(quote::find_quote_marks(document.visible));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * document.visible.size()));
}
BENCHMARK(BM_FindQuoteMarks);

}  // namespace

BENCHMARK_MAIN();
