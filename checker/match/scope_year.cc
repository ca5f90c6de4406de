// The year a statement's value is of (match/scope_year.h).
#include "match/scope_year.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <string_view>

#include "match/attached_phrases.h"
#include "match/closed_year.h"
#include "match/fiscal_phrase.h"
#include "match/narrated_year.h"
#include "match/since_clause.h"
#include "match/time_frame.h"
#include "match/token_range.h"
#include "match/when_clause.h"
#include "value/civil_date.h"
#include "value/month_name.h"

namespace factlint::match {

namespace {

bool ends_with_word(std::string_view text, std::string_view word) {
  if (text.size() < word.size() || text.substr(text.size() - word.size()) != word) return false;
  if (text.size() == word.size()) return true;
  char before = text[text.size() - word.size() - 1];
  return !(std::isalnum(static_cast<unsigned char>(before)) || static_cast<unsigned char>(before) >= 0x80);
}

// Whether `before` ends with the words that open a comparison's period: "than (in)",
// "compared with/to (in)", "versus (in)", "vs (in)", "against (in)".
bool names_compared_period(std::string_view before) {
  auto drop_word = [&](std::string_view word) {
    if (!ends_with_word(before, word)) return false;
    before.remove_suffix(word.size());
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    return true;
  };
  drop_word("in");
  for (std::string_view opener : {"than", "compared with", "compared to", "versus", "vs", "vs.", "against"}) {
    if (ends_with_word(before, opener)) return true;
  }
  return false;
}

// Whether the year after `before` is the period a figure closes it with: "ended 2024
// with 7,323 employees", "finished 2019 with 271 million users", "closed the year at
// ...", and "at the end of 2024". Like "as of", it names the time the figure is of, before
// a year "in" another phrase gives ("After three rounds of cuts in 2023, the company
// ended 2024 with 7,323 employees", a retired held-out topic, session 25).
bool closes_with_year(std::string_view before) {
  for (std::string_view verb : {"ended", "ends", "ending", "finished", "finishes", "finishing", "closed", "closes",
                                "closing", "end of"}) {
    if (ends_with_word(before, verb)) return true;
  }
  return false;
}

// Whether the year after `before` is a deadline for paying or handing over what the
// clause tells of: "by" after "paid", "payable", "repaid", "disbursed", "spent",
// "transferred" or "delivered", up to three words back ("pledged $1 billion to be paid
// by 2015", "to be paid out in full by 2015"). It says when the money is due, not
// when the figure was stated: it dates nothing (docs/rules.md "Cues", step 5; a blind
// writer's report).
bool names_a_deadline(std::string_view before) {
  if (!ends_with_word(before, "by")) return false;
  before.remove_suffix(2);
  for (int words = 0; words < 4 && !before.empty(); ++words) {
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    const std::size_t space = before.rfind(' ');
    const std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
    for (std::string_view handed : {"paid", "payable", "repaid", "disbursed", "spent", "transferred", "delivered"}) {
      if (word == handed) return true;
    }
    if (word.empty() || !std::isalpha(static_cast<unsigned char>(word.back()))) return false;  // a comma, a figure's end
    before = space == std::string_view::npos ? std::string_view() : before.substr(0, space);
  }
  return false;
}

// Whether the year at `year_begin` stands in an aside opened by "including" after a
// running total of times, the value ending at `value_end`: "named best airport 12
// times, including eight years in a row from 2013 to 2020". The aside tells when some
// of those times were; the total is counted up to the time of writing, so its years
// date nothing of it (docs/rules.md "Cues", step 5; a blind writer's report).
bool aside_of_a_running_total(std::string_view text, std::size_t value_end, std::size_t year_begin) {
  if (year_begin <= value_end || year_begin > text.size()) return false;
  std::string_view after = text.substr(value_end, year_begin - value_end);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  if (!after.starts_with("times,") && !after.starts_with("times ,")) return false;
  const std::size_t including = after.find(", including ");
  const std::size_t including_spaced = after.find(" , including ");
  if (including == std::string_view::npos && including_spaced == std::string_view::npos) return false;
  // Within the aside: no sentence or clause break between "including" and the year.
  const std::size_t from = std::min(including, including_spaced) + 2;
  return after.find_first_of(";.", from) == std::string_view::npos;
}

// The year of the end date written right after a fiscal year ("fiscal 2023, which
// ended in March 2024", "fiscal 2023 ended March 2024", "FY2023 to March 2024", "fiscal
// 2023, the twelve months to March 2024"), else
// 0: writers number fiscal years two ways (Japan's press says "fiscal 2023" for the
// year Toyota calls FY2024), and the end date settles which year it is, as the year
// it ends names it (docs/rules.md "Dates"; a blind writer's report).
int fiscal_year_end(const DocumentIndex& index, std::size_t year_end) {
  const TypedReadings* dates = index.readings_of(value::Type::Date);
  if (!dates) return 0;
  int t = token_range(index, year_end, year_end).begin;
  const int last = std::min(static_cast<int>(index.tokens.size()), t + 8);
  auto word = [&](int k) { return k < last ? index.token_text(k) : std::string_view(); };
  if (word(t) == "," || word(t) == "(") ++t;
  if (word(t) == "which" || word(t) == "that") {
    ++t;
  } else if (word(t) == "the") {
    // An apposition that restates the year as a span: "fiscal 2022, the twelve months
    // to March 2023", "FY2023 (the year ended March 2024)".
    int k = t + 1;
    while (k < t + 4 && (word(k) == "twelve" || word(k) == "12" || word(k) == "months" || word(k) == "year" ||
                         word(k) == "period" || word(k) == "fiscal" || word(k) == "financial" ||
                         word(k) == "business")) {
      ++k;
    }
    if (k > t + 1) t = k;
  }
  const std::string_view link = word(t);
  if (link != "ended" && link != "ending" && link != "ends" && link != "to" && link != "through") return 0;
  ++t;
  if (word(t) == "in" || word(t) == "on") ++t;
  if (t >= static_cast<int>(index.tokens.size())) return 0;
  const std::size_t at = index.tokens[static_cast<std::size_t>(t)].begin;
  auto it = std::lower_bound(dates->readings.begin(), dates->readings.end(), at,
                             [](const value::ValueMatch& m, std::size_t pos) { return m.begin < pos; });
  if (it == dates->readings.end() || it->begin != at || !std::isfinite(it->value.hi)) return 0;
  return value::civil_from_days(static_cast<long>(std::floor(it->value.hi))).year;
}

// ", the figure for 2023" or ", the 2023 figure" after a clause: a comment that names
// the clause's own figure, with none of its own, so its year dates that figure (a
// newcomer's report). A phrase hung on a name ("Saudi Arabia, the largest supplier in
// 2022, ...") keeps its year.
bool restates_the_figure(const DocumentIndex& index, const AttachedPhrase& phrase,
                         const std::vector<TokenMatch>& figures) {
  if (phrase.name_begin >= 0) return false;
  for (const TokenMatch& f : figures) {
    if (f.begin >= phrase.begin && f.end <= phrase.end) return false;
  }
  const int head_end = std::min(phrase.end, phrase.begin + 5);
  for (int t = phrase.begin; t < head_end; ++t) {
    const std::string_view w = index.token_text(t);
    if (w == "figure" || w == "number" || w == "total" || w == "tally" || w == "count" || w == "estimate") return true;
  }
  return false;
}

// Whether a comma stands between two token ranges of one sentence.
bool comma_between(const DocumentIndex& index, TokenMatch a, TokenMatch b) {
  const int from = std::min(a.end, b.end);
  const int to = std::max(a.begin, b.begin);
  for (int t = from; t < to; ++t) {
    if (index.token_text(t) == ",") return true;
  }
  return false;
}

// Whether the clause says its figure holds at the time of writing: "now", "currently",
// "today", "at present", "presently".
bool says_now(const DocumentIndex& index, std::size_t begin, std::size_t end) {
  const TokenMatch tokens = token_range(index, begin, end);
  for (int t = tokens.begin; t < tokens.end; ++t) {
    const std::string_view w = index.token_text(t);
    if (w == "now" || w == "currently" || w == "today" || w == "presently") return true;
    if (w == "present" && t > tokens.begin && index.token_text(t - 1) == "at") return true;
  }
  return false;
}

// Whether the clause is told in the present and not in the past: "is", "are", "has",
// "have", "remains" or "remain", and no "was", "had", "-ed", "will" or "would".
bool told_in_the_present(const DocumentIndex& index, TokenMatch clause) {
  bool present = false;
  for (int t = clause.begin; t < clause.end; ++t) {
    const std::string_view w = index.token_text(t);
    if (past_word(w) || w == "will" || w == "would") return false;
    present = present || w == "is" || w == "are" || w == "has" || w == "have" || w == "remains" || w == "remain";
  }
  return present;
}

// Whether token `t` says a figure holds at the time of writing: "now", "currently",
// "today", "presently", "at present".
bool now_word(const DocumentIndex& index, int t, int first) {
  const std::string_view w = index.token_text(t);
  if (w == "now" || w == "currently" || w == "today" || w == "presently") return true;
  return w == "present" && t > first && index.token_text(t - 1) == "at";
}

// The comma closing a past participle's phrase that opens the sentence, or -1:
// "Opened in 1958, the crossing now carries ...", "Founded in 1911 by two brothers,
// the firm ...". Like a participle phrase hung on a name ("The crossing, opened in
// 1958, ..."), it tells of another event than the clause's figure after it.
int opening_participle_close(const DocumentIndex& index, TokenMatch sentence) {
  constexpr int kLongest = 10;  // tokens: a participle, its time and place, no more
  if (sentence.end - sentence.begin < 3) return -1;
  const std::string_view head = index.token_text(sentence.begin);
  static constexpr std::string_view kIrregular[] = {"built", "begun", "made", "written", "founded", "held",
                                                    "sold", "bought", "won", "laid", "drawn", "set"};
  const bool participle = (past_word(head) && head != "was" && head != "were" && head != "had" && head != "did") ||
                          std::find(std::begin(kIrregular), std::end(kIrregular), head) != std::end(kIrregular);
  if (!participle) return -1;
  const int last = std::min(sentence.end, sentence.begin + kLongest + 1);
  for (int t = sentence.begin + 1; t < last; ++t) {
    const std::string_view w = index.token_text(t);
    if (w == ",") return t;
    if (w == ";" || w == "(" || w == ")" || w == ":") return -1;
  }
  return -1;
}

// The "and" before the value that opens a second verb told in the present ("The
// crossing opened in 1958 and now carries ..."), or -1: the years before it date the
// first verb's event.
int and_now_split(const DocumentIndex& index, TokenMatch clause, TokenMatch value) {
  for (int t = value.begin - 2; t >= clause.begin; --t) {
    if (index.token_text(t) == "and" && now_word(index, t + 1, clause.begin)) return t;
  }
  return -1;
}

// Whether the word right before the value (past a hedge: "about", "roughly", "more
// than", ...) is a verb told in the present: "is", "are", "has", "have", "remains" or
// another of four letters or more in "-s" ("carries", "employs", "handles"). "Opened
// in 1958, the crossing carries 71,000 vehicles a day" tells of now; "..., the
// crossing cost $35 million" may tell of 1958, and keeps it.
bool present_verb_before(const DocumentIndex& index, int first, int value_begin) {
  static constexpr std::string_view kHedges[] = {"about", "roughly", "some", "nearly", "almost", "around",
                                                 "approximately", "over", "than", "more", "less", "fewer",
                                                 "an", "estimated", "just", "only", "least", "at", "up", "to"};
  int t = value_begin - 1;
  while (t >= first && std::find(std::begin(kHedges), std::end(kHedges), index.token_text(t)) != std::end(kHedges)) --t;
  if (t < first) return false;
  const std::string_view w = index.token_text(t);
  if (w == "is" || w == "are" || w == "has" || w == "have" || w == "remains" || w == "remain") return true;
  return w.size() >= 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("'s") &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Whether the value's own words say it holds now: the attached phrase that holds it,
// else its clause without the phrases hung on names and from `split` on (the comma
// closing an opening participle's phrase, the "and" of "and now", or -1): "Opened in
// 1958, the crossing now carries 71,000 vehicles a day" (docs/rules.md "Cues", step 5).
bool own_words_say_now(const DocumentIndex& index, TokenMatch clause, const AttachedPhrase* value_phrase,
                       int split) {
  if (value_phrase) {
    for (int t = value_phrase->begin; t < value_phrase->end; ++t) {
      if (now_word(index, t, value_phrase->begin)) return true;
    }
    return false;
  }
  for (int t = std::max(clause.begin, split + 1); t < clause.end; ++t) {
    if (const AttachedPhrase* p = phrase_holding(index.attached, t, t + 1)) {
      t = p->end - 1;
      continue;
    }
    if (now_word(index, t, clause.begin)) return true;
  }
  return false;
}

// Whether the value stands in a relative clause told in the present, hung on a name:
// "The crossing, which carries 71,000 vehicles a day, opened in 1958". What it says
// holds at the time of writing; a year of the main clause dates that clause's event.
// A relative told in the past ("which carried ..., closed in 1990") keeps it.
bool present_relative(const DocumentIndex& index, const AttachedPhrase* phrase) {
  if (!phrase || phrase->landmark || phrase->name_begin < 0) return false;
  const std::string_view head = index.token_text(phrase->begin);
  if (head != "which" && head != "who" && head != "whose") return false;
  for (int t = phrase->begin + 1; t < phrase->end; ++t) {
    const std::string_view w = index.token_text(t);
    if (past_word(w) || w == "will" || w == "would") return false;
  }
  return true;
}

// Whether the value at [begin, end) of the normalized text is read as a rank.
bool is_a_rank(const DocumentIndex& index, std::size_t begin, std::size_t end) {
  const TypedReadings* ranks = index.readings_of(value::Type::Ordinal);
  if (!ranks) return false;
  for (auto it = ranks->first_at(begin); it != ranks->readings.end() && it->begin == begin; ++it) {
    if (it->end == end) return true;
  }
  return false;
}

// "Burj Khalifa, the world's tallest tower, opened in 2010": an appositive that is a
// noun phrase ("the ...", "a ...", "Europe's ..."), with no verb of its own, says what
// its name is at the time of writing, as a relative told in the present does; the
// main clause's year dates the main clause's event (a blind writer's report, session
// 22). A rank only: what a name is among its peers holds until another overtakes it,
// where a cost or a count in an appositive may be an event's. A word of time past keeps that year: "then the tallest", "once", "former",
// "at the time", a past participle ("the tallest building completed that year").
bool present_appositive(const DocumentIndex& index, const AttachedPhrase* phrase) {
  if (!phrase || phrase->landmark || phrase->compared || phrase->name_begin < 0) return false;
  const std::string_view head = index.token_text(phrase->begin);
  const bool possessive = phrase->begin + 1 < phrase->end && index.token_text(phrase->begin + 1) == "'s";
  if (head != "the" && head != "a" && head != "an" && !possessive) return false;
  static constexpr std::string_view kPast[] = {"then", "once", "former", "formerly", "previously", "time", "until",
                                               "till", "is", "are", "was", "were", "has", "had", "have", "will",
                                               "would", "since", "before", "after"};
  for (int t = phrase->begin; t < phrase->end; ++t) {
    const std::string_view w = index.token_text(t);
    if (past_word(w) || std::find(std::begin(kPast), std::end(kPast), w) != std::end(kPast)) return false;
  }
  return true;
}

// Whether the year or date reading `m` only bounds the time a figure held: it stands
// inside a time with no start ("until 2017", "till February 2009", "through 2017",
// "before 2017"). A figure that held until a year is no figure of that year (the rule
// changed then; the tunnel reopened then): the bound dates nothing (docs/rules.md
// "Cues", step 5; a blind writer's report). The end of a span ("between 2001 and
// 2017") still dates a figure: leaving it out lost a held-out verdict.
// `from`: where the sentence begins (readings before it are no bound of its years).
bool bounds_a_time(const DocumentIndex& index, const value::ValueMatch& m, std::size_t from) {
  const TypedReadings* dates = index.readings_of(value::Type::Date);
  if (!dates) return false;
  auto first = std::lower_bound(dates->readings.begin(), dates->readings.end(), from,
                                [](const value::ValueMatch& d, std::size_t at) { return d.begin < at; });
  for (auto it = first; it != dates->readings.end() && it->begin <= m.begin; ++it) {
    if (it->end >= m.end && !std::isfinite(it->value.lo) && std::isfinite(it->value.hi)) return true;
  }
  return false;
}

// Whether the year at token `year` stands after "after" or "following", alone or in a
// list of years ("after 2020 and 2021", "following the 2019 and 2020 editions"): the
// years of earlier events the clause's own is told after. "It was her third title
// after 2020 and 2021" counts titles up to an unnamed year; it is no count of 2020 (a
// blind writer's report, session 23). `floor`: the sentence's first token.
bool after_other_events(const DocumentIndex& index, int year, int floor) {
  int t = year - 1;
  while (t > floor) {
    const std::string_view w = index.token_text(t);
    const bool a_year = w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!a_year && w != "," && w != "and" && w != "the") break;
    --t;
  }
  if (t < floor) return false;
  const std::string_view w = index.token_text(t);
  return w == "after" || w == "following";
}

// The year a span of years, months or days that runs into another year ends in
// ("between 2001 and 2017": 2017; "between August 2021 and July 2022", "from August
// 2020 to July 2021", "the August 2021-July 2022 period": 2022), else 0: a span dates a
// figure by its end wherever it stands (docs/rules.md "Cues", step 5), as a
// twelve-month year running from August to July is named by the year it ends. Before,
// the year nearest the value won, and a span after the figure gave its start (a blind
// writer's report). A split year ("2019/20") is named_year's.
int span_end_year(const value::Value& v) {
  if (v.type != value::Type::Date || !std::isfinite(v.lo) || !std::isfinite(v.hi)) return 0;
  if (v.grain == value::Grain::None || value::named_year(v)) return 0;
  const int start = value::civil_from_days(static_cast<long>(std::floor(v.lo))).year;
  const int end = value::civil_from_days(static_cast<long>(std::floor(v.hi))).year;
  return end > start ? end : 0;
}

// The span (span_end_year) among the date readings from `from` that holds reading
// `m`, or is `m`; null when none does.
const value::ValueMatch* span_holding(const DocumentIndex& index, const value::ValueMatch& m, std::size_t from) {
  const TypedReadings* dates = index.readings_of(value::Type::Date);
  if (!dates) return nullptr;
  for (auto it = dates->first_at(from); it != dates->readings.end() && it->begin <= m.begin; ++it) {
    if (it->end >= m.end && span_end_year(it->value) != 0) return &*it;
  }
  return nullptr;
}

// The year a figure told at the time of writing is of: the publication year, or for a
// fact whose year is a fiscal one (`fiscal year ends June`), the fiscal year under way
// (in October 2024, 2025): "the park's budget is $44 million" is this fiscal year's.
int publication_year(const value::CivilDate& date, int fiscal_end_month) {
  return fiscal_end_month != 0 ? fiscal_year_holding(date, fiscal_end_month) : date.year;
}

}  // namespace

// Whether a year or decade comes right after "until" or "till" (and "the", "early",
// "mid" or "late"): "expects to
// fly them until the late 2030s", "kept it until 2019". The date reader takes "until
// 2019" whole as a time with no start (bounds_a_time); a decade after "until the" it
// reads alone, and it bounds the time as much.
bool after_until(std::string_view before) {
  auto drop_word = [&](std::string_view word) {
    if (!ends_with_word(before, word)) return;
    before.remove_suffix(word.size());
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  };
  for (std::string_view part : {"early", "mid", "late"}) drop_word(part);
  drop_word("the");
  // "until February 2009", "until 3 February 2009": the year of a month or day that
  // bounds the time bounds it as the year alone does.
  const std::size_t space = before.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? before : before.substr(space + 1);
  if (value::month_of_name(last) != 0) {
    drop_word(last);
    const std::size_t gap = before.rfind(' ');
    const std::string_view day = gap == std::string_view::npos ? before : before.substr(gap + 1);
    if (!day.empty() && day.size() <= 2 && std::all_of(day.begin(), day.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      drop_word(day);
    }
  }
  return ends_with_word(before, "until") || ends_with_word(before, "till");
}

std::pair<std::string, std::string> scope_year(const doc::Document& document, const DocumentIndex& index,
                                               const YearOwnerWords& year_words, std::size_t sentence_begin,
                                               std::size_t sentence_end, std::size_t clause_begin,
                                               std::size_t clause_end, std::size_t value_begin,
                                               std::size_t value_end, const std::vector<TokenMatch>& figures,
                                               std::pair<std::size_t, std::size_t>* year_at, value::SplitYear split,
                                               int fiscal_end_month) {
  // The best temporal expression in the sentence: one in the value's own clause before
  // any other ("hit $190 billion last year, but they aim for $250 billion by 2025");
  // then "as of 2023" first, then "in 2023", "by 2023" or "for 2023", then any year or date; among
  // equals, the one nearest the value. When the sentence gives several figures, a year
  // another figure owns is taken only when the value owns none, and never across a
  // parenthesis or a contrast ("438.8 million tonnes (2022: 467.4 million tonnes)").
  constexpr int kNone = 6;
  // "the worst since 2006, when 14,286 km² were cleared": a "when" clause's figures are
  // of the year it hangs on, before any year the rest of the sentence names.
  if (const int year = when_clause_year(document, index, sentence_begin, value_begin, split, year_at)) {
    return {std::to_string(year), "value's clause"};
  }
  const auto tokens_of = [&](std::size_t begin, std::size_t end) { return token_range(index, begin, end); };
  const TokenMatch value_tokens = tokens_of(value_begin, value_end);
  const TokenMatch sentence_tokens = tokens_of(sentence_begin, sentence_end);
  const AttachedPhrase* value_phrase = phrase_holding(index.attached, value_tokens.begin, value_tokens.end);
  const int opener = opening_participle_close(index, sentence_tokens);
  const bool value_after_opener = opener >= 0 && value_tokens.begin > opener;
  const TokenMatch clause_tokens = tokens_of(clause_begin, clause_end);
  // Where the value's own part of its clause begins: past an opening participle's
  // phrase, or past "and now". Years before it date another event.
  const int part_split = std::max(value_after_opener ? opener : -1,
                             value_phrase ? -1 : and_now_split(index, clause_tokens, value_tokens));
  // "Founded in 1911, the firm employs 4,300 people": told in the present, with no
  // past in the value's part, the opening participle's year is not the figure's.
  bool present_part = value_after_opener && !value_phrase &&
                      present_verb_before(index, opener + 1, value_tokens.begin);
  for (int t = opener + 1; present_part && t < clause_tokens.end; ++t) {
    const std::string_view w = index.token_text(t);
    if (past_word(w) || w == "will" || w == "would") present_part = false;
  }
  const bool value_in_present_relative =
      present_relative(index, value_phrase) ||
      (is_a_rank(index, value_begin, value_end) && present_appositive(index, value_phrase));
  int best_rank = kNone;
  bool counted_since = false;  // the value's clause counts from a start ("since the 1960s")
  std::size_t best_distance = 0;
  int best_year = 0;
  bool best_own = false;
  bool best_apart = false;
  std::size_t best_begin = 0;
  std::size_t best_end = 0;
  bool best_fiscal = false;
  bool best_bare_year = false;
  for (value::Type type : {value::Type::Year, value::Type::Date}) {
    const TypedReadings* readings = index.readings_of(type);
    if (!readings) continue;
    for (auto it = readings->first_at(sentence_begin); it != readings->readings.end() && it->begin < sentence_end; ++it) {
      const value::ValueMatch& m = *it;
      if (m.end > sentence_end) continue;
      if (m.begin < value_end && value_begin < m.end) continue;  // the value itself
      if (!std::isfinite(m.value.lo)) continue;
      std::string_view before = std::string_view(document.normalized).substr(0, m.begin);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      // "for 2023" names the period a figure is for ("revenue for 2023"), as "in" does,
      // and so does a fiscal year ("fiscal 2024", "FY2022", "the 2022/23 financial year").
      const std::string_view said = std::string_view(document.normalized).substr(m.begin, m.end - m.begin);
      const bool fiscal = said.substr(0, 2) == "fy" || said.find(" fiscal") != std::string_view::npos ||
                          said.find(" financial year") != std::string_view::npos ||
                          ends_with_word(before, "fiscal") || ends_with_word(before, "fiscal year") ||
                          ends_with_word(before, "financial year");
      // "fewer than in 2021", "compared with 2019": the year of what the value is
      // compared with, never the value's own (the compared figure, when there is one,
      // owns it already).
      if (m.begin >= value_end && names_compared_period(before)) continue;
      // "273 people from 21 countries since 2000", counted "by the end of the year":
      // a running total's start, with the time it counts up to told.
      const bool since_start = said.substr(0, 6) == "since " || ends_with_word(before, "since");
      const std::string_view text = document.normalized;
      if (measured_since(before, said) ||
          (since_start && (counts_up_to_a_time(text.substr(sentence_begin, sentence_end - sentence_begin)) ||
                           (clause_begin < value_begin &&
                            totals_up_to_writing(text.substr(clause_begin, value_begin - clause_begin))) ||
                           (value_end < clause_end &&
                            told_as_added_up(text.substr(value_end, clause_end - value_end)))))) {
        // "There have been five outbreaks since the 1960s; the latest began in 2021":
        // a count from a start in the value's own clause runs up to the time of
        // writing, so a year of another clause tells of another event (below).
        if (m.begin >= clause_begin && m.end <= clause_end) counted_since = true;
        continue;
      }
      // "have visited the station since the first crew arrived in November 2000": the
      // year of the event a count starts from, told in a clause of its own. The value
      // must stand outside that clause.
      if (const std::size_t since = since_clause_start(document.normalized, m.begin);
          since != std::string_view::npos && (since >= value_end || m.end <= value_begin)) {
        if (since >= value_end && m.begin >= clause_begin && since < clause_end) counted_since = true;
        continue;
      }
      if (names_a_deadline(before)) continue;
      if (aside_of_a_running_total(document.normalized, value_end, m.begin)) continue;
      if (bounds_a_time(index, m, sentence_begin) || after_until(before)) continue;
      // The date reader takes "after 2020" whole, as a time with no end.
      if (said.starts_with("after ") || said.starts_with("following ") ||
          after_other_events(index, tokens_of(m.begin, m.end).begin, sentence_tokens.begin)) {
        continue;
      }
      // "between August 2021 and July 2022": the span's start dates nothing; the span,
      // or its end year, dates the figure by the year it ends.
      const value::ValueMatch* span = span_holding(index, m, sentence_begin);
      if (span && span != &m &&
          value::civil_from_days(static_cast<long>(std::floor(m.value.hi))).year != span_end_year(span->value)) {
        continue;
      }
      // A year inside an appositive or a relative clause dates its own figures only
      // ("Saudi Arabia, the largest supplier in 2022, slipped to second"), and they
      // take it before a year outside, as a clause's figures take their clause's.
      const TokenMatch year_tokens = tokens_of(m.begin, m.end);
      const AttachedPhrase* year_phrase = phrase_holding(index.attached, year_tokens.begin, year_tokens.end);
      if (year_phrase && year_phrase != value_phrase && !restates_the_figure(index, *year_phrase, figures)) continue;
      if (value_in_present_relative && year_phrase != value_phrase) continue;
      // A fiscal year names the period the figure is for, before "in June 2019", which
      // may date an event of it ("the budget, which for fiscal year 2020 was adopted in
      // June 2019 at $92.8 billion").
      int rank = ends_with_word(before, "as of") || fiscal || (type == value::Type::Year && closes_with_year(before)) ? 0
                 : (ends_with_word(before, "in") || ends_with_word(before, "by") || ends_with_word(before, "for"))
                     ? 1
                     : 2;
      const bool other_part = part_split >= 0 && year_tokens.end <= part_split;
      if (present_part && value_after_opener && year_tokens.end <= opener) continue;
      if (m.begin < clause_begin || m.end > clause_end || year_phrase != value_phrase || other_part) rank += 3;
      const YearTie tie = year_tie(index, year_words, sentence_tokens.begin, sentence_tokens.end, value_tokens,
                                   year_tokens, figures);
      if (tie == YearTie::Elsewhere) continue;
      const bool own = tie == YearTie::Own;
      std::size_t distance = m.begin >= value_end ? m.begin - value_end : value_begin - std::min(value_begin, m.end);
      // "The budget, adopted in June 2025, totals $115.9 billion for fiscal 2026": a
      // year in the value's own phrase (no comma between them) goes before one as
      // near past a comma, which may date another part of the clause.
      const bool apart = comma_between(index, value_tokens, year_tokens);
      if ((own && !best_own) ||
          (own == best_own &&
           (rank < best_rank ||
            (rank == best_rank && (apart < best_apart || (apart == best_apart && distance < best_distance)))))) {
        best_apart = apart;
        best_rank = rank;
        best_distance = distance;
        best_own = own;
        best_begin = m.begin;
        best_end = m.end;
        best_fiscal = fiscal;
        best_bare_year = type == value::Type::Year;
        // A decade gives its first year, as before; "2019/20" and a span the year they end.
        best_year = value::named_year(m.value, split).value_or(
            value::civil_from_days(static_cast<long>(std::floor(m.value.lo))).year);
        if (span == &m) best_year = span_end_year(m.value);
        if (fiscal) {
          if (const int ends = fiscal_year_end(index, m.end)) best_year = ends;
        }
        if (year_at) *year_at = {m.begin, m.end};
      }
    }
  }
  // `fiscal year ends June`: "this fiscal year", "the fiscal year that ended in June",
  // "at the end of the fiscal year" name a fiscal year by the date they are told on
  // (docs/rules.md "Fiscal years"). Without it, a phrase that names its own month ("the
  // fiscal year that starts on July 1") still does. A numbered fiscal year or a bare
  // year outside the phrase still goes first ("In 2019 the current fiscal year's budget ...").
  // Without it, only a sentence told at the time of writing, not a timeline entry's or
  // a paragraph's that names its year ("**2014.** ... the fiscal year that starts on July
  // 1"), for that month is counted from the publication date.
  const bool told_now = fiscal_end_month != 0 || (entry_year(document, index, sentence_begin) == 0 &&
                                                  paragraph_year(document, index, sentence_begin) == 0 &&
                                                  index.title.year == 0);
  if (told_now) {
    if (auto date = document.date()) {
      value::CivilDate reference = *date;
      const std::string_view text = document.normalized;
      auto phrase = unnumbered_fiscal_year(text, sentence_begin, sentence_end, value_begin, value_end, reference,
                                           fiscal_end_month);
      std::pair<std::size_t, std::size_t> told{0, 0};
      if (phrase) {
        // A month or day the sentence gives outside the phrase dates the telling.
        if (const TypedReadings* dates = index.readings_of(value::Type::Date)) {
          for (auto it = dates->first_at(sentence_begin); it != dates->readings.end() && it->begin < sentence_end; ++it) {
            const value::ValueMatch& m = *it;
            if (m.end > sentence_end || (m.begin < phrase->end && phrase->begin < m.end)) continue;
            if (m.begin < value_end && value_begin < m.end) continue;
            if (!std::isfinite(m.value.lo) || !std::isfinite(m.value.hi)) continue;
            if (m.value.grain != value::Grain::Month && m.value.grain != value::Grain::Day) continue;
            reference = value::civil_from_days(static_cast<long>(std::floor(m.value.lo)));
            told = {m.begin, m.end};
            phrase = unnumbered_fiscal_year(text, sentence_begin, sentence_end, value_begin, value_end, reference,
                                            fiscal_end_month);
            break;
          }
        }
      }
      // The year of that month or day ("November 2019") is no plain year.
      const bool best_told = best_begin >= told.first && best_end <= told.second && told.second > told.first;
      const bool best_outside = phrase && best_rank < kNone && !best_told &&
                                (best_end <= phrase->begin || best_begin >= phrase->end);
      if (phrase && !(best_outside && (best_fiscal || best_bare_year))) {
        if (year_at) *year_at = {0, 0};  // no year reading dates it
        return {std::to_string(phrase->year), "fiscal year"};
      }
    }
  }
  // A pattern's clause is its whole sentence; only a cue's clause is narrower.
  const bool clause_known = clause_begin != sentence_begin || clause_end != sentence_end;
  // "Now" is the time of writing, except in a timeline's entry ("**2015.** Wikipedia now
  // counts 35 million articles"): there it is the entry's year, as its label says.
  auto time_of_now = [&]() -> std::pair<std::string, std::string> {
    if (const int year = entry_year(document, index, sentence_begin)) return {std::to_string(year), "timeline entry's year"};
    if (auto date = document.date()) return {std::to_string(publication_year(*date, fiscal_end_month)), "publication date"};
    return {"", "none"};
  };
  // "In 2018/19 the hall drew 10.9 million visitors, and it now stages 1,800
  // performances a year": a clause joined by ", and", ", but" or ";" that says "now"
  // before its figure holds at the time of writing, whatever year an earlier clause of
  // its sentence names.
  if (best_rank < kNone && index.title.year == 0) {
    for (int t = value_tokens.begin - 1; t > sentence_tokens.begin; --t) {
      const std::string_view w = index.token_text(t);
      const bool joint = w == ";" || ((w == "and" || w == "but") && index.token_text(t - 1) == ",");
      if (!joint) continue;
      const std::size_t stretch = index.tokens[static_cast<std::size_t>(t)].end;
      if (best_begin < stretch && says_now(index, stretch, value_begin)) {
        if (auto now = time_of_now(); !now.first.empty()) return now;
      }
      break;
    }
  }
  // "Opened in 1958, the crossing now carries ...", "It opened in 1958; it now
  // carries ...": a clause that says its figure holds now is of the time of writing,
  // whatever year another clause or phrase gives its event; it is dated as a sentence
  // naming no year (below). So is a count from a start its clause names ("five
  // outbreaks since the 1960s; the latest began in 2021").
  if (best_rank >= 3 && best_rank < kNone &&
      (counted_since || own_words_say_now(index, clause_tokens, value_phrase, part_split))) {
    best_rank = kNone;
    if (year_at) *year_at = {0, 0};
  }
  if (best_rank < kNone) {
    return {std::to_string(best_year), best_rank < 3 && clause_known ? "value's clause" : "value's sentence"};
  }
  // "The network now measures 46 km": the time of writing, whatever year the paragraph
  // or the story's first sentence set (a newcomer's report).
  const bool present = says_now(index, clause_begin, clause_end);
  if (present && index.title.year == 0) {
    if (auto now = time_of_now(); !now.first.empty()) return now;
  }
  // "A fire broke out on 11 September 2008. All 32 people were evacuated.": the event's year.
  if (int year = narrated_year(document, index, sentence_begin, clause_begin, clause_end)) {
    return {std::to_string(year), "date of the sentence before"};
  }
  if (int year = paragraph_year(document, index, sentence_begin)) return {std::to_string(year), "paragraph's year"};
  // "Annual report 2024", published in 2025: a sentence naming no year is about 2024.
  if (index.title.year != 0) return {std::to_string(index.title.year), "title's year"};
  // "Ferry traffic recovered last year", opening a story of February 2025: 2024.
  // "Ferry traffic recovered last year" opening a story of February: its sentences told
  // in the past are of that year; one told in the present ("It is the largest fund in
  // the world") is of the time of writing.
  if (index.lead_year != 0 && !told_in_the_present(index, clause_tokens)) {
    return {std::to_string(index.lead_year), "first sentence's year"};
  }
  // "At year-end it stood at NOK 10.9 trillion", told in February 2021: the end of 2020.
  if (fiscal_end_month == 0) {
    if (int year = closed_year(document, index, sentence_begin, sentence_end)) {
      return {std::to_string(year), "year just closed"};
    }
  }
  if (auto date = document.date()) return {std::to_string(publication_year(*date, fiscal_end_month)), "publication date"};
  return {"", "none"};
}

}  // namespace factlint::match
