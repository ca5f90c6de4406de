// Money: a currency symbol or code before the figure, or a currency name after it,
// with scales. Amounts are in units of the currency; currencies are never converted.
//
//   "$240bn"              -> [2.4e11, 2.4e11] USD, display "USD 240 billion"
//   "us$1.5 billion"      -> [1.5e9, 1.5e9] USD
//   "€5m"                 -> [5e6, 5e6] EUR
//   "240 billion yuan"    -> [2.4e11, 2.4e11] CNY
//   "more than $3-5 billion" is not read as a bound; "$3-5 billion" is [3e9, 5e9] USD
#include "value/reading.h"
#include "value/text_cursor.h"
#include "value/unit_table.h"

namespace factlint::value::detail {

namespace {

bool is_code(std::string_view spelling) {
  return spelling.size() == 3 && is_letter(spelling[0]) && is_letter(spelling[1]) &&
         is_letter(spelling[2]);
}

struct Prefix {
  const UnitSpelling* entry;
  bool symbol;  // "$", "us$", "€": may touch the figure; codes ("usd") need a space
};

// The spellings that may stand before a figure, found once.
const std::vector<Prefix>& prefixes() {
  static const std::vector<Prefix> out = [] {
    std::vector<Prefix> list;
    for (const auto& entry : unit_spellings()) {
      if (entry.type != Type::Money) continue;
      const std::string& s = entry.spelling;
      const bool symbol = s.find('$') != std::string::npos || static_cast<unsigned char>(s[0]) >= 0x80;
      if (symbol || is_code(s)) list.push_back({&entry, symbol});
    }
    return list;
  }();
  return out;
}

// A symbol glued to the figure ("$", "us$", "€") or a code and a space ("usd 5").
std::optional<UnitMatch> read_prefix(std::string_view text, std::size_t pos) {
  for (const Prefix& prefix : prefixes()) {
    auto end = match_text(text, pos, prefix.entry->spelling);
    if (!end) continue;
    if (!prefix.symbol) {
      end = match_space(text, *end);
      if (!end) continue;
    } else if (auto spaced = match_space(text, *end); spaced && *spaced < text.size() &&
                                                       is_digit(text[*spaced])) {
      end = spaced;
    }
    if (*end < text.size() && is_digit(text[*end])) return UnitMatch{prefix.entry->info, *end};
  }
  return std::nullopt;
}

std::optional<Magnitude> read_money_magnitude(std::string_view text, std::size_t pos) {
  NumberOptions options;
  options.fractions = false;
  options.money_scales = true;
  auto prefix = read_prefix(text, pos);
  const std::size_t start = prefix ? prefix->end : pos;
  auto number = read_number(text, start, options);
  if (!number || number->value < 0) return std::nullopt;
  Magnitude m{*number, std::nullopt, number->end};
  if (prefix) {
    m.unit = prefix->info;
    return m;
  }
  if (auto space = match_space(text, number->end)) {
    if (auto unit = match_unit(Type::Money, text, *space)) {
      m.unit = unit->info;
      m.end = unit->end;
    }
  }
  return m;
}

}  // namespace

void read_money(std::string_view text, std::size_t pos, Readings& out) {
  AmountOptions options;
  options.unit_required = true;
  for (const Amount& amount : read_amounts(text, pos, read_money_magnitude, options)) {
    out.matches.push_back({pos, amount.end, amount_value(Type::Money, text, pos, amount)});
  }
}

}  // namespace factlint::value::detail
