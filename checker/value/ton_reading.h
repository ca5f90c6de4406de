// How a bare "ton" is read: the metric tonne unless a setting says the writer meant
// the short (US) or long (imperial) ton (docs/rules.md#quantities). "tonne", "short
// ton" and "long ton" say which they are and are never re-read.
#pragma once

#include <optional>
#include <string_view>

#include "value/value.h"

namespace factlint::value {

enum class Ton {
  AsWritten,  // keep the bare ton unresolved (original_unit "ton"); the matcher resolves it per fact
  Metric,     // 1,000 kg (the default)
  Short,      // 907.18474 kg
  Long,       // 1,016.0469088 kg
};

// "metric", "short", "long"; nullopt for any other name.
std::optional<Ton> ton_from_name(std::string_view name);
std::string_view ton_name(Ton ton);  // "metric", "short", "long" ("as written" for AsWritten)

// The value with a bare ton read as `ton`: a mass whose original_unit is "ton" gets
// its interval and precision rescaled, original_unit "t", "short ton" or "long ton",
// and the unit in its display renamed to match. Any other value, or Ton::AsWritten,
// is returned as it is.
//   "80 million tons", Short -> [72574779200, 72574779200] kg, display "80 million short ton"
Value with_ton(Value value, Ton ton);

}  // namespace factlint::value
