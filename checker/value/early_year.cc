// Bare years before 1000, for facts that ask for them; see early_year.h.
#include "value/early_year.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "value/civil_date.h"
#include "value/reading.h"
#include "value/text_cursor.h"

namespace factlint::value {

namespace {

using detail::is_digit;
using detail::is_letter;

// The words that lead a year, right before it: "founded in 930", "since 874", "the
// year 930", "settled 874". Whether they hedge it: "around 930", "c. 930".
struct Lead {
  std::string_view word;
  bool approx;
};
std::optional<Lead> year_lead(std::string_view word) {
  static constexpr Lead kLeads[] = {
      {"in", false},      {"since", false},   {"until", false},       {"till", false},   {"before", false},
      {"after", false},   {"year", false},    {"founded", false},     {"established", false},
      {"settled", false}, {"built", false},   {"around", true},       {"circa", true},   {"c.", true},
      {"about", true}};
  for (const Lead& lead : kLeads) {
    if (lead.word == word) return lead;
  }
  return std::nullopt;
}

// What may follow a year: nothing, punctuation, or a word that starts a new phrase,
// never a noun the figure would count ("in 930 stores", "since 500 people").
bool ends_a_year(std::string_view text, std::size_t end) {
  if (end >= text.size()) return true;
  const char c = text[end];
  if (c == '%' || c == '-' || c == '/' || c == '+') return false;
  if (c == ',' || c == '.') return !(end + 1 < text.size() && is_digit(text[end + 1]));
  if (c != ' ') return c == ';' || c == ':' || c == ')' || c == '"' || c == '\'';
  static constexpr std::string_view kNext[] = {"and", "or", "but", "when", "as", "after", "before", "by",
                                               "under", "with", "the", "a", "an", "at", "on", "in",
                                               "from", "to", "until", "which", "where"};
  const std::string_view next = detail::letters_at(text, end + 1);
  if (next.empty()) return !(end + 1 < text.size() && is_digit(text[end + 1]));
  return std::find(std::begin(kNext), std::end(kNext), next) != std::end(kNext);
}

// The word ending one space before `pos`, "c." included.
std::string_view word_before(std::string_view text, std::size_t pos) {
  if (pos < 2 || text[pos - 1] != ' ') return {};
  std::size_t b = pos - 1;
  const std::size_t e = b;
  if (b > 0 && text[b - 1] == '.') --b;
  while (b > 0 && is_letter(text[b - 1])) --b;
  return text.substr(b, e - b);
}

}  // namespace

double first_day_of_year_1000() { return static_cast<double>(days_from_civil({1000, 1, 1})); }

std::vector<ValueMatch> early_years(Type type, std::string_view text) {
  std::vector<ValueMatch> out;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (!is_digit(text[pos]) || text[pos] == '0' || !detail::starts_word(text, pos)) continue;
    std::size_t end = pos;
    int year = 0;
    while (end < text.size() && is_digit(text[end]) && end - pos < 4) year = year * 10 + (text[end++] - '0');
    if (end - pos < 2 || end - pos > 3 || (end < text.size() && is_digit(text[end]))) {
      pos = end;
      continue;
    }
    if (pos > 0 && (text[pos - 1] == '$' || text[pos - 1] == '#')) continue;
    const std::optional<Lead> lead = year_lead(word_before(text, pos));
    if (!lead || !ends_a_year(text, end)) {
      pos = end;
      continue;
    }
    out.push_back({pos, end,
                   detail::temporal_value(type, text, pos, end, {year, 1, 1}, {year, 12, 31}, Grain::Year,
                                          lead->approx, std::to_string(year))});
    pos = end;
  }
  return out;
}

}  // namespace factlint::value
