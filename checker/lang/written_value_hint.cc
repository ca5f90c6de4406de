// Hints for a value that cannot be read; see written_value_hint.h.
#include "lang/written_value_hint.h"

#include "lang/written_value.h"
#include "source/ascii.h"
#include "source/edit_distance.h"
#include "value/units.h"

namespace factlint::lang {

namespace {

bool has_units(value::Type type) { return !value::unit_names(type).empty(); }

// The unit spelling nearest to `word`, within two edits and never the word's own
// length or less than four letters ("km" and "kg" are one edit apart, so short units
// are not guessed at).
std::string nearest_unit(value::Type type, std::string_view word) {
  if (word.size() < 4) return "";
  std::string best;
  std::size_t best_distance = 3;
  for (const std::string& name : value::unit_names(type)) {
    if (name.size() < 4) continue;
    const std::size_t d = source::edit_distance(word, name);
    // On a tie the longer spelling: "megawats" is as near "megawatt" as "megawatts",
    // and a writer who typed the plural's "s" meant the plural.
    if (d < best_distance || (d == best_distance && name.size() > best.size())) {
      best_distance = d;
      best = name;
    }
  }
  return best;
}

}  // namespace

std::string unreadable_value_hint(value::Type type, std::string_view text, std::string_view example_unit) {
  if (!has_units(type)) return "";
  if (read_written_value(value::Type::Number, text, "")) {
    std::string unit = example_unit.empty() ? "" : std::string(example_unit);
    if (unit.empty()) return "; a " + std::string(value::type_name(type)) + " needs its unit";
    return "; a " + std::string(value::type_name(type)) + " needs its unit, such as '" + std::string(text) + " " +
           unit + "'";
  }
  const std::size_t space = text.find_last_of(' ');
  if (space == std::string_view::npos) return "";
  const std::string word = source::ascii_lower(std::string(text.substr(space + 1)));
  const std::string unit = nearest_unit(type, word);
  if (unit.empty() || unit == word) return "";
  const std::string fixed = std::string(text.substr(0, space + 1)) + unit;
  if (!read_written_value(type, fixed, "")) return "";
  return "; did you mean '" + fixed + "'?";
}

}  // namespace factlint::lang
