// "since" + a clause of its own, before a year (match/since_clause.h).
#include "match/since_clause.h"

#include "match/narrated_year.h"
#include "match/whole_words.h"

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

}  // namespace factlint::match
