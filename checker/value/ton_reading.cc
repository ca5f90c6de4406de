// Resolving a bare "ton" to the tonne, the short or the long ton; see ton_reading.h.
#include "value/ton_reading.h"

#include <string>

namespace factlint::value {

namespace {

// The bare ton as the unit table spells it: read as 1,000 kg until resolved.
constexpr std::string_view kBareTon = "ton";
constexpr double kBareTonKg = 1000;

struct TonUnit {
  std::string_view symbol;
  double kg;
};

TonUnit unit_of(Ton ton) {
  switch (ton) {
    case Ton::Short: return {"short ton", 907.18474};
    case Ton::Long: return {"long ton", 1016.0469088};
    case Ton::Metric:
    case Ton::AsWritten: break;
  }
  return {"t", 1000};
}

bool word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// `display` with each whole word "ton" replaced by `symbol`.
std::string renamed(const std::string& display, std::string_view symbol) {
  std::string out;
  for (std::size_t i = 0; i < display.size();) {
    const bool starts = display.compare(i, kBareTon.size(), kBareTon) == 0 && (i == 0 || !word_char(display[i - 1])) &&
                        (i + kBareTon.size() == display.size() || !word_char(display[i + kBareTon.size()]));
    if (starts) {
      out += symbol;
      i += kBareTon.size();
    } else {
      out += display[i++];
    }
  }
  return out;
}

}  // namespace

std::optional<Ton> ton_from_name(std::string_view name) {
  if (name == "metric") return Ton::Metric;
  if (name == "short") return Ton::Short;
  if (name == "long") return Ton::Long;
  return std::nullopt;
}

std::string_view ton_name(Ton ton) {
  switch (ton) {
    case Ton::AsWritten: return "as written";
    case Ton::Metric: return "metric";
    case Ton::Short: return "short";
    case Ton::Long: return "long";
  }
  return "metric";
}

Value with_ton(Value value, Ton ton) {
  if (ton == Ton::AsWritten || value.type != Type::Mass || value.original_unit != kBareTon) return value;
  const TonUnit unit = unit_of(ton);
  const double scale = unit.kg / kBareTonKg;
  value.lo *= scale;
  value.hi *= scale;
  value.precision *= scale;
  value.original_unit = std::string(unit.symbol);
  value.display = renamed(value.display, unit.symbol);
  return value;
}

}  // namespace factlint::value
