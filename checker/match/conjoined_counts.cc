#include "match/conjoined_counts.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace factlint::match {

namespace {

// Words for people, as a head count counts them.
constexpr std::array<std::string_view, 78> kPeople = {
    "people",     "person",     "persons",    "passengers", "passenger",  "crew",       "crewmen",    "crewman",
    "workers",    "worker",     "employees",  "employee",   "staff",      "soldiers",   "soldier",    "troops",
    "civilians",  "civilian",   "children",   "child",      "adults",     "adult",      "men",        "man",
    "women",      "woman",      "boys",       "boy",        "girls",      "girl",       "climbers",   "climber",
    "tourists",   "tourist",    "visitors",   "visitor",    "students",   "student",    "pupils",     "miners",
    "miner",      "firefighters", "firefighter", "officers", "officer",   "pilots",     "pilot",      "drivers",
    "driver",     "sailors",    "sailor",     "fishermen",  "residents",  "patients",   "guests",     "volunteers",
    "engineers",  "officials",  "migrants",   "refugees",   "hostages",   "prisoners",  "villagers",  "nationals",
    "citizens",   "rescuers",   "policemen",  "journalists", "divers",    "hikers",     "porters",    "sherpas",
    "guides",     "teachers",   "nurses",     "doctors",    "attendants", "stewards"};

// Qualifiers that say what befell the people, not who they are: "3 dead and 5 injured"
// are no two kinds of one noun.
constexpr std::array<std::string_view, 10> kStates = {"dead",   "injured", "wounded", "missing",   "killed",
                                                      "hurt",   "rescued", "saved",   "evacuated", "confirmed"};

bool among(std::string_view word, const auto& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool people_word(const DocumentIndex& index, int t) {
  return t >= 0 && t < static_cast<int>(index.tokens.size()) && among(index.token_text(t), kPeople);
}

// Where the people noun at token `t` ends: "crew", "crew members", "cabin crew".
int people_end(const DocumentIndex& index, int t) {
  const int n = static_cast<int>(index.tokens.size());
  if (t + 1 < n && people_word(index, t + 1)) return t + 2;  // "cabin crew" reads "crew" next
  if (!people_word(index, t)) return -1;
  if (t + 1 < n && (index.token_text(t + 1) == "members" || index.token_text(t + 1) == "member")) return t + 2;
  return t + 1;
}

bool plain_word(const DocumentIndex& index, int t) {
  if (t < 0 || t >= static_cast<int>(index.tokens.size())) return false;
  const std::string_view w = index.token_text(t);
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The longest exact reading of `counts` from token `t` to `end` (any end when `end` is
// -1): its index, or -1.
int exact_reading(const TypedReadings& counts, int t, int end) {
  if (t < 0 || t + 1 >= static_cast<int>(counts.forward.offsets.size())) return -1;
  for (const TokenEdge* e = counts.forward.begin(t); e != counts.forward.end(t); ++e) {
    if (end >= 0 && e->to != end) continue;
    const value::Value& v = counts.readings[static_cast<std::size_t>(e->payload)].value;
    if (v.lo != v.hi || v.approx || v.vague || !std::isfinite(v.lo)) return -1;
    return e->payload;
  }
  return -1;
}

// The exact reading ending at token boundary `end`: its begin token and index, or
// {-1, -1}. None when a longer reading ends there too: the 30 of "about 30" is hedged.
std::pair<int, int> reading_ending(const TypedReadings& counts, int end) {
  if (end <= 0 || end + 1 >= static_cast<int>(counts.reverse.offsets.size())) return {-1, -1};
  std::pair<int, int> out{-1, -1};
  int earliest = end;
  for (const TokenEdge* e = counts.reverse.begin(end); e != counts.reverse.end(end); ++e) {
    earliest = std::min(earliest, e->to);
    if (out.first < 0 && exact_reading(counts, e->to, end) == e->payload) out = {e->to, e->payload};
  }
  if (out.first != earliest) return {-1, -1};
  return out;
}

int token_of_reading_end(const TypedReadings& counts, int begin, int payload) {
  for (const TokenEdge* e = counts.forward.begin(begin); e != counts.forward.end(begin); ++e) {
    if (e->payload == payload) return e->to;
  }
  return -1;
}

// "31 passengers and three crew": the first figure at [b1, e1).
std::optional<ConjoinedCounts> people_pair(const DocumentIndex& index, const TypedReadings& counts, int b1, int r1,
                                           int e1) {
  const int noun1_end = people_end(index, e1);
  if (noun1_end < 0 || noun1_end >= static_cast<int>(index.tokens.size()) || index.token_text(noun1_end) != "and") {
    return std::nullopt;
  }
  const int b2 = noun1_end + 1;
  const int r2 = exact_reading(counts, b2, -1);
  if (r2 < 0) return std::nullopt;
  const int e2 = token_of_reading_end(counts, b2, r2);
  const int noun2_end = e2 < 0 ? -1 : people_end(index, e2);
  if (noun2_end < 0) return std::nullopt;
  return ConjoinedCounts{b1, noun2_end, noun2_end, r1, r2};
}

// "Eight British and two French workers": the first figure at [b1, e1).
std::optional<ConjoinedCounts> qualified_pair(const DocumentIndex& index, const TypedReadings& counts, int b1,
                                              int r1, int e1, const std::function<bool(int)>& capitalized) {
  const int n = static_cast<int>(index.tokens.size());
  auto qualifier = [&](int t) {
    return plain_word(index, t) && capitalized(t) && !people_word(index, t) && !among(index.token_text(t), kStates);
  };
  if (!qualifier(e1) || e1 + 1 >= n || index.token_text(e1 + 1) != "and") return std::nullopt;
  const int b2 = e1 + 2;
  const int r2 = exact_reading(counts, b2, -1);
  if (r2 < 0) return std::nullopt;
  const int e2 = token_of_reading_end(counts, b2, r2);
  if (e2 < 0 || !qualifier(e2) || e2 + 1 >= n) return std::nullopt;
  // The noun both share, lowercase: "workers", not a name.
  if (!plain_word(index, e2 + 1) || capitalized(e2 + 1)) return std::nullopt;
  return ConjoinedCounts{b1, e2 + 2, e2 + 1, r1, r2};
}

}  // namespace

std::optional<ConjoinedCounts> conjoined_counts(const DocumentIndex& index, const TypedReadings& counts,
                                                int value_begin, int value_end,
                                                const std::function<bool(int)>& capitalized) {
  const int value = exact_reading(counts, value_begin, value_end);
  if (value < 0) return std::nullopt;
  // The value as the first figure.
  if (auto p = people_pair(index, counts, value_begin, value, value_end)) return p;
  if (auto p = qualified_pair(index, counts, value_begin, value, value_end, capitalized)) return p;
  // The value as the second: "and" before it, the first figure and its word before that.
  if (value_begin < 3 || index.token_text(value_begin - 1) != "and") return std::nullopt;
  for (int word_begin = value_begin - 2; word_begin >= value_begin - 3 && word_begin > 0; --word_begin) {
    const auto [b1, r1] = reading_ending(counts, word_begin);
    if (r1 < 0) continue;
    std::optional<ConjoinedCounts> p = people_pair(index, counts, b1, r1, word_begin);
    if (!p) p = qualified_pair(index, counts, b1, r1, word_begin, capitalized);
    if (p && p->second == value) return p;
  }
  return std::nullopt;
}

}  // namespace factlint::match
