// Internal: the per-type readers scan.cc dispatches to, and how their results become Values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "value/amount_reader.h"
#include "value/civil_date.h"
#include "value/scan.h"

namespace factlint::value::detail {

// Readings found so far, plus text spans whose own readings are hidden because a
// longer reading already covers them (the parenthetical of "2,600-mile (4184 km)").
struct Readings {
  std::vector<ValueMatch> matches;
  std::vector<std::pair<std::size_t, std::size_t>> hidden;
};

// The English suffix of an ordinal: 1 -> "st", 12 -> "th", 22 -> "nd".
std::string ordinal_suffix(long n);

// An amount at [begin, amount.end) of `text` as a Value of `type`.
Value amount_value(Type type, std::string_view text, std::size_t begin, const Amount& amount);

// Each reader adds every reading of its type that starts at `pos` (a word start).
void read_quantities(Type type, std::string_view text, std::size_t pos, Readings& out);
void read_money(std::string_view text, std::size_t pos, Readings& out);
void read_counts(Type type, std::string_view text, std::size_t pos, Readings& out);
void read_ordinals(std::string_view text, std::size_t pos, Readings& out);
void read_versions(std::string_view text, std::size_t pos, Readings& out);
void read_years(Type type, std::string_view text, std::size_t pos, Readings& out);
void read_dates(std::string_view text, std::size_t pos, const ParseContext& context,
                Readings& out);

// Whether a currency symbol or code ends just before the figure at `pos`, attached or
// spaced ("$2bn", "usd 2bn", "eur 3.7 billion"): that figure is money, never a count.
bool currency_before(std::string_view text, std::size_t pos);

}  // namespace factlint::value::detail

namespace factlint::value::detail {

// A four-digit year (1000-2199) at `pos` that is a whole token: not "1,960",
// "$1960", "1960%" or "1960s". Returns the year and where it ends.
std::optional<std::pair<int, std::size_t>> read_year_digits(std::string_view text,
                                                             std::size_t pos);
// "1960s" / "1960's" at pos: the decade's first year and where it ends.
std::optional<std::pair<int, std::size_t>> read_decade(std::string_view text, std::size_t pos);
// How many years "the 1960s" spans: a decade, but "the 1800s" a century ("the 2000s"
// is the decade 2000-2009, as writers use it now).
int decade_years(int first);

// A temporal Value spanning [first, last] days at `grain`; display defaults to the
// ISO form at the grain ("2022-02"), or "lo/hi" when the span covers several.
Value temporal_value(Type type, std::string_view text, std::size_t begin, std::size_t end,
                     CivilDate first, CivilDate last, Grain grain, bool approx = false,
                     std::string display = {});

// Open ranges: "since 2014" is [2014-01-01, inf), "until 2030" (-inf, 2030-12-31],
// "before 2014" (-inf, 2014-01-01), "after 2014" (2014-12-31, inf); "from 2014 onwards"
// is "since 2014".
enum class OpenSide { Since, Until, Before, After, From };
// The opening word at pos ("since ", "until ", "from ") and where the date after it
// starts; nullopt when none is there. "from" opens a range only with "onwards" after.
std::optional<std::pair<OpenSide, std::size_t>> read_open_word(std::string_view text, std::size_t pos);
// " onwards", " onward" after the date of "from 2014 onwards": where it ends.
std::optional<std::size_t> read_onwards(std::string_view text, std::size_t pos);
// A temporal Value open on one side of the span [first, last] read after the word.
Value open_temporal_value(Type type, std::string_view text, std::size_t begin, std::size_t end,
                          OpenSide side, CivilDate first, CivilDate last, Grain grain);

}  // namespace factlint::value::detail
