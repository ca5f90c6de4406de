// Physical quantities and percentages: a figure with a unit of the type, in any of
// the spellings of unit_table ("2,600-mile", "4,300 kilometres", "26 per cent"),
// converted to the canonical unit. Dual-unit parentheticals are read as one value.
//
//   "2,600-mile"                 -> [4184294.4, 4184294.4] m, display "2,600 mi", precision 100 mi
//   "2,600-mile (4,184 km)"      -> one reading: the km figure, the more precise of two that agree
//   "3-5 km"                     -> [3000, 5000] m
//   "about 40 miles per hour"    -> approx 17.88 m/s
//   "26 per cent"                -> [26, 26] %
#include <cmath>

#include "value/reading.h"
#include "value/text_cursor.h"
#include "value/unit_table.h"

namespace factlint::value::detail {

namespace {

// "2,600-mile", "4,300 kilometres", "5km", "26%"; a figure without a unit too, so
// "3 to 5 km" can lend the unit to its first end.
std::optional<Magnitude> read_quantity_magnitude(Type type, std::string_view text,
                                                 std::size_t pos) {
  NumberOptions options;
  options.fractions = false;
  auto number = read_number(text, pos, options);
  if (!number) return std::nullopt;
  Magnitude m{*number, std::nullopt, number->end};
  std::size_t p = number->end;
  if (p < text.size() && (text[p] == ' ' || text[p] == '-')) ++p;
  if (auto unit = match_unit(type, text, p)) {
    m.unit = unit->info;
    m.end = unit->end;
  }
  return m;
}

// True when two readings of one length can be the same figure rounded two ways.
bool agree(const Amount& a, const Amount& b) {
  const double tolerance = std::max(a.precision, b.precision) / 2 + 1e-9 * std::fabs(a.lo);
  return std::fabs(a.lo - b.lo) <= tolerance && std::fabs(a.hi - b.hi) <= tolerance;
}

// "2,600-mile (4184 kilometers)": the reading in brackets right after a quantity.
std::optional<Amount> read_parenthetical(std::string_view text, std::size_t end,
                                         const MagnitudeReader& read,
                                         const AmountOptions& options) {
  auto open = match_text(text, end, " (");
  if (!open) return std::nullopt;
  for (const Amount& inner : read_amounts(text, *open, read, options)) {
    if (inner.end < text.size() && text[inner.end] == ')') {
      Amount a = inner;
      a.end = inner.end + 1;
      return a;
    }
  }
  return std::nullopt;
}

}  // namespace

void read_quantities(Type type, std::string_view text, std::size_t pos, Readings& out) {
  const MagnitudeReader read = [type](std::string_view t, std::size_t p) {
    return read_quantity_magnitude(type, t, p);
  };
  AmountOptions options;
  options.unit_required = true;
  for (const Amount& amount : read_amounts(text, pos, read, options)) {
    if (auto inner = read_parenthetical(text, amount.end, read, options)) {
      // Agreeing figures: keep the finer one; disagreeing: the first as written. A
      // bound or range outside the brackets ("over 4,000 km (2,500 miles)") stays as is.
      Amount both = amount;
      const bool point = amount.lo == amount.hi && inner->lo == inner->hi;
      if (point && agree(amount, *inner)) {
        // Readers see both figures as written: "2,600 mi (4,184 km)".
        if (inner->precision < amount.precision) both = *inner;
        both.approx = amount.approx || inner->approx;
        both.display = amount.display + " (" + inner->display + ")";
      }
      both.end = inner->end;
      out.matches.push_back({pos, both.end, amount_value(type, text, pos, both)});
      out.hidden.emplace_back(amount.end, inner->end);
    }
    out.matches.push_back({pos, amount.end, amount_value(type, text, pos, amount)});
  }
}

}  // namespace factlint::value::detail
