// The year a text sets for what follows it (match/time_frame.h).
#include "match/time_frame.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string_view>
#include <utility>

#include "doc/sentence_at.h"
#include "match/document_layout.h"
#include "match/undated_years.h"
#include "source/ascii.h"
#include "value/civil_date.h"
#include "value/named_year.h"
#include "value/scan.h"

namespace factlint::match {

namespace {

bool is_month_name(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december"};
  return std::find(kMonths.begin(), kMonths.end(), word) != kMonths.end();
}

// Where the year of a frame that opens a sentence at `t` stands: past "In", "During"
// or "By", and past "the end of", "the start of", "early", "late" and the like ("By
// the end of 2021, 251 people had visited.": a blind writer's paragraph was not
// framed by it), or past "On" before a day ("On 18 November 1996,"). `t` itself when
// no such words lead.
int past_frame_lead(const DocumentIndex& index, int t, int last) {
  auto word = [&](int k) { return k < last ? index.token_text(k) : std::string_view(); };
  int k = t;
  const std::string_view lead = word(k);
  // "On 18 November 1996," and "On November 18, 1996,": a day, never a bare year
  // ("On 2019 figures, ..." frames nothing).
  if (lead == "on") {
    const std::string_view next = word(k + 1);
    const bool day = !next.empty() && next.size() <= 2 && std::isdigit(static_cast<unsigned char>(next[0]));
    return day || is_month_name(next) ? k + 1 : t;
  }
  if (lead == "in" || lead == "during" || lead == "by" || lead == "at" || lead == "until" || lead == "through") ++k;
  if (k == t) return t;
  const std::string_view next = word(k);
  if (next == "early" || next == "late" || next == "mid") return k + 1;
  if (next == "the" && word(k + 2) == "of") {
    const std::string_view part = word(k + 1);
    if (part == "end" || part == "start" || part == "beginning" || part == "middle" || part == "close" ||
        part == "course" || part == "spring" || part == "summer" || part == "autumn" || part == "fall" ||
        part == "winter") {
      return k + 3;
    }
  }
  return lead == "at" || lead == "until" || lead == "through" ? t : k;
}

// A four-digit year 1000..2999 written as the token at `t`, else 0.
int year_token(const DocumentIndex& index, int t) {
  std::string_view w = index.token_text(t);
  if (w.size() != 4 || (w[0] != '1' && w[0] != '2')) return 0;
  int year = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    year = year * 10 + (c - '0');
  }
  return year;
}

// "Last year ...", "Last spring ...", "This summer ...": a sentence that opens with a
// time counted from the publication date frames what follows it as "In 2019" does,
// when that time lies in one year. Only these: a bare "In October" is dated by the
// paragraph itself (undated_years.h).
int relative_frame_year(const DocumentIndex& index, int t) {
  const std::string_view w = index.token_text(t);
  if (w != "last" && w != "this" && w != "next") return 0;
  const TypedReadings* dates = index.readings_of(value::Type::Date);
  if (!dates) return 0;
  const std::size_t at = index.tokens[static_cast<std::size_t>(t)].begin;
  auto it = std::lower_bound(dates->readings.begin(), dates->readings.end(), at,
                             [](const value::ValueMatch& m, std::size_t begin) { return m.begin < begin; });
  if (it == dates->readings.end() || it->begin != at || !std::isfinite(it->value.lo) || !std::isfinite(it->value.hi)) {
    return 0;
  }
  const int first = value::civil_from_days(static_cast<long>(std::floor(it->value.lo))).year;
  const int last = value::civil_from_days(static_cast<long>(std::floor(it->value.hi))).year;
  return first == last ? first : 0;
}

// The year a frame that opens a sentence at `t` (past its "In", "By the end of", ...)
// names: "2019", "last year" when it lies in one year, and a month or an event of a
// year, "August 2017", "the 2017 election", "the August 2017 poll" (a blind writer's
// paragraph was framed by the last); 0 otherwise.
// `led`: the frame opens with a preposition ("In the 2017 election", not "The 2017
// report said").
int opening_frame_year(const DocumentIndex& index, int t, int last, bool led) {
  if (t >= last) return 0;
  if (int year = year_token(index, t)) return year;
  if (int year = relative_frame_year(index, t)) return year;
  auto month = [&](int k) { return k < last && is_month_name(index.token_text(k)); };
  auto day = [&](int k) {
    const std::string_view w = k < last ? index.token_text(k) : std::string_view();
    return w.size() <= 2 && source::all_digits(w);
  };
  int k = t;
  const bool article = led && index.token_text(k) == "the";
  if (article) ++k;
  if (day(k) && month(k + 1)) {
    k += 2;  // "In 12 August 2017"
  } else if (month(k)) {
    ++k;  // "In August 2017", "On August 12, 2017"
    if (day(k)) ++k;
    if (k < last && index.token_text(k) == ",") ++k;
  } else if (!article) {
    return 0;  // a bare year is read above
  }
  return k < last ? year_token(index, k) : 0;
}

// The tokens of sentence `s` without the markup and punctuation before and after its
// words ("**2019.**", "## 2019" give the one token "2019").
std::pair<int, int> word_tokens(const DocumentIndex& index, int s) {
  auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(s)];
  while (first < last && !index.has_word_char(first)) ++first;
  while (last > first && !index.has_word_char(last - 1)) --last;
  return {first, last};
}

}  // namespace

std::optional<Binding> entry_label_year(const doc::Document& document, const DocumentIndex& index, int s) {
  // A timeline entry: "**1914.** The canal opens." in one paragraph, or "## 1914" just
  // above. Only the entry's first sentence: a later one may tell of another time.
  if (s <= 0 || s >= static_cast<int>(index.sentence_tokens.size())) return std::nullopt;
  if (opens_paragraph(document, s) && !is_heading(document, s - 1)) return std::nullopt;
  const auto [first, last] = word_tokens(index, s - 1);
  if (last != first + 1 || year_token(index, first) == 0) return std::nullopt;
  const TypedReadings* years = index.readings_of(value::Type::Year);
  if (!years) return std::nullopt;
  for (const TokenEdge* e = years->forward.begin(first); e != years->forward.end(first); ++e) {
    if (e->to == last) return Binding{first, last, e->payload};
  }
  return std::nullopt;
}

namespace {

// The year a paragraph set before the sentence at `sentence_begin` (paragraph_year), or
// with `labels_only` only a timeline's label, a year standing alone ("**1979.**", "##
// 1979"): a frame opened by a sentence's words ("In 2019, ...") then gives 0.
int set_year(const doc::Document& document, const DocumentIndex& index, std::size_t sentence_begin,
             bool labels_only) {
  const auto& sentences = document.sentences;
  int s = doc::sentence_at(sentences, sentence_begin);
  if (s < 0 || s >= static_cast<int>(index.sentence_tokens.size())) return 0;
  for (int back = s - 1, steps = 0; back >= 0 && steps < 6; --back, ++steps) {
    const auto [first, last] = word_tokens(index, back);
    if (blank_line_between(document, document.original_offset(sentences[static_cast<std::size_t>(back)].end),
                           document.original_offset(sentences[static_cast<std::size_t>(back + 1)].begin))) {
      // Another paragraph: only a heading that is a year alone ("## 2019") reaches over.
      return last == first + 1 ? year_token(index, first) : 0;
    }
    if (first >= last) continue;
    int t = first;
    if (const int past = past_frame_lead(index, t, last); past < last) t = past;
    if (int year = opening_frame_year(index, t, last, t > first)) return !labels_only || last == first + 1 ? year : 0;
  }
  return 0;
}

}  // namespace

int paragraph_year(const doc::Document& document, const DocumentIndex& index, std::size_t sentence_begin) {
  // A paragraph that opens its time frame ("In 2019, ...", "2019: ...", a timeline's
  // "**1979.**", a heading "## 2019" just above) sets the year of its later sentences
  // that name none, up to six sentences back. A year met
  // elsewhere ("It opened in 1914.") is when something happened, not a frame.
  return set_year(document, index, sentence_begin, false);
}

int entry_year(const doc::Document& document, const DocumentIndex& index, std::size_t sentence_begin) {
  return set_year(document, index, sentence_begin, true);
}

namespace {

// The year a look-back title names ("2024 in review", published in January 2025) for a
// date written without its year that, read in the publication year, is still to come
// ("at 31 December" is no day of 2025 yet: it is 31 December 2024); 0 otherwise. A day
// already past keeps the publication year ("on 14 January" of the new year's events).
int lookback_year(const doc::Document& document, const DocumentIndex& index, const value::Value& date) {
  const std::optional<value::CivilDate> published = document.date();
  if (index.title.year == 0 || !published || !std::isfinite(date.lo)) return 0;
  return date.lo > static_cast<double>(value::days_from_civil(*published)) ? index.title.year : 0;
}

}  // namespace

void add_undated_years(const doc::Document& document, DocumentIndex& index) {
  const TypedReadings* dates = index.readings_of(value::Type::Date);
  if (!dates || !index.readings_of(value::Type::Year)) return;
  index.add_readings(value::Type::Year, undated_years(index.text, *dates, [&](const value::ValueMatch& m) {
                       const int year = paragraph_year(document, index, m.begin);
                       return year != 0 ? year : lookback_year(document, index, m.value);
                     }));
}

int frame_year(const doc::Document& document, const DocumentIndex& index, std::size_t at) {
  const auto& sentences = document.sentences;
  const int s = doc::sentence_at(sentences, at);
  if (s >= 0 && s < static_cast<int>(index.sentence_tokens.size())) {
    // The sentence's own frame, as paragraph_year reads a paragraph's: "In 2018 ...".
    const auto [first, last] = word_tokens(index, s);
    int t = first;
    if (const int past = past_frame_lead(index, t, last); past < last) t = past;
    if (t < last && index.tokens[static_cast<std::size_t>(t)].end <= at) {
      if (int year = year_token(index, t)) return year;
      // "In the June 2019 survey the gauge bottomed out in October": the frame's year.
      if (t > first && index.tokens[static_cast<std::size_t>(std::min(t + 3, last - 1))].end <= at) {
        if (int year = opening_frame_year(index, t, last, true)) return year;
      }
    }
  }
  return paragraph_year(document, index, at);
}

int that_year(const doc::Document& document, const DocumentIndex& index, std::size_t begin, std::size_t end) {
  const std::string_view text = std::string_view(document.normalized);
  const std::string_view after = text.substr(std::min(end, text.size()));
  static constexpr std::array<std::string_view, 5> kSaid = {" of that year", " of the same year", " that same year",
                                                           " that year", " the same year"};
  const bool said = std::any_of(kSaid.begin(), kSaid.end(), [&](std::string_view w) {
    return after.starts_with(w) && (after.size() == w.size() || !std::isalnum(static_cast<unsigned char>(after[w.size()])));
  });
  const TypedReadings* years = index.readings_of(value::Type::Year);
  if (!said || !years) return 0;
  const auto& sentences = document.sentences;
  const int s = doc::sentence_at(sentences, begin);
  if (s < 0) return 0;
  const std::size_t sentence_begin = sentences[static_cast<std::size_t>(s)].begin;
  int year = 0;
  for (auto y = years->first_at(sentence_begin); y != years->readings.end() && y->begin < begin; ++y) {
    if (auto named = value::named_year(y->value)) year = *named;
  }
  return year;
}

std::optional<value::Value> dated_by_frame(const doc::Document& document, const DocumentIndex& index,
                                           const value::ValueMatch& reading) {
  const std::string_view text = std::string_view(document.normalized);
  // A year written out ("july 2016", "2016-07", "'16", "7/16") is the value's own.
  const std::string_view said = text.substr(reading.begin, reading.end - reading.begin);
  if (!leaves_year_unwritten(said) || names_weekday(said)) return std::nullopt;
  int year = that_year(document, index, reading.begin, reading.end);
  if (year == 0) year = frame_year(document, index, reading.begin);
  if (year == 0) year = lookback_year(document, index, reading.value);
  if (year == 0) return std::nullopt;
  // Read again with a few words before it: "in july" needs its preposition.
  constexpr std::size_t kLead = 16;
  const std::size_t from = reading.begin > kLead ? reading.begin - kLead : 0;
  value::ParseContext context;
  context.reference_date = value::CivilDate{year, 12, 31};
  context.date_order = document.value_settings.date_order;
  for (const value::ValueMatch& m :
       value::scan_values(value::Type::Date, text.substr(from, reading.end - from), context)) {
    if (m.begin + from == reading.begin && m.end + from == reading.end) return m.value;
  }
  return std::nullopt;
}

}  // namespace factlint::match
