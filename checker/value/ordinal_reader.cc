// Ordinals and ranks: digits with suffixes, ordinal words, "number one", "no. 2",
// superlatives as rank 1, and "top five" as the interval [1, 5].
//
//   "10th-largest"  -> 10 (and the shorter reading "10th")    "twenty-first" -> 21
//   "number-one"    -> 1          "no. 2"  -> 2                "largest"      -> 1
//   "second-largest"-> 2          "top five" -> [1, 5]         "a second" (time) -> none
#include <array>
#include <cmath>
#include <string>

#include "value/number_format.h"
#include "value/number_reader.h"
#include "value/reading.h"
#include "value/text_cursor.h"

namespace factlint::value::detail {

namespace {

constexpr std::array<std::pair<std::string_view, int>, 29> kOrdinalWords{{
    {"first", 1},        {"second", 2},       {"third", 3},        {"fourth", 4},
    {"fifth", 5},        {"sixth", 6},        {"seventh", 7},      {"eighth", 8},
    {"ninth", 9},        {"tenth", 10},       {"eleventh", 11},    {"twelfth", 12},
    {"thirteenth", 13},  {"fourteenth", 14},  {"fifteenth", 15},   {"sixteenth", 16},
    {"seventeenth", 17}, {"eighteenth", 18},  {"nineteenth", 19},  {"twentieth", 20},
    {"thirtieth", 30},   {"fortieth", 40},    {"fiftieth", 50},    {"sixtieth", 60},
    {"seventieth", 70},  {"eightieth", 80},   {"ninetieth", 90},   {"hundredth", 100},
    {"thousandth", 1000},
}};

// Superlatives that make a rank: "largest" alone is rank 1, "10th-largest" rank 10.
// Not "leading": "a leading role" is no rank.
constexpr std::array<std::string_view, 21> kSuperlatives{{
    "largest", "biggest", "greatest", "highest", "longest", "tallest", "richest",
    "busiest", "wealthiest", "strongest", "most important", "most populous", "best-selling",
    "heaviest", "most massive", "deepest", "widest", "fastest", "most visited", "most valuable",
    "top-ranked",
}};

std::optional<int> ordinal_word(std::string_view word) {
  for (const auto& [name, value] : kOrdinalWords) {
    if (name == word) return value;
  }
  return std::nullopt;
}

struct Rank {
  long lo = 0;
  long hi = 0;
  std::size_t end = 0;
};

// Comparatives a rank by exclusion ends with: "No fund is bigger", "Only two tunnels
// are longer". "more" and a word ("more valuable") are read too.
constexpr std::array<std::string_view, 14> kComparatives{{
    "bigger", "larger", "longer", "taller", "higher", "greater", "deeper", "wider", "heavier", "richer",
    "busier", "faster", "wealthier", "stronger",
}};

// "10th", "1st", "22nd" (any suffix accepted: writers get "22th" wrong too).
std::optional<Rank> read_digit_ordinal(std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  long n = 0;
  while (p < text.size() && is_digit(text[p]) && p - pos < 7) n = n * 10 + (text[p++] - '0');
  if (p == pos || n == 0) return std::nullopt;
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (auto end = match_word(text, p, suffix)) return Rank{n, n, *end};
  }
  return std::nullopt;
}

// "tenth", "twenty-first", "twenty first", "hundredth".
std::optional<Rank> read_word_ordinal(std::string_view text, std::size_t pos) {
  std::string_view word = letters_at(text, pos);
  std::size_t end = pos + word.size();
  if (!ends_word(text, end)) return std::nullopt;
  if (auto n = ordinal_word(word)) return Rank{*n, *n, end};
  auto tens = small_number_word(word);
  if (!tens || *tens < 20 || *tens % 10 != 0 || end >= text.size()) return std::nullopt;
  if (text[end] != '-' && text[end] != ' ') return std::nullopt;
  std::string_view unit_word = letters_at(text, end + 1);
  auto unit = ordinal_word(unit_word);
  const std::size_t unit_end = end + 1 + unit_word.size();
  if (!unit || *unit > 9 || !ends_word(text, unit_end)) return std::nullopt;
  return Rank{*tens + *unit, *tens + *unit, unit_end};
}

// Ordinals past a hundred in words: "one hundred and fifth", "a hundred first",
// "two hundred twenty-first", "three thousand and third", "five hundredth". A scale
// group ("one hundred", "two thousand", optionally followed by "and") then a word
// ordinal below that scale, or the group's own ordinal ("hundredth", "thousandth").
std::optional<Rank> read_compound_ordinal(std::string_view text, std::size_t pos) {
  long total = 0;
  long last_scale = 0;
  std::size_t p = pos;
  for (int group = 0; group < 2; ++group) {
    const std::string_view word = letters_at(text, p);
    std::optional<int> multiplier = word == "a" ? std::optional<int>(1) : small_number_word(word);
    if (!multiplier || *multiplier < 1 || *multiplier > 99 || p + word.size() >= text.size() ||
        text[p + word.size()] != ' ') {
      break;
    }
    const std::size_t scale_at = p + word.size() + 1;
    const std::string_view scale_word = letters_at(text, scale_at);
    const std::size_t scale_end = scale_at + scale_word.size();
    if (!ends_word(text, scale_end)) break;
    const long scale = scale_word == "hundred" || scale_word == "hundredth"     ? 100
                       : scale_word == "thousand" || scale_word == "thousandth" ? 1000
                                                                                : 0;
    if (scale == 0 || (last_scale != 0 && scale >= last_scale)) break;
    if (scale_word.back() == 'h') return Rank{total + *multiplier * scale, total + *multiplier * scale, scale_end};
    total += *multiplier * scale;
    last_scale = scale;
    p = scale_end;
    if (auto and_end = match_word(text, p, " and")) p = *and_end;
    if (p >= text.size() || text[p] != ' ') return std::nullopt;
    ++p;
  }
  if (last_scale == 0) return std::nullopt;
  auto rest = read_word_ordinal(text, p);
  if (!rest || rest->lo >= last_scale) return std::nullopt;
  // "a thousand first-time buyers" counts buyers; it ranks nothing.
  if (rest->end + 1 < text.size() && text[rest->end] == '-' && is_letter(text[rest->end + 1])) return std::nullopt;
  return Rank{total + rest->lo, total + rest->hi, rest->end};
}

// A cardinal in digits or words: "5", "five", "twenty".
std::optional<std::pair<long, std::size_t>> read_cardinal(std::string_view text,
                                                          std::size_t pos) {
  NumberOptions options;
  options.fractions = options.mixed = false;
  options.scales = false;
  auto n = read_number(text, pos, options);
  // A rank is a small whole number; the bound comes first, so the cast below is defined.
  constexpr double kMaxRank = 1e9;
  if (!n || n->value < 1 || n->value > kMaxRank || n->value != std::floor(n->value) || !ends_word(text, n->end)) {
    return std::nullopt;
  }
  return std::pair{static_cast<long>(n->value), n->end};
}

// "number one", "number-one", "no. 2", "no 2", "no.2", "#1".
std::optional<Rank> read_number_rank(std::string_view text, std::size_t pos) {
  std::optional<std::size_t> start;
  if (auto e = match_text(text, pos, "number"); e && *e < text.size() &&
                                                (text[*e] == ' ' || text[*e] == '-')) {
    start = *e + 1;
  } else if (auto e2 = match_text(text, pos, "no.")) {
    start = match_space(text, *e2).value_or(*e2);
    if (*start >= text.size() || !is_digit(text[*start])) return std::nullopt;
  } else if (auto e3 = match_text(text, pos, "no "); e3 && *e3 < text.size() && is_digit(text[*e3])) {
    start = e3;
  } else if (auto e4 = match_text(text, pos, "#"); e4 && *e4 < text.size() && is_digit(text[*e4])) {
    start = e4;
  }
  if (!start) return std::nullopt;
  auto n = read_cardinal(text, *start);
  if (!n) return std::nullopt;
  return Rank{n->first, n->first, n->second};
}

// "top five", "top-10", "top 3"; "top" alone ("its top trading partner") is rank 1.
std::optional<Rank> read_top(std::string_view text, std::size_t pos) {
  auto e = match_word(text, pos, "top");
  if (!e) return std::nullopt;
  if (*e < text.size() && (text[*e] == ' ' || text[*e] == '-')) {
    if (auto n = read_cardinal(text, *e + 1)) return Rank{1, n->first, n->second};
    if (match_word(text, *e + 1, "of") || match_word(text, *e + 1, "up")) return std::nullopt;
  }
  if (*e < text.size() && text[*e] == '-') return std::nullopt;  // "top-notch"
  return Rank{1, 1, *e};
}

// "most" and an adjective, spaced or hyphenated: "most popular", "most-visited", "most
// expensive". An adjective is told by its ending; "most tourists", "most of" and "the
// most traffic" (a noun) are no superlatives.
std::optional<std::size_t> read_most_adjective(std::string_view text, std::size_t pos) {
  auto most = match_text(text, pos, "most");
  if (!most || *most >= text.size() || (text[*most] != ' ' && text[*most] != '-')) return std::nullopt;
  const std::string_view word = letters_at(text, *most + 1);
  const std::size_t end = *most + 1 + word.size();
  if (word.size() < 5 || !ends_word(text, end)) return std::nullopt;
  for (std::string_view ending : {"ed", "ful", "ous", "ive", "able", "ible", "ular", "ent", "ant", "al", "less"}) {
    if (word.size() > ending.size() + 2 && word.substr(word.size() - ending.size()) == ending) return end;
  }
  return std::nullopt;
}

// Whether "the", a possessive or a possessive pronoun ends just before `pos`: "the
// most popular", "the city's most visited", "its most valuable" name a first place;
// "is most popular with families" and "most visited museums are ..." do not.
bool after_definite(std::string_view text, std::size_t pos) {
  if (pos >= 3 && text.substr(pos - 3, 3) == "'s ") return true;
  const std::string_view word = previous_word(text, pos);
  for (std::string_view d : {"the", "its", "their", "his", "her", "our", "my", "your"}) {
    if (word == d) return true;
  }
  return false;
}

std::optional<std::size_t> read_superlative(std::string_view text, std::size_t pos) {
  for (std::string_view word : kSuperlatives) {
    if (auto e = match_word(text, pos, word)) return e;
  }
  return std::nullopt;
}

// "the leading exporter", "the world's leading carmaker": "leading" after "the" or a
// possessive is first. "a leading role" and "one of the leading" name no place.
std::optional<std::size_t> read_leading(std::string_view text, std::size_t pos) {
  auto e = match_word(text, pos, "leading");
  if (!e) return std::nullopt;
  const bool the = pos >= 4 && text.substr(pos - 4, 4) == "the " && (pos == 4 || !is_word_char(text[pos - 5]));
  const bool possessive = pos >= 3 && text.substr(pos - 3, 3) == "'s ";
  if (!the && !possessive) return std::nullopt;
  return e;
}

// "tops the list of sovereign funds", "headed the rankings": first on a list. ("top
// the list" reads "top" alone, as read_top does.)
std::optional<std::size_t> read_heads_list(std::string_view text, std::size_t pos) {
  auto verb = match_any_word(text, pos, {"tops", "topped", "topping", "heads", "headed", "heading", "leads",
                                         "led", "leading"});
  if (!verb) return std::nullopt;
  auto the = match_text(text, *verb, " the ");
  if (!the) return std::nullopt;
  return match_any_word(text, *the, {"list", "lists", "ranking", "rankings", "league table", "league",
                                     "table", "chart", "charts", "index"});
}

// Where a word of letters (with inner hyphens and apostrophes: "gotthard", "world's",
// "top-ten") at `pos` ends; nullopt when none starts there.
std::optional<std::size_t> plain_word_end(std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  while (p < text.size() && (is_letter(text[p]) || ((text[p] == '-' || text[p] == '\'') && p > pos &&
                                                    p + 1 < text.size() && is_letter(text[p + 1])))) {
    ++p;
  }
  if (p == pos || !ends_word(text, p)) return std::nullopt;
  return p;
}

// " is bigger", " are longer", " was more valuable" at `pos`: where the comparative
// ends. Not before "than" and a figure ("no tunnel is longer than 50 km" bounds a
// length, it ranks nothing).
std::optional<std::size_t> read_comparison(std::string_view text, std::size_t pos) {
  auto verb = match_any_word(text, pos, {" is", " are", " was", " were"});
  if (!verb) return std::nullopt;
  auto start = match_space(text, *verb);
  if (!start) return std::nullopt;
  std::optional<std::size_t> end;
  for (std::string_view c : kComparatives) {
    if ((end = match_word(text, *start, c))) break;
  }
  if (!end) {
    auto more = match_text(text, *start, "more ");
    auto word = more ? plain_word_end(text, *more) : std::nullopt;
    if (!word || *word - *more < 4 || text.substr(*more, *word - *more) == "than") return std::nullopt;
    end = word;
  }
  if (auto than = match_text(text, *end, " than "); than && *than < text.size() && !is_letter(text[*than])) {
    return std::nullopt;
  }
  return end;
}

// " carries as much water as", " carries a greater volume of water than", " has more
// passengers than" at `pos`: a verb, "as much" or "as many" (then "as"), or "more" or a
// comparative with or without "a" (then "than"), up to four words between, and where it
// ends: after "as" or "than". Not before a figure ("handles more than 50 million").
std::optional<std::size_t> read_verb_comparison(std::string_view text, std::size_t pos) {
  auto space = match_space(text, pos);
  if (!space) return std::nullopt;
  auto verb = plain_word_end(text, *space);
  if (!verb) return std::nullopt;
  const std::string_view v = text.substr(*space, *verb - *space);
  if (v == "is" || v == "are" || v == "was" || v == "were" || v == "than" || v == "as") return std::nullopt;
  std::size_t p = *verb;
  std::string_view closing = "than";
  if (auto e = match_any_word(text, p, {" as much", " as many"})) {
    p = *e;
    closing = "as";
  } else {
    if (auto a = match_text(text, p, " a ")) p = *a - 1;
    std::optional<std::size_t> c;
    if (auto m = match_word(text, p, " more")) c = m;
    for (std::string_view cmp : kComparatives) {
      if (c) break;
      if (text.substr(p, 1) == " ") c = match_word(text, p + 1, cmp);
    }
    if (!c) return std::nullopt;
    p = *c;
  }
  for (int words = 0; words <= 4; ++words) {
    if (auto e = match_word(text, p, std::string(" ") + std::string(closing))) {
      // "carries more than 200,000 m3/s" bounds a figure; a name or a noun follows a rank.
      if (*e + 1 < text.size() && text[*e] == ' ' && !is_letter(text[*e + 1])) return std::nullopt;
      if (*e >= text.size() || text[*e] != ' ') return std::nullopt;
      return e;
    }
    auto s = match_space(text, p);
    auto w = s ? plain_word_end(text, *s) : std::nullopt;
    if (!w) return std::nullopt;
    p = *w;
  }
  return std::nullopt;
}

// "No sovereign wealth fund is bigger", "no other tunnel in the world is longer",
// "none is larger": nothing outranks it, so it is first. So do "no other river carries
// as much water as" and "no river on Earth carries a greater volume of water than".
std::optional<std::size_t> read_none_bigger(std::string_view text, std::size_t pos) {
  if (auto e = match_any_word(text, pos, {"none", "nothing"})) return read_comparison(text, *e);
  auto e = match_word(text, pos, "no");
  if (!e || *e >= text.size() || text[*e] != ' ') return std::nullopt;
  std::size_t p = *e;
  for (int words = 0; words < 6; ++words) {
    auto word = plain_word_end(text, p + 1);
    if (!word) return std::nullopt;
    const std::string_view w = text.substr(p + 1, *word - p - 1);
    if (words == 0 && (w == "longer" || w == "more" || w == "less" || w == "matter" || w == "doubt")) {
      return std::nullopt;  // "no longer", "no more than", "no matter": no subject
    }
    p = *word;
    if (auto c = read_comparison(text, p)) return c;
    // The subject's noun first: "no other river carries ...", not "no doubt carries".
    if (words > 0 || w != "other") {
      if (auto c = read_verb_comparison(text, p)) return c;
    }
  }
  return std::nullopt;
}

// "Only the Gotthard and Seikan tunnels are longer" is third: one more than the things
// listed ahead of it, each name of "A, B and C" counted, or the number given ("only
// two tunnels are longer" is third). A list opened by a vague word ("only a few",
// "only some") or holding a relative ("only tunnels that are longer") ranks nothing.
std::optional<Rank> read_only_bigger(std::string_view text, std::size_t pos) {
  auto e = match_word(text, pos, "only");
  if (!e || *e >= text.size() || text[*e] != ' ') return std::nullopt;
  // "the only tunnel that is longer" picks one thing, it lists none ahead.
  for (std::string_view before : {"the ", "an ", "a ", "not "}) {
    if (pos >= before.size() && text.substr(pos - before.size(), before.size()) == before &&
        (pos == before.size() || !is_word_char(text[pos - before.size() - 1]))) {
      return std::nullopt;
    }
  }
  std::size_t p = *e + 1;
  long listed = 0;
  bool counted = false;
  if (auto n = read_cardinal(text, p); n && n->first < 100 && match_space(text, n->second)) {
    listed = n->first;
    counted = true;
    p = n->second + 1;
  }
  int names = 1;
  bool in_name = false;  // a word of the current name was read
  for (int words = 0; words < 14; ++words) {
    auto word = plain_word_end(text, p);
    if (!word) return std::nullopt;
    const std::string_view w = text.substr(p, *word - p);
    static constexpr std::string_view kNoList[] = {"a", "an", "some", "few", "several", "many", "most", "these",
                                                   "those", "that", "which", "who", "of", "percent", "per"};
    if (std::find(std::begin(kNoList), std::end(kNoList), w) != std::end(kNoList) && !(w == "of" && in_name)) {
      return std::nullopt;
    }
    if (w == "and") {
      if (counted || !in_name) return std::nullopt;
      ++names;
      in_name = false;
    } else {
      in_name = true;
    }
    p = *word;
    if (in_name) {
      if (auto c = read_comparison(text, p)) {
        return Rank{(counted ? listed : names) + 1, (counted ? listed : names) + 1, *c};
      }
    }
    if (p < text.size() && text[p] == ',') {
      if (counted || !in_name) return std::nullopt;
      ++p;
      if (auto and_end = match_text(text, p, " and")) {
        p = *and_end;  // "A, B, and C": the serial comma's "and" opens the same name
      }
      ++names;
      in_name = false;
    }
    if (p >= text.size() || text[p] != ' ') return std::nullopt;
    ++p;
  }
  return std::nullopt;
}

// Whether `text` before `pos` ends with a word of a rank ("20th", "twentieth") as a
// whole word, within `reach` bytes back.
bool ordinal_before(std::string_view text, std::size_t pos, std::size_t reach) {
  const std::size_t from = pos > reach ? pos - reach : 0;
  for (std::size_t p = from; p < pos; ++p) {
    if (p > 0 && is_word_char(text[p - 1])) continue;  // a word's start only
    const std::string_view word = letters_at(text, p);
    if (!word.empty() && ordinal_word(word) && p + word.size() <= pos) return true;
    if (auto r = read_digit_ordinal(text, p); r && r->end <= pos) return true;
  }
  return false;
}

// "one of the largest", "one of its biggest", "among the highest", "among the
// world's longest", "on the list of the busiest": a superlative that names a group,
// not a place in it. So does one after "of" that an ordinal ranks in: "20th, by main
// span, of the world's longest" (a blind writer's report).
bool after_one_of(std::string_view text, std::size_t pos) {
  auto group_before = [&](std::size_t at, bool possessive) {
    for (std::string_view before : {"one of the ", "one of its ", "one of their ", "one of his ", "one of her ",
                                    "one of our ", "among the ", "some of the ", "two of the ", "three of the ",
                                    "list of the ", "lists of the "}) {
      if (at >= before.size() && text.substr(at - before.size(), before.size()) == before) return true;
    }
    // "one of europe's busiest", "among china's largest".
    if (possessive) {
      for (std::string_view before : {"one of ", "among "}) {
        if (at >= before.size() && text.substr(at - before.size(), before.size()) == before) return true;
      }
    }
    // "20th of the world's longest", "ranks ninth, by length, of the largest".
    for (std::string_view before : {"of the ", "of its ", "of their "}) {
      if (at >= before.size() && text.substr(at - before.size(), before.size()) == before &&
          ordinal_before(text, at - before.size(), 40)) {
        return true;
      }
    }
    if (possessive && at >= 3 && text.substr(at - 3, 3) == "of " && ordinal_before(text, at - 3, 40)) return true;
    return false;
  };
  if (group_before(pos, false)) return true;
  // A possessive between: "the world's", "europe's", "the country's".
  if (pos >= 4 && (text.substr(pos - 3, 3) == "'s " || text.substr(pos - 3, 3) == "s' ")) {
    std::size_t q = pos - 3;
    if (text[q] == 's' && text[q + 1] == '\'') ++q;  // "s' ": the apostrophe ends the word
    std::size_t start = q;
    while (start > 0 && is_word_char(text[start - 1])) --start;
    if (start < q && group_before(start, true)) return true;
  }
  return false;
}

// "second" is also a unit of time: "per second", "a split second", "30 second delay".
bool is_time_second(std::string_view text, std::size_t pos, const Rank& rank) {
  if (rank.lo != 2 || text.substr(pos, 6) != "second") return false;
  auto preceded_by = [&](std::string_view w) {
    return pos >= w.size() && text.substr(pos - w.size(), w.size()) == w;
  };
  for (std::string_view before : {"per ", "split ", "one ", "each ", "every ", "half a "}) {
    if (preceded_by(before)) return true;
  }
  if (pos >= 2 && is_digit(text[pos - 2]) && text[pos - 1] == ' ') return true;
  if (preceded_by("a ")) {
    // "wait a second" and "a second or two later" are time; "a second term" is a rank.
    const std::size_t after = rank.end;
    if (after >= text.size() || text[after] != ' ') return true;
    return match_word(text, after + 1, "or") || match_word(text, after + 1, "later") ||
           match_word(text, after + 1, "ago");
  }
  return false;
}

// "a tenth of that", "one fifth of the fleet": a part of a whole, no place in an
// order. An ordinal word of three or more after "a", "an" or "one" and before "of"
// ("the third of the three", "a third straight win" stay ranks).
bool is_share(std::string_view text, std::size_t pos, const Rank& rank) {
  if (rank.lo < 3 || rank.lo != rank.hi || !is_letter(text[pos])) return false;
  auto preceded_by = [&](std::string_view w) {
    return pos >= w.size() && text.substr(pos - w.size(), w.size()) == w &&
           (pos == w.size() || !is_word_char(text[pos - w.size() - 1]));
  };
  if (!preceded_by("a ") && !preceded_by("an ") && !preceded_by("one ")) return false;
  return match_word(text, rank.end, " of").has_value();
}

void add_rank(std::string_view text, std::size_t pos, const Rank& rank, Readings& out) {
  Value v;
  v.type = Type::Ordinal;
  v.lo = static_cast<double>(rank.lo);
  v.hi = static_cast<double>(rank.hi);
  v.text = std::string(text.substr(pos, rank.end - pos));
  v.display = rank.lo == rank.hi ? std::to_string(rank.lo) + ordinal_suffix(rank.lo)
                                 : "top " + std::to_string(rank.hi);
  out.matches.push_back({pos, rank.end, v});
}

}  // namespace

std::string ordinal_suffix(long n) {
  const long tens = n % 100;
  if (tens >= 11 && tens <= 13) return "th";
  switch (n % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
  }
}

void read_ordinals(std::string_view text, std::size_t pos, Readings& out) {
  std::optional<Rank> rank = read_digit_ordinal(text, pos);
  if (!rank) rank = read_compound_ordinal(text, pos);
  if (!rank) rank = read_word_ordinal(text, pos);
  if (rank) {
    if (is_time_second(text, pos, *rank) || is_share(text, pos, *rank)) return;
    // "10th-largest" and "second largest" are ranks too; keep "10th" as well.
    if (rank->end < text.size() && (text[rank->end] == '-' || text[rank->end] == ' ')) {
      auto e = read_superlative(text, rank->end + 1);
      if (!e) e = read_most_adjective(text, rank->end + 1);
      if (e) {
        add_rank(text, pos, {rank->lo, rank->hi, *e}, out);
        out.hidden.emplace_back(rank->end + 1, *e);  // "largest" of "second largest" is no rank 1
      }
    }
    add_rank(text, pos, *rank, out);
    return;
  }
  if (auto r = read_number_rank(text, pos)) return add_rank(text, pos, *r, out);
  if (auto r = read_top(text, pos)) return add_rank(text, pos, *r, out);
  // Ranks written without an ordinal (docs/rules.md "Ranks without an ordinal").
  if (auto e = read_heads_list(text, pos)) return add_rank(text, pos, {1, 1, *e}, out);
  if (auto e = read_leading(text, pos); e && !after_one_of(text, pos)) return add_rank(text, pos, {1, 1, *e}, out);
  if (auto e = read_none_bigger(text, pos)) return add_rank(text, pos, {1, 1, *e}, out);
  if (auto r = read_only_bigger(text, pos)) return add_rank(text, pos, *r, out);
  // "one of the largest" is among the first few, not first.
  if (auto e = read_superlative(text, pos); e && !after_one_of(text, pos)) return add_rank(text, pos, {1, 1, *e}, out);
  if (auto e = read_most_adjective(text, pos); e && after_definite(text, pos) && !after_one_of(text, pos)) {
    add_rank(text, pos, {1, 1, *e}, out);
  }
}

}  // namespace factlint::value::detail
