// The scanner: walks every word start of normalized text once, asks the reader of
// the requested type for readings there, and returns them leftmost, longest first.
#include "value/scan.h"

#include <algorithm>

#include "value/reading.h"
#include "value/text_cursor.h"

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
    case Type::Speed: return detail::read_quantities(type, text, pos, out);
    case Type::Money: return detail::read_money(text, pos, out);
    case Type::Year:
    case Type::YearRange: return detail::read_years(type, text, pos, out);
    case Type::Date: return detail::read_dates(text, pos, context, out);
  }
}

bool hidden(const detail::Readings& readings, std::size_t begin) {
  for (const auto& [from, to] : readings.hidden) {
    if (begin >= from && begin < to) return true;
  }
  return false;
}

}  // namespace

std::vector<ValueMatch> scan_values(Type type, std::string_view text, const ParseContext& context) {
  detail::Readings readings;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (detail::starts_word(text, pos)) read_at(type, text, pos, context, readings);
  }
  std::vector<ValueMatch> out;
  for (auto& match : readings.matches) {
    // Readings end on a word boundary: "10" is no count in "10th", "1960" no year in "1960s".
    if (match.end <= match.begin || !detail::ends_word(text, match.end)) continue;
    if (hidden(readings, match.begin)) continue;
    out.push_back(std::move(match));
  }
  std::stable_sort(out.begin(), out.end(), [](const ValueMatch& a, const ValueMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // One reading per span: the first reader's (the most specific) wins.
  out.erase(std::unique(out.begin(), out.end(),
                        [](const ValueMatch& a, const ValueMatch& b) {
                          return a.begin == b.begin && a.end == b.end;
                        }),
            out.end());
  return out;
}

std::optional<ValueMatch> first_value(Type type, std::string_view text,
                                      const ParseContext& context) {
  auto matches = scan_values(type, text, context);
  if (matches.empty()) return std::nullopt;
  return matches.front();
}

}  // namespace factlint::value
