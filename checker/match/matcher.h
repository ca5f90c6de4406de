// Compiles a RuleSet into token automata and runs them over documents. Linear in
// the document length for any rule set: patterns are simulated as NFAs over
// tokens (no backtracking), values come from value::scan_values.
//
// How a document is matched:
// 1. Tokens (match/tokenizer.h) of the normalized text: a hyphen between words only
//    separates them ("number-one" is `number one`), quotation marks are not tokens,
//    other punctuation is (so a comma counts toward a gap's bound). Alias occurrences
//    (longest alias at each token); value readings of every type the rules use,
//    scanned once per document.
// 2. Each pattern runs within one sentence (or the sentence and the fact's `window`
//    following sentences) and yields, for every start token, its longest match
//    (one right-to-left NFA pass per sentence; see nfa_runner.h).
// 3. Overlaps. Candidate matches of all facts and patterns are ranked by
//      a. higher FactDecl::priority,
//      b. then longer match (more tokens),
//      c. then earlier rule order: fact index in RuleSet::facts, then pattern index,
//      d. then earlier start offset,
//    and taken greedily in that order. A candidate is dropped when it overlaps (in
//    the normalized text) a match of the same fact already taken, or when its value
//    overlaps the value of any statement already taken. So two patterns of one fact
//    that read the same value give one statement, and two facts never read one value;
//    but two facts may share context words: "In 2001 they signed the Treaty of
//    Good-Neighborliness, which was renewed in 2021" states both years.
// 4. Captures of a kept match are bound by pattern priority (earlier alternatives,
//    optional parts taken, shortest gaps, longest value reading). A match whose key
//    roles bind one entity twice ("China's China") or that leaves a role unbound is
//    dropped, and does not block overlapping candidates. Exception: key roles the
//    fact lists in `resolve ... from context` may be left unbound by a pattern; they
//    take the first distinct entities (not bound already) named earlier in the
//    match's sentence, else in the nearest of the lang::kContextSentences sentences
//    before it that names enough of them, in order of appearance. A statement whose
//    roles cannot be resolved so is dropped.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "doc/document.h"
#include "lang/ast.h"
#include "match/match_stats.h"
#include "match/statement.h"
#include "source/diagnostic.h"
#include "value/civil_date.h"
#include "value/scan.h"

namespace factlint::match {

// Changes whenever matching can give different statements for the same rules and
// text; fold it into the extraction cache key so cached statements are recomputed.
inline constexpr std::string_view kMatcherVersion = "match-15";  // 2: word forms, cues, the prefilter, falls;
                                                                 // 3: scope sources, tons, partial dates,
                                                                 //    continued sentences, anniversaries,
                                                                 //    counted ordinals opt-in;
                                                                 // 4: facts in tables;
                                                                 // 5: a cell's value text in the document's letters;
                                                                 // 6: sentence subjects and compared entities in
                                                                 //    context, compared years, paragraph-year dates,
                                                                 //    figures that are no counts;
                                                                 // 7: an identifier with '_' is one word;
                                                                 // 8: vetoes after the value owned by the nearest
                                                                 //    figure, comma series, context stops at headings,
                                                                 //    sentence ends after units and in-name titles;
                                                                 // 9: a veto word belongs to the figure of its
                                                                 //    own phrase, before the value too (and the
                                                                 //    word-form, day-of-month and cue's-own-number
                                                                 //    changes merged with it, which had not bumped it);
                                                                 // 10: a common veto word inside a longer name vetoes
                                                                 //     nothing, rates and units of another type are not
                                                                 //     read, the cue whose entities the sentence names
                                                                 //     wins a shared value, timeline labels are years;
                                                                 // 11: a date without its year is its paragraph's
                                                                 //     year, "(2022: X)" states 2022's figure, a
                                                                 //     year or date opening a clause dates it
                                                                 // 12: the title's entities are the topic first and
                                                                 //     its year dates a look back; compared
                                                                 //     mentions make no topic; role sources
                                                                 // 13: lists without their verb, years of another
                                                                 //     figure's clause or a record's "since",
                                                                 //     "the" aliases yield to longer names, plural
                                                                 //     units, object pronouns, longer names
                                                                 // 14: sessions 22-24's matching changes, which had
                                                                 //     not bumped it (label lines, closed years,
                                                                 //     table ranks, totals since a year, undone
                                                                 //     closings, measures before their noun, ...)
                                                                 // 15: session 25: place columns under a ranking's
                                                                 //     title, totals since a year told as sums, "was
                                                                 //     raised up to", list-item ties, a record's
                                                                 //     "since" no date value; dates of a new thing's
                                                                 //     participle phrase, "the" aliases as
                                                                 //     predicates, "than you would think",
                                                                 //     superlatives' place phrases, vetoes of a
                                                                 //     change's first end, milestones' lower bounds,
                                                                 //     undated days of a look-back document;
                                                                 //     "nearly" reaching below its figure, fiscal
                                                                 //     years naming their month, headlines' "to",
                                                                 //     "rose by" under a "rose to" cue; a year a
                                                                 //     figure's clause closes, "for the first
                                                                 //     quarter", phrases on compared names, signed
                                                                 //     loss headers, "against" compares; "handed
                                                                 //     over" and "turned over" no hedges, a noun
                                                                 //     after a change's first figure, weekdays
                                                                 //     with plural nights or mornings no dates

// A sentence that holds a fact's words but gave no statement of it, and why
// (docs/rules.md "Finding what your rules miss").
struct NearMiss {
  std::string fact;
  std::size_t begin = 0;       // original byte range of the sentence
  std::size_t end = 0;
  source::Location location;   // of the sentence's start
  std::string sentence;        // the sentence, whitespace collapsed
  std::string reason;          // "cue 'trade' and the money value '$300 billion' are vetoed by 'expected'"
  int rank = 0;                // 0 nearest to a statement; higher, further
  bool value_here = false;     // the sentence holds a value of the fact's type
  // The statement was dropped because its value phrase was read only in part; the
  // reason reads "dropped: 'fifty-third' - '-third' is not read" and `location` is the phrase's.
  bool dropped = false;
  // The sentence stated the fact, and the rules dropped the statement on purpose: its
  // role is an ignored entity, or another entity than the fact ties it to. Explain
  // shows it; the audit, which lists what the rules miss, does not.
  bool on_purpose = false;
  std::string document;        // Document::path
  // A sentence with no cue or pattern word of the fact (Matcher::uncued_sentences), and
  // the plain words nearest its figure, nearest first, that name no entity: what the
  // writer called it.
  bool without_cue = false;
  std::vector<std::string> cue_words;
  std::optional<value::Value> figure;  // the figure it holds, for ranking (match/restatement_rank.h)
};

class Matcher {
 public:
  // The rule set must outlive the matcher. Patterns naming unknown roles or macros
  // (which lang reports as errors) never match.
  explicit Matcher(const lang::RuleSet& rules);
  // The same, reporting to `sink` an error at each pattern that cannot be compiled
  // (one whose macros expand past the size limit; lang reports the other causes).
  Matcher(const lang::RuleSet& rules, source::DiagnosticSink& sink);
  Matcher(lang::RuleSet&& rules) = delete;  // a temporary rule set would not outlive it
  Matcher(lang::RuleSet&& rules, source::DiagnosticSink& sink) = delete;
  ~Matcher();
  Matcher(Matcher&&) noexcept;
  Matcher& operator=(Matcher&&) noexcept;

  // Every statement in the document, overlaps resolved (priority, then longest,
  // then rule order, then offset), sorted by position.
  std::vector<Statement> run(const doc::Document& document) const;
  // The same, adding the work done to `stats` (tests check linearity with it).
  std::vector<Statement> run(const doc::Document& document, MatchStats* stats) const;

  // Runs over text held in memory (`factlint test` examples): builds a plain-text
  // document named "<example>" with `date` as its publication date (the reference
  // for relative dates and the default scope year).
  // `settings` are the document's value settings (how 04/05/2020 and a bare ton read).
  std::vector<Statement> run_text(std::string_view text, std::optional<value::CivilDate> date = std::nullopt,
                                  const value::ValueSettings& settings = {}) const;

  // The certain words of every pattern and cue (match/prefilter.h): per pattern or
  // cue, its clauses, each the words of which a match reads at least one (a stem is
  // written with a trailing '*', "climb*"). A pattern or cue with no clause may
  // match anywhere. Patterns that cannot be compiled are left out: they never match.
  std::vector<std::vector<std::vector<std::string>>> certain_words() const;

  // The sentences of the document that hold a fact's cue, or every word a pattern must
  // read, but gave no statement of that fact, each with the reason; by position.
  std::vector<NearMiss> near_misses(const doc::Document& document) const;
  std::vector<NearMiss> near_misses_text(std::string_view text, std::optional<value::CivilDate> date = std::nullopt,
                                         const value::ValueSettings& settings = {}) const;
  // The sentences that name one of a fact's entities (or follow a statement of it in
  // the same paragraph) and hold a figure of its type nothing read, but none of its
  // cue or pattern words: phrasings the rules lack (`rules audit --without-cue`).
  // `near` are the document's near misses: a sentence listed there is left out.
  std::vector<NearMiss> uncued_sentences(const doc::Document& document, const std::vector<NearMiss>& near) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace factlint::match
