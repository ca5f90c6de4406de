// "since" + a clause of its own, before a year (match/since_clause.h).
#include "match/since_clause.h"

#include <algorithm>
#include <array>
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

}  // namespace

bool totals_up_to_writing(std::string_view before_value) {
  const std::vector<std::string_view> words = words_of(before_value);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] != "has" && words[i] != "have" && words[i] != "ve") continue;
    std::size_t v = i + 1;
    // One adverb between: "has already spent", "have more than doubled to".
    if (v < words.size() && (words[v] == "already" || words[v] == "now" || words[v].ends_with("ly"))) ++v;
    if (v + 1 < words.size() && words[v] == "more" && words[v + 1] == "than") v += 2;
    if (v >= words.size()) return false;
    if (adds_up(words[v])) return true;
    if (!changed(words[v])) continue;
    // "have doubled to", "has risen to about", "have gone up to": "to" after the verb.
    for (std::size_t t = v + 1; t < words.size() && t <= v + 2; ++t) {
      if (words[t] == "to") return true;
    }
  }
  return false;
}

}  // namespace factlint::match
