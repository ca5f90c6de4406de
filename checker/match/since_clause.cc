// "since" + a clause of its own, before a year (match/since_clause.h).
#include "match/since_clause.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "match/narrated_year.h"
#include "match/whole_words.h"
#include "value/change_words.h"

namespace factlint::match {

std::size_t since_clause_start(std::string_view text, std::size_t year_begin) {
  constexpr int kMaxWords = 10;
  bool past = false;
  std::size_t at = year_begin > text.size() ? text.size() : year_begin;
  for (int words = 0; words <= kMaxWords; ++words) {
    while (at > 0 && text[at - 1] == ' ') --at;
    if (at == 0 || !raw_word_char(text[at - 1])) return std::string_view::npos;  // punctuation ends the clause
    const std::size_t end = at;
    while (at > 0 && raw_word_char(text[at - 1])) --at;
    const std::string_view word = text.substr(at, end - at);
    if (word == "since") return past ? at : std::string_view::npos;
    past = past || past_word(word);
  }
  return std::string_view::npos;
}

bool counts_up_to_a_time(std::string_view sentence) {
  for (std::string_view phrase : {"to date", "so far", "by now", "until now", "up to now", "by the end of"}) {
    if (holds_whole_words(sentence, phrase)) return true;
  }
  return false;
}

namespace {

// Whether `text` ends with `word`, a whole word.
bool ends_with_word(std::string_view text, std::string_view word) {
  if (text.size() < word.size() || text.substr(text.size() - word.size()) != word) return false;
  if (text.size() == word.size()) return true;
  const char before = text[text.size() - word.size() - 1];
  return !(std::isalnum(static_cast<unsigned char>(before)) || static_cast<unsigned char>(before) >= 0x80);
}

// Whether a word ranks or counts what follows it: "lowest", "best", "most", "fifth",
// "5th", "times" ("four times").
bool ranks_or_counts(std::string_view word) {
  static constexpr std::string_view kOrdinals[] = {"first", "second", "third", "fourth", "fifth", "sixth",
                                                   "seventh", "eighth", "ninth", "tenth", "times", "time"};
  const bool superlative = (word.size() > 4 && word.substr(word.size() - 3) == "est") || word == "best" ||
                           word == "worst" || word == "most" || word == "least";
  const bool digit_ordinal = word.size() > 2 && std::isdigit(static_cast<unsigned char>(word[0])) &&
                             (word.ends_with("st") || word.ends_with("nd") || word.ends_with("rd") || word.ends_with("th"));
  return superlative || digit_ordinal ||
         std::find(std::begin(kOrdinals), std::end(kOrdinals), word) != std::end(kOrdinals);
}

// Whether the reading `said` is a decade ("1960s", "the early 1960s", "'90s"), not
// a year.
bool names_a_decade(std::string_view said) {
  while (!said.empty() && said.back() == ' ') said.remove_suffix(1);
  if (said.size() < 4 || said.back() != 's') return false;
  const std::size_t last = said.size() - 2;
  const std::size_t digit = said[last] == '\'' ? last - 1 : last;
  return said[digit] == '0' && std::isdigit(static_cast<unsigned char>(said[digit - 1]));
}

// Participles of adding up: what they count grows until the time of writing.
bool adds_up(std::string_view w) {
  static constexpr std::array<std::string_view, 44> kTotals = {
      "spent",    "invested", "raised",    "sold",      "paid",      "received",  "welcomed",  "attracted", "lost",
      "cleared",  "planted",  "donated",   "disbursed", "collected", "earned",    "delivered", "produced",  "recorded",
      "treated",  "trained",  "created",   "restored",  "handled",   "carried",   "served",    "hosted",    "shipped",
      "exported", "imported", "killed",    "claimed",   "saved",     "removed",   "issued",    "granted",   "awarded",
      "allocated", "committed", "contributed", "poured", "accumulated", "amassed", "logged",   "built"};
  return std::find(kTotals.begin(), kTotals.end(), w) != kTotals.end();
}

// Participles of a change, which say the level reached when "to" follows.
bool changed(std::string_view w) { return value::is_change_word(w, value::kPerfectTo); }

// The words of `text`, in order.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && !raw_word_char(text[i])) ++i;
    const std::size_t b = i;
    while (i < text.size() && raw_word_char(text[i])) ++i;
    if (i > b) out.push_back(text.substr(b, i - b));
  }
  return out;
}

// Whether `words` hold a word or phrase that calls a figure a sum over the years:
// "a total of", "in total", "cumulative", "combined", "all told", "altogether".
bool names_a_total(const std::vector<std::string_view>& words) {
  static constexpr std::array<std::string_view, 6> kTotal = {"total",    "totals",     "cumulative",
                                                             "combined", "altogether", "cumulatively"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (std::find(kTotal.begin(), kTotal.end(), words[i]) != kTotal.end()) return true;
    if (i + 1 < words.size() && ((words[i] == "all" && words[i + 1] == "told") || (words[i] == "in" && words[i + 1] == "all"))) {
      return true;
    }
  }
  return false;
}

// Whether `words` hold a verb that gives a sum as a level reached: "spending since
// 2005 amounts to", "has reached", "came to", "adds up to", "totalled".
bool sums_to(const std::vector<std::string_view>& words) {
  static constexpr std::array<std::string_view, 8> kSum = {"totalled", "totaled", "totalling", "totaling",
                                                           "reached",  "amounts", "amounted",  "amount"};
  static constexpr std::array<std::string_view, 6> kComeTo = {"comes", "came", "come", "adds", "added", "add"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (std::find(kSum.begin(), kSum.end(), words[i]) != kSum.end()) return true;
    if (std::find(kComeTo.begin(), kComeTo.end(), words[i]) == kComeTo.end()) continue;
    // "comes to", "adds up to": not "came from", "added a second line".
    const std::size_t to = i + 1 < words.size() && words[i + 1] == "up" ? i + 2 : i + 1;
    if (to < words.size() && words[to] == "to") return true;
  }
  return false;
}

// Whether `words` hold a present perfect of adding up, active or passive ("has
// spent", "have already invested", "has been spent", "have been planted") or of a
// change to a level ("have doubled to", "has risen to about").
bool perfect_of_adding_up(const std::vector<std::string_view>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] != "has" && words[i] != "have" && words[i] != "ve") continue;
    std::size_t v = i + 1;
    // One adverb between: "has already spent", "have more than doubled to".
    if (v < words.size() && (words[v] == "already" || words[v] == "now" || words[v].ends_with("ly"))) ++v;
    if (v + 1 < words.size() && words[v] == "more" && words[v + 1] == "than") v += 2;
    // The passive: "$40 million has been spent since 2005" adds up as "has spent" does.
    const bool passive = v + 1 < words.size() && words[v] == "been";
    if (passive) ++v;
    if (v >= words.size()) return false;
    if (adds_up(words[v])) return true;
    if (passive || !changed(words[v])) continue;
    // "have doubled to", "has risen to about", "have gone up to": "to" after the verb.
    for (std::size_t t = v + 1; t < words.size() && t <= v + 2; ++t) {
      if (words[t] == "to") return true;
    }
  }
  return false;
}

}  // namespace

bool totals_up_to_writing(std::string_view before_value) {
  const std::vector<std::string_view> words = words_of(before_value);
  return perfect_of_adding_up(words) || names_a_total(words) || sums_to(words);
}

bool told_as_added_up(std::string_view after_value) {
  const std::vector<std::string_view> words = words_of(after_value);
  return perfect_of_adding_up(words) || names_a_total(words);
}

// Whether the year `said`, after `before`, is one a record or a count is measured
// from, not the figure's: "its lowest since the 1990s", "the highest level since
// 2008" (a newcomer's report), "its fifth outbreak since the 1960s", "bleached four
// times since 2016" (a blind writer's report). A rank or count word stands at most
// three words before "since".
bool measured_since(std::string_view before, std::string_view said, bool decades_too) {
  auto drop_word = [&](std::string_view word) {
    if (!ends_with_word(before, word)) return false;
    before.remove_suffix(word.size());
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    return true;
  };
  const bool decade = names_a_decade(said);
  if (decade) {
    for (std::string_view part : {"early", "mid", "late"}) drop_word(part);
  }
  drop_word("the");
  // The year reader may read "since 2011" whole.
  if (said.substr(0, 6) != "since " && !drop_word("since")) return false;
  // A decade names no year a figure could be of: "four outbreaks since the early
  // 1960s" counts from then up to the time of writing, whatever words count them.
  if (decade && decades_too) return true;
  for (int words = 0; words < 3 && !before.empty(); ++words) {
    const std::size_t space = before.rfind(' ');
    if (ranks_or_counts(space == std::string_view::npos ? before : before.substr(space + 1))) return true;
    before = space == std::string_view::npos ? std::string_view() : before.substr(0, space);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  }
  return false;
}

}  // namespace factlint::match
