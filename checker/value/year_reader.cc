// Years, decades and year ranges, as Year and YearRange values (grain year).
//
//   "1960"                  -> [1960-01-01, 1960-12-31]     "the 2000s"   -> [2000, 2009]
//   "from 1961 to 1989"     -> [1961, 1989] (year-range)    "1961-89"     -> [1961, 1989]
//   "between 1961 and 1989" -> [1961, 1989]                 "early 1990s" -> approx [1990, 1993]
//   "FY2022"                -> [2022, 2022]                  "the 2022/23 fiscal year" -> [2023, 2023]
//   "2019/20"               -> [2019, 2020] (one twelve-month year across the two; a scope takes 2020)
#include <limits>
#include <optional>
#include <string>

#include "value/reading.h"
#include "value/text_cursor.h"

namespace factlint::value::detail {

namespace {

struct YearSpan {
  int first = 0;
  int last = 0;
  std::size_t end = 0;
  bool approx = false;
  std::string display;
};

// "the 19th century", "the nineteenth century", "19th-century": 1800-1899 (the
// century as writers count it, not the 1801-1900 of the strict count). From the 2nd
// century: "the 10th century" is 900-999.
std::optional<std::pair<int, std::size_t>> read_century(std::string_view text, std::size_t pos) {
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"second", 2},     {"third", 3},      {"fourth", 4},      {"fifth", 5},
      {"sixth", 6},      {"seventh", 7},    {"eighth", 8},      {"ninth", 9},      {"tenth", 10},
      {"eleventh", 11},  {"twelfth", 12},   {"thirteenth", 13}, {"fourteenth", 14},
      {"fifteenth", 15}, {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18},
      {"nineteenth", 19}, {"twentieth", 20}, {"twenty-first", 21}, {"twenty first", 21},
      {"twenty-second", 22}};
  int n = 0;
  std::size_t p = pos;
  if (pos + 4 <= text.size() && is_digit(text[pos]) && is_digit(text[pos + 1])) {
    n = (text[pos] - '0') * 10 + (text[pos + 1] - '0');
    auto suffix = match_any_word(text, pos + 2, {"st", "nd", "rd", "th"});
    if (!suffix) return std::nullopt;
    p = *suffix;
  } else {
    for (const auto& [word, number] : kWords) {
      if (auto e = match_word(text, pos, word)) {
        n = number;
        p = *e;
        break;
      }
    }
  }
  if (n < 2 || n > 22) return std::nullopt;
  if (p >= text.size() || (text[p] != ' ' && text[p] != '-')) return std::nullopt;
  auto end = match_word(text, p + 1, "century");
  if (!end) return std::nullopt;
  return std::pair{(n - 1) * 100, *end};
}

// "early 1990s", "mid-1990s", "late 1990s", "the early 19th century": a third of the
// span, approx.
std::optional<YearSpan> read_part_decade(std::string_view text, std::size_t pos) {
  struct Part {
    std::string_view word;
    int from, to;  // tenths of the span
  };
  for (const Part& part : {Part{"early ", 0, 3}, Part{"mid-", 4, 6}, Part{"mid ", 4, 6},
                           Part{"late ", 7, 9}}) {
    auto start = match_text(text, pos, part.word);
    if (!start) continue;
    std::optional<std::pair<int, std::size_t>> span = read_decade(text, *start);
    int years = span ? decade_years(span->first) : 100;
    if (!span && (span = read_century(text, *start))) years = 100;
    if (span) {
      const int step = years / 10;
      return YearSpan{span->first + part.from * step, span->first + part.to * step + step - 1,
                      span->second, true, std::string(text.substr(pos, span->second - pos))};
    }
  }
  return std::nullopt;
}

std::optional<YearSpan> read_decade_span(std::string_view text, std::size_t pos) {
  std::size_t start = pos;
  if (auto the = match_text(text, pos, "the ")) start = *the;
  if (auto part = read_part_decade(text, start)) return part;
  if (auto d = read_decade(text, start)) {
    return YearSpan{d->first, d->first + decade_years(d->first) - 1, d->second, false,
                    std::to_string(d->first) + "s"};
  }
  if (auto c = read_century(text, start)) {
    return YearSpan{c->first, c->first + 99, c->second, false,
                    std::string(text.substr(start, c->second - start))};
  }
  return std::nullopt;
}

// The second year of "1961-1989", "1961-89", "2022-23" after the separator.
std::optional<std::pair<int, std::size_t>> read_second_year(std::string_view text,
                                                            std::size_t pos, int first) {
  if (auto y = read_year_digits(text, pos)) return y;
  if (pos + 2 <= text.size() && is_digit(text[pos]) && is_digit(text[pos + 1]) &&
      ends_word(text, pos + 2)) {
    const int year = first / 100 * 100 + (text[pos] - '0') * 10 + (text[pos + 1] - '0');
    if (year > first) return std::pair{year, pos + 2};
  }
  return std::nullopt;
}

// "from 1961 to 1989", "between 1961 and 1989", "1961-1989", "1961 to 1989".
std::optional<YearSpan> read_year_range(std::string_view text, std::size_t pos) {
  std::size_t start = pos;
  bool between = false;
  if (auto f = match_text(text, pos, "from ")) start = *f;
  if (auto b = match_text(text, pos, "between ")) {
    start = *b;
    between = true;
  }
  auto first = read_year_digits(text, start);
  if (!first) return std::nullopt;
  const std::string_view seps_between[] = {" and ", "-"};
  const std::string_view seps[] = {"-", " to ", " until ", " till ", " through ", " thru ",
                                   " - ", "/"};
  auto try_sep = [&](std::string_view sep) -> std::optional<YearSpan> {
    auto after = match_text(text, first->second, sep);
    if (!after) return std::nullopt;
    auto second = read_second_year(text, *after, first->first);
    if (!second || second->first < first->first) return std::nullopt;
    return YearSpan{first->first, second->first, second->second, false,
                    std::to_string(first->first) + "-" + std::to_string(second->first)};
  };
  if (between) {
    for (auto sep : seps_between) {
      if (auto span = try_sep(sep)) return span;
    }
    return std::nullopt;
  }
  for (auto sep : seps) {
    if (sep == "/" && start != pos) continue;
    if (auto span = try_sep(sep)) return span;
  }
  return std::nullopt;
}

// A fiscal year, named by the calendar year it ends in, as "FY2023" names the year
// from July 2022 (or October, or April) to mid-2023: "FY2022", "FY 2022" and "FY22"
// -> 2022; "FY2022/23", "fiscal year 2022-23", "the 2022/23 financial year" -> 2023.
// "fiscal 2024" and "fiscal year 2021" need none of this: the year alone reads.
std::optional<YearSpan> read_fiscal_year(std::string_view text, std::size_t pos) {
  // "2022/23", "2022-23", "2022/2023": two years in a row, the later one.
  auto split_year = [&](std::size_t at) -> std::optional<std::pair<int, std::size_t>> {
    auto first = read_year_digits(text, at);
    if (!first || first->second >= text.size() || (text[first->second] != '/' && text[first->second] != '-')) {
      return std::nullopt;
    }
    auto second = read_second_year(text, first->second + 1, first->first);
    if (!second || second->first != first->first + 1 || !ends_word(text, second->second)) return std::nullopt;
    return second;
  };
  auto span = [&](int year, std::size_t end) { return YearSpan{year, year, end, false, std::to_string(year)}; };
  if (auto fy = match_text(text, pos, "fy")) {
    std::size_t at = *fy < text.size() && text[*fy] == ' ' ? *fy + 1 : *fy;
    if (auto split = split_year(at)) return span(split->first, split->second);
    if (auto year = read_year_digits(text, at)) {
      // "FY2024/3": Japanese companies name a fiscal year by the year and month it
      // ends (March 2024), which is the year it ends.
      std::size_t end = year->second;
      if (end + 1 < text.size() && text[end] == '/' && is_digit(text[end + 1])) {
        std::size_t m = end + 1;
        int month = 0;
        while (m < text.size() && is_digit(text[m]) && m - end <= 2) month = month * 10 + (text[m++] - '0');
        if (month >= 1 && month <= 12 && ends_word(text, m)) end = m;
      }
      return span(year->first, end);
    }
    if (at + 2 <= text.size() && is_digit(text[at]) && is_digit(text[at + 1]) && ends_word(text, at + 2)) {
      const int n = (text[at] - '0') * 10 + (text[at + 1] - '0');
      return span(n >= 50 ? 1900 + n : 2000 + n, at + 2);
    }
    return std::nullopt;
  }
  for (std::string_view lead : {"fiscal year ", "financial year ", "fiscal "}) {
    if (auto after = match_text(text, pos, lead)) {
      if (auto split = split_year(*after)) return span(split->first, split->second);
      return std::nullopt;
    }
  }
  if (auto split = split_year(pos)) {
    if (auto end = match_any_word(text, split->second, {" fiscal year", " financial year", " fiscal"})) {
      return span(split->first, *end);
    }
  }
  return std::nullopt;
}

// A bare "2019/20", "2019-20" or "2019/2020": a slash or hyphen joins two years in a
// row to name one twelve-month year across them (a financial, academic or sports
// year; two blind rule writers' "2018-19" and "the 2023-24 school year" were not
// read). Read as the two years it spans, which is true whichever year it means; a
// fact's scope takes the year it ends, as a fiscal year's (docs/rules.md, `scope per
// year`). Not before another '/' or '-' ("2019/20/05", "2010-11-05"); years not in a
// row ("1939-45") are a year range, which only `year-range` reads.
std::optional<YearSpan> read_split_year(std::string_view text, std::size_t pos) {
  auto first = read_year_digits(text, pos);
  if (!first || first->second >= text.size() || (text[first->second] != '/' && text[first->second] != '-')) {
    return std::nullopt;
  }
  auto second = read_second_year(text, first->second + 1, first->first);
  if (!second || second->first != first->first + 1 || !ends_word(text, second->second)) return std::nullopt;
  if (second->second < text.size() && (text[second->second] == '/' || text[second->second] == '-')) {
    return std::nullopt;
  }
  return YearSpan{first->first, second->first, second->second, false, std::string(text.substr(pos, second->second - pos))};
}

// A year with its era written, of any size: "AD 930", "A.D. 930", "930 AD", "930 CE",
// "in 79 AD", "500 BC", "44 BCE" (a year before the common era is stored as the
// astronomers count, 1 BC being year 0). The era makes it a year, so it is read
// everywhere; a bare "930" never is (early_years in early_year.h reads it for a fact
// that asks).
std::optional<YearSpan> read_era_year(std::string_view text, std::size_t pos) {
  auto digits = [&](std::size_t at) -> std::optional<std::pair<int, std::size_t>> {
    int n = 0;
    std::size_t p = at;
    while (p < text.size() && is_digit(text[p]) && p - at < 4) n = n * 10 + (text[p++] - '0');
    if (p == at || text[at] == '0' || !ends_word(text, p)) return std::nullopt;
    if (p < text.size() && (text[p] == ',' || text[p] == '.') && p + 1 < text.size() && is_digit(text[p + 1])) {
      return std::nullopt;
    }
    return std::pair{n, p};
  };
  for (std::string_view era : {"ad ", "a.d. ", "a.d."}) {
    if (auto at = match_text(text, pos, era)) {
      if (auto year = digits(*at)) return YearSpan{year->first, year->first, year->second, false, std::to_string(year->first)};
    }
  }
  auto year = digits(pos);
  if (!year) return std::nullopt;
  struct Era {
    std::string_view word;
    bool before;
  };
  for (const Era era : {Era{" a.d.", false}, Era{" ad", false}, Era{" c.e.", false}, Era{" ce", false},
                        Era{" b.c.e.", true}, Era{" b.c.", true}, Era{" bce", true}, Era{" bc", true}}) {
    auto end = match_text(text, year->second, era.word);
    if (!end || (is_letter(era.word.back()) && !ends_word(text, *end))) continue;
    const int y = era.before ? 1 - year->first : year->first;
    return YearSpan{y, y, *end, false,
                    era.before ? std::to_string(year->first) + " BC" : std::to_string(year->first)};
  }
  return std::nullopt;
}

void add_span(Type type, std::string_view text, std::size_t pos, const YearSpan& span,
              Readings& out) {
  out.matches.push_back({pos, span.end,
                         temporal_value(type, text, pos, span.end, {span.first, 1, 1},
                                        {span.last, 12, 31}, Grain::Year, span.approx,
                                        span.display)});
}

}  // namespace

std::optional<std::pair<int, std::size_t>> read_year_digits(std::string_view text,
                                                             std::size_t pos) {
  if (pos + 4 > text.size()) return std::nullopt;
  int year = 0;
  for (std::size_t i = pos; i < pos + 4; ++i) {
    if (!is_digit(text[i])) return std::nullopt;
    year = year * 10 + (text[i] - '0');
  }
  const std::size_t end = pos + 4;
  if (year < 1000 || year > 2199 || !ends_word(text, end)) return std::nullopt;
  if (pos > 0 && (text[pos - 1] == '$' || text[pos - 1] == '#')) return std::nullopt;
  if (end < text.size() && (text[end] == '%' || text[end] == '+')) return std::nullopt;
  if (end + 1 < text.size() && (text[end] == '.' || text[end] == ',') && is_digit(text[end + 1])) {
    return std::nullopt;
  }
  return std::pair{year, end};
}

// "'90s": the 1990s; "'00s" and "'10s" are this century's.
std::optional<std::pair<int, std::size_t>> read_short_decade(std::string_view text,
                                                             std::size_t pos) {
  if (pos + 4 > text.size() || text[pos] != '\'' || !is_digit(text[pos + 1]) ||
      !is_digit(text[pos + 2]) || text[pos + 2] != '0') {
    return std::nullopt;
  }
  auto end = match_word(text, pos + 3, "s");
  if (!end) return std::nullopt;
  const int tens = (text[pos + 1] - '0') * 10;
  return std::pair{tens <= 10 ? 2000 + tens : 1900 + tens, *end};
}

int decade_years(int first) { return first % 100 == 0 && first != 2000 ? 100 : 10; }

std::optional<std::pair<int, std::size_t>> read_decade(std::string_view text, std::size_t pos) {
  if (auto short_form = read_short_decade(text, pos)) return short_form;
  if (pos + 5 > text.size()) return std::nullopt;
  int year = 0;
  for (std::size_t i = pos; i < pos + 4; ++i) {
    if (!is_digit(text[i])) return std::nullopt;
    year = year * 10 + (text[i] - '0');
  }
  if (year < 1000 || year > 2199 || year % 10 != 0) return std::nullopt;
  for (std::string_view suffix : {"s", "'s"}) {
    if (auto end = match_word(text, pos + 4, suffix)) return std::pair{year, *end};
  }
  return std::nullopt;
}

Value temporal_value(Type type, std::string_view text, std::size_t begin, std::size_t end,
                     CivilDate first, CivilDate last, Grain grain, bool approx,
                     std::string display) {
  Value v;
  v.type = type;
  v.lo = static_cast<double>(days_from_civil(first));
  v.hi = static_cast<double>(days_from_civil(last));
  v.grain = grain;
  v.approx = approx;
  v.text = std::string(text.substr(begin, end - begin));
  if (display.empty()) {
    const std::string lo = format_day(v.lo, grain), hi = format_day(v.hi, grain);
    display = lo == hi ? lo : lo + "/" + hi;
  }
  v.display = std::move(display);
  return v;
}

namespace {

// Whether "not", "never" or a word ending in "n't" stands among the few words before
// `pos` in its clause: "was not made until", "didn't open until". Punctuation ends
// the clause (word_before gives no word past it).
bool negated_before(std::string_view text, std::size_t pos) {
  constexpr int kWordsBack = 4;
  std::size_t end = pos;
  for (int words = 0; words < kWordsBack; ++words) {
    const std::optional<std::size_t> begin = word_before(text, end);
    if (!begin) return false;
    const std::string_view word = text.substr(*begin, end - 1 - *begin);
    if (word == "not" || word == "never") return true;
    if (word == "t" && *begin >= 2 && text.substr(*begin - 2, 2) == "n'") return true;  // "didn't"
    end = *begin;
  }
  return false;
}

}  // namespace

std::optional<std::pair<OpenSide, std::size_t>> read_open_word(std::string_view text,
                                                              std::size_t pos) {
  static constexpr std::pair<std::string_view, OpenSide> kWords[] = {
      {"since ", OpenSide::Since},   {"until ", OpenSide::Until},   {"till ", OpenSide::Until},
      {"through ", OpenSide::Until}, {"before ", OpenSide::Before}, {"after ", OpenSide::After},
      {"from ", OpenSide::From}};
  for (const auto& [word, side] : kWords) {
    auto p = match_text(text, pos, word);
    if (!p) continue;
    // "did not open until 1994", "not until May 1996": the event happened then, so the
    // date is read alone, never as a span up to it.
    if (side == OpenSide::Until && word != "through " && negated_before(text, pos)) return std::nullopt;
    return std::pair{side, *p};
  }
  return std::nullopt;
}

std::optional<std::size_t> read_onwards(std::string_view text, std::size_t pos) {
  return match_any_word(text, pos, {" onwards", " onward", " on"});
}

Value open_temporal_value(Type type, std::string_view text, std::size_t begin, std::size_t end,
                          OpenSide side, CivilDate first, CivilDate last, Grain grain) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  Value v = temporal_value(type, text, begin, end, first, last, grain);
  const std::string lo = format_day(v.lo, grain), hi = format_day(v.hi, grain);
  switch (side) {
    case OpenSide::Since:
    case OpenSide::From: v.hi = kInf; v.display = lo + "/.."; break;
    case OpenSide::Until: v.lo = -kInf; v.display = "../" + hi; break;
    case OpenSide::Before:
      v.hi = v.lo;
      v.hi_inclusive = false;
      v.lo = -kInf;
      v.display = "before " + lo;
      break;
    case OpenSide::After:
      v.lo = v.hi;
      v.lo_inclusive = false;
      v.hi = kInf;
      v.display = "after " + hi;
      break;
  }
  return v;
}

void read_years(Type type, std::string_view text, std::size_t pos, Readings& out) {
  if (type == Type::YearRange) {
    if (auto open = read_open_word(text, pos)) {
      std::optional<YearSpan> span = read_decade_span(text, open->second);
      if (auto year = read_year_digits(text, open->second); !span && year) {
        span = YearSpan{year->first, year->first, year->second, false, {}};
      }
      std::optional<std::size_t> end = span ? std::optional(span->end) : std::nullopt;
      if (span && open->first == OpenSide::From) end = read_onwards(text, span->end);
      if (end) {
        out.matches.push_back({pos, *end,
                               open_temporal_value(type, text, pos, *end, open->first,
                                                   {span->first, 1, 1}, {span->last, 12, 31},
                                                   Grain::Year)});
      }
    }
  }
  if (auto span = read_decade_span(text, pos)) add_span(type, text, pos, *span, out);
  if (auto span = read_fiscal_year(text, pos)) {
    add_span(type, text, pos, *span, out);
  } else if (auto split = type == Type::YearRange ? std::nullopt : read_split_year(text, pos)) {
    add_span(type, text, pos, *split, out);
  }
  if (type == Type::YearRange) {
    if (auto span = read_year_range(text, pos)) add_span(type, text, pos, *span, out);
  }
  if (auto era = read_era_year(text, pos)) {
    add_span(type, text, pos, *era, out);
  } else if (auto year = read_year_digits(text, pos)) {
    add_span(type, text, pos, {year->first, year->first, year->second, false,
                               std::to_string(year->first)}, out);
  }
}

}  // namespace factlint::value::detail
