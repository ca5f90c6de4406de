// The scanner: walks every word start of normalized text once, asks the reader of
// the requested type for readings there, and returns them leftmost, longest first.
#include "value/scan.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <unordered_set>

#include "value/reading.h"
#include "value/text_cursor.h"
#include "value/unit_table.h"
#include "value/unread_text.h"

namespace factlint::value {

namespace {

void read_at(Type type, std::string_view text, std::size_t pos, const ParseContext& context,
             detail::Readings& out) {
  switch (type) {
    case Type::Ordinal: return detail::read_ordinals(text, pos, out);
    case Type::Count:
    case Type::Number: return detail::read_counts(type, text, pos, out);
    case Type::Percent:
    case Type::Length:
    case Type::Area:
    case Type::Mass:
    case Type::Volume:
    case Type::Energy:
    case Type::Power:
    case Type::Speed:
    case Type::Temperature:
    case Type::Duration:
    case Type::Flow:
    case Type::DataSize: return detail::read_quantities(type, text, pos, out);
    case Type::Version: return detail::read_versions(text, pos, out);
    case Type::Money: return detail::read_money(text, pos, out);
    case Type::Year:
    case Type::YearRange: return detail::read_years(type, text, pos, out);
    case Type::Date: return detail::read_dates(text, pos, context, out);
  }
}

using WordSet = std::unordered_set<std::string_view>;

template <std::size_t... N>
WordSet words(const std::string_view (&... lists)[N]) {
  WordSet out;
  (out.insert(std::begin(lists), std::end(lists)), ...);
  return out;
}

// The first words (letters only) a reading of each kind can start with. Most word
// starts in prose hold none of them, so the scanner skips them at the cost of one
// lookup. A reader learning a new leading word must add it here.
constexpr std::string_view kCardinals[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "a", "an", "dozen", "half"};
constexpr std::string_view kAmountWords[] = {
    "more", "over", "above", "greater", "in", "upwards", "upward", "exceeding", "well", "just",
    "slightly", "at", "no", "not", "under", "less", "fewer", "below", "up", "as", "nearly",
    "almost", "about", "around", "roughly", "some", "approximately", "approx", "close", "circa",
    "between", "from", "several", "dozens", "scores", "hundreds", "tens", "thousands",
    "millions", "billions", "many", "numerous", "countless", "minus", "negative", "point",
    "its", "their", "his", "her", "our"};
constexpr std::string_view kCurrencyWords[] = {
    "us", "usd", "eur", "gbp", "cny", "rmb", "jpy", "rub", "inr", "chf", "cad", "aud", "hkd",
    "c", "hk"};
constexpr std::string_view kOrdinalWords[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
    "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "number",
    "no", "top", "largest", "biggest", "greatest", "highest", "longest", "tallest", "richest",
    "busiest", "wealthiest", "strongest", "most", "best", "heaviest", "deepest", "widest",
    "fastest", "tops", "topped", "topping", "heads", "headed", "heading", "leads", "led", "leading",
    "none", "nothing", "only"};
constexpr std::string_view kYearWords[] = {"the", "early", "mid", "late", "from", "between",
                                           "since", "until", "till", "before", "after",
                                           "through", "from", "fy", "fiscal", "financial",
                                           "ad", "a"};  // "AD 930", "A.D. 930"
constexpr std::string_view kVersionWords[] = {"v", "version", "ver"};
constexpr std::string_view kDateWords[] = {
    "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun",
    "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november",
    "nov", "december", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "last", "this", "next", "earlier", "later", "today", "yesterday",
    "tomorrow", "q", "h", "spring", "summer", "autumn", "fall", "winter", "first", "second",
    "third", "fourth", "final", "christmas", "boxing", "new", "valentine", "halloween"};

// The letters every currency spelling that may lead a figure starts with ("usd", "rs",
// "hk" of "hk$"), from the unit table, so a new currency needs no entry here.
WordSet with_currency_words(WordSet set) {
  for (const auto& entry : detail::unit_spellings()) {
    if (entry.type != Type::Money) continue;
    const std::string_view word = detail::letters_at(entry.spelling, 0);
    if (!word.empty()) set.insert(word);
  }
  return set;
}

// The word sets a reading may start with: one per family of value types.
enum class StarterSet { Ordinal, Year, Date, Amount, Version };

StarterSet starter_set(Type type) {
  switch (type) {
    case Type::Ordinal: return StarterSet::Ordinal;
    case Type::Year:
    case Type::YearRange: return StarterSet::Year;
    case Type::Date: return StarterSet::Date;
    case Type::Version: return StarterSet::Version;
    default: return StarterSet::Amount;
  }
}

const WordSet& starters(Type type) {
  // Ordinals past a hundred start with a cardinal: "one hundred and fifth".
  static const std::array<WordSet, 5> sets{words(kOrdinalWords, kCardinals), words(kYearWords),
                                           words(kYearWords, kDateWords, kCardinals),
                                           with_currency_words(words(kCardinals, kAmountWords, kCurrencyWords)),
                                           words(kVersionWords)};
  return sets[static_cast<std::size_t>(starter_set(type))];
}

// The (first letter, length) pairs of a set's words: most words of prose fail this
// test, so they cost two loads instead of hashing.
struct StarterShapes {
  static constexpr std::size_t kLongest = 32;
  std::array<std::array<bool, kLongest + 1>, 26> held{};
  bool all = false;  // a word not starting with a-z: every word goes to the hash
  explicit StarterShapes(const WordSet& set) {
    for (std::string_view word : set) {
      if (word.empty() || word[0] < 'a' || word[0] > 'z') {
        all = true;
        continue;
      }
      held[static_cast<std::size_t>(word[0] - 'a')][std::min(word.size(), kLongest)] = true;
    }
  }
  bool may_hold(std::string_view word) const {
    const char first = word[0];
    if (all || first < 'a' || first > 'z') return true;  // capitals never reach here; hash to be sure
    return held[static_cast<std::size_t>(first - 'a')][std::min(word.size(), kLongest)];
  }
};

const StarterShapes& starter_shapes(Type type) {
  static const std::array<StarterShapes, 5> shapes{
      StarterShapes(starters(Type::Ordinal)), StarterShapes(starters(Type::Year)),
      StarterShapes(starters(Type::Date)), StarterShapes(starters(Type::Number)),
      StarterShapes(starters(Type::Version))};
  return shapes[static_cast<std::size_t>(starter_set(type))];
}

// False when no reading of `type` can start at `pos`: a word that leads no phrase.
bool could_start(Type type, std::string_view text, std::size_t pos) {
  const std::string_view word = detail::letters_at(text, pos);
  if (word.empty()) return true;  // digits, signs, currency symbols
  if (!starter_shapes(type).may_hold(word)) return false;
  return starters(type).count(word) > 0;
}

// The cheap half of detail::starts_word, inline: a space, or a byte inside a word,
// starts nothing. Most bytes of prose are one or the other.
bool inside_word_or_space(std::string_view text, std::size_t pos) {
  return text[pos] == ' ' || (pos > 0 && detail::is_word_char(text[pos - 1]));
}

}  // namespace

std::vector<std::uint32_t> reading_starts(Type type, std::string_view text) {
  std::vector<std::uint32_t> out;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (!inside_word_or_space(text, pos) && detail::starts_word(text, pos) && could_start(type, text, pos)) {
      out.push_back(static_cast<std::uint32_t>(pos));
    }
  }
  return out;
}

bool same_starts(Type a, Type b) { return starter_set(a) == starter_set(b); }

ScanResult scan(Type type, std::string_view text, const ParseContext& context) {
  return scan(type, text, reading_starts(type, text), context);
}

ScanResult scan(Type type, std::string_view text, const std::vector<std::uint32_t>& starts,
                const ParseContext& context) {
  detail::Readings readings;
  for (std::uint32_t pos : starts) read_at(type, text, pos, context, readings);
  std::stable_sort(readings.matches.begin(), readings.matches.end(),
                   [](const ValueMatch& a, const ValueMatch& b) {
                     return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
                   });
  std::sort(readings.hidden.begin(), readings.hidden.end());
  // One sweep drops readings starting inside a hidden span, so the cost stays linear.
  ScanResult result;
  std::vector<ValueMatch>& out = result.matches;
  std::vector<UnreadValue> partial;
  std::size_t next_hidden = 0, hidden_until = 0;
  for (auto& match : readings.matches) {
    while (next_hidden < readings.hidden.size() && readings.hidden[next_hidden].first <= match.begin) {
      hidden_until = std::max(hidden_until, readings.hidden[next_hidden].second);
      ++next_hidden;
    }
    if (match.begin < hidden_until) continue;
    // Readings end on a word boundary: "10" is no count in "10th", "1960" no year in "1960s".
    if (match.end <= match.begin || !detail::ends_word(text, match.end)) continue;
    // A figure that overflowed, or a reading of part of a phrase: never a value.
    if (!std::isfinite(match.value.lo) && !std::isfinite(match.value.hi)) continue;
    if (std::isnan(match.value.lo) || std::isnan(match.value.hi)) continue;
    auto before = detail::unread_before(type, text, match.begin);
    auto after = detail::unread_after(type, text, match.end);
    if (before || after) {
      const auto left = before ? *before : detail::TextSpan{match.begin, match.begin};
      const auto right = after ? *after : detail::TextSpan{match.end, match.end};
      partial.push_back({std::min(left.begin, match.begin), std::max(right.end, match.end),
                         before ? left.begin : right.begin, after ? right.end : left.end});
      continue;
    }
    if (type == Type::Mass) match.value = with_ton(std::move(match.value), context.ton);
    if (type == Type::Money) match.value = with_currencies(std::move(match.value), context);
    out.push_back(std::move(match));
  }
  // One reading per span: the first reader's (the most specific) wins.
  out.erase(std::unique(out.begin(), out.end(),
                        [](const ValueMatch& a, const ValueMatch& b) {
                          return a.begin == b.begin && a.end == b.end;
                        }),
            out.end());
  // A partial reading inside a whole one ("5" of "1 point 5") is no loss; the rest are.
  std::size_t covered_until = 0, next = 0;
  for (const UnreadValue& u : partial) {
    while (next < out.size() && out[next].begin <= u.begin) covered_until = std::max(covered_until, out[next++].end);
    if (u.end <= covered_until) continue;
    if (!result.unread.empty() && result.unread.back().end >= u.end && result.unread.back().begin <= u.begin) continue;
    result.unread.push_back(u);
  }
  return result;
}

std::vector<ValueMatch> scan_values(Type type, std::string_view text, const ParseContext& context) {
  return scan(type, text, context).matches;
}

std::optional<ValueMatch> first_value(Type type, std::string_view text,
                                      const ParseContext& context) {
  auto matches = scan_values(type, text, context);
  if (matches.empty()) return std::nullopt;
  return matches.front();
}

}  // namespace factlint::value
