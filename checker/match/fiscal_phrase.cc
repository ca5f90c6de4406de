// Unnumbered fiscal years (match/fiscal_phrase.h; docs/rules.md "Fiscal years").
#include "match/fiscal_phrase.h"

#include <cctype>
#include <string>
#include <vector>

#include "value/month_name.h"

namespace factlint::match {

namespace {

struct Word {
  std::string_view text;
  std::size_t begin;
  std::size_t end;
};

// The words (runs of letters and digits) of text[begin, end).
std::vector<Word> words_of(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Word> out;
  std::size_t i = begin;
  auto alnum = [&](std::size_t k) { return std::isalnum(static_cast<unsigned char>(text[k])) != 0; };
  while (i < end) {
    if (!alnum(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < end && alnum(j)) ++j;
    out.push_back({text.substr(i, j - i), i, j});
    i = j;
  }
  return out;
}

bool is_number(std::string_view w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); }

int year_of(std::string_view w) {
  if (w.size() != 4 || !is_number(w)) return 0;
  for (char c : w) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
  }
  const int y = std::stoi(std::string(w));
  return y >= 1800 && y <= 2200 ? y : 0;
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view l : list) {
    if (w == l) return true;
  }
  return false;
}

}  // namespace

int fiscal_year_holding(const value::CivilDate& date, int end_month) {
  return date.month > end_month ? date.year + 1 : date.year;
}

std::optional<FiscalPhrase> unnumbered_fiscal_year(std::string_view text, std::size_t begin, std::size_t end,
                                                   std::size_t value_begin, std::size_t value_end,
                                                   const value::CivilDate& reference, int end_month) {
  if (end_month < 0 || end_month > 12 || begin >= end || end > text.size()) return std::nullopt;
  // Without `fiscal year ends`, only a phrase that names its own month says which year
  // it is ("the fiscal year that starts on July 1"); "this fiscal year" depends on the
  // month the fact's fiscal years end in.
  const bool end_known = end_month != 0;
  const std::vector<Word> w = words_of(text, begin, end);
  const int n = static_cast<int>(w.size());
  auto word = [&](int k) { return k >= 0 && k < n ? w[static_cast<std::size_t>(k)].text : std::string_view(); };
  const int current = end_known ? fiscal_year_holding(reference, end_month) : 0;
  // The last fiscal year to have ended by the reference date.
  const int last_ended = !end_known ? 0 : reference.month > end_month ? reference.year : reference.year - 1;
  std::optional<FiscalPhrase> best;
  std::size_t best_distance = 0;
  auto keep = [&](FiscalPhrase phrase) {
    const std::size_t distance = phrase.begin >= value_end ? phrase.begin - value_end
                                 : value_begin >= phrase.end ? value_begin - phrase.end
                                                             : 0;
    if (!best || distance < best_distance) {
      best = phrase;
      best_distance = distance;
    }
  };
  for (int i = 0; i + 1 < n; ++i) {
    // "this year's budget" of a fact whose year is a fiscal one: the fiscal year under
    // way, as "this fiscal year" is ("this year" alone is no fiscal word otherwise).
    if (end_known && one_of(word(i), {"this", "current"}) && word(i + 1) == "year") {
      keep({w[static_cast<std::size_t>(i)].begin, w[static_cast<std::size_t>(i + 1)].end, current});
      continue;
    }
    if (!one_of(word(i), {"fiscal", "financial"}) || word(i + 1) != "year") continue;
    // A numbered one ("fiscal year 2023", "the 2022/23 financial year", "FY") is the
    // year reader's.
    if (is_number(word(i + 2)) || is_number(word(i - 1))) continue;
    const std::string_view before = word(i - 1);
    int year = 0;
    int first = i - 1;
    int last = i + 1;
    if (one_of(before, {"this", "current"})) {
      year = current;
    } else if (one_of(before, {"last", "previous", "prior", "past"})) {
      year = end_known ? current - 1 : 0;
    } else if (one_of(before, {"next", "coming", "upcoming"})) {
      year = end_known ? current + 1 : 0;
    } else if (one_of(before, {"the", "its", "their", "s"})) {
      // "the fiscal year (that|which) ended|ends|began|beginning (in|on) June [30][, 2023]"
      int k = i + 2;
      if (one_of(word(k), {"that", "which"})) ++k;
      const std::string_view verb = word(k);
      const bool ended = one_of(verb, {"ended", "closed"});
      const bool ends = one_of(verb, {"ends", "ending", "closes", "closing"});
      const bool began = one_of(verb, {"began", "started", "opened"});
      const bool begins = one_of(verb, {"begins", "beginning", "starts", "starting"});
      int month = 0;
      int month_year = 0;
      if (ended || ends || began || begins) {
        ++k;
        if (one_of(word(k), {"in", "on"})) ++k;
        month = value::month_of_name(word(k));
        if (month != 0) {
          last = k;
          if (is_number(word(k + 1)) && !year_of(word(k + 1)) && word(k + 1).size() <= 4) last = ++k;  // "30", "1st"
          if (const int y = year_of(word(k + 1))) {
            month_year = y;
            last = k + 1;
          }
        }
      }
      // "the fiscal year ending in September", told in November, may be the one just
      // ended or the next: only the month's end settles it.
      if (!end_known && ends && month_year == 0) month = 0;
      if (month != 0) {
        if (month_year == 0) {
          if (ended || began) {
            month_year = month <= reference.month ? reference.year : reference.year - 1;
          } else if (ends) {
            month_year = month >= reference.month ? reference.year : reference.year + 1;
          } else {
            // "the fiscal year beginning July 1": the start nearest the date, the coming
            // one when it is six months off or less.
            const int ahead = (month - reference.month + 12) % 12;
            month_year = ahead <= 6 ? reference.year + (month < reference.month ? 1 : 0)
                                    : reference.year - (month > reference.month ? 1 : 0);
          }
        }
        // Named by the year it ends: one that begins in July ends the next year.
        year = (ended || ends) ? month_year : (month == 1 ? month_year : month_year + 1);
      } else if (word(i - 2) == "of" && one_of(word(i - 3), {"end", "close"})) {
        // "at the end of the fiscal year": the last one to have ended.
        year = last_ended;
        first = i - 3;
      }
    }
    if (year == 0) continue;
    keep({w[static_cast<std::size_t>(first)].begin, w[static_cast<std::size_t>(last)].end, year});
  }
  return best;
}

}  // namespace factlint::match
