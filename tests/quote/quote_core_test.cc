// Comparing quotation cores (quote/quote_core.h, issue 10) gives what comparing the
// whole quotations gives: the same groups, verdicts, explanations, order and, once
// each core's statement is read back, the same findings.
#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "lang/ast.h"
#include "match/statement_record.h"
#include "quote/quote_comparator.h"
#include "quote/quote_core.h"
#include "quote/quote_findings.h"
#include "quote_support.h"

using namespace factlint;
using namespace factlint::quote;
using namespace factlint::quote::testing;

namespace {

// Documents with changed words, other speakers, one source, scare quotes, a nested
// quotation, repeated ones and (in one section) a declared one.
std::vector<Quote> sample_quotes() {
  const std::vector<std::string> texts = {
      "\u201CThe ferry runs at dawn and never at night,\u201D said Amara Okafor. Critics called it a \u201Cstunt\u201D.",
      "Okafor said: \"The ferry runs at dawn.\" Lindqvist replied, \u201CWe will not sell the harbour.\u201D",
      "\u201CThe ferry runs at night,\u201D said Erik Lindqvist. \u201CWe will sell the harbour,\u201D Lindqvist said.",
      "Mr. Lindqvist said \u201Cthe ferry runs at dawn and never at night.\u201D Oslo is \u201Ccalm\u201D.",
      "\u201CHe told me \u2018the harbour is ours\u2019 twice,\u201D said Amara Okafor about Lindqvist.",
      "\u201CThe ferry runs at dawn and never at night,\u201D said Amara Okafor. A lone \u201Cquote\u201D here.",
      // An ellipsis (a core's gaps) and a respelling (compared by spelling key ids).
      "\u201CThe ferry runs \u2026 never at night,\u201D said Amara Okafor. \u201CWe will not sell the harbor,\u201D said Lindqvist.",
  };
  std::vector<Quote> all;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    for (Quote& q : quotes_of(texts[i], fmt::format("doc{}.txt", i))) all.push_back(std::move(q));
  }
  return all;
}

std::string describe(const compare::Finding& f) {
  std::string out = fmt::format("{}|{}|{}|{}|{}|{}\n", f.id, f.key, compare::verdict_name(f.verdict), f.reason,
                                f.severity, f.explanation);
  for (const compare::ValueGroup& g : f.values) {
    out += fmt::format("  {}|{}|{}\n", g.value.text, g.value.display, g.deviates);
    for (const match::Statement& s : g.statements) {
      std::string roles;
      for (const auto& [role, value] : s.roles) roles += role + "=" + value + ";";
      for (const std::string& t : s.role_texts) roles += "[" + t + "]";
      out += fmt::format("    {}|{}|{}:{}|{}-{}|{}|{}|{}|{}|{}\n", s.fact, s.key, s.document, s.location.line,
                         s.begin, s.end, s.text, s.sentence, s.value.text, s.value.display, roles);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("quotation cores are compared as the whole quotations are", "[quote]") {
  lang::QuoteDecl declared;
  declared.name = "harbour";
  declared.text = "We will not sell the harbour";
  declared.speaker = "Lindqvist";
  const bool with_declaration = GENERATE(false, true);
  std::vector<lang::QuoteDecl> declarations;
  if (with_declaration) declarations.push_back(declared);
  const std::vector<Quote> quotes = sample_quotes();
  REQUIRE(quotes.size() >= 12);

  std::string expected;
  for (const compare::Finding& f : to_findings(compare_quotes(quotes, {}, declarations))) expected += describe(f);

  // The rest of each quotation is its statement, found again by the core's `rest`.
  std::vector<match::Statement> rests;
  CoreStrings strings;
  std::deque<QuoteCore> cores;
  for (Quote q : quotes) {
    rests.push_back(quote_statement(q));
    cores.push_back(core_of(std::move(q), rests.size() - 1, strings));
  }
  // Each statement made straight into a finding spill, or into the finding.
  const bool spilled = GENERATE(false, true);
  compare::FindingSpill spill;
  std::string got;
  for (const compare::Finding& f :
       to_findings(compare_quotes(cores, {}, declarations),
                   [&](const QuoteCore& c) { return rests.at(c.rest); }, spilled ? &spill : nullptr)) {
    CHECK(f.spilled.has_value() == spilled);
    got += describe(spill.whole(f));
  }
  CHECK(got == expected);
  CAPTURE(expected);
  CHECK(expected.find("altered-quote") != std::string::npos);
  CHECK(expected.find("misattributed-quote") != std::string::npos);
  CHECK(expected.find("is cut from") != std::string::npos);
  CHECK(expected.find("doc6.txt") != std::string::npos);
}

// A finding of cores points to the run's cores, never copies them: a wire quotation
// in a million documents would otherwise be held twice (issue 10).
TEST_CASE("findings of cores point to the cores compared", "[quote]") {
  CoreStrings strings;
  std::deque<QuoteCore> cores;
  for (Quote q : sample_quotes()) cores.push_back(core_of(std::move(q), cores.size(), strings));
  const std::vector<CoreQuoteFinding> found = compare_quotes(cores, {});
  std::size_t held_quotes = 0;
  for (const CoreQuoteFinding& f : found) {
    for (const auto& v : f.variants) {
      for (const QuoteCore* q : v.quotes) {
        const bool among = std::any_of(cores.begin(), cores.end(), [&](const QuoteCore& c) { return &c == q; });
        CHECK(among);
        CHECK(&held(q) == q);
        ++held_quotes;
      }
    }
  }
  CHECK(held_quotes > 10);
  // The cores themselves are left as they were: the findings' statements are read from them.
  for (std::size_t i = 0; i < cores.size(); ++i) CHECK(cores[i].rest == i);
}

TEST_CASE("cores share the strings a corpus repeats", "[quote]") {
  CoreStrings strings;
  std::vector<Quote> quotes = quotes_of("\u201CThe ferry runs at dawn,\u201D said Amara Okafor.", "a.txt");
  std::vector<Quote> again = quotes_of("\u201CThe ferry runs at dawn,\u201D said Amara Okafor.", "a.txt");
  REQUIRE(quotes.size() == 1);
  QuoteCore a = core_of(std::move(quotes[0]), 0, strings);
  QuoteCore b = core_of(std::move(again[0]), 1, strings);
  CHECK(a.words == b.words);  // one wording, held once
  CHECK(a.document == b.document);
  CHECK(a.framing == b.framing);  // speaker, about, gaps and kind, held once
  CHECK(words_of(a) == std::vector<std::string>{"the", "ferry", "runs", "at", "dawn"});
  CHECK(speaker_of(a) == "Okafor");
  CHECK(b.rest == 1);
  CHECK(gaps_of(a).empty());
  std::vector<Quote> cut = quotes_of("\u201CThe ferry runs \u2026 at dawn,\u201D said Amara Okafor.", "b.txt");
  REQUIRE(cut.size() == 1);
  QuoteCore c = core_of(std::move(cut[0]), 2, strings);
  CHECK(gaps_of(c) == std::vector<std::size_t>{3});
  CHECK(c.words == a.words);  // the same words, cut or not: one wording
  CHECK(words_of(c) == words_of(a));
}

// A full run notes the store's quotation entries from cores and an incremental run
// finds them again from whole quotations (app/quotation_change.h): the two must agree.
TEST_CASE("a core takes part and keys its entry as its quotation does", "[quote]") {
  std::vector<Quote> quotes = sample_quotes();
  for (Quote& q : quotes_of("Okafor called the plan \u201Creckless\u201D. Lindqvist: \u201Creckless\u201D.", "one.txt")) {
    quotes.push_back(std::move(q));
  }
  QuoteOptions options;
  options.min_words = GENERATE(1, 3);
  if (GENERATE(false, true)) options.ignore.push_back("doc2.txt");
  CoreStrings strings;
  std::size_t speech = 0, taking_part = 0, one_word = 0;
  for (const Quote& q : quotes) {
    const QuoteCore core = core_of(Quote(q), 0, strings);
    CAPTURE(entry_key(q));
    CHECK(entry_key(core) == entry_key(q));
    CHECK(one_word_speech(core) == one_word_speech(q));
    CHECK(takes_part(core, options) == takes_part(q, options));
    speech += one_word_speech(q);
    taking_part += takes_part(q, options);
    one_word += q.words.size() == 1;
  }
  // The sample covers what the answers turn on: one-word quotations with and without a
  // speaker, and quotations both taking part and not.
  CHECK(speech >= 1);
  CHECK(one_word > speech);
  CHECK(taking_part >= 1);
  CHECK(taking_part < quotes.size());
}

// A core names its document, speaker, topic, cuts and kind by ids (32 bytes, issue
// 10): each must give back what its quotation held.
TEST_CASE("a core gives back each field of its quotation", "[quote]") {
  std::vector<Quote> quotes = sample_quotes();
  // A document quoted again after another: its path is kept twice, still the same path.
  // And a quotation about someone ("X called Y his ..."), which the sample has not.
  for (Quote& q : quotes_of("\u201CWe will not sell the harbour,\u201D said Lindqvist. Lindqvist once called Okafor his "
                            "\u201Cmost stubborn neighbour\u201D at the port.",
                            "doc0.txt")) {
    quotes.push_back(std::move(q));
  }
  CoreStrings strings;
  std::size_t with_about = 0, with_gaps = 0, not_speech = 0, nested = 0;
  for (const Quote& q : quotes) {
    const QuoteCore core = core_of(Quote(q), 7, strings);
    CAPTURE(q.text);
    CHECK(document_of(core) == q.document);
    CHECK(words_of(core) == q.words);
    CHECK(speaker_of(core) == q.speaker.name);
    CHECK(about_of(core) == q.about);
    CHECK(gaps_of(core) == q.gaps);
    CHECK(kind_of(core) == q.kind);
    CHECK(nested_of(core) == q.nested);
    CHECK(line_of(core) == q.location.line);
    CHECK(core.begin == q.begin);
    CHECK(core.rest == 7);
    with_about += !q.about.empty();
    with_gaps += !q.gaps.empty();
    not_speech += q.kind != QuoteKind::Speech;
    nested += q.nested;
  }
  // The sample gives every field something to tell apart.
  CHECK(with_about >= 1);
  CHECK(with_gaps >= 1);
  CHECK(not_speech >= 1);
  CHECK(nested >= 1);
  STATIC_REQUIRE(sizeof(QuoteCore) == 32);
}

// A run encodes each quotation's statement in turn into one statement (app/quote_book.h):
// whatever the quotation before it held (whom it was about, a speaker, a scare quote),
// each record is the one of a statement made afresh.
TEST_CASE("a statement filled in turn from each quotation is the one made afresh", "[quote]") {
  std::vector<Quote> quotes = sample_quotes();
  Quote about = quotes.front();
  about.about = "Norway";
  about.about_text = "Oslo";
  quotes.push_back(about);
  Quote about_unknown = quotes.front();
  about_unknown.about.clear();
  about_unknown.about_text = "his neighbour";
  quotes.push_back(about_unknown);
  quotes.push_back(quotes.front());
  REQUIRE(std::any_of(quotes.begin(), quotes.end(), [](const Quote& q) { return !q.about.empty(); }));
  REQUIRE(std::any_of(quotes.begin(), quotes.end(), [](const Quote& q) { return q.kind != QuoteKind::Speech; }));
  match::Statement reused;
  for (const Quote& q : quotes) {
    fill_quote_statement(q, reused);
    std::string filled, fresh;
    match::encode_statement(filled, 0, reused);
    match::encode_statement(fresh, 0, quote_statement(q));
    CAPTURE(q.text);
    CHECK(filled == fresh);
  }
}
