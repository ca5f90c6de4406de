// Cue matches: where a fact's cue words occur, the value of the fact's type nearest
// to them in the same clause, unless a veto word stands between or just around them
// (docs/rules.md "Cues"). Patterns say a fact word by word; cues say what it is about
// and leave the order of the words to the writer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "match/document_index.h"
#include "match/match_stats.h"
#include "match/nfa_runner.h"
#include "match/vocabulary.h"

namespace factlint::match {

// How far a cue reaches for its value: at most this many tokens between them when the
// value comes after the cue ("trade ... reached $5 billion"), and this many when it
// comes before, where English puts a figure only inside the noun phrase ("$5 billion
// in trade", "a 4,209 km shared border").
inline constexpr int kCueReach = 20;
inline constexpr int kCueReachBefore = 6;
// Veto words count from this many tokens before the cue-and-value span to this many
// after it ("they aim to raise trade to $250 billion"; "a $250 billion target").
inline constexpr int kVetoBefore = 6;
inline constexpr int kVetoAfter = 3;

// One cue occurrence paired with its value.
struct CueMatch {
  int cue = 0;                    // which cue of the fact
  TokenMatch cue_tokens;          // the cue's own tokens
  std::vector<Binding> bindings;  // one per capture slot: the cue's captures, then the value (last slot)
  TokenMatch clause;              // the clause both lie in
  int distance = 0;               // tokens between the cue and the value
  // The value slot holds an ordinal reading: for a count, the count of events ("their
  // 40th meeting"); for a year, the years an anniversary counts back ("the 20th anniversary").
  bool from_ordinal = false;
  bool continued = false;         // found in a continued sentence: the cue is in one before it
  // A value compared with the cue's own ("$190 billion, up from $147 billion the year
  // before"): the tokens of the value it is compared with, and how many years its
  // scope lies from that value's (-1 for "the year before"; 0 when it names its own).
  TokenMatch compared_with{-1, -1};
  int year_offset = 0;
  // A continued sentence that counts back from the one it continues ("A year earlier
  // the figure had been 1.98 million", "Before that it cost 449 euros"): how many
  // years back, negative for years on ("Two years later the figure was 52,000"); the
  // matcher dates it from that sentence's statement (0: not so).
  int years_back = 0;
  // A continued sentence that names the year of the figure before instead ("the figure
  // for 2018 was 7,536 km²"): kept, as years_back's, only for facts with a year scope.
  bool figure_for_year = false;
};

// What a fact says of its own figures beyond its cues and vetoes (docs/rules.md "Cues",
// step 2): the dimensions its cues name, for a length (match/dimension.h), and the
// kinds its entity roles take ("dam", "canal"), which name its entities in a noun
// phrase ("the 2,335 m dam").
struct CueFact {
  int dimensions = 0;
  std::vector<std::string> kinds;
  // `scope per year`: a from-to series gives a statement per figure, each of its own
  // year; otherwise the later figure alone is the fact's (docs/rules.md "Cues", step 4).
  bool per_year = false;
};

// Whether the token at `t` is one of the cue's own words (not a word its gaps skip).
bool is_cue_word(const Program& cue, const DocumentIndex& index, int t);

// Whether the token at `t` is a word of any of a fact's cues.
bool is_any_cue_word(const std::vector<CompiledPattern>& cues, const DocumentIndex& index, int t);

// Whether the figure [begin, end) of the sentence opening at `first` is a name's: inside
// a longer name ("3" in "Terminal 3") or a whole alias ("747"). It is no figure of any
// fact, wherever it stands (docs/rules.md "Cues", step 3).
bool names_figure(const DocumentIndex& index, int first, int begin, int end);

// The closed word lists of the cue model, interned so documents' tokens compare by id.
struct CueWords {
  // Words that end a clause inside a sentence: ";", "but", "while", "whereas",
  // "although", "though", "however".
  std::vector<int> clause_breaks;
  // Words that, right after an ordinal, make it number a period or an occasion, not a
  // rank: "the second year in a row", "for the first time", "the first half".
  std::vector<int> periods;
  // Words that open a sentence referring back to what came before: "It", "They",
  // "Its", "His" (a continued sentence, docs/rules.md "Cues").
  std::vector<int> referring;
  // Words that may stand between a continued sentence's subject and its value: forms
  // of "be", verbs of a level ("reached", "stood at", "ranked", "came"), hedges. Any
  // other word ("It also earned $1.2 billion") says the figure is of something else.
  std::vector<int> level;
  // A compared value: "from", "against", "versus", "vs" or "compared with/to" open it;
  // "the year before", "a year earlier", "a year ago", "the previous year" date it a
  // year back; "two years earlier" two.
  std::vector<int> compare_openers;
  std::vector<int> compared;  // "compared", "compare", "comparison"
  std::vector<int> earlier;   // "before", "earlier", "ago"
  std::vector<int> previous;  // "previous", "prior", "preceding"
  int year = 0;
  int years = 0;
  // A continued sentence may open with the time it counts back ("A year earlier", "Two
  // years before", "Before that"), and refer to the figure before ("the figure", "that
  // number"); then a price may be what it "cost".
  int before = 0;
  int semicolon = 0;
  std::vector<int> that_words;      // "that", "then"
  std::vector<int> figure_nouns;    // "figure", "number", "total", "tally"
  std::vector<int> figure_openers;  // "the", "that", "this"
  std::vector<int> cost_words;      // "cost", "costs"
  std::vector<int> year_counts;  // "a", "one", "two", "three": how many years back, counting "the" as one
  // A cue sentence may open with the time it counts on from the statement before: "Two
  // years later", "The following year", "The next year".
  int later = 0;
  std::vector<int> following;  // "following", "next"
  int and_word = 0;     // "6.1 million in 2010 and 7.4 million in 2024": a series of dated figures
  int comma = 0;        // "X in 2019, Y in 2021 and Z in 2024": so is a comma
  int colon = 0;        // "$5.5 billion (2023: $5.1 billion)": a parenthesis of another year
  int open_paren = 0;
  // "In July 2019, ...", "On 25 September ...": a year or date after one of these
  // (or none) that opens a clause is its time frame.
  std::vector<int> frame_openers;
  std::vector<int> months;  // "In May 1996": the month a year reading leaves out
  int anniversary = 0;  // "the 20th anniversary": a year fact's value, counted back
  // Words that end one figure's phrase before the next ("revenue was $5 billion **and**
  // profit $1 billion"): ",", ";", "and", "or", "to", "against", "versus", "vs",
  // "compared", "from", "than". A veto word belongs to the figure with fewest of them
  // between the two.
  std::vector<int> separators;
};
CueWords cue_words(Vocabulary& vocabulary);

// The veto occurrences of [first, last) (docs/rules.md "Vetoes"): matches of `vetoes`,
// those inside a longer entity name left out (its common word is the name's).
// `authors_only`: the rule author's own vetoes, not the built-in ones.
std::vector<TokenMatch> veto_hits_in(const std::vector<CompiledPattern>& vetoes, const DocumentIndex& index,
                                     int first, int last, NfaRunner& runner, MatchStats& stats,
                                     bool authors_only = false);

// The default vetoes of every cue (lang::kDefaultVetoWords: the words of forecasts,
// targets and plans) but the `allowed` ones, as one pattern; nullopt when all are allowed.
std::optional<lang::PatternNode> default_vetoes(const std::vector<std::string>& allowed);

// The years a clause [first, last) counts from the statement before it, when it opens
// with that time: back ("A year earlier", "Two years before", "The previous year",
// "Before that": -1, -2, ...) or on ("A year later", "Three years later", "The
// following year", "The next year": 1, 3, ...); 0 when it opens otherwise.
int opening_year_shift(const DocumentIndex& index, const CueWords& words, int first, int last);

// Clauses of the sentence [first, last): token ranges between clause breaks.
std::vector<TokenMatch> clauses_of(const DocumentIndex& index, const std::vector<int>& breaks, int first, int last);

// Whether the reading [begin, end) of an ordinal numbers a period or an occasion (the
// token after it is one of `periods`), which makes it no rank.
bool numbers_a_period(const DocumentIndex& index, const CueWords& words, int end);

// The cue matches of one fact in one sentence [first, last). `cues` and `vetoes` are
// the fact's compiled cue and veto programs; the value is a reading of the last
// slot's type. A reading is paired with the nearest cue occurrence in its clause
// within kCueReach tokens; each cue occurrence keeps its nearest unvetoed reading
// (after it on a tie). A cue that captures the value itself needs no pairing. Readings
// overlapping a reading of a year are not counts or numbers (`years`: those readings,
// or null). For a count whose fact says `count ordinals`, an ordinal just before the
// cue, or in "for the Nth time" in its clause, is the count of the cue's events ("their
// 40th meeting": 40 meetings; `ordinals`: those readings, or null when the fact does not
// count ordinals); a superlative, "top" or "number one" never is. For a year, an
// ordinal just before "anniversary" counts back from the statement's year ("the 20th
// anniversary" in 2021 is 2001), before any year written out. A figure of another
// measure of the same thing is no value of the fact (`about`): a length naming
// another dimension than the fact's cues ("366 metres long" for a beam), a figure
// that measures another noun ("its own $8.2 billion widening", match/attributive_figure.h).
std::vector<CueMatch> find_cue_matches(const std::vector<CompiledPattern>& cues,
                                       const std::vector<CompiledPattern>& vetoes, const DocumentIndex& index,
                                       const CueWords& words, const TypedReadings* years,
                                       const TypedReadings* ordinals, const CueFact& about, int first, int last,
                                       NfaRunner& runner, MatchStats& stats, bool* cue_seen = nullptr);

// "... approved an expansion programme. ... The programme cost $5.4 billion.": a
// sentence [first, last) that opens with "the", "this" or "that", at most one word and
// a lowercase noun is about the thing that noun named before, in [earliest, first)
// (the sentences before it in its paragraph). When a veto word of the fact stands right
// before that noun there (at most two words before it: "an expansion programme"), the
// subject is the vetoed thing: returns the token after the subject's noun (a match
// whose cue stands after it is dropped), else -1. Only the noun's nearest mention
// before counts; a noun that is a cue word, an entity's name or one of `kinds` (the
// fact's role kinds) is no such subject.
int vetoed_antecedent(const std::vector<CompiledPattern>& cues, const std::vector<CompiledPattern>& vetoes,
                      const std::vector<std::string>& kinds, const DocumentIndex& index, int earliest, int first,
                      int last, NfaRunner& runner, MatchStats& stats);

// A continued sentence: one without a cue of the fact, within kContextSentences after
// a sentence with one, that refers back to it. It opens with a referring word ("It",
// "Their") or names an entity that fits one of the fact's roles before its first
// value. Every reading of the value's type in it is a match (the value slot bound,
// nothing else), unless a veto word occurs anywhere in the sentence; for a year or a
// date, never. Between its subject and its first value only CueWords::level words may
// stand ("It was 68th", not "It also earned $1.2 billion"). It may open with the time
// it counts back (or on) from the sentence it continues ("A year earlier", "Before
// that", "Two years later"): CueMatch::years_back says how far, and then its subject
// may be "the figure", the one
// way counts and plain numbers continue (without a cue word beside it, a bare figure
// could be a figure of anything), and a price may be what "it cost"; "the figure two
// years earlier" puts the time after it. With `counting_back_only`, only such a
// sentence (or clause: the matcher passes a cue sentence's clause after ';'). `slots`
// are the fact's capture slots (roles, then value).
std::vector<CueMatch> find_continued_matches(const std::vector<CompiledPattern>& vetoes,
                                             const std::vector<CaptureSlot>& slots, const DocumentIndex& index,
                                             const CueWords& words, int first, int last, NfaRunner& runner,
                                             MatchStats& stats, bool counting_back_only = false);

// Whether entity `entity` may fill one of the entity roles of `slots` (the last slot
// is the value's).
bool fits_a_role(const std::vector<CaptureSlot>& slots, int entity);

// A question and its answer, or a statement and the sentence it announces (docs/rules.md
// "Cues", step 7): interviews and FAQs put the fact's words in a question ("How much
// freight does the river carry?") and its figure in the next sentence, which names
// neither ("It was about 160 million tonnes last year."); prose does the same ("The
// expedition price is where the spread is widest. Operators sell an ascent for about
// USD 45,000."). [q_first, q_last) is a sentence where a cue occurs with no reading of
// the value's type; [first, last) the sentence after it. The answer's first reading of
// the type in its first clause is the match (a figure inside a name is none), unless a
// veto word occurs in either sentence (in the question, other than its `cues`' words), a span shorter than a year does (for a total), or the asking sentence
// names entities none of which fits a role. A count, number, year or date only answers
// a question (a bare figure could count anything), and for a count or number no year.
// The value slot is bound, nothing else. `is_question`: the sentence ends in "?".
bool is_question(const DocumentIndex& index, int first, int last);
std::optional<CueMatch> find_answer_match(const std::vector<CompiledPattern>& cues,
                                          const std::vector<CompiledPattern>& vetoes,
                                          const std::vector<CaptureSlot>& slots, const DocumentIndex& index,
                                          const CueWords& words, const TypedReadings* years, int q_first,
                                          int q_last, int first, int last, NfaRunner& runner, MatchStats& stats);

// A timeline entry's year as the value of a `year` fact: in "**1914.** The canal opens
// to traffic." the sentence [first, last) holds the cue and no year, and `label` (a
// year reading of the sentence just before, which is that year alone) is when it
// happened. The first cue occurrence the fact's vetoes leave is the match; none when
// every one is vetoed. The caller decides what is a label (Matcher: the entry's first
// sentence only).
std::optional<CueMatch> find_label_year_match(const std::vector<CompiledPattern>& cues,
                                              const std::vector<CompiledPattern>& vetoes, const DocumentIndex& index,
                                              const CueWords& words, Binding label, int first, int last,
                                              NfaRunner& runner, MatchStats& stats);

// Why a sentence where a cue occurs gave no cue match, for `rules audit` and
// `explain --text`; nullopt when no cue occurs. `matched` when the cue did find a
// value (the matcher may still have dropped it: roles missing, value taken).
struct CueMiss {
  bool matched = false;
  std::string reason;
  int rank = 0;  // 0: nearest to a statement (vetoed), 1: value out of reach, 2: no value at all
  // The values the reason is about: when `matched`, each cue match's value (the first
  // match's cue in `cue`); else the value nearest the cue, when the reason names one.
  // The matcher tells by them whether a figure the fact's values pass over is the cause
  // or only stands beside it (docs/rules.md "Finding what your rules miss").
  std::vector<TokenMatch> values;
  TokenMatch cue{-1, -1};
};
std::optional<CueMiss> explain_cue_miss(const std::vector<CompiledPattern>& cues,
                                        const std::vector<CompiledPattern>& vetoes, const DocumentIndex& index,
                                        const CueWords& words, const TypedReadings* years,
                                        const TypedReadings* ordinals, const CueFact& about, std::string_view text,
                                        int first, int last, NfaRunner& runner, MatchStats& stats);

}  // namespace factlint::match
